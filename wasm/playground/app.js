// The warmly playground: a textarea over highlight layers, linted on every input.
import init, { Linter } from "/pkg/warmly.js";
import { EXAMPLES } from "./examples.js";

const $ = (sel) => document.querySelector(sel);
const draft = $("#draft");
const highlights = $("#highlights");
const list = $("#findings");
const empty = $("#empty");
const meter = $("#meter");
const scoreOut = $("#score");
const warmthWord = $("#warmth-word");
const summary = $("#summary");

/** Findings of the text currently shown (UTF-16 offsets into draft.value). */
let findings = [];
/** What the findings list shows, to skip rebuilding it when only unflagged text changed. */
let listKey = "";

/** Splits findings into layers in which no two overlap, so each gets one contiguous element. */
function layers(items) {
  const out = [];
  items.forEach((f, index) => {
    let layer = out.find((l) => l.end <= f.start);
    if (!layer) {
      layer = { end: 0, items: [] };
      out.push(layer);
    }
    layer.items.push({ f, index });
    layer.end = f.end;
  });
  return out;
}

function renderHighlights(text) {
  const frag = document.createDocumentFragment();
  for (const layer of layers(findings)) {
    const div = document.createElement("div");
    div.className = "layer";
    let at = 0;
    for (const { f, index } of layer.items) {
      if (f.start > at) div.append(text.slice(at, f.start));
      const mark = document.createElement("mark");
      mark.className = `warmly-hl sev-${f.severity}`;
      mark.dataset.index = String(index);
      mark.dataset.rule = f.ruleId;
      mark.textContent = text.slice(f.start, f.end);
      div.append(mark);
      at = f.end;
    }
    // A trailing newline needs something after it, or the mirror is one line short.
    div.append(text.slice(at) + "\u200b");
    frag.append(div);
  }
  highlights.replaceChildren(frag);
  syncScroll();
}

function renderFindings(text) {
  const key = findings.map((f) => `${f.ruleId}@${f.start}:${text.slice(f.start, f.end)}`).join("|");
  empty.hidden = findings.length > 0 || text.trim() === "";
  if (key === listKey) return;
  listKey = key;
  const frag = document.createDocumentFragment();
  findings.forEach((f, index) => {
    const li = document.createElement("li");
    li.className = `finding sev-${f.severity}`;
    li.dataset.index = String(index);
    li.dataset.rule = f.ruleId;

    const head = document.createElement("div");
    head.className = "head";
    const badge = document.createElement("span");
    badge.className = `badge sev-${f.severity}`;
    badge.textContent = f.severity;
    const quote = document.createElement("span");
    quote.className = "quote";
    quote.textContent = `“${text.slice(f.start, f.end)}”`;
    const rule = document.createElement("span");
    rule.className = "rule";
    rule.textContent = f.ruleId;
    head.append(badge, quote, rule);

    const message = document.createElement("p");
    message.className = "message";
    message.textContent = f.message;
    const why = document.createElement("p");
    why.className = "why";
    why.textContent = f.why;
    li.append(head, message, why);

    if (f.suggestions.length > 0) {
      const box = document.createElement("div");
      box.className = "suggestions";
      f.suggestions.forEach((s, i) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "suggestion";
        button.dataset.index = String(i);
        button.dataset.applicability = s.applicability;
        button.title = `Replace with “${s.text}”`;
        button.textContent = s.text;
        if (s.applicability === "safe") {
          const mark = document.createElement("span");
          mark.className = "safe";
          mark.textContent = "✓ safe";
          button.append(mark);
        }
        box.append(button);
      });
      li.append(box);
    }
    frag.append(li);
  });
  list.replaceChildren(frag);
}

function renderScore(report, text) {
  const { score } = report.score;
  meter.value = score;
  scoreOut.textContent = text.trim() === "" ? "–" : String(score);
  warmthWord.textContent = text.trim() === "" ? "" : score >= 70 ? "Warm" : score >= 40 ? "Cool" : "Cold";
  const n = findings.length;
  summary.textContent = text.trim() === ""
    ? "Start typing a reply."
    : n === 0
      ? "No phrasing flagged."
      : `${n} phrase${n === 1 ? "" : "s"} flagged.`;
}

/** Lints the draft and redraws everything. */
function update() {
  const text = draft.value;
  const report = linter.check(text);
  findings = report.findings;
  renderHighlights(text);
  renderFindings(text);
  renderScore(report, text);
  markActive();
}

function syncScroll() {
  for (const layer of highlights.children) {
    layer.scrollTop = draft.scrollTop;
    layer.scrollLeft = draft.scrollLeft;
  }
}

/** Marks the finding under the caret in both the list and the highlights. */
function markActive() {
  const caret = draft.selectionStart;
  const focused = document.activeElement === draft;
  const active = focused ? findings.findIndex((f) => f.start <= caret && caret <= f.end) : -1;
  for (const el of document.querySelectorAll(".finding, .warmly-hl")) {
    el.classList.toggle("active", Number(el.dataset.index) === active);
  }
}

function setText(text, caret = text.length) {
  draft.value = text;
  draft.setSelectionRange(caret, caret);
  update();
}

// --- start-up -------------------------------------------------------------------------------
const t0 = performance.now();
await init();
const tInit = performance.now();
const linter = new Linter();
const tConstruct = performance.now();
update();
const tFirstLint = performance.now();

/** Timings (ms) for benchmarks: from navigation start, and the cost of each step. */
window.warmlyTiming = {
  moduleStart: t0,
  init: tInit - t0,
  construct: tConstruct - tInit,
  firstLint: tFirstLint - tConstruct,
  loadToFirstLint: tFirstLint,
};
window.warmly = { Linter, linter };
$("#version").textContent = `warmly ${Linter.version}`;

draft.addEventListener("input", update);
draft.addEventListener("scroll", syncScroll);
for (const type of ["keyup", "click", "select", "focus", "blur"]) {
  draft.addEventListener(type, markActive);
}
new ResizeObserver(syncScroll).observe(draft);

list.addEventListener("click", (event) => {
  const item = event.target.closest(".finding");
  if (!item) return;
  const finding = findings[Number(item.dataset.index)];
  const button = event.target.closest(".suggestion");
  if (button) {
    const index = Number(button.dataset.index);
    const text = linter.applySuggestion(draft.value, finding, index);
    draft.focus();
    setText(text, finding.start + finding.suggestions[index].text.length);
    return;
  }
  draft.focus();
  draft.setSelectionRange(finding.start, finding.end);
  markActive();
});

$("#fix-all").addEventListener("click", () => setText(linter.fix(draft.value)));
$("#clear").addEventListener("click", () => {
  setText("");
  draft.focus();
});
for (const button of document.querySelectorAll("[data-example]")) {
  button.addEventListener("click", () => setText(EXAMPLES[button.dataset.example], 0));
}
document.body.dataset.ready = "true";
