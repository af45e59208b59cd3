// Settings shared by the content script, the popup and the options page.
// Everything lives in chrome.storage.sync under these keys; nothing leaves the browser.

/** The nine tone categories of the warmly core, in display order. */
export const CATEGORIES = [
  ['hostile', 'Hostile'],
  ['blame', 'Blaming'],
  ['dismissive', 'Dismissive'],
  ['condescending', 'Condescending'],
  ['passive_aggressive', 'Passive-aggressive'],
  ['policy_wall', 'Policy wall'],
  ['commanding', 'Commanding'],
  ['curt', 'Curt'],
  ['jargon', 'Jargon'],
];

export const CATEGORY_LABELS = Object.fromEntries(CATEGORIES);

/**
 * disabledSites: host names where the extension stays silent.
 * ignore: rule ids or category names that are switched off.
 * allow: phrases that are never flagged.
 * custom: team phrases to flag: [{ phrase, suggestion, category }].
 */
export const DEFAULTS = Object.freeze({ disabledSites: [], ignore: [], allow: [], custom: [] });

const strings = (v) => (Array.isArray(v) ? v.filter((s) => typeof s === 'string' && s.trim() !== '').map((s) => s.trim()) : []);

/** Cleans a raw storage object into the settings shape. */
export function normalise(raw) {
  const custom = Array.isArray(raw?.custom)
    ? raw.custom
        .filter((c) => c && typeof c.phrase === 'string' && c.phrase.trim() !== '')
        .map((c) => ({
          phrase: c.phrase.trim(),
          suggestion: typeof c.suggestion === 'string' ? c.suggestion.trim() : '',
          category: CATEGORY_LABELS[c.category] ? c.category : 'dismissive',
        }))
    : [];
  return {
    disabledSites: strings(raw?.disabledSites),
    ignore: strings(raw?.ignore),
    allow: strings(raw?.allow),
    custom,
  };
}

export async function loadSettings() {
  return normalise(await chrome.storage.sync.get({ ...DEFAULTS }));
}

/** A stable slug for a custom phrase: lower-case words joined by dashes. */
export function slug(text) {
  const s = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'phrase';
}

/** Turns the custom phrases into rule objects of the Linter config (same fields as a TOML pack). */
export function customRules(custom) {
  const seen = new Set();
  const rules = [];
  for (const c of custom) {
    let id = `${c.category}/custom-${slug(c.phrase)}`;
    for (let n = 2; seen.has(id); n++) id = `${c.category}/custom-${slug(c.phrase)}-${n}`;
    seen.add(id);
    const rule = {
      id,
      category: c.category,
      severity: 'warning',
      message: `Your team asked to avoid “${c.phrase}”.`,
      why: 'This phrase is on your team’s list of wordings that read badly to customers.',
      phrases: [c.phrase],
      applicability: 'unsafe',
    };
    if (c.suggestion) rule.suggest = [c.suggestion];
    rules.push(rule);
  }
  return rules;
}

/** The Linter config (same options as warmly.toml) for these settings. */
export function linterConfig(settings) {
  const config = {};
  if (settings.ignore.length) config.ignore = [...settings.ignore];
  if (settings.allow.length) config.allow = [...settings.allow];
  const rules = customRules(settings.custom);
  if (rules.length) config.rules = rules;
  return config;
}

/** The site a frame belongs to: the host name of the top-level page. */
export function siteOf(win = window) {
  try {
    const host = win.top.location.hostname;
    if (host) return host;
  } catch {
    // Cross-origin parent: fall through to ancestorOrigins.
  }
  const origins = win.location.ancestorOrigins;
  if (origins && origins.length) {
    try {
      return new URL(origins[origins.length - 1]).hostname;
    } catch {
      // Opaque origin ("null"): fall through.
    }
  }
  return win.location.hostname;
}

export function siteEnabled(settings, site) {
  return !settings.disabledSites.includes(site);
}
