// Shared by tests/browser/extension.test.mjs and wasm/extension/bench/latency.mjs: builds the
// extension when needed, serves the fixture help-desk pages, launches Debian's Chromium with the
// unpacked extension, and reads the overlay's highlights.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'wasm/extension/dist');
export const outputDir = path.join(root, 'tests/output');
const fixtures = path.join(root, 'tests/browser/fixtures');

function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (p !== dist && entry.name !== 'bench') t = Math.max(t, newest(p));
    } else t = Math.max(t, fs.statSync(p).mtimeMs);
  }
  return t;
}

/**
 * Runs scripts/extension-build.sh when dist is missing or older than its sources or the wasm.
 * The wasm comes from wasm/pkg/web (scripts/wasm-build.sh), or from $WARMLY_WASM_WEB.
 */
export function ensureBuilt() {
  const zip = path.join(dist, 'warmly-extension.zip');
  const web = path.resolve(root, process.env.WARMLY_WASM_WEB || 'wasm/pkg/web');
  if (!fs.existsSync(path.join(web, 'warmly_bg.wasm'))) {
    throw new Error('wasm/pkg/web is missing: run scripts/wasm-build.sh first');
  }
  const built = fs.existsSync(zip) ? fs.statSync(zip).mtimeMs : 0;
  const sources = Math.max(newest(path.join(root, 'wasm/extension')), newest(web), fs.statSync(path.join(root, 'scripts/extension-build.sh')).mtimeMs);
  // A dist built from another wasm folder is stale too.
  const distWasm = path.join(dist, 'lib/warmly_bg.wasm');
  const same = built && fs.existsSync(distWasm) && fs.readFileSync(distWasm).equals(fs.readFileSync(path.join(web, 'warmly_bg.wasm')));
  if (!built || sources > built || !same) {
    execFileSync(path.join(root, 'scripts/extension-build.sh'), { stdio: 'inherit', env: { ...process.env, WARMLY_WASM_WEB: web } });
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
const VENDOR = {
  '/vendor/react.production.min.js': 'node_modules/react/umd/react.production.min.js',
  '/vendor/react-dom.production.min.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
};

/** A static server for tests/browser/fixtures and the vendored React UMD builds. */
export async function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = null;
    if (VENDOR[url.pathname]) file = path.join(root, VENDOR[url.pathname]);
    else if (url.pathname.startsWith('/fixtures/')) {
      const p = path.normalize(path.join(fixtures, url.pathname.slice('/fixtures/'.length)));
      if (p.startsWith(fixtures + path.sep)) file = p;
    }
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { server, origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Debian's Chromium, headless, with the unpacked extension and a fresh profile. */
export async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'warmly-ext-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 760 },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The highlights the overlay of a frame draws: [{ rule, text, rects }] in document order. */
export function highlights(frame) {
  return frame.evaluate(() => {
    const host = document.querySelector('warmly-overlay');
    if (!host || !host.shadowRoot) return [];
    return [...host.shadowRoot.querySelectorAll('.layer:not([hidden]) .mark')].map((m) => ({
      rule: m.dataset.rule,
      text: m.dataset.text,
      rects: [...m.children].map((d) => {
        const r = d.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }),
    }));
  });
}
