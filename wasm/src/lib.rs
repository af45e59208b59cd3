//! WebAssembly bindings for the warmly tone linter.
//!
//! A thin layer over the `warmly` core: it converts a plain JavaScript config object into a
//! [`warmly::Config`], and findings, scores and rule metadata into plain JavaScript objects whose
//! offsets are UTF-16 code units (JavaScript string indices), so `text.slice(f.start, f.end)` is
//! the flagged words. The TypeScript declarations live in `types.d.ts` next to this file.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use std::fmt::Write as _;

use warmly::{Applicability, Category, Severity};
use wasm_bindgen::prelude::*;

mod config;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("types.d.ts");

/// The package version (the crate version of the workspace).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A linter compiled once from a config and reused for every text.
#[wasm_bindgen]
pub struct Linter {
    inner: Inner,
    /// The strings of each rule that has had a finding, made into JavaScript strings once.
    rules: RuleTable,
}

// Finding objects are made in JavaScript from numbers and strings made once per rule: making a
// JavaScript string from Rust, or setting properties one call at a time, costs more than linting
// the words a finding describes.
#[wasm_bindgen(inline_js = r#"
export function addRule(table, ruleId, category, severity, message, why) {
  table.push({ ruleId, category, severity, message, why });
}
export function makeFindings(table, nums, texts) {
  const out = [];
  let k = 0;
  let at = 0;
  while (k < nums.length) {
    const r = table[nums[k]];
    const n = nums[k + 7];
    const suggestions = new Array(n);
    for (let j = 0; j < n; j++) {
      const len = nums[k + 8 + 2 * j];
      suggestions[j] = {
        text: texts.slice(at, at + len),
        applicability: nums[k + 9 + 2 * j] ? "unsafe" : "safe",
      };
      at += len;
    }
    const m = nums[k + 8 + 2 * n];
    const also = new Array(m);
    for (let j = 0; j < m; j++) {
      const len = nums[k + 9 + 2 * n + j];
      also[j] = texts.slice(at, at + len);
      at += len;
    }
    out.push({
      ruleId: r.ruleId,
      category: r.category,
      severity: r.severity,
      message: r.message,
      why: r.why,
      start: nums[k + 1],
      end: nums[k + 2],
      line: nums[k + 3],
      column: nums[k + 4],
      endLine: nums[k + 5],
      endColumn: nums[k + 6],
      suggestions,
      also,
    });
    k += 9 + 2 * n + m;
  }
  return out;
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = addRule)]
    fn add_rule(
        table: &js_sys::Array,
        rule_id: &str,
        category: &str,
        severity: &str,
        message: &str,
        why: &str,
    );
    #[wasm_bindgen(js_name = makeFindings)]
    fn make_findings(table: &js_sys::Array, nums: &[u32], texts: &str) -> js_sys::Array;
}

/// A rule's place in a [`RuleTable`] and the strings it holds there: category, severity,
/// message and why.
type RuleEntry = (u32, Category, Severity, Arc<str>, Arc<str>);

/// The JavaScript side of each rule's strings: `table[i]` holds the strings of the rule whose
/// entry in `index` is `i`.
#[derive(Default)]
struct RuleTable {
    table: js_sys::Array,
    /// Rule id to (place in `table`, the strings it holds).
    index: RefCell<HashMap<Arc<str>, RuleEntry>>,
}

impl RuleTable {
    /// `findings` as an array of plain objects (see `Finding` in the TypeScript types).
    fn findings(&self, findings: &[warmly::Finding]) -> js_sys::Array {
        let mut index = self.index.borrow_mut();
        let mut nums: Vec<u32> = Vec::with_capacity(findings.len() * 12);
        let mut texts = String::new();
        for f in findings {
            let same = |e: &RuleEntry| {
                e.1 == f.category && e.2 == f.severity && e.3 == f.message && e.4 == f.why
            };
            let slot = match index.get(&*f.rule) {
                Some(e) if same(e) => e.0,
                _ => {
                    let at = self.table.length();
                    add_rule(
                        &self.table,
                        &f.rule,
                        f.category.as_str(),
                        f.severity.as_str(),
                        &f.message,
                        &f.why,
                    );
                    index.insert(
                        f.rule.clone(),
                        (at, f.category, f.severity, f.message.clone(), f.why.clone()),
                    );
                    at
                }
            };
            let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
            nums.extend([
                slot,
                n(f.utf16_start),
                n(f.utf16_end),
                n(f.line),
                n(f.column),
                n(f.end_line),
                n(f.end_column),
                n(f.suggestions.len()),
            ]);
            for s in &f.suggestions {
                nums.push(n(s.text.encode_utf16().count()));
                nums.push(u32::from(s.applicability == Applicability::Unsafe));
                texts.push_str(&s.text);
            }
            nums.push(n(f.also.len()));
            for id in &f.also {
                nums.push(n(id.encode_utf16().count()));
                texts.push_str(id);
            }
        }
        make_findings(&self.table, &nums, &texts)
    }
}

/// The default config shares the core's lazily built linter, so a second `new Linter()` costs
/// nothing; any other config compiles its own.
enum Inner {
    Builtin(&'static warmly::Linter),
    Custom(Box<warmly::Linter>),
}

impl Inner {
    fn get(&self) -> &warmly::Linter {
        match self {
            Inner::Builtin(linter) => linter,
            Inner::Custom(linter) => linter,
        }
    }
}

/// Appends `s` to `out` as a JSON string.
fn json_str(out: &mut String, s: &str) {
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escaped = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        if escaped.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escaped);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// Appends a JSON array of strings.
fn json_strs(out: &mut String, items: &[impl AsRef<str>]) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json_str(out, item.as_ref());
    }
    out.push(']');
}

fn applicability_str(a: Applicability) -> &'static str {
    match a {
        Applicability::Safe => "safe",
        Applicability::Unsafe => "unsafe",
    }
}

fn marker_kind_str(k: warmly::MarkerKind) -> &'static str {
    match k {
        warmly::MarkerKind::Acknowledge => "acknowledge",
        warmly::MarkerKind::Apologise => "apologise",
        warmly::MarkerKind::Thank => "thank",
        warmly::MarkerKind::Own => "own",
        warmly::MarkerKind::Options => "options",
    }
}

/// A JavaScript value from JSON text this module wrote (JavaScript parses one string faster than
/// it takes a value built a property at a time across the boundary).
fn from_json(json: &str) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(json).map_err(|_| JsError::new("internal error: bad JSON"))
}

/// The rules as JSON (see `RuleInfo` in the TypeScript types).
fn rules_json(rules: &[warmly::RuleInfo]) -> String {
    let mut out = String::with_capacity(rules.len() * 1024);
    out.push('[');
    for (i, r) in rules.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"id\":");
        json_str(&mut out, &r.id);
        let _ = write!(
            out,
            ",\"category\":\"{}\",\"severity\":\"{}\",\"message\":",
            r.category.as_str(),
            r.severity.as_str()
        );
        json_str(&mut out, &r.message);
        out.push_str(",\"why\":");
        json_str(&mut out, &r.why);
        out.push_str(",\"suggestions\":[");
        for (j, s) in r.suggestions.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"text\":");
            json_str(&mut out, &s.text);
            let _ = write!(
                out,
                ",\"applicability\":\"{}\"}}",
                applicability_str(s.applicability)
            );
        }
        out.push_str("],\"swaps\":[");
        for (j, w) in r.swaps.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"phrase\":");
            json_str(&mut out, &w.phrase);
            out.push_str(",\"suggestion\":{\"text\":");
            json_str(&mut out, &w.suggestion.text);
            let _ = write!(
                out,
                ",\"applicability\":\"{}\"}}}}",
                applicability_str(w.suggestion.applicability)
            );
        }
        out.push_str("],\"flag\":");
        json_strs(&mut out, &r.flag);
        out.push_str(",\"pass\":");
        json_strs(&mut out, &r.pass);
        out.push_str(",\"source\":");
        json_str(&mut out, &r.source);
        out.push('}');
    }
    out.push(']');
    out
}

/// Maps ascending UTF-8 byte offsets of one text to UTF-16 offsets in a single pass.
struct Utf16Cursor<'t> {
    text: &'t str,
    byte: usize,
    utf16: usize,
}

impl<'t> Utf16Cursor<'t> {
    fn new(text: &'t str) -> Self {
        Utf16Cursor {
            text,
            byte: 0,
            utf16: 0,
        }
    }

    /// The UTF-16 offset of `byte`; falls back to a fresh count when offsets go backwards.
    fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            return warmly::utf16_offset(self.text, byte);
        }
        let end = byte.min(self.text.len());
        let units: usize = self.text[self.byte..end].chars().map(char::len_utf16).sum();
        self.byte = end;
        self.utf16 += units;
        self.utf16
    }
}

/// Converts a UTF-16 offset of `text` to a UTF-8 byte offset; `None` when it is past the end,
/// not an integer, or inside a surrogate pair.
fn byte_offset(text: &str, utf16: f64) -> Option<usize> {
    if !(utf16 >= 0.0 && utf16.fract() == 0.0) {
        return None;
    }
    warmly::byte_offset(text, utf16 as usize)
}

/// The warmth score with UTF-16 marker offsets, as JSON (see `Score` in the TypeScript types).
fn score_json(text: &str, score: &warmly::Score) -> String {
    let mut cursor = Utf16Cursor::new(text);
    // The core gives markers sorted by start and end.
    let markers = &score.markers;
    let mut out = String::with_capacity(32 + markers.len() * 48);
    let _ = write!(out, "{{\"score\":{},\"markers\":[", score.score);
    for (i, m) in markers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let start = cursor.at(m.start);
        let _ = write!(
            out,
            "{{\"kind\":\"{}\",\"start\":{start},\"end\":{}}}",
            marker_kind_str(m.kind),
            cursor.at(m.end)
        );
    }
    out.push_str("]}");
    out
}

#[wasm_bindgen]
impl Linter {
    /// Compiles a linter. `config` is optional; see `LinterConfig` in the TypeScript types.
    /// Throws an `Error` naming the field (and rule) when the config cannot be used.
    #[wasm_bindgen(constructor)]
    pub fn new(config: Option<JsValue>) -> Result<Linter, JsError> {
        let config = match config {
            Some(value) if !value.is_undefined() && !value.is_null() => config::to_config(&value)?,
            _ => warmly::Config::default(),
        };
        let inner = if config == warmly::Config::default() {
            Inner::Builtin(warmly::Linter::builtin())
        } else {
            Inner::Custom(Box::new(
                warmly::Linter::new(&config).map_err(|e| JsError::new(&e.to_string()))?,
            ))
        };
        Ok(Linter {
            inner,
            rules: RuleTable::default(),
        })
    }

    /// The findings of `text`, sorted by start, with UTF-16 offsets.
    #[wasm_bindgen(unchecked_return_type = "Finding[]")]
    pub fn lint(&self, text: &str) -> Result<JsValue, JsError> {
        let findings = self.inner.get().lint(text);
        Ok(self.rules.findings(&findings).into())
    }

    /// The warmth score of `text` (0 cold to 100 warm) and its warm markers.
    #[wasm_bindgen(unchecked_return_type = "Score")]
    pub fn score(&self, text: &str) -> Result<JsValue, JsError> {
        let report = self.inner.get().check(text);
        from_json(&score_json(text, &report.score))
    }

    /// Findings and score in one pass (what an editor wants on every keystroke).
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        let report = self.inner.get().check(text);
        let out = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &out,
            &JsValue::from_str("findings"),
            &self.rules.findings(&report.findings),
        );
        let _ = js_sys::Reflect::set(
            &out,
            &JsValue::from_str("score"),
            &from_json(&score_json(text, &report.score))?,
        );
        Ok(out.into())
    }

    /// `text` with every safe suggestion applied (first suggestion of each finding, no overlaps).
    pub fn fix(&self, text: &str) -> String {
        let findings = self.inner.get().lint(text);
        warmly::fix(text, &findings, false).text
    }

    /// `text` with suggestion `index` of `finding` (an object from `lint`) applied.
    /// Throws a `RangeError`-like `Error` when the index or the finding's span does not fit `text`.
    #[wasm_bindgen(js_name = applySuggestion)]
    pub fn apply_suggestion(
        &self,
        text: &str,
        #[wasm_bindgen(unchecked_param_type = "Finding")] finding: JsValue,
        index: usize,
    ) -> Result<String, JsError> {
        let js = config::finding_in(&finding)
            .map_err(|e| JsError::new(&format!("applySuggestion: invalid finding: {e}")))?;
        let count = js.suggestions.len();
        if index >= count {
            return Err(JsError::new(&format!(
                "applySuggestion: suggestion index {index} out of range (the finding has {count})"
            )));
        }
        let span = byte_offset(text, js.start)
            .zip(byte_offset(text, js.end))
            .filter(|(start, end)| start <= end);
        // The offsets as Rust's `Display` writes them (`20`, `1.5`, `inf`), without float formatting.
        let shown = || {
            format!(
                "{}..{}",
                config::number_text(js.start, false),
                config::number_text(js.end, false)
            )
        };
        let Some((start, end)) = span else {
            return Err(JsError::new(&format!(
                "applySuggestion: span {} does not fit this text (length {})",
                shown(),
                text.encode_utf16().count()
            )));
        };
        let finding = core_finding(text, js.rule_id, start, end, js.suggestions);
        warmly::apply_suggestion(text, &finding, index).ok_or_else(|| {
            JsError::new(&format!(
                "applySuggestion: span {} does not fit this text",
                shown()
            ))
        })
    }

    /// Metadata of every enabled rule, sorted by id.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules(&self) -> Result<JsValue, JsError> {
        from_json(&rules_json(self.inner.get().rules()))
    }

    /// The version of warmly.
    #[wasm_bindgen(getter)]
    pub fn version() -> String {
        VERSION.to_string()
    }
}

/// Rebuilds a core finding from the span and suggestions JavaScript sent back; the remaining
/// fields are derived from the text or irrelevant to applying a suggestion.
fn core_finding(
    text: &str,
    rule: String,
    start: usize,
    end: usize,
    suggestions: Vec<warmly::Suggestion>,
) -> warmly::Finding {
    let (category, severity) = rule
        .split('/')
        .next()
        .and_then(|c| c.parse::<Category>().ok())
        .map(|c| (c, c.default_severity()))
        .unwrap_or((Category::Hostile, Severity::Error));
    let mut cursor = Utf16Cursor::new(text);
    let utf16_start = cursor.at(start);
    let utf16_end = cursor.at(end);
    let (line, column) = line_column(text, start);
    let (end_line, end_column) = line_column(text, end);
    warmly::Finding {
        rule: rule.into(),
        category,
        severity,
        message: "".into(),
        why: "".into(),
        start,
        end,
        line,
        column,
        end_line,
        end_column,
        utf16_start,
        utf16_end,
        suggestions,
        also: Vec::new(),
    }
}

/// 1-based line and char column of a byte offset.
fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// The version of warmly (the same as `Linter.version`).
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_from_utf16() {
        let text = "a😀é中b";
        assert_eq!(byte_offset(text, 0.0), Some(0));
        assert_eq!(byte_offset(text, 1.0), Some(1));
        assert_eq!(byte_offset(text, 2.0), None, "inside the surrogate pair");
        assert_eq!(byte_offset(text, 3.0), Some(5));
        assert_eq!(byte_offset(text, 4.0), Some(7));
        assert_eq!(byte_offset(text, 5.0), Some(10));
        assert_eq!(byte_offset(text, 6.0), Some(11));
        assert_eq!(byte_offset(text, 7.0), None, "past the end");
        assert_eq!(byte_offset(text, 1.5), None);
        assert_eq!(byte_offset(text, -1.0), None);
        assert_eq!(byte_offset("", 0.0), Some(0));
    }

    #[test]
    fn utf16_cursor_counts_forward_and_back() {
        let text = "a😀é中b";
        let mut cursor = Utf16Cursor::new(text);
        assert_eq!(cursor.at(1), 1);
        assert_eq!(cursor.at(5), 3);
        assert_eq!(cursor.at(10), 5);
        assert_eq!(cursor.at(11), 6);
        assert_eq!(cursor.at(5), 3);
    }

    #[test]
    fn line_and_column() {
        let text = "hé\nwörld";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (1, 3));
        assert_eq!(line_column(text, 4), (2, 1));
        assert_eq!(line_column(text, 7), (2, 3));
    }
}
