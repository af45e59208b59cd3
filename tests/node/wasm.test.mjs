// The WebAssembly build in Node: findings, UTF-16 offsets, config errors, fixes, scores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

import { PKG, ROOT, warmly } from "./helpers.mjs";

const { Linter, version } = warmly;

/** A pack of test rules, so offsets do not depend on how the built-in packs evolve. */
const TEST_RULES = [
  {
    id: "hostile/test-calm-down",
    category: "hostile",
    message: "Telling the customer how to feel.",
    why: "Nobody calms down on command.",
    phrases: ["calm down"],
    suggest: ["I understand"],
    applicability: "safe",
  },
  {
    id: "passive_aggressive/test-last-email",
    category: "passive_aggressive",
    message: "Pointed reminder.",
    why: "Reads as irritation.",
    phrases: ["per my last email"],
    suggest: ["To recap", "As a quick summary"],
    applicability: "unsafe",
  },
  {
    id: "blame/test-you-are-wrong",
    category: "blame",
    message: "Flat contradiction.",
    why: "Puts the customer in the wrong.",
    phrases: ["you are wrong"],
    suggest: ["there may be a mix-up"],
  },
  {
    id: "jargon/test-cafe",
    category: "jargon",
    message: "Test word with a combining accent.",
    why: "Checks offsets after combining characters.",
    terms: ["cafe\u0301"],
    suggest: ["coffee shop"],
    applicability: "safe",
  },
];

// Accents (precomposed and combining), emoji (a surrogate pair, a skin-tone sequence), CJK,
// full-width punctuation, and a curly apostrophe inside a flagged phrase.
const TEXT = "Olá José 😀👍🏽, 你好！Calm down. Per my last email, you’re wrong about the cafe\u0301 ☕ order.";

function testLinter(extra = {}) {
  return new Linter({ noBuiltin: true, rules: TEST_RULES, ...extra });
}

test("UTF-16 offsets on text with emoji, accents, CJK and curly quotes", () => {
  const findings = testLinter().lint(TEXT);
  const summary = findings.map((f) => [f.ruleId, f.start, f.end, TEXT.slice(f.start, f.end)]);
  assert.deepEqual(summary, [
    ["hostile/test-calm-down", 20, 29, "Calm down"],
    ["passive_aggressive/test-last-email", 31, 48, "Per my last email"],
    ["blame/test-you-are-wrong", 50, 62, "you’re wrong"],
    ["jargon/test-cafe", 73, 78, "cafe\u0301"],
  ]);
  // Columns count characters (code points): the emoji pair and the skin tone are one each.
  assert.deepEqual(
    findings.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
    [
      [1, 18, 1, 27],
      [1, 29, 1, 46],
      [1, 48, 1, 60],
      [1, 71, 1, 76],
    ],
  );
});

test("a finding is a plain object with every documented field", () => {
  const [f] = testLinter().lint("Thanks. Calm down.");
  assert.deepEqual(f, {
    ruleId: "hostile/test-calm-down",
    category: "hostile",
    severity: "error",
    message: "Telling the customer how to feel.",
    why: "Nobody calms down on command.",
    start: 8,
    end: 17,
    line: 1,
    column: 9,
    endLine: 1,
    endColumn: 18,
    suggestions: [{ text: "I understand", applicability: "safe" }],
    also: [],
  });
  assert.equal(Object.getPrototypeOf(f), Object.prototype);
  assert.ok(Array.isArray(f.suggestions));
});

test("neighbouring phrases of one category in one sentence are one finding", () => {
  const text = "Sorry, it's company policy, we don't make exceptions. Thanks!";
  const findings = new Linter().lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.also]),
    [[
      "policy_wall/policy-is-policy",
      "it's company policy, we don't make exceptions",
      ["policy_wall/no-exceptions"],
    ]],
  );
});

test("lines and columns across lines with CJK", () => {
  const text = "你好，\n\n谢谢。Per my last email,\n  calm down";
  const findings = testLinter().lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, text.slice(f.start, f.end), f.line, f.column]),
    [
      ["passive_aggressive/test-last-email", "Per my last email", 3, 4],
      ["hostile/test-calm-down", "calm down", 4, 3],
    ],
  );
});

test("slices equal the flagged words for every finding of a mixed-script text", () => {
  const text = "🎉🎉 “Calm down” she said — no: calm down 🙂. Per my last email 😤 you’re wrong.";
  const findings = testLinter().lint(text);
  assert.deepEqual(
    findings.map((f) => text.slice(f.start, f.end)),
    ["calm down", "Per my last email", "you’re wrong"],
    "the quoted customer words are not flagged",
  );
  for (const f of findings) {
    assert.equal(text.slice(f.start, f.end).toLowerCase().replace("’re", " are"),
      TEST_RULES.find((r) => r.id === f.ruleId).phrases[0]);
  }
});

test("severity overrides, select and ignore", () => {
  const bySev = testLinter({ severity: { blame: "info", "hostile/test-calm-down": "warning" } });
  assert.deepEqual(
    bySev.lint(TEXT).map((f) => [f.ruleId, f.severity]),
    [
      ["hostile/test-calm-down", "warning"],
      ["passive_aggressive/test-last-email", "warning"],
      ["blame/test-you-are-wrong", "info"],
      ["jargon/test-cafe", "info"],
    ],
  );
  assert.deepEqual(
    testLinter({ select: ["hostile", "jargon/test-cafe"] }).lint(TEXT).map((f) => f.ruleId),
    ["hostile/test-calm-down", "jargon/test-cafe"],
  );
  assert.deepEqual(
    testLinter({ ignore: ["passive_aggressive", "hostile/test-calm-down"] }).lint(TEXT).map((f) => f.ruleId),
    ["blame/test-you-are-wrong", "jargon/test-cafe"],
  );
  assert.deepEqual(
    testLinter({ allow: ["per my last email"] }).lint(TEXT).map((f) => f.ruleId),
    ["hostile/test-calm-down", "blame/test-you-are-wrong", "jargon/test-cafe"],
  );
});

test("a suggestion is offered only where it reads", () => {
  // "I understand" is a whole clause: it can stand for "Calm down" at a sentence start, not for
  // "calm down" after "Please" (the test rule does not flag "please").
  assert.deepEqual(
    testLinter().lint("Please calm down.").map((f) => f.suggestions.map((s) => s.text)),
    [[]],
  );
  assert.deepEqual(
    testLinter().lint("Seriously. Calm down!").map((f) => f.suggestions.map((s) => s.text)),
    [["I understand"]],
  );
});

test("fix applies only safe suggestions", () => {
  assert.equal(
    testLinter().fix(TEXT),
    "Olá José 😀👍🏽, 你好！I understand. Per my last email, you’re wrong about the coffee shop ☕ order.",
  );
  assert.equal(testLinter().fix("Nothing to change here."), "Nothing to change here.");
});

test("applySuggestion takes the finding object from lint()", () => {
  const linter = testLinter();
  const [, pme, wrong] = linter.lint(TEXT);
  assert.equal(
    linter.applySuggestion(TEXT, pme, 1),
    "Olá José 😀👍🏽, 你好！Calm down. As a quick summary, you’re wrong about the cafe\u0301 ☕ order.",
  );
  assert.equal(
    linter.applySuggestion(TEXT, wrong, 0),
    "Olá José 😀👍🏽, 你好！Calm down. Per my last email, there may be a mix-up about the cafe\u0301 ☕ order.",
  );
  // A round trip through JSON (as an extension's message passing does) works too.
  assert.equal(
    linter.applySuggestion(TEXT, JSON.parse(JSON.stringify(wrong)), 0),
    linter.applySuggestion(TEXT, wrong, 0),
  );
});

test("applySuggestion rejects a bad index or a span that does not fit the text", () => {
  const linter = testLinter();
  const [calm] = linter.lint(TEXT);
  assert.throws(() => linter.applySuggestion(TEXT, calm, 1), {
    name: "Error",
    message: "applySuggestion: suggestion index 1 out of range (the finding has 1)",
  });
  assert.throws(() => linter.applySuggestion("short", calm, 0), {
    name: "Error",
    message: "applySuggestion: span 20..29 does not fit this text (length 5)",
  });
  // Offset 10 is between the two halves of 😀 in TEXT.
  assert.throws(() => linter.applySuggestion(TEXT, { ...calm, start: 10 }, 0), {
    message: `applySuggestion: span 10..29 does not fit this text (length ${TEXT.length})`,
  });
  assert.throws(() => linter.applySuggestion(TEXT, { start: 1 }, 0), (e) =>
    e instanceof Error && e.message === "applySuggestion: invalid finding: missing field `end`");
});

test("config errors throw an Error that says what and where", () => {
  const cases = [
    [{ selct: ["hostile"] }, "config: unknown field `selct`, expected one of `select`, `ignore`, `severity`, `rules`, `markers`, `allow`, `noBuiltin`"],
    [5, 'config: expected an object such as { ignore: ["jargon"] }, got number'],
    [["hostile"], 'config: expected an object such as { ignore: ["jargon"] }, got an array'],
    [{ select: "hostile" }, "config: field `select`: expected an array of rule ids or category names, got string"],
    [{ ignore: [1] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `1.0`, expected a string"],
    [{ select: ["nope"] }, "config: field `select`: unknown rule id or category `nope`; `warmly rules` lists them"],
    [{ severity: { hostile: "loud" } }, "config: field `severity.hostile`: unknown severity `loud` (expected one of: error, warning, info)"],
    [{ severity: ["hostile"] }, 'config: field `severity`: expected an object of rule ids or categories to "error", "warning" or "info", got an array'],
    [{ noBuiltin: "yes" }, "config: field `noBuiltin`: expected true or false, got string"],
    [{ rules: { id: "x" } }, "config: field `rules`: expected an array of objects, got object"],
    [{ rules: ["hostile/x"] }, "config: field `rules[0]`: expected an object, got string"],
    [
      { rules: [{ ...TEST_RULES[0], phrase: ["x"] }] },
      "config: rule `hostile/test-calm-down`: field `rules[0]`: unknown field `phrase`, expected one of `id`, `category`, `severity`, `message`, `why`, `phrases`, `patterns`, `terms`, `check`, `max_words`, `allow`, `unless_before`, `unless_after`, `unless_sentence`, `unless_later`, `unless_paragraph`, `suggest`, `swap`, `applicability`, `flag`, `pass`",
    ],
    [
      { rules: [TEST_RULES[0], { id: "hostile/x", category: "hostile", why: "w", phrases: ["x"] }] },
      "config: rule `hostile/x`: field `rules[1]`: missing field `message`",
    ],
    [
      { rules: [{ ...TEST_RULES[0], patterns: ["(unclosed"] }] },
      "config: rule `hostile/test-calm-down`: field `patterns`: bad regex `(unclosed`: regex parse error:\n    (unclosed\n    ^\nerror: unclosed group",
    ],
    [
      { rules: [{ ...TEST_RULES[0], category: "grumpy" }] },
      "config: rule `hostile/test-calm-down`: field `category`: unknown category `grumpy` (expected one of: hostile, blame, dismissive, condescending, passive_aggressive, policy_wall, commanding, curt, jargon)",
    ],
    [
      { rules: [{ id: "hostile/empty", category: "hostile", message: "m", why: "w" }] },
      "config: rule `hostile/empty`: the rule matches nothing: give it `phrases`, `patterns`, `terms` or a `check`",
    ],
    [
      { markers: [{ kind: "hug", phrases: ["hugs"] }] },
      "config: field `marker.kind`: unknown marker kind `hug` (expected one of: acknowledge, apologise, thank, own, options)",
    ],
  ];
  for (const [config, message] of cases) {
    assert.throws(() => new Linter(config), (e) => {
      assert.ok(e instanceof Error, "an Error");
      if (typeof message === "string") assert.equal(e.message, message);
      else assert.match(e.message, message);
      return true;
    }, JSON.stringify(config));
  }
});

test("config values of the wrong type name the value and the expected type", () => {
  const rule = (extra) => ({ rules: [{ ...TEST_RULES[0], ...extra }] });
  const at = "config: rule `hostile/test-calm-down`: field `rules[0]`: ";
  const cases = [
    [{ select: [true] }, "config: field `select`: expected an array of rule ids or category names: invalid type: boolean `true`, expected a string"],
    [{ allow: [null] }, "config: field `allow`: expected an array of phrases: invalid type: unit value, expected a string"],
    [{ ignore: [-0] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `-0.0`, expected a string"],
    [{ ignore: [1.5e-7] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `0.00000015`, expected a string"],
    [{ ignore: [1e21] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `1000000000000000000000.0`, expected a string"],
    [{ ignore: [NaN, Infinity] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `NaN`, expected a string"],
    [{ ignore: [-Infinity] }, "config: field `ignore`: expected an array of rule ids or category names: invalid type: floating point `-inf`, expected a string"],
    [{ select: [{ a: 1 }] }, 'config: field `select`: expected an array of rule ids or category names: invalid type: JsValue(Object({"a":1})), expected a string'],
    [{ severity: { hostile: 5 } }, "config: field `severity`: invalid type: floating point `5.0`, expected a string"],
    [{ severity: { b: "loud", a: "louder" } }, "config: field `severity.a`: unknown severity `louder` (expected one of: error, warning, info)"],
    [{ zeta: 1, alpha: 2 }, "config: unknown field `alpha`, expected one of `select`, `ignore`, `severity`, `rules`, `markers`, `allow`, `noBuiltin`"],
    [{ rules: [{}] }, "config: field `rules[0]`: missing field `id`"],
    [{ rules: [{ id: 5 }] }, "config: field `rules[0]`: invalid type: floating point `5.0`, expected a string"],
    [{ rules: [{ id: "hostile/x", phrases: [1] }] }, "config: rule `hostile/x`: field `rules[0]`: invalid type: floating point `1.0`, expected a string"],
    [rule({ category: null }), `${at}invalid type: unit value, expected a string`],
    [rule({ phrases: "calm down" }), `${at}invalid type: string "calm down", expected a sequence`],
    [rule({ unless_later: undefined }), `${at}invalid type: unit value, expected a sequence`],
    [rule({ max_words: -1 }), `${at}invalid type: floating point \`-1.0\`, expected u32`],
    [rule({ max_words: 2.5 }), `${at}invalid type: floating point \`2.5\`, expected u32`],
    [rule({ max_words: "5" }), `${at}invalid type: string "5", expected u32`],
    [rule({ max_words: 5e9 }), `${at}invalid value: integer \`5000000000\`, expected u32`],
    [{ markers: [{}] }, "config: field `markers[0]`: missing field `kind`"],
    [{ markers: [{ kind: "thank", phrases: 5 }] }, "config: field `markers[0]`: invalid type: floating point `5.0`, expected a sequence"],
    [{ markers: [{ kind: "thank", phrase: ["ta"] }] }, "config: field `markers[0]`: unknown field `phrase`, expected one of `kind`, `phrases`, `patterns`, `unless_before`, `unless_after`"],
  ];
  for (const [config, message] of cases) {
    assert.throws(() => new Linter(config), (e) => {
      assert.ok(e instanceof Error, "an Error");
      assert.equal(e.message, message);
      return true;
    }, JSON.stringify(config));
  }
});

test("every field of a rule and a marker is read", () => {
  const rule = {
    id: "curt/test-every-field",
    category: "curt",
    severity: "info",
    message: "m",
    why: "w",
    phrases: ["no can do"],
    patterns: ["\\bnope\\b"],
    terms: ["NOPE"],
    check: "bare-reply",
    max_words: 2,
    allow: ["OK"],
    unless_before: ["sorry"],
    unless_after: ["worries"],
    unless_sentence: ["joke"],
    unless_later: ["but i can"],
    unless_paragraph: ["pipeline", "deploy"],
    suggest: ["I'm afraid we can't"],
    swap: ["nope = not this time"],
    applicability: "unsafe",
    flag: ["no can do"],
    pass: ["sorry no can do"],
  };
  const marker = { kind: "thank", phrases: ["ta"], patterns: ["cheers"], unless_before: ["no"], unless_after: ["not"] };
  const linter = new Linter({ rules: [rule], markers: [marker], noBuiltin: true });
  const [info] = linter.rules();
  assert.deepEqual([info.id, info.severity, info.flag, info.pass], [rule.id, "info", rule.flag, rule.pass]);
  assert.deepEqual(linter.lint("nope").map((f) => f.ruleId), [rule.id], "patterns");
  assert.deepEqual(info.swaps, [{ phrase: "nope", suggestion: { text: "not this time", applicability: "unsafe" } }]);
  assert.equal(linter.lint("nope")[0].suggestions[0].text, "Not this time", "swap");
  assert.deepEqual(linter.lint("NOPE then").map((f) => f.ruleId), [rule.id], "terms");
  assert.deepEqual(linter.lint("The deploy pipeline says nope.").map((f) => f.ruleId), [], "unless_paragraph");
  assert.deepEqual(linter.score("Ta for waiting.").markers, [{ kind: "thank", start: 0, end: 2 }]);
  // A value of the wrong type in any field is an error, so no field is skipped (or misspelt).
  for (const [spec, field] of [...Object.keys(rule).map((k) => [rule, k]), ...Object.keys(marker).map((k) => [marker, k])]) {
    const config = spec === rule ? { rules: [{ ...rule, [field]: true }] } : { markers: [{ ...marker, [field]: true }] };
    assert.throws(() => new Linter(config), /invalid type: boolean `true`, expected (a string|a sequence|u32)/, field);
  }
});

test("rule lists may be any iterable, and severity a Map", () => {
  const linter = new Linter({
    rules: [{ ...TEST_RULES[0], phrases: new Set(["calm down"]) }],
    severity: new Map([["hostile", "info"]]),
    noBuiltin: true,
  });
  assert.deepEqual(linter.lint("Calm down.").map((f) => [f.ruleId, f.severity]), [["hostile/test-calm-down", "info"]]);
});

test("applySuggestion says what is wrong with a finding that is not one", () => {
  const linter = testLinter();
  const [calm] = linter.lint(TEXT);
  const cases = [
    [null, "invalid finding: invalid type: unit value, expected struct JsFindingIn"],
    [5, "invalid finding: invalid type: floating point `5.0`, expected struct JsFindingIn"],
    [{ ...calm, start: "20" }, 'invalid finding: invalid type: string "20", expected f64'],
    [{ start: 1, end: 2 }, "invalid finding: missing field `suggestions`"],
    [{ ...calm, ruleId: 5 }, "invalid finding: invalid type: floating point `5.0`, expected a string"],
    [{ ...calm, suggestions: "x" }, 'invalid finding: invalid type: string "x", expected a sequence'],
    [{ ...calm, suggestions: [{ text: "a" }] }, "invalid finding: missing field `applicability`"],
    [{ ...calm, suggestions: [{ text: "a", applicability: "maybe" }] }, "invalid finding: unknown variant `maybe`, expected `safe` or `unsafe`"],
    [{ ...calm, suggestions: [{ text: "a", applicability: null }] }, "invalid finding: invalid type: unit value, expected enum Applicability"],
    [{ ...calm, start: 1.5 }, `span 1.5..29 does not fit this text (length ${TEXT.length})`],
    [{ ...calm, end: 1e21 }, `span 20..1000000000000000000000 does not fit this text (length ${TEXT.length})`],
    [{ ...calm, end: -Infinity }, `span 20..-inf does not fit this text (length ${TEXT.length})`],
  ];
  for (const [finding, message] of cases) {
    assert.throws(() => linter.applySuggestion(TEXT, finding, 0), (e) => {
      assert.ok(e instanceof Error, "an Error");
      assert.equal(e.message, `applySuggestion: ${message}`);
      return true;
    }, JSON.stringify(finding));
  }
  // Properties other than the span and the suggestions do not matter.
  const { ruleId, category, message, why, line, column, ...bare } = calm;
  assert.equal(linter.applySuggestion(TEXT, bare, 0), linter.applySuggestion(TEXT, calm, 0));
});

test("no config, undefined and null all give the built-in rules", () => {
  const ids = new Linter().rules().map((r) => r.id);
  assert.ok(ids.length >= 40, `only ${ids.length} built-in rules`);
  assert.deepEqual(new Linter(undefined).rules().map((r) => r.id), ids);
  assert.deepEqual(new Linter(null).rules().map((r) => r.id), ids);
  assert.deepEqual(new Linter({}).rules().map((r) => r.id), ids);
  assert.deepEqual([...ids].sort(), ids, "sorted by id");
});

test("rules() gives metadata of the enabled rules", () => {
  const rules = testLinter().rules();
  assert.deepEqual(rules.map((r) => r.id), [
    "blame/test-you-are-wrong",
    "hostile/test-calm-down",
    "jargon/test-cafe",
    "passive_aggressive/test-last-email",
  ]);
  assert.deepEqual(rules[3], {
    id: "passive_aggressive/test-last-email",
    category: "passive_aggressive",
    severity: "warning",
    message: "Pointed reminder.",
    why: "Reads as irritation.",
    suggestions: [
      { text: "To recap", applicability: "unsafe" },
      { text: "As a quick summary", applicability: "unsafe" },
    ],
    swaps: [],
    flag: [],
    pass: [],
    source: "config",
  });
  for (const rule of new Linter().rules()) {
    assert.match(rule.id, /^[a-z_]+\/[a-z0-9-]+$/);
    assert.ok(rule.id.startsWith(`${rule.category}/`), rule.id);
    assert.match(rule.source, /^rules\/[a-z_]+\.toml$/);
    // Built-in examples stay out of the module (size budget); custom rules keep theirs.
    assert.deepEqual([rule.flag, rule.pass], [[], []], rule.id);
  }
});

test("score: 80 base, -30 per error, -20 per warning, -8 per info, +10 per marker kind", () => {
  const linter = testLinter({
    markers: [{ kind: "thank", phrases: ["many thanks"] }],
    noBuiltin: true,
  });
  const text = "😀 Many thanks! Calm down. Per my last email.";
  // 80 + 10 (one marker kind) - 30 (calm down: error) - 20 (per my last email: warning) = 40.
  assert.deepEqual(linter.score(text), {
    score: 40,
    markers: [{ kind: "thank", start: 3, end: 14 }],
  });
  assert.equal(text.slice(3, 14), "Many thanks");
  assert.deepEqual(linter.check(text).score, linter.score(text));
  assert.deepEqual(linter.check(text).findings, linter.lint(text));
  assert.deepEqual(linter.score("Calm down. Calm down. Calm down. Calm down."), { score: 0, markers: [] });
  assert.deepEqual(linter.score("A plain reply."), { score: 80, markers: [] });
});

test("check() equals lint() plus score()", () => {
  const linter = new Linter();
  const text = "Calm down. Per my last email, you failed to attach the receipt.";
  assert.deepEqual(linter.check(text), { findings: linter.lint(text), score: linter.score(text) });
});

test("empty and whitespace-only texts", () => {
  const linter = new Linter();
  assert.deepEqual(linter.lint(""), []);
  assert.deepEqual(linter.lint(" \n\t "), []);
  assert.equal(linter.fix(""), "");
});

test("version matches the crate and the npm package", () => {
  const cargo = readFileSync(resolve(ROOT, "Cargo.toml"), "utf8");
  const crateVersion = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
  const pkg = JSON.parse(readFileSync(resolve(PKG, "package.json"), "utf8"));
  assert.equal(Linter.version, crateVersion);
  assert.equal(version(), crateVersion);
  assert.equal(pkg.version, crateVersion);
});

test("the CommonJS entry and the package exports", () => {
  const require = createRequire(import.meta.url);
  const cjs = require(resolve(PKG, "node/warmly.cjs"));
  assert.deepEqual(
    new cjs.Linter().lint("calm down").map((f) => [f.ruleId, f.start, f.end]),
    new Linter().lint("calm down").map((f) => [f.ruleId, f.start, f.end]),
  );
  const pkg = JSON.parse(readFileSync(resolve(PKG, "package.json"), "utf8"));
  const targets = [];
  const walk = (v) => (typeof v === "string" ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const target of targets) assert.ok(existsSync(resolve(PKG, target)), `${target} exists`);
  assert.equal(pkg.exports["."].node.import, "./node/index.mjs");
  assert.equal(pkg.exports["."].browser.default, "./web/warmly.js");
  const dts = readFileSync(resolve(PKG, "web/warmly.d.ts"), "utf8");
  assert.match(dts, /constructor\(config\?: LinterConfig \| null\);/);
  assert.match(dts, /lint\(text: string\): Finding\[\];/);
  assert.match(dts, /export interface Finding \{/);
});

test("a linter is reusable and free() releases it", () => {
  const linter = testLinter();
  for (let i = 0; i < 200; i++) assert.equal(linter.lint(TEXT).length, 4);
  linter.free();
  assert.throws(() => linter.lint(TEXT));
});

test("built-in rules on a hostile draft", () => {
  const text = "Calm down. Per my last email, you failed to attach the receipt.";
  const linter = new Linter();
  const findings = linter.lint(text);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.start, f.end, text.slice(f.start, f.end)]),
    [
      ["hostile/calm-down", "error", 0, 9, "Calm down"],
      ["passive_aggressive/per-my-last-email", "warning", 11, 28, "Per my last email"],
      ["blame/you-failed-to", "error", 30, 43, "you failed to"],
    ],
  );
  assert.equal(findings[0].suggestions[0].text, "I can hear how upsetting this is");
  assert.deepEqual(linter.score(text), { score: 0, markers: [] });
  assert.equal(
    linter.applySuggestion(text, findings[0], 0),
    "I can hear how upsetting this is. Per my last email, you failed to attach the receipt.",
  );
  // The same draft behind an emoji, accents and CJK: every offset moves by the prefix's
  // UTF-16 length (6), not its UTF-8 length (11).
  const prefix = "😀 é你 ";
  const shifted = new Linter().lint(prefix + text);
  assert.deepEqual(
    shifted.map((f) => [f.ruleId, f.start, f.end]),
    findings.map((f) => [f.ruleId, f.start + prefix.length, f.end + prefix.length]),
  );
  assert.equal(prefix.length, 6);
});
