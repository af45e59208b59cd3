#!/usr/bin/env node
// Benchmarks of the WebAssembly build inside headless Debian Chromium (not a test).
//
//   node wasm/bench/browser-bench.mjs [--loads N] [--batches N]
//
// Serves the playground (wasm/playground/serve.mjs) and measures, in the page with
// performance.now():
//   - lint time of a 2 KB and a 10 KB draft: median over many batches (Chromium coarsens
//     performance.now() to 0.1 ms without cross-origin isolation, so each sample times a batch of
//     lints and divides);
//   - Linter construction: the first `new Linter()` of a page (compiles the built-in rules), and
//     the median of constructing with a non-default config (compiles them again each time);
//   - page load to first lint: navigation start to the playground's first lint, median of fresh
//     page loads.
// Drafts are built from the dev corpus (tests/corpus/dev.jsonl), so they carry realistic findings.
import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { startServer } from "../playground/serve.mjs";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const LOADS = arg("--loads", 15);
const BATCHES = arg("--batches", 60);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** A draft of about `bytes` UTF-8 bytes made of whole corpus replies. */
function draftOf(bytes) {
  const texts = readFileSync(resolve(ROOT, "tests/corpus/dev.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).text);
  let out = "";
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) out += texts[i % texts.length] + "\n\n";
  while (Buffer.byteLength(out) > bytes) out = out.slice(0, -1);
  return out;
}

const profile = mkdtempSync(join(tmpdir(), "warmly-bench-"));
const server = await startServer(0);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
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
});

try {
  // Page load to first lint, and the cold construction, over fresh page loads.
  const loads = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector("body[data-ready=true]");
    loads.push(await page.evaluate(() => window.warmlyTiming));
    await page.close();
  }

  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  const drafts = { "2 KB": draftOf(2048), "10 KB": draftOf(10240) };
  const result = await page.evaluate(
    ({ drafts, batches }) => {
      const { Linter, linter } = window.warmly;
      const med = (xs) => {
        const s = [...xs].sort((a, b) => a - b);
        const m = s.length >> 1;
        return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
      };
      const out = { lint: {}, findings: {}, chars: {} };
      for (const [name, text] of Object.entries(drafts)) {
        const per = name === "2 KB" ? 50 : 10;
        for (let i = 0; i < 200; i++) linter.lint(text); // warm up
        const samples = [];
        for (let b = 0; b < batches; b++) {
          const t = performance.now();
          for (let i = 0; i < per; i++) linter.lint(text);
          samples.push((performance.now() - t) / per);
        }
        out.lint[name] = med(samples);
        const checkSamples = [];
        for (let b = 0; b < batches; b++) {
          const t = performance.now();
          for (let i = 0; i < per; i++) linter.check(text);
          checkSamples.push((performance.now() - t) / per);
        }
        out.lint[`${name} check()`] = med(checkSamples);
        out.findings[name] = linter.lint(text).length;
        out.chars[name] = text.length;
      }
      const construct = [];
      for (let i = 0; i < 15; i++) {
        const t = performance.now();
        const l = new Linter({ severity: { jargon: "warning" } });
        construct.push(performance.now() - t);
        l.free();
      }
      out.constructCustom = med(construct);
      const shared = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        const l = new Linter();
        shared.push(performance.now() - t);
        l.free();
      }
      out.constructShared = med(shared);
      return out;
    },
    { drafts, batches: BATCHES },
  );

  const wasm = readFileSync(resolve(ROOT, "wasm/pkg/web/warmly_bg.wasm"));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n) => `${n.toFixed(3)} ms`;
  const version = await page.evaluate(() => window.warmly.Linter.version);
  const browser = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  console.log(`warmly ${version} WebAssembly in ${browser}, ${new Date().toISOString()}`);
  console.log("");
  console.log("| measurement | result | target |");
  console.log("|---|---|---|");
  console.log(`| lint, 2 KB draft (${result.chars["2 KB"]} chars, ${result.findings["2 KB"]} findings) | ${ms(result.lint["2 KB"])} | ≤ 0.2 ms |`);
  console.log(`| lint + score (check()), 2 KB draft | ${ms(result.lint["2 KB check()"])} | |`);
  console.log(`| lint, 10 KB draft (${result.chars["10 KB"]} chars, ${result.findings["10 KB"]} findings) | ${ms(result.lint["10 KB"])} | |`);
  console.log(`| lint + score (check()), 10 KB draft | ${ms(result.lint["10 KB check()"])} | |`);
  console.log(`| Linter construction, first in page (compiles the built-in rules) | ${ms(median(loads.map((l) => l.construct)))} | ≤ 20 ms |`);
  console.log(`| Linter construction, custom config (compiles again) | ${ms(result.constructCustom)} | ≤ 20 ms |`);
  console.log(`| Linter construction, default config again (shared rules) | ${ms(result.constructShared)} | |`);
  console.log(`| WebAssembly init (fetch + compile + instantiate) | ${ms(median(loads.map((l) => l.init)))} | |`);
  console.log(`| page load to first lint (navigation start to first lint done) | ${ms(median(loads.map((l) => l.loadToFirstLint)))} | |`);
  console.log(`| warmly_bg.wasm size | ${kb(wasm.length)} raw, ${kb(gzipSync(wasm, { level: 9 }).length)} gzipped | ≤ 300 KB gzipped |`);
  console.log("");
  console.log(`Medians: lint over ${BATCHES} batches (50 lints per batch at 2 KB, 10 at 10 KB, after 200 warm-up lints); construction over ${LOADS} page loads / 15 custom / 50 shared; page load over ${LOADS} fresh loads.`);
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
