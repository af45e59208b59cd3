// Parity: for every record of tests/corpus/dev.jsonl the WebAssembly build and the CLI's JSON
// output give the same rule ids, the same spans (the CLI's byte offsets converted to UTF-16) and
// the same scores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { ROOT, utf16Offset, warmly } from "./helpers.mjs";

const CORPUS = resolve(ROOT, "tests/corpus/dev.jsonl");

/** The newest modification time of the files the CLI is built from. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ["core/src", "core/build.rs", "rules", "cli/src"].map((d) => resolve(ROOT, d))) {
    if (!existsSync(dir)) continue;
    if (statSync(dir).isDirectory()) walk(dir);
    else newest = Math.max(newest, statSync(dir).mtimeMs);
  }
  return newest;
}

/**
 * The CLI binary: $WARMLY_BIN, else the newer of target/release/warmly and target/debug/warmly,
 * rebuilt first when it is older than the core, the rules or the CLI sources (a stale binary
 * would compare old rules with new ones); a release build when there is none.
 */
function cliBinary() {
  if (process.env.WARMLY_BIN) return process.env.WARMLY_BIN;
  const targetDir = process.env.CARGO_TARGET_DIR
    ? resolve(ROOT, process.env.CARGO_TARGET_DIR)
    : resolve(ROOT, "target");
  const found = ["release", "debug"]
    .map((profile) => join(targetDir, profile, "warmly"))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  const binary = found ?? join(targetDir, "release", "warmly");
  if (!found || statSync(found).mtimeMs < newestSource()) {
    const release = binary.endsWith(join("release", "warmly"));
    execFileSync("cargo", ["build", ...(release ? ["--release"] : []), "-p", "warmly-cli"], {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  return binary;
}

test("WASM and CLI agree on every record of the dev corpus", () => {
  const records = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
  assert.ok(records.length >= 100, `only ${records.length} records`);

  // Run from an empty directory with an empty config so no warmly.toml is discovered.
  const dir = mkdtempSync(join(tmpdir(), "warmly-parity-"));
  let out;
  try {
    const emptyConfig = join(dir, "warmly.toml");
    writeFileSync(emptyConfig, "");
    const run = spawnSync(
      cliBinary(),
      ["check", "--format", "json", "--config", emptyConfig, CORPUS],
      { cwd: dir, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
    );
    assert.ok(run.status === 0 || run.status === 1, `CLI failed (${run.status}): ${run.stderr}`);
    out = JSON.parse(run.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const cliFindings = new Map(records.map((r) => [r.id, []]));
  for (const f of out.findings) {
    assert.ok(cliFindings.has(f.record), `CLI record id ${f.record} is in the corpus`);
    cliFindings.get(f.record).push(f);
  }
  const cliScores = new Map(out.drafts.map((d) => [d.record, d.score]));

  const linter = new warmly.Linter();
  let compared = 0;
  let findings = 0;
  for (const record of records) {
    const text = record.text;
    const cli = cliFindings
      .get(record.id)
      .map((f) => [f.rule, utf16Offset(text, f.start), utf16Offset(text, f.end)]);
    const report = linter.check(text);
    const wasm = report.findings.map((f) => [f.ruleId, f.start, f.end]);
    assert.deepEqual(wasm, cli, `record ${record.id}: ${JSON.stringify(text)}`);
    if (cliScores.has(record.id)) {
      assert.equal(report.score.score, cliScores.get(record.id), `score of record ${record.id}`);
    }
    compared++;
    findings += wasm.length;
  }
  assert.equal(compared, records.length);
  assert.ok(findings > 0, "the corpus has findings to compare");
  assert.equal(out.findings.length, findings, "same number of findings in total");
});
