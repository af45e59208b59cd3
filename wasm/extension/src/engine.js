// Loads the warmly WebAssembly core packaged inside the extension (lib/, copied from wasm/pkg/web
// by scripts/extension-build.sh). No remote code: both files come from chrome.runtime.getURL.

let modulePromise = null;

function loadModule() {
  if (!modulePromise) {
    modulePromise = import(chrome.runtime.getURL('lib/warmly.js')).then(async (mod) => {
      await mod.default({ module_or_path: chrome.runtime.getURL('lib/warmly_bg.wasm') });
      return mod;
    });
    modulePromise.catch(() => {
      modulePromise = null;
    });
  }
  return modulePromise;
}

/**
 * Builds a Linter for a config. A config the core rejects (say a custom phrase it cannot use)
 * falls back to the same config without custom rules, then to the defaults, and reports why.
 * Returns { linter, error }.
 */
export async function createLinter(config) {
  const mod = await loadModule();
  try {
    return { linter: new mod.Linter(config), error: null };
  } catch (err) {
    const error = String(err && err.message ? err.message : err);
    const { rules, ...rest } = config;
    try {
      return { linter: new mod.Linter(rest), error };
    } catch {
      return { linter: new mod.Linter(), error };
    }
  }
}

/** Checks a config without keeping the linter: null when fine, else the core's error message. */
export async function checkConfig(config) {
  const mod = await loadModule();
  try {
    const linter = new mod.Linter(config);
    linter.free?.();
    return null;
  } catch (err) {
    return String(err && err.message ? err.message : err);
  }
}

/** Rule metadata of the built-in rules (for the options page). */
export async function builtinRules() {
  const mod = await loadModule();
  const linter = new mod.Linter();
  try {
    return linter.rules();
  } finally {
    linter.free?.();
  }
}
