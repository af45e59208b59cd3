// The warmly extension in real headless Chromium (Debian's chromium, playwright-core), loaded
// unpacked from wasm/extension/dist with the real WebAssembly core. Fixture pages mimic help
// desks: a plain textarea, a contenteditable div with nested formatting, a React-controlled
// textarea and a contenteditable editor inside a same-origin iframe.
// Run: node --test tests/browser/extension.test.mjs  (after scripts/wasm-build.sh; the extension
// is built here when wasm/extension/dist is missing or stale).
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, startServer, launch, highlights, outputDir, root } from './extension-helpers.mjs';

// A draft with known problems, typed key by key, and what the built-in rules flag in it.
const HOSTILE = 'Calm down. Per my last email, you failed to attach the receipt.';
const HOSTILE_FINDINGS = [
  { rule: 'hostile/calm-down', text: 'Calm down' },
  { rule: 'passive_aggressive/per-my-last-email', text: 'Per my last email' },
  { rule: 'blame/you-failed-to', text: 'you failed to' },
];
// The suggestion clicked in the card, on the first finding: its first suggestion.
const APPLY = { rule: 'hostile/calm-down', suggestion: 'I can hear how upsetting this is' };
const AFTER_APPLY = 'I can hear how upsetting this is. Per my last email, you failed to attach the receipt.';
const AFTER_APPLY_FINDINGS = HOSTILE_FINDINGS.slice(1);
// A warm draft: no finding.
const WARM = 'Thanks for your patience, Dana. I am sorry the refund is late; I have asked our payments team to send it today.';

const SITE = '127.0.0.1';

const CASES = [
  {
    name: 'plain textarea',
    page: 'textarea.html',
    frame: (page) => page.mainFrame(),
    value: (frame) => frame.$eval('#reply', (el) => el.value),
    inputs: (page) => page.evaluate(() => window.__inputs),
    prefix: '',
  },
  {
    name: 'contenteditable with nested formatting',
    page: 'contenteditable.html',
    frame: (page) => page.mainFrame(),
    value: (frame) => frame.$eval('#reply', (el) => el.textContent),
    inputs: (page) => page.evaluate(() => window.__inputs),
    // The prefilled greeting (bold name, italic sentence with underlined words) stays untouched.
    prefix: 'Hi Lee,Thanks for the order number.',
  },
  {
    name: 'React-controlled textarea',
    page: 'react.html',
    frame: (page) => page.mainFrame(),
    value: (frame) => frame.$eval('#reply', (el) => el.value),
    inputs: (page) => page.evaluate(() => window.__inputs),
    prefix: '',
  },
  {
    name: 'contenteditable inside a same-origin iframe',
    page: 'iframe.html',
    frame: (page) => page.frames().find((f) => f.url().endsWith('/fixtures/iframe-editor.html')),
    value: (frame) => frame.$eval('#reply', (el) => el.textContent),
    inputs: (page) => page.evaluate(() => window.__inputs),
    prefix: '',
  },
];

let server;
let browser;
let ext;
const requests = [];

before(async () => {
  ensureBuilt();
  fs.mkdirSync(outputDir, { recursive: true });
  server = await startServer();
  browser = await launch();
  browser.context.on('request', (req) => requests.push(req.url()));
  // An extension page to read and write chrome.storage from (a service worker may be stopped
  // when idle; a page stays).
  ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=0`);
  initialPages = browser.context.pages();
});

// Each test's pages close even when it fails, so the next test starts from the same state.
let initialPages = [];
afterEach(async () => {
  for (const page of browser.context.pages()) if (!initialPages.includes(page)) await page.close();
  await ext.evaluate(() => chrome.storage.sync.clear());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function setSiteEnabled(on) {
  await ext.evaluate(
    ([site, on]) => chrome.storage.sync.set({ disabledSites: on ? [] : [site] }),
    [SITE, on],
  );
}

/** Polls until `fn` returns a value deep-equal to `expected` (or fails with the last value). */
async function until(fn, expected, timeout = 5000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    try {
      assert.deepEqual(last, expected);
      return last;
    } catch (err) {
      if (Date.now() > end) throw err;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

const marks = async (frame) => (await highlights(frame)).map(({ rule, text }) => ({ rule, text }));

/** Opens a fixture and waits until the extension watches its editor. */
async function open(c) {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/fixtures/${c.page}`);
  let frame;
  await until(async () => {
    frame = c.frame(page);
    if (!frame) return false;
    return frame.evaluate(() => !!document.querySelector('warmly-overlay')?.shadowRoot?.querySelector('.layer'));
  }, true, 10000);
  return { page, frame };
}

/** Page coordinates of a point of a frame's viewport. */
async function toPage(page, frame, x, y) {
  if (frame === page.mainFrame()) return { x, y };
  const box = await (await frame.frameElement()).boundingBox();
  const border = await frame.frameElement().then((el) => el.evaluate((e) => ({ l: e.clientLeft, t: e.clientTop })));
  return { x: box.x + border.l + x, y: box.y + border.t + y };
}

async function clear(page, frame) {
  await frame.click('#reply');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
}

for (const c of CASES) {
  test(`extension: ${c.name}`, async () => {
    const { page, frame } = await open(c);
    await frame.click('#reply');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(HOSTILE);

    // Highlights: one per finding, on the flagged words, inside the editor.
    await until(() => marks(frame), HOSTILE_FINDINGS);
    const drawn = await highlights(frame);
    const editor = await frame.$eval('#reply', (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    for (const h of drawn) {
      assert.equal(h.rects.length, 1, `${h.text} is drawn on one line`);
      const r = h.rects[0];
      assert.ok(r.left >= editor.left && r.right <= editor.right && r.top >= editor.top && r.bottom <= editor.bottom, `${h.text} is inside the editor`);
    }
    // The highlight covers the words themselves: compare with where the browser draws them.
    const actual = await frame.evaluate((c) => {
      const el = document.getElementById('reply');
      if (el.localName === 'textarea') return null;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.data.indexOf(c);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + c.length);
          const r = range.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        }
      }
      return 'not found';
    }, HOSTILE_FINDINGS[1].text);
    if (actual) {
      const r = drawn[1].rects[0];
      for (const k of ['left', 'top', 'right', 'bottom']) assert.ok(Math.abs(r[k] - actual[k]) < 1, `${k}: ${r[k]} vs ${actual[k]}`);
    }
    assert.equal(await c.value(frame), c.prefix + HOSTILE);

    // The warmth badge shows a score below 100.
    const badge = await frame.evaluate(() => {
      const b = document.querySelector('warmly-overlay').shadowRoot.querySelector('.badge');
      return { hidden: b.hidden, score: Number(b.dataset.score), text: b.textContent };
    });
    assert.equal(badge.hidden, false);
    assert.ok(badge.score >= 0 && badge.score < 100, `score ${badge.score}`);
    assert.match(badge.text, new RegExp(`^Warmth${badge.score}· 3 to soften$`));

    // Hover the highlight: the card shows the rule's message, why and suggestions.
    const target = drawn.find((h) => h.rule === APPLY.rule).rects[0];
    const at = await toPage(page, frame, (target.left + target.right) / 2, (target.top + target.bottom) / 2);
    await page.mouse.move(at.x, at.y);
    const card = frame.locator('warmly-overlay .card');
    await card.waitFor({ state: 'visible' });
    assert.equal(await card.locator('.rule').textContent(), APPLY.rule);
    const sugs = await card.locator('.sug').allTextContents();
    assert.equal(sugs[0], APPLY.suggestion);
    if (c === CASES[0]) {
      await page.screenshot({ path: path.join(outputDir, 'extension-card.png'), clip: { x: 130, y: 52, width: 740, height: 424 } });
    }

    // Click the suggestion: the words change through the editor's input path.
    const inputsBefore = (await c.inputs(page)).length;
    await card.locator('.sug').first().click();
    await until(() => c.value(frame), c.prefix + AFTER_APPLY);
    const inputs = await c.inputs(page);
    assert.ok(inputs.length > inputsBefore, 'the page saw an input event');
    assert.equal(inputs.at(-1), c.prefix + AFTER_APPLY, "the page's input handler saw the new text");
    await until(() => marks(frame), AFTER_APPLY_FINDINGS);
    await card.waitFor({ state: 'hidden' });

    // Undo sees the change too (execCommand keeps the editor's history).
    await frame.click('#reply');
    await page.keyboard.press('Control+z');
    await until(() => c.value(frame), c.prefix + HOSTILE);
    await until(() => marks(frame), HOSTILE_FINDINGS);
    await page.keyboard.press('Control+Shift+z');
    await until(() => c.value(frame), c.prefix + AFTER_APPLY);

    // Site switched off in storage: highlights disappear; back on: they return.
    await setSiteEnabled(false);
    await until(() => marks(frame), []);
    assert.equal(await frame.evaluate(() => !!document.querySelector('warmly-overlay')), false);
    await setSiteEnabled(true);
    await until(() => marks(frame), AFTER_APPLY_FINDINGS);

    // A warm draft: no highlight, and the badge says so.
    await clear(page, frame);
    await page.keyboard.type(WARM);
    await until(() => c.value(frame), WARM);
    await until(() => marks(frame), []);
    const warmBadge = await frame.evaluate(() => document.querySelector('warmly-overlay').shadowRoot.querySelector('.badge').textContent);
    assert.match(warmBadge, /· all warm$/);
    await page.close();
  });
}

test('extension: highlights follow scrolling and wrapping; caret opens the card; badge collapses', async () => {
  const { page, frame } = await open(CASES[0]);
  const layerOf = () => frame.evaluate(() => {
    const layer = document.querySelector('warmly-overlay').shadowRoot.querySelector('.layer');
    return layer.getBoundingClientRect().toJSON();
  });
  // Ten short lines, then a flagged phrase below the visible part of the 160 px box.
  const lines = Array.from({ length: 10 }, (_, i) => `Line ${i + 1} of the reply.`);
  await frame.fill('#reply', `${lines.join('\n')}\nPlease calm down.`);
  await until(() => marks(frame), [{ rule: 'hostile/calm-down', text: 'Please calm down' }]);
  await frame.$eval('#reply', (el) => { el.scrollTop = 0; });
  const editor = await layerOf();
  await until(async () => (await highlights(frame))[0].rects[0].top > editor.bottom, true);
  const before = (await highlights(frame))[0].rects[0];
  // Scroll the textarea: the highlight moves with the text.
  const scrolled = await frame.$eval('#reply', (el) => {
    el.scrollTop = el.scrollHeight;
    return el.scrollTop;
  });
  assert.ok(scrolled > 0);
  await until(async () => Math.round((await highlights(frame))[0].rects[0].top - (before.top - scrolled)), 0);
  const visible = (await highlights(frame))[0].rects[0];
  assert.ok(visible.top >= editor.top && visible.bottom <= editor.bottom, 'now inside the box');

  // Narrow the editor: the line wraps and the highlight follows the words onto the next line.
  await frame.fill('#reply', 'Thanks for writing in about the refund for the blender, and please calm down.');
  await until(() => marks(frame), [{ rule: 'hostile/calm-down', text: 'please calm down' }]);
  const wide = (await highlights(frame))[0].rects;
  assert.equal(wide.length, 1);
  await frame.$eval('#reply', (el) => { el.style.width = '240px'; });
  await until(async () => (await highlights(frame))[0].rects[0].top > wide[0].top + 20, true);
  const narrow = (await highlights(frame))[0].rects;
  const box = await layerOf();
  for (const r of narrow) assert.ok(r.left >= box.left && r.right <= box.right, 'wrapped highlight stays inside the narrowed box');
  await frame.$eval('#reply', (el) => { el.style.width = ''; });
  await until(async () => (await highlights(frame))[0].rects[0].top, wide[0].top);

  // A new message above the reply box moves the editor down: the highlight follows.
  const moved = await frame.evaluate(() => {
    const note = Object.assign(document.createElement('div'), { className: 'message', textContent: 'New message' });
    note.style.height = '100px';
    document.querySelector('.reply').before(note);
    return note.offsetHeight;
  });
  assert.ok(moved >= 100);
  await until(async () => Math.round((await highlights(frame))[0].rects[0].top - wide[0].top), moved);

  // The caret inside a flagged phrase opens its card (keyboard users); Escape closes it.
  await frame.click('#reply');
  await page.keyboard.press('Control+End');
  for (let i = 0; i < 'down.'.length; i++) await page.keyboard.press('ArrowLeft');
  const card = frame.locator('warmly-overlay .card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.locator('.rule').textContent(), 'hostile/calm-down');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });

  // The badge collapses to a dot and expands again; the choice is remembered.
  const badge = frame.locator('warmly-overlay .badge');
  assert.equal(await badge.getAttribute('aria-expanded'), 'true');
  await badge.click();
  await until(() => badge.getAttribute('aria-expanded'), 'false');
  assert.match(await badge.getAttribute('class'), /collapsed/);
  assert.deepEqual(await ext.evaluate(() => chrome.storage.local.get('badgeCollapsed')), { badgeCollapsed: true });
  await badge.click();
  await until(() => badge.getAttribute('aria-expanded'), 'true');
  assert.equal(await frame.$eval('#reply', (el) => el.value), 'Thanks for writing in about the refund for the blender, and please calm down.');
  await page.close();
});

test('extension: a page without editors gets no overlay; a reply box added later is found', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/fixtures/spa.html`);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => !!document.querySelector('warmly-overlay')), false);
  await page.click('#open-reply');
  await until(() => page.evaluate(() => !!document.querySelector('warmly-overlay')?.shadowRoot?.querySelector('.layer')), true);
  await page.keyboard.type(HOSTILE);
  await until(() => marks(page.mainFrame()), HOSTILE_FINDINGS);
  assert.equal((await page.evaluate(() => window.__inputs)).at(-1), HOSTILE);

  // "Always allow" in the card adds the phrase to the allowed phrases; its highlight goes.
  const target = (await highlights(page.mainFrame())).find((h) => h.rule === 'passive_aggressive/per-my-last-email').rects[0];
  await page.mouse.move((target.left + target.right) / 2, (target.top + target.bottom) / 2);
  const allow = page.locator('warmly-overlay .card .allow');
  await allow.waitFor({ state: 'visible' });
  assert.equal(await allow.textContent(), 'Always allow “Per my last email”');
  await allow.click();
  await until(() => marks(page.mainFrame()), [HOSTILE_FINDINGS[0], HOSTILE_FINDINGS[2]]);
  assert.deepEqual(await ext.evaluate(() => chrome.storage.sync.get('allow')), { allow: ['Per my last email'] });
  await ext.evaluate(() => chrome.storage.sync.set({ allow: [] }));
  await until(() => marks(page.mainFrame()), HOSTILE_FINDINGS);
  await page.close();
});

test('extension: popup shows the page counts and switches the site off', async () => {
  const { page, frame } = await open(CASES[0]);
  await frame.click('#reply');
  await page.keyboard.type(HOSTILE);
  await until(() => marks(frame), HOSTILE_FINDINGS);
  // The tab's id, from the counts its content script reported (the other fixture tabs are closed).
  const tabKeys = () => ext.evaluate(async (site) => Object.entries(await chrome.storage.session.get(null))
    .filter(([, state]) => state.site === site && state.frames['0']?.counts.findings > 0)
    .map(([key]) => key), SITE);
  let keys = [];
  for (let i = 0; i < 200 && keys.length !== 1; i++) {
    keys = await tabKeys();
    if (keys.length !== 1) await new Promise((r) => setTimeout(r, 25));
  }
  assert.equal(keys.length, 1, `one fixture tab reported counts: ${keys}`);
  const key = keys[0];
  const tabId = Number(key.slice('tab:'.length));
  assert.equal(typeof tabId, 'number');

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 300, height: 420 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('body[data-ready="true"]').waitFor();
  await until(() => popup.locator('#findings').textContent(), String(HOSTILE_FINDINGS.length));
  assert.equal(await popup.locator('#site').textContent(), SITE);
  assert.equal(await popup.locator('#editors').textContent(), '1');
  assert.equal(await popup.locator('#site-toggle').isChecked(), true);
  assert.deepEqual(await popup.locator('#categories li').allTextContents(), ['Hostile1', 'Blaming1', 'Passive-aggressive1']);
  await popup.locator('body').screenshot({ path: path.join(outputDir, 'extension-popup.png') });

  await popup.locator('#site-toggle').uncheck();
  await until(() => marks(frame), []);
  // The popup shows the notice once its toggle's change is stored: wait for it as for the marks.
  await until(() => popup.locator('#off').isVisible(), true);
  await popup.locator('#site-toggle').check();
  await until(() => marks(frame), HOSTILE_FINDINGS);
  await popup.close();
  await page.close();
});

test('extension: options page switches rules off, allows phrases and adds custom phrases', async () => {
  const { page, frame } = await open(CASES[0]);
  await frame.click('#reply');
  await page.keyboard.type(`${HOSTILE} At the end of the day, no worries at all.`);
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('body[data-ready="true"]').waitFor();
  // The rule list comes from the real core.
  assert.ok((await options.locator('#rules input[data-rule]').count()) > 10);

  // A category off: its highlight goes.
  await options.locator('#categories input[data-category="hostile"]').uncheck();
  // A single rule off.
  await options.locator('#rules input[data-rule="blame/you-failed-to"]').uncheck();
  // An allowed phrase.
  await options.locator('#allow').fill('per my last email');
  // A custom phrase with a suggestion.
  await options.locator('#add-custom').click();
  await options.locator('#custom tbody tr .phrase').fill('at the end of the day');
  await options.locator('#custom tbody tr .suggestion').fill('In short');
  await options.locator('#custom tbody tr .category').selectOption('dismissive');
  await options.locator('#save').click();
  await until(() => options.locator('#status').textContent(), 'Saved.');
  const stored = await ext.evaluate(() => chrome.storage.sync.get(null));
  assert.deepEqual(stored.ignore, ['hostile', 'blame/you-failed-to']);
  assert.deepEqual(stored.allow, ['per my last email']);
  assert.deepEqual(stored.custom, [{ phrase: 'at the end of the day', suggestion: 'In short', category: 'dismissive' }]);
  await until(() => marks(frame), [{ rule: 'dismissive/custom-at-the-end-of-the-day', text: 'At the end of the day' }]);
  // The custom phrase's card offers the team's suggestion.
  const hit = (await highlights(frame))[0].rects[0];
  await page.mouse.move((hit.left + hit.right) / 2, (hit.top + hit.bottom) / 2);
  assert.deepEqual(await frame.locator('warmly-overlay .card .sug').allTextContents(), ['In short']);

  // Back to the defaults.
  await ext.evaluate(() => chrome.storage.sync.set({ ignore: [], allow: [], custom: [] }));
  await until(() => marks(frame), HOSTILE_FINDINGS);
  await options.close();
  await page.close();
});

test('extension: no request leaves the browser', () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(`${server.origin}/`) && !u.startsWith(`chrome-extension://${browser.extensionId}/`));
  assert.deepEqual(foreign, []);
  // The core really was loaded from the extension itself.
  assert.ok(requests.includes(`chrome-extension://${browser.extensionId}/lib/warmly_bg.wasm`));
});

// The README links docs/img copies; they are refreshed when missing or with WARMLY_UPDATE_SCREENSHOTS=1.
test('extension: screenshots of the card and the popup are saved', () => {
  fs.mkdirSync(path.join(root, 'docs/img'), { recursive: true });
  for (const name of ['extension-card.png', 'extension-popup.png']) {
    const file = path.join(outputDir, name);
    assert.ok(fs.statSync(file).size > 1000, `${name} was written`);
    const copy = path.join(root, 'docs/img', name);
    if (!fs.existsSync(copy) || process.env.WARMLY_UPDATE_SCREENSHOTS === '1') fs.copyFileSync(file, copy);
  }
});
