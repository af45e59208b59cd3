// The playground in a real, headless Debian Chromium driven by playwright-core: live highlights
// while typing key by key, the warmth score, applying a suggestion, a warm example with no
// highlights, and no request outside the page's own origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { startServer } from "../../wasm/playground/serve.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const OUTPUT = resolve(ROOT, "tests/output");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch options for Debian's Chromium in containers and CI. */
export const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

const HOSTILE = "Calm down. Per my last email, you failed to attach the receipt.";

let server;
let context;
let profile;

before(async () => {
  if (!existsSync(resolve(ROOT, "wasm/pkg/web/warmly_bg.wasm"))) {
    throw new Error("wasm/pkg is missing: run scripts/wasm-build.sh first");
  }
  server = await startServer(0);
  profile = mkdtempSync(join(tmpdir(), "warmly-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    ...LAUNCH,
    viewport: { width: 1280, height: 860 },
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens the playground and records every request the page makes. */
async function openPlayground() {
  const page = await context.newPage();
  const requests = [];
  page.on("request", (req) => requests.push(req.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  return { page, requests, errors };
}

async function highlights(page) {
  return page.$$eval(".warmly-hl", (els) => els.map((el) => el.textContent));
}

test("typing a hostile draft highlights it live; a suggestion applies; a warm draft is clean", async () => {
  const { page, requests, errors } = await openPlayground();

  assert.deepEqual(await highlights(page), []);
  assert.equal(await page.textContent("#score"), "–");

  // Key by key, as a person types.
  await page.click("#draft");
  await page.keyboard.type(HOSTILE, { delay: 5 });
  assert.equal(await page.inputValue("#draft"), HOSTILE);

  assert.deepEqual(await highlights(page), ["Calm down", "Per my last email", "you failed to"]);
  assert.deepEqual(
    await page.$$eval(".warmly-hl", (els) => els.map((el) => el.dataset.rule)),
    ["hostile/calm-down", "passive_aggressive/per-my-last-email", "blame/you-failed-to"],
  );
  // 80 - 30 (error) - 20 (warning) - 30 (error), clamped at 0.
  assert.equal(await page.textContent("#score"), "0");
  assert.equal(await page.$eval("#meter", (m) => m.value), 0);
  assert.equal(await page.textContent("#warmth-word"), "Cold");
  assert.equal(await page.locator(".finding").count(), 3);
  assert.equal(await page.textContent("#summary"), "3 phrases flagged.");
  const why = await page.textContent('.finding[data-rule="hostile/calm-down"] .why');
  assert.ok(why.length > 20, `a why for calm-down: ${why}`);

  // The highlights mirror the textarea: the first mark starts where the text starts.
  const [markBox, areaBox] = await Promise.all([
    page.locator(".warmly-hl").first().boundingBox(),
    page.locator("#draft").boundingBox(),
  ]);
  const padding = await page.$eval("#draft", (t) => parseFloat(getComputedStyle(t).paddingLeft));
  assert.ok(Math.abs(markBox.x - (areaBox.x + padding)) < 1.5, `mark at ${markBox.x}, text at ${areaBox.x + padding}`);

  // Click the first suggestion of "Calm down".
  const button = page.locator('.finding[data-rule="hostile/calm-down"] .suggestion').first();
  assert.equal(await button.textContent(), "I can hear how upsetting this is");
  await button.click();
  const fixed = "I can hear how upsetting this is. Per my last email, you failed to attach the receipt.";
  assert.equal(await page.inputValue("#draft"), fixed);
  assert.deepEqual(await highlights(page), ["Per my last email", "you failed to"]);
  assert.equal(await page.textContent("#score"), "30");
  // The caret sits after the inserted words.
  assert.equal(await page.$eval("#draft", (t) => t.selectionStart), "I can hear how upsetting this is".length);

  await page.screenshot({ path: join(mkdirSync(OUTPUT, { recursive: true }) ?? OUTPUT, "playground-hostile.png"), fullPage: true });

  // A warm example: no highlights, full marks.
  await page.click('[data-example="warm"]');
  assert.match(await page.inputValue("#draft"), /^Hi Sam,\n\nThank you for your patience/);
  assert.deepEqual(await highlights(page), []);
  assert.equal(await page.locator(".finding").count(), 0);
  assert.equal(await page.textContent("#score"), "100");
  assert.equal(await page.textContent("#warmth-word"), "Warm");
  assert.equal(await page.isVisible("#empty"), true);

  // Every example loads; the non-warm ones are flagged.
  for (const name of ["hostile", "policy", "curt", "jargon"]) {
    await page.click(`[data-example="${name}"]`);
    assert.ok((await highlights(page)).length >= 1, `example ${name} is flagged`);
  }

  const screenshot = join(OUTPUT, "playground.png");
  await page.click('[data-example="hostile"]');
  await page.screenshot({ path: screenshot, fullPage: true });
  assert.ok(statSync(screenshot).size > 10_000);

  const origin = new URL(server.url).origin;
  const outside = requests.filter((u) => !u.startsWith("data:") && new URL(u).origin !== origin);
  assert.deepEqual(outside, [], "no request outside the page's origin");
  assert.ok(requests.some((u) => u.endsWith("/pkg/warmly_bg.wasm")), "the module came from the page's origin");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a long draft scrolls with its highlights", async () => {
  const { page, errors } = await openPlayground();
  const paragraph = "Thanks for writing in. Per my last email, the refund is on its way. ";
  const text = paragraph.repeat(60) + "Calm down.";
  await page.fill("#draft", text);
  const count = await page.locator(".warmly-hl").count();
  assert.equal(count, 61);
  assert.equal(await page.locator(".warmly-hl").last().textContent(), "Calm down");
  // Scrolling the textarea scrolls the highlight layer with it.
  await page.$eval("#draft", (t) => { t.scrollTop = t.scrollHeight; t.dispatchEvent(new Event("scroll")); });
  const [areaTop, layerTop] = await page.$eval("#draft", (t) => [t.scrollTop, document.querySelector(".layer").scrollTop]);
  assert.ok(areaTop > 0);
  assert.equal(layerTop, areaTop);
  // Typing at the end keeps every highlight where it was.
  await page.focus("#draft");
  await page.keyboard.press("End");
  await page.keyboard.type(" Thanks");
  assert.equal(await page.locator(".warmly-hl").count(), 61);
  assert.equal(await page.locator(".finding").count(), 61);
  assert.deepEqual(errors, []);
  await page.close();
});
