// Typing latency of the warmly extension: time from an editor's `input` event to the highlights
// being drawn (lint by the WebAssembly core + measuring + drawing the overlay), on a 5 KB reply,
// for a textarea and a contenteditable editor, in Debian's headless Chromium.
//
// Run (after scripts/wasm-build.sh):  node wasm/extension/bench/latency.mjs [--keys 300] [--write]
// --write records the numbers in docs/bench-extension.md.
//
// The content script stamps each editor layer with `data-latency`: performance.now() when the
// drawing is done minus the input event's timeStamp. A MutationObserver in the page collects
// one value per keystroke while Playwright types key by key at the end of the reply.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ensureBuilt, startServer, launch, highlights, root } from '../../../tests/browser/extension-helpers.mjs';

const args = process.argv.slice(2);
const keys = Number(args[args.indexOf('--keys') + 1]) || 300;
const write = args.includes('--write');

// A realistic 5 KB reply: warm paragraphs with a few problem phrases mixed in.
const PARAGRAPHS = [
  'Hi Dana, thanks for getting back to me and for your patience while we looked into this.',
  'Per my last email, the refund was issued on Monday, and it usually takes three to five business days to reach your card.',
  'I checked the order history and I can see the return arrived at our warehouse on the 3rd.',
  'You failed to include the receipt, so the team had to match the parcel by hand, which added a day.',
  'I have asked our payments team to confirm the transfer reference so you can show it to your bank if needed.',
  'Obviously this should have been quicker, and I am sorry it was not.',
  'If the money has not arrived by Friday, reply to this email and I will chase it personally.',
  'Thank you again for your patience, and have a lovely week.',
];
function reply(bytes) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n').slice(0, bytes);
}
const TEXT = reply(5 * 1024);
const TYPED = ' Calm down, we are on it. Thanks for waiting.';

function stats(values) {
  const v = [...values].sort((a, b) => a - b);
  const q = (p) => v[Math.min(v.length - 1, Math.ceil(p * v.length) - 1)];
  return { n: v.length, median: q(0.5), p95: q(0.95), max: v[v.length - 1] };
}

async function run(browser, origin, fixture) {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/fixtures/${fixture}`);
  await page.waitForFunction(() => !!document.querySelector('warmly-overlay')?.shadowRoot?.querySelector('.layer'));
  // Fill the 5 KB reply in one edit, then wait for its highlights.
  await page.evaluate((text) => {
    const el = document.getElementById('reply');
    el.focus();
    if (el.localName === 'textarea') el.value = text;
    else el.replaceChildren(...text.split('\n\n').map((p) => Object.assign(document.createElement('p'), { textContent: p })));
    el.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, TEXT);
  await page.waitForFunction(() => document.querySelector('warmly-overlay').shadowRoot.querySelectorAll('.mark').length > 0);
  const before = (await highlights(page)).length;
  await page.click('#reply');
  await page.keyboard.press('Control+End');
  // Warm up: right after a 5 KB paste into a fresh page the first keystrokes run cold code (the
  // browser's input set-up, WebAssembly and JavaScript not yet optimised by the JIT); type a
  // sentence and let the page settle, then measure steady typing.
  await page.keyboard.type(' Thanks again for your patience, Dana.');
  await page.waitForTimeout(1000);
  await page.evaluate(() => {
    window.__latencies = [];
    window.__draws = 0;
    window.__lint = [];
    window.__cost = [];
    const layer = document.querySelector('warmly-overlay').shadowRoot.querySelector('.layer');
    new MutationObserver((records) => {
      for (const r of records) {
        window.__draws++;
        window.__lint.push(Number(r.target.dataset.lint));
        window.__cost.push(Number(r.target.dataset.cost));
        for (const v of r.target.dataset.latency.split(' ')) window.__latencies.push(Number(v));
      }
    }).observe(layer, { attributes: true, attributeFilter: ['data-latency'] });
  });
  let typed = '';
  while (typed.length < keys) typed += TYPED;
  typed = typed.slice(0, keys);
  await page.keyboard.type(typed);
  // Wait for the last keystroke's drawing (a throttled run comes at most 100 ms later).
  await page.waitForTimeout(400);
  const latencies = await page.evaluate(() => window.__latencies);
  const draws = await page.evaluate(() => window.__draws);
  const lint = stats(await page.evaluate(() => window.__lint)).median;
  const cost = stats(await page.evaluate(() => window.__cost));
  if (process.env.BENCH_DEBUG) console.log(fixture, JSON.stringify(await page.evaluate(() => [window.__cost.map(Math.round).join(','), window.__latencies.map(Math.round).join(',')])));
  const after = (await highlights(page)).length;
  const size = await page.evaluate(() => {
    const el = document.getElementById('reply');
    return new TextEncoder().encode(el.localName === 'textarea' ? el.value : el.textContent).length;
  });
  await page.close();
  return { fixture, size, before, after, keys, draws, lint, cost, ...stats(latencies) };
}

ensureBuilt();
const server = await startServer();
const browser = await launch();
const results = [];
try {
  // One warm-up pass so the numbers are for a running page, not a cold JIT.
  await run(browser, server.origin, 'textarea.html');
  for (const fixture of ['textarea.html', 'contenteditable.html']) results.push(await run(browser, server.origin, fixture));
} finally {
  await browser.close();
  await server.close();
}

const ms = (x) => `${x.toFixed(2)} ms`;
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim().split(' built')[0];
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const source = process.env.WARMLY_WASM_WEB
  ? ` (from WARMLY_WASM_WEB=${process.env.WARMLY_WASM_WEB}, not wasm/pkg/web)`
  : ' (wasm/pkg/web)';
const wasmKb = (fs.statSync(path.join(root, 'wasm/extension/dist/lib/warmly_bg.wasm')).size / 1024).toFixed(1);
const rows = results.map((r) =>
  `| ${r.fixture.replace('.html', '')} | ${(r.size / 1024).toFixed(1)} KB | ${r.before} → ${r.after} | ${r.n} / ${r.draws} | ${ms(r.lint)} | ${ms(r.cost.median)} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.max)} |`);
const table = [
  '| editor | reply size | highlights (before → after typing) | keystrokes / draws | lint, median | lint + draw, median | input → drawn, median | p95 | max |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(table);
const ok = results.every((r) => r.p95 <= 16);
console.log(ok ? 'p95 within one frame (16 ms)' : 'p95 over one frame (16 ms)');

if (write) {
  const doc = `# Extension typing latency

Time from an editor's \`input\` event to the highlights being drawn, while typing key by key at
the end of a 5 KB reply: the content script lints the whole text with the warmly WebAssembly core,
measures where each flagged phrase is drawn (a mirror element for a textarea, DOM ranges for a
contenteditable editor) and redraws the overlay, synchronously inside the input event, so the
highlights are painted in the same frame as the typed character. Target: p95 ≤ 16 ms (one frame
at 60 Hz).

${table}

Measured ${new Date().toISOString().slice(0, 10)} with ${chromium} (headless, \`--headless=new\`),
${os.cpus().length} cores (${cpu}, load average ${os.loadavg()[0].toFixed(1)} while measuring),
warmly_bg.wasm ${wasmKb} KB${source}, ${keys} keystrokes per editor after one warm-up pass and 38
warm-up keystrokes. Each value is the content script's own stamp (\`data-latency\` on the editor's
overlay layer): \`performance.now()\` after drawing minus the input event's \`timeStamp\`, one value per
keystroke (when several keystrokes are answered by one throttled draw, each counts its own wait).

Reproduce (after \`scripts/wasm-build.sh\`; the extension is built when \`wasm/extension/dist\` is stale):

\`\`\`sh
node wasm/extension/bench/latency.mjs --keys ${keys} --write
\`\`\`

When lint and draw take more than 12 ms in each of the last ten runs on a slow machine or a
huge reply, the content script stops linting on every key and lints at most every 100 ms
instead, so typing itself never waits on it. On a shared, overloaded machine a burst of CPU
contention can trip that switch for a moment: keystrokes answered by a throttled draw count
their whole wait, so such a run shows a p95 near 100 ms (seen in some runs here at load average
7 to 9 on 2 cores, with lint + draw still about 3 ms). Run it on a quiet machine for stable numbers.
`;
  fs.writeFileSync(path.join(root, 'docs/bench-extension.md'), doc);
  console.log('wrote docs/bench-extension.md');
}
process.exitCode = ok ? 0 : 1;
