//! Output formats, one small module each (like ruff's `message/` modules). Every format is an
//! [`Emitter`]: it is handed each draft's result in input order, then a summary, so streaming
//! formats write as they go and document formats write at the end.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
mod jsonbuf;
pub mod jsonl;
pub mod junit;
pub mod sarif;

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::io::{self, Write};
use std::sync::Arc;

use serde::Serialize;
use warmly::{Category, RuleInfo, Severity, Suggestion};

/// The output formats of `warmly check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Snippets with the flagged words underlined, suggestions and scores (default on a TTY).
    Human,
    /// One line a finding: `path:line:col: rule message` (default when piped).
    Concise,
    /// One JSON document: findings, per-draft scores and a summary.
    Json,
    /// One JSON object a line: a finding, or one result per record in record mode.
    Jsonl,
    /// SARIF 2.1.0 (code scanning).
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
    /// JUnit XML (one test case a draft).
    Junit,
}

/// Where the flagged words are shown in a human snippet: the draft's text (shared by its
/// findings) and the finding's span in it. The line and columns are worked out only when a
/// format shows them ([`Snippet::line`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// The draft's text (shared by all its snippets, moved in without a copy).
    text: Arc<String>,
    /// Start byte of the finding in `text`.
    start: usize,
    /// End byte (exclusive) of the finding in `text`.
    end: usize,
}

impl Snippet {
    /// The snippet of the span `start..end` (on char boundaries) of `text`.
    pub fn new(text: Arc<String>, start: usize, end: usize) -> Snippet {
        Snippet { text, start, end }
    }

    /// The text lines the span touches (without their line breaks), each with the 0-based char
    /// columns where the span starts and ends on it: from the start on the first line, to the
    /// end on the last (a span ending right after a line break does not reach the next line).
    pub fn lines(&self) -> Vec<(&str, usize, usize)> {
        let (text, start) = (&*self.text, self.start);
        let end = self.end.max(start);
        let mut out = Vec::new();
        let mut ls = text[..start].rfind('\n').map_or(0, |i| i + 1);
        loop {
            let le = text[ls..].find('\n').map_or(text.len(), |i| ls + i);
            let line = text[ls..le].trim_end_matches('\r');
            let from = start.max(ls);
            let start_col = text[ls..from].chars().count();
            let end_col = text[ls..end.min(ls + line.len()).max(from)].chars().count();
            out.push((line, start_col, end_col));
            if le + 1 >= end || le == text.len() {
                return out;
            }
            ls = le + 1;
        }
    }
}

/// One finding, placed in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diag {
    /// Rule id, `category/slug`.
    pub rule: Arc<str>,
    /// Category.
    pub category: Category,
    /// Severity after configuration.
    pub severity: Severity,
    /// One-line message.
    pub message: Arc<str>,
    /// Why it reads badly.
    #[serde(skip)]
    pub why: Arc<str>,
    /// UTF-8 byte offset of the start in the draft's value (the file for txt/md/html, the string
    /// for JSON/YAML/CSV entries, the record's text for JSON Lines).
    pub start: usize,
    /// UTF-8 byte offset of the end (exclusive), same base as `start`.
    pub end: usize,
    /// 1-based line in the file.
    pub line: usize,
    /// 1-based column in the file, in chars.
    pub column: usize,
    /// 1-based line of the end in the file.
    pub end_line: usize,
    /// 1-based column of the end in the file (exclusive), in chars.
    pub end_column: usize,
    /// Warmer wordings, best first.
    pub suggestions: Vec<Suggestion>,
    /// Other rules of the same category whose phrases this finding takes in (neighbouring
    /// phrases of one kind in one sentence make one finding); usually empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Arc<str>>,
    /// Whether `--fix` (or `--fix --unsafe-fixes`, for unsafe suggestions) can apply the first.
    pub fixable: bool,
    /// What the human format shows.
    #[serde(skip)]
    pub snippet: Snippet,
}

/// The result of one draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftResult {
    /// The file as given (`-` for stdin).
    pub path: Arc<str>,
    /// The record id (JSON Lines, CSV).
    pub record: Option<String>,
    /// Where in the file (JSON path and title, CSV row).
    pub label: Option<String>,
    /// 1-based line in the file where the draft starts.
    pub line: usize,
    /// Warmth score, 0..=100.
    pub score: u8,
    /// The minimum score, when one is set and this draft is below it.
    pub below_min_score: Option<u8>,
    /// Whether this draft fails the run (a finding at or above `fail-on`, or a low score).
    pub failed: bool,
    /// Findings, in text order.
    pub diags: Vec<Diag>,
}

/// Counts over the whole run.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Files read.
    pub files: usize,
    /// Drafts checked.
    pub drafts: usize,
    /// Findings reported.
    pub findings: usize,
    /// Drafts with at least one finding.
    pub flagged_drafts: usize,
    /// Drafts that fail the run.
    pub failed_drafts: usize,
    /// Drafts below the minimum score.
    pub below_min_score: usize,
    /// Findings a fix could apply.
    pub fixable: usize,
    /// Fixes applied (with `--fix`).
    pub fixed: usize,
    /// Files or records that could not be checked.
    pub errors: usize,
    /// Files skipped (binary, not UTF-8).
    pub skipped: usize,
    /// Findings by severity.
    pub by_severity: BTreeMap<String, usize>,
    /// Findings by category.
    pub by_category: BTreeMap<String, usize>,
    /// Findings by rule id.
    pub by_rule: BTreeMap<String, usize>,
    /// The rules that were enabled (for SARIF rule metadata).
    #[serde(skip)]
    pub rules: Vec<RuleInfo>,
    /// Counts by severity, category and rule not yet in the maps above (see
    /// [`Summary::merge_counts`]).
    #[serde(skip)]
    pending: Tally,
}

/// Per-key counts kept cheaply while drafts are added: the enums in short lists, the rules in
/// a hash map, instead of a string-keyed B-tree lookup for each finding.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Tally {
    severity: Vec<(Severity, usize)>,
    category: Vec<(Category, usize)>,
    rule: HashMap<String, usize, BuildHasherDefault<FxHasher>>,
}

/// Count one more `key` in a short list.
fn bump_small<K: PartialEq>(counts: &mut Vec<(K, usize)>, key: K) {
    match counts.iter_mut().find(|(k, _)| *k == key) {
        Some((_, n)) => *n += 1,
        None => counts.push((key, 1)),
    }
}

/// A small fast hasher for rule ids (the `FxHash` mix: rotate, xor, multiply per word).
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl Summary {
    /// Count one draft's result.
    pub fn add(&mut self, d: &DraftResult) {
        self.drafts += 1;
        self.failed_drafts += usize::from(d.failed);
        self.flagged_drafts += usize::from(!d.diags.is_empty());
        self.below_min_score += usize::from(d.below_min_score.is_some());
        let t = &mut self.pending;
        for x in &d.diags {
            self.findings += 1;
            self.fixable += usize::from(x.fixable);
            bump_small(&mut t.severity, x.severity);
            bump_small(&mut t.category, x.category);
            match t.rule.get_mut(&*x.rule) {
                Some(n) => *n += 1,
                None => {
                    t.rule.insert(x.rule.to_string(), 1);
                }
            }
        }
    }

    /// Move the counts gathered by [`Summary::add`] into `by_severity`, `by_category` and
    /// `by_rule`; call it before reading those maps.
    pub fn merge_counts(&mut self) {
        let t = std::mem::take(&mut self.pending);
        for (k, n) in t.severity {
            *self.by_severity.entry(k.to_string()).or_default() += n;
        }
        for (k, n) in t.category {
            *self.by_category.entry(k.to_string()).or_default() += n;
        }
        for (k, n) in t.rule {
            *self.by_rule.entry(k).or_default() += n;
        }
    }
}

/// An output format.
pub trait Emitter {
    /// Write (or keep) one draft's result; called in input order.
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()>;
    /// Write what comes after the last draft.
    fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()>;
}

/// Options shared by the formats.
#[derive(Debug, Clone, Copy, Default)]
pub struct EmitOptions {
    /// Use ANSI colours.
    pub color: bool,
    /// Show why each finding reads badly.
    pub verbose: bool,
    /// Show every draft's score, not only flagged drafts'.
    pub show_scores: bool,
    /// Record mode (JSON Lines input): the jsonl format writes one line per record.
    pub records: bool,
}

/// The emitter for a format.
pub fn emitter(format: Format, opts: EmitOptions) -> io::Result<Box<dyn Emitter>> {
    Ok(match format {
        Format::Human => Box::new(human::Human::new(opts)),
        Format::Concise => Box::<concise::Concise>::default(),
        Format::Json => Box::new(json::Json::new()?),
        Format::Jsonl => Box::new(jsonl::JsonLines::new(opts.records)),
        Format::Sarif => Box::new(sarif::Sarif::default()),
        Format::Github => Box::<github::Github>::default(),
        Format::Junit => Box::new(junit::Junit::default()),
    })
}

/// The per-draft object of the JSON formats (written by hand by [`jsonbuf::draft`]; this is
/// what the tests compare it with).
#[cfg(test)]
#[derive(Debug, Serialize)]
pub struct DraftJson<'a> {
    /// File path.
    pub path: &'a str,
    /// Record id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<&'a str>,
    /// JSON path / title / row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'a str>,
    /// Line where the draft starts.
    pub line: usize,
    /// Warmth score.
    pub score: u8,
    /// Number of findings.
    pub findings: usize,
    /// Whether the draft fails the run.
    pub failed: bool,
    /// The minimum score it is below, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub below_min_score: Option<u8>,
}

#[cfg(test)]
impl<'a> DraftJson<'a> {
    /// The summary object of a draft.
    pub fn of(d: &'a DraftResult) -> Self {
        DraftJson {
            path: &d.path,
            record: d.record.as_deref(),
            label: d.label.as_deref(),
            line: d.line,
            score: d.score,
            findings: d.diags.len(),
            failed: d.failed,
            below_min_score: d.below_min_score,
        }
    }
}

/// A finding with the draft's path, record and label, as the JSON formats write it (by hand,
/// with `jsonbuf::finding_after`; this is what the tests compare it with).
#[cfg(test)]
#[derive(Debug, Serialize)]
pub struct FindingJson<'a> {
    /// File path.
    pub path: &'a str,
    /// Record id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<&'a str>,
    /// JSON path / title / row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<&'a str>,
    /// The finding.
    #[serde(flatten)]
    pub diag: &'a Diag,
}

#[cfg(test)]
impl<'a> FindingJson<'a> {
    /// The JSON view of finding `x` of draft `d`.
    pub fn of(d: &'a DraftResult, x: &'a Diag) -> Self {
        FindingJson {
            path: &d.path,
            record: d.record.as_deref(),
            label: d.label.as_deref(),
            diag: x,
        }
    }
}

/// Where a draft is, for one-line formats: `path`, plus ` [record ID]` or ` [label]`.
pub fn draft_name(d: &DraftResult) -> String {
    match (&d.record, &d.label) {
        (Some(r), _) => format!("{} [record {r}]", d.path),
        (None, Some(l)) => format!("{} [{l}]", d.path),
        _ => d.path.to_string(),
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    //! The same diagnostics for every format's snapshot test.
    use super::*;
    use warmly::Applicability;

    /// Two drafts: a text file with two findings, a JSON Lines record below the minimum score.
    pub fn results() -> (Vec<DraftResult>, Summary) {
        let calm = Diag {
            rule: "hostile/calm-down".into(),
            category: Category::Hostile,
            severity: Severity::Error,
            message: "Telling the customer how to feel.".into(),
            why: "Nobody calms down because they are told to.".into(),
            start: 4,
            end: 13,
            line: 1,
            column: 5,
            end_line: 1,
            end_column: 14,
            suggestions: vec![Suggestion {
                text: "I understand this is frustrating".into(),
                applicability: Applicability::Unsafe,
            }],
            also: Vec::new(),
            fixable: false,
            snippet: Snippet::new(
                Arc::new("Hi, calm down & wait <here> \u{1f600}.".into()),
                4,
                13,
            ),
        };
        let rma = Diag {
            rule: "jargon/rma".into(),
            category: Category::Jargon,
            severity: Severity::Info,
            message: "Unexplained acronym \"RMA\".".into(),
            why: "Customers may not know it.".into(),
            start: 20,
            end: 23,
            line: 2,
            column: 3,
            end_line: 2,
            end_column: 6,
            suggestions: vec![Suggestion {
                text: "return authorisation".into(),
                applicability: Applicability::Safe,
            }],
            also: Vec::new(),
            fixable: true,
            snippet: Snippet::new(Arc::new("A RMA, please.".into()), 2, 5),
        };
        let a = DraftResult {
            path: Arc::from("replies/a,b.txt"),
            record: None,
            label: None,
            line: 1,
            score: 41,
            below_min_score: None,
            failed: true,
            diags: vec![calm, rma.clone()],
        };
        let b = DraftResult {
            path: Arc::from("sent.jsonl"),
            record: Some("r-7".into()),
            label: None,
            line: 7,
            score: 55,
            below_min_score: Some(60),
            failed: true,
            diags: vec![Diag {
                line: 7,
                column: 30,
                end_line: 7,
                end_column: 33,
                start: 2,
                end: 5,
                ..rma
            }],
        };
        let c = DraftResult {
            path: Arc::from("ok.md"),
            record: None,
            label: None,
            line: 1,
            score: 90,
            below_min_score: None,
            failed: false,
            diags: vec![],
        };
        let mut s = Summary {
            files: 3,
            rules: vec![RuleInfo {
                id: "hostile/calm-down".into(),
                category: Category::Hostile,
                severity: Severity::Error,
                message: "Telling the customer how to feel.".into(),
                why: "Nobody calms down because they are told to.".into(),
                suggestions: vec![],
                swaps: vec![],
                flag: vec![],
                pass: vec![],
                source: "rules/hostile.toml".into(),
            }],
            ..Summary::default()
        };
        let all = vec![a, b, c];
        for d in &all {
            s.add(d);
        }
        s.merge_counts();
        (all, s)
    }

    #[test]
    fn merged_counts_are_the_per_finding_counts() {
        let (drafts, merged) = results();
        // Added in two goes, merged in between and at the end.
        let mut s = Summary::default();
        s.add(&drafts[0]);
        s.merge_counts();
        s.add(&drafts[1]);
        s.add(&drafts[2]);
        s.add(&drafts[0]);
        s.merge_counts();
        let mut want = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        for d in drafts.iter().chain([&drafts[0]]) {
            for x in &d.diags {
                *want.0.entry(x.severity.to_string()).or_insert(0) += 1;
                *want.1.entry(x.category.to_string()).or_insert(0) += 1;
                *want.2.entry(x.rule.to_string()).or_insert(0) += 1;
            }
        }
        assert_eq!((s.by_severity, s.by_category, s.by_rule), want);
        assert_eq!(merged.by_rule["jargon/rma"], 2);
        assert_eq!(merged.pending, Tally::default());
    }

    /// Run an emitter over the fixture and return what it wrote.
    pub fn render(mut e: Box<dyn Emitter>) -> String {
        let (drafts, summary) = results();
        let mut out = Vec::new();
        for d in &drafts {
            e.draft(&mut out, d).unwrap();
        }
        e.finish(&mut out, &summary).unwrap();
        String::from_utf8(out).unwrap()
    }
}
