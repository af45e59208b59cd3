//! Checking: files and drafts in, [`DraftResult`]s out, plus the edits a fix would make.

use std::borrow::Cow;
use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use warmly::{Applicability, Finding};

use crate::config::Settings;
use crate::error::CliError;
use crate::input::record::{self, Record};
use crate::input::{self, json, Draft, InputFormat, RuleSet, Suppressions};
use crate::output::{Diag, DraftResult, Snippet};
use crate::span::{CharColumns, LineHint, LineIndex, OffsetMap};

/// A replacement in a file's bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// Start byte in the file.
    pub start: usize,
    /// End byte in the file.
    pub end: usize,
    /// Text written there (already escaped for the file's format).
    pub text: String,
    /// Whether the suggestion is safe.
    pub applicability: Applicability,
}

/// The drafts of one file, checked.
#[derive(Debug, Default)]
pub struct Checked {
    /// One result per draft, in file order.
    pub results: Vec<DraftResult>,
    /// The edits the first suggestion of each fixable finding would make.
    pub edits: Vec<Edit>,
}

/// What a file's text offsets mean in the file: line/column lookup that ignores a BOM.
struct FilePos<'a> {
    full: &'a str,
    li: LineIndex,
    bom: usize,
}

impl FilePos<'_> {
    /// Line and column of `offset`; `hint` is where the caller's last lookup landed (findings
    /// come in text order, so the next is on that line or soon after).
    fn at(&self, offset: usize, hint: &mut LineHint) -> (usize, usize) {
        let (line, col) = self.li.position_near(self.full, offset, hint);
        if line == 1 && self.bom > 0 {
            (line, col.saturating_sub(1).max(1))
        } else {
            (line, col)
        }
    }
}

/// Is a finding suppressed by any of these sets?
fn ignored(f: &Finding, sets: &[&RuleSet]) -> bool {
    rules_of(f).all(|rule| sets.iter().any(|s| s.contains(rule, f.category.as_str())))
}

/// The rules of a finding: its own and those of the neighbouring phrases it takes in. The
/// finding is silenced (by config or a `warmly-ignore` comment) only when all of them are.
fn rules_of(f: &Finding) -> impl Iterator<Item = &str> {
    std::iter::once(&*f.rule).chain(f.also.iter().map(|r| &**r))
}

/// Check the drafts of a file's (full, BOM-included) text; with `edits`, also make the edits
/// a fix would apply (else [`Checked::edits`] stays empty).
pub fn check_source(
    display: &Arc<str>,
    full: &str,
    format: InputFormat,
    settings: &Settings,
    path: Option<&Path>,
    edits: bool,
) -> Result<Checked, CliError> {
    check_source_with(display, full, format, settings, path, edits, PAR_FINDINGS)
}

/// [`check_source`], placing the findings of a draft that has at least `par_at` on all cores
/// (`usize::MAX`: everything on this thread, a long file's drafts too).
fn check_source_with(
    display: &Arc<str>,
    full: &str,
    format: InputFormat,
    settings: &Settings,
    path: Option<&Path>,
    edits: bool,
    par_at: usize,
) -> Result<Checked, CliError> {
    let (source, bom) = input::strip_bom(full);
    let (drafts, sup) = input::extract(source, bom, format, &settings.extract).map_err(|e| {
        CliError::new(format!("cannot read as {format:?}: {}", e.message).to_lowercase())
            .at_name(display, Some(e.line))
            .help(format!(
                "fix the file at line {}, column {} (or pass --input-format if it is not {})",
                e.line,
                e.column,
                format!("{format:?}").to_uppercase()
            ))
    })?;
    let lint = |d: &Draft| check_text(&settings.linter, &d.text);
    // A long file's drafts (or the parts of a long draft) are checked on all cores, and its line
    // index is built meanwhile. (A short one never starts the thread pool: that costs more than
    // checking it.)
    let cores = par_at < usize::MAX && full.len() >= 2 * PART_BYTES;
    let (li, reports): (LineIndex, Vec<warmly::Report>) = if cores {
        rayon::join(
            || LineIndex::new(full),
            || drafts.par_iter().map(lint).collect(),
        )
    } else {
        (LineIndex::new(full), drafts.iter().map(lint).collect())
    };
    let pos = FilePos { full, li, bom };
    let path_ignore = path.map_or(RuleSet::None, |p| settings.ignored_for(p));
    let mut out = Checked::default();
    let here = Here {
        full,
        sup: &sup,
        path_ignore: &path_ignore,
        pos: &pos,
        edits,
    };
    for (draft, report) in drafts.into_iter().zip(reports) {
        let (result, edits) = check_draft(display, &here, draft, report, settings, par_at);
        out.results.push(result);
        out.edits.extend(edits);
    }
    Ok(out)
}

/// Where a kept finding is, worked out before its strings are moved into its [`Diag`].
struct Placed {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
    fixable: bool,
}

/// The diagnostics of kept findings (their strings moved, not copied), with snippets into
/// `text`; made on all cores when there are at least `par_at`.
fn diags(text: String, kept: Vec<Finding>, placed: Vec<Placed>, par_at: usize) -> Vec<Diag> {
    if kept.is_empty() {
        return Vec::new();
    }
    let shared = Arc::new(text);
    let diag = |(f, p): (Finding, Placed)| Diag {
        snippet: Snippet::new(shared.clone(), f.start, f.end),
        rule: f.rule,
        category: f.category,
        severity: f.severity,
        message: f.message,
        why: f.why,
        start: p.start,
        end: p.end,
        line: p.line,
        column: p.column,
        end_line: p.end_line,
        end_column: p.end_column,
        suggestions: f.suggestions,
        also: f.also,
        fixable: p.fixable,
    };
    if kept.len() >= par_at {
        kept.into_par_iter()
            .zip(placed)
            .with_min_len(1024)
            .map(diag)
            .collect()
    } else {
        kept.into_iter().zip(placed).map(diag).collect()
    }
}

/// A draft this long is checked in parts, on all cores (same report as checked whole).
const PART_BYTES: usize = 256 * 1024;

/// A draft with this many findings has them placed in its file on all cores.
const PAR_FINDINGS: usize = 4096;

/// The report of one draft; a long one is cut into parts checked in parallel.
fn check_text(linter: &warmly::Linter, text: &str) -> warmly::Report {
    let parts = linter.parts(text, PART_BYTES);
    if parts.len() == 1 {
        return linter.check(text);
    }
    let reports = parts
        .into_par_iter()
        .map(|r| (r.start, linter.check_part(&text[r.clone()], r.start == 0)))
        .collect();
    warmly::join_reports(text, reports)
}

/// A file: what places a draft's findings there and what suppresses them.
struct Here<'a> {
    full: &'a str,
    sup: &'a Suppressions,
    path_ignore: &'a RuleSet,
    pos: &'a FilePos<'a>,
    /// Keep the edits a fix would make.
    edits: bool,
}

impl Here<'_> {
    /// Where finding `f` of `draft` is in the file and the edit its first suggestion makes
    /// there, or `None` when it is suppressed. `hint`: see [`FilePos::at`].
    fn place(
        &self,
        draft: &Draft,
        f: &Finding,
        hint: &mut LineHint,
    ) -> Option<(Placed, Option<Edit>)> {
        if ignored(f, &[&draft.ignore, self.path_ignore]) {
            return None;
        }
        let (fs, fe) = draft.file_span(f.start, f.end);
        let (line, column) = self.pos.at(fs, hint);
        if rules_of(f).all(|rule| self.sup.suppressed(line, rule, f.category.as_str())) {
            return None;
        }
        let (end_line, end_column) = self.pos.at(fe, hint);
        let (vs, ve) = draft.value_span(f.start, f.end);
        let edit = f.suggestions.first().and_then(|s| {
            draft
                .file_edit(self.full, f.start, f.end, &s.text)
                .map(|(start, end, text)| Edit {
                    start,
                    end,
                    text,
                    applicability: s.applicability,
                })
        });
        let placed = Placed {
            line,
            column,
            end_line,
            end_column,
            start: vs,
            end: ve,
            fixable: edit.is_some(),
        };
        Some((placed, edit.filter(|_| self.edits)))
    }
}

/// Check one draft of a file, from its report.
fn check_draft(
    display: &Arc<str>,
    here: &Here<'_>,
    mut draft: Draft,
    report: warmly::Report,
    settings: &Settings,
    par_at: usize,
) -> (DraftResult, Vec<Edit>) {
    let warmly::Report {
        findings: mut kept,
        score,
    } = report;
    let total = kept.len();
    let placed: Vec<Option<(Placed, Option<Edit>)>> = if total >= par_at {
        kept.par_iter()
            .with_min_len(1024)
            .map_init(LineHint::default, |hint, f| here.place(&draft, f, hint))
            .collect()
    } else {
        let mut hint = LineHint::default();
        kept.iter()
            .map(|f| here.place(&draft, f, &mut hint))
            .collect()
    };
    // Drop the suppressed findings, in place.
    let mut is_kept = placed.iter().map(Option::is_some);
    kept.retain(|_| is_kept.next().unwrap_or(false));
    let mut places = Vec::with_capacity(kept.len());
    let mut edits = Vec::new();
    for (p, edit) in placed.into_iter().flatten() {
        places.push(p);
        edits.extend(edit);
    }
    // The warm markers do not depend on which findings are kept.
    let score = if kept.len() == total {
        score.score
    } else {
        warmly::score::score(&kept, score.markers).score
    };
    let (line, _) = here
        .pos
        .at(draft.file_span(0, 0).0, &mut LineHint::default());
    // The text is not needed any more: the snippets share it.
    let text = std::mem::take(&mut draft.text);
    let result = finish_result(
        display.clone(),
        draft.record,
        draft.label,
        line,
        score,
        diags(text, kept, places, par_at),
        settings,
    );
    (result, edits)
}

/// Fill in the pass/fail fields of a draft's result.
fn finish_result(
    path: Arc<str>,
    record: Option<String>,
    label: Option<String>,
    line: usize,
    score: u8,
    diags: Vec<Diag>,
    settings: &Settings,
) -> DraftResult {
    let below_min_score = settings.min_score.filter(|&m| score < m);
    let failed = below_min_score.is_some() || diags.iter().any(|d| d.severity >= settings.fail_on);
    DraftResult {
        path,
        record,
        label,
        line,
        score,
        below_min_score,
        failed,
        diags,
    }
}

/// Apply the chosen edits (sorted, non-overlapping) to `full`. Returns the new text and how
/// many edits were applied.
pub fn apply_edits(full: &str, edits: &[Edit], unsafe_too: bool) -> (String, usize) {
    let mut chosen: Vec<&Edit> = edits
        .iter()
        .filter(|e| unsafe_too || e.applicability == Applicability::Safe)
        .collect();
    chosen.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(full.len());
    let mut at = 0;
    let mut applied = 0;
    for e in chosen {
        if e.start < at || e.end > full.len() {
            continue;
        }
        out.push_str(&full[at..e.start]);
        out.push_str(&e.text);
        at = e.end;
        applied += 1;
    }
    out.push_str(&full[at..]);
    (out, applied)
}

/// Settings for record mode.
pub struct RecordFields<'a> {
    /// Field holding the text.
    pub text: &'a str,
    /// Field holding the id.
    pub id: &'a str,
}

/// What record mode reads from a record.
#[derive(Debug)]
struct RecordInput<'a> {
    /// The text field.
    text: Cow<'a, str>,
    /// The record id.
    record: String,
    /// Rules suppressed by `warmly_ignore`.
    ignore: RuleSet,
    /// The text's map into the line, when already known.
    map: Option<OffsetMap>,
}

/// Read a record: in one pass when it is plainly valid, else with `serde_json` (which gives the
/// errors). Both give the same text, id and suppressions.
fn read_record<'a>(
    display: &Arc<str>,
    line_no: usize,
    line: &'a str,
    fields: &RecordFields<'_>,
) -> Result<RecordInput<'a>, CliError> {
    if let Some(r) = json::record(line, fields.text, fields.id) {
        return Ok(RecordInput {
            text: Cow::Owned(r.text.value),
            record: r.id.unwrap_or_else(|| line_no.to_string()),
            ignore: RuleSet::None,
            map: Some(r.text.layer.map),
        });
    }
    read_record_serde(display, line_no, line, fields)
}

/// Read a record with `serde_json`.
fn read_record_serde<'a>(
    display: &Arc<str>,
    line_no: usize,
    line: &'a str,
    fields: &RecordFields<'_>,
) -> Result<RecordInput<'a>, CliError> {
    let err = |msg: String, help: &str| {
        CliError::new(msg)
            .at_name(display, Some(line_no))
            .help(help.to_string())
    };
    let parsed = record::parse(line, fields.text, fields.id).map_err(|e| {
        err(
            format!("malformed JSON record (column {}): {e}", e.column()),
            "fix or remove this line; the other records were still checked",
        )
    })?;
    let Record::Object(parsed) = parsed else {
        return Err(err(
            "record is not a JSON object".into(),
            "each line must be an object such as {\"id\": 1, \"text\": \"...\"}",
        ));
    };
    let Some(text) = parsed.text else {
        return Err(err(
            format!("record has no string field `{}`", fields.text),
            "name the text field with --text-field (or `text-field` in warmly.toml)",
        ));
    };
    let record = match parsed.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Null) | None => line_no.to_string(),
        Some(v) => v.to_string(),
    };
    let ignore = match parsed.ignore {
        Some(serde_json::Value::Bool(true)) => RuleSet::All,
        Some(serde_json::Value::String(s)) => RuleSet::parse_list(&s),
        Some(serde_json::Value::Array(a)) => RuleSet::Some(
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
        ),
        _ => RuleSet::None,
    };
    Ok(RecordInput {
        text,
        record,
        ignore,
        map: None,
    })
}

/// Check one JSON Lines record (`line_no` is 1-based). `Ok(None)` for a blank line.
pub fn check_record(
    display: &Arc<str>,
    line_no: usize,
    line: &str,
    settings: &Settings,
    fields: &RecordFields<'_>,
) -> Result<Option<DraftResult>, CliError> {
    let line = line.trim_end_matches(['\n', '\r']);
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    if line.trim().is_empty() {
        return Ok(None);
    }
    let RecordInput {
        mut text,
        record,
        ignore,
        map,
    } = read_record(display, line_no, line, fields)?;
    if !settings.extract.placeholders.is_empty() {
        let d = input::mask_placeholders(
            input::Draft::whole(text.into_owned(), 0, input::Escape::Never),
            &settings.extract,
        );
        text = Cow::Owned(d.text);
    }
    let report = settings.linter.check(&text);
    let total = report.findings.len();
    let kept: Vec<Finding> = report
        .findings
        .into_iter()
        .filter(|f| !ignored(f, &[&ignore]))
        .collect();
    // The warm markers do not depend on which findings are kept.
    let score = if kept.len() == total {
        report.score.score
    } else {
        warmly::score::score(&kept, report.score.markers).score
    };
    // Columns in the file need the literal's map: only looked for when there is a finding.
    let literal = if kept.is_empty() {
        None
    } else {
        map.or_else(|| json::top_level_string(line, fields.text).map(|l| l.layer.map))
    };
    // Findings come in text order, so their columns are counted on, not from the line start.
    let (mut starts, mut ends) = (CharColumns::new(line), CharColumns::new(line));
    let placed = kept
        .iter()
        .map(|f| Placed {
            line: line_no,
            column: literal
                .as_ref()
                .map_or(1, |m| starts.column(m.start(f.start))),
            end_line: line_no,
            end_column: literal.as_ref().map_or(1, |m| ends.column(m.end(f.end))),
            start: f.start,
            end: f.end,
            fixable: false,
        })
        .collect();
    let diags = diags(text.into_owned(), kept, placed, PAR_FINDINGS);
    Ok(Some(finish_result(
        display.clone(),
        Some(record),
        None,
        line_no,
        score,
        diags,
        settings,
    )))
}

/// Lines read per parallel batch in record mode.
const BATCH_LINES: usize = 4096;
/// Bytes read per parallel batch in record mode.
const BATCH_BYTES: usize = 8 << 20;

/// Stream a JSON Lines input: batches of lines are checked in parallel and handed to `emit` in
/// input order (`None` for a blank line, with the bytes read). While a batch is checked, the
/// batch before it is handed to `emit`, so writing the output overlaps checking. Memory stays
/// bounded by two batches.
pub fn stream_records(
    display: &Arc<str>,
    mut reader: impl BufRead,
    settings: &Settings,
    fields: &RecordFields<'_>,
    mut emit: impl FnMut(Option<Result<DraftResult, CliError>>, usize),
) -> std::io::Result<()> {
    type Checked = Vec<(Result<Option<DraftResult>, CliError>, usize)>;
    let mut line_no = 0;
    // One buffer for a batch's lines, kept from batch to batch.
    let mut data: Vec<u8> = Vec::new();
    let mut batch: Vec<(usize, usize, usize)> = Vec::with_capacity(BATCH_LINES);
    // The results of the batch before, not yet handed to `emit`.
    let mut ready: Checked = Vec::new();
    loop {
        data.clear();
        batch.clear();
        let mut eof = false;
        while batch.len() < BATCH_LINES && data.len() < BATCH_BYTES {
            let start = data.len();
            if reader.read_until(b'\n', &mut data)? == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            batch.push((line_no, start, data.len()));
        }
        let check = || -> Checked {
            batch
                .par_iter()
                .map(|&(n, start, end)| {
                    let raw = &data[start..end];
                    let r = match std::str::from_utf8(raw) {
                        Ok(line) => check_record(display, n, line, settings, fields),
                        Err(_) => Err(CliError::new("record is not valid UTF-8")
                            .at_name(display, Some(n))
                            .help("re-encode the file as UTF-8 (for example with iconv -t UTF-8)")),
                    };
                    (r, raw.len())
                })
                .collect()
        };
        let results = if ready.is_empty() {
            check()
        } else {
            std::thread::scope(|s| {
                let checking = s.spawn(check);
                for (r, len) in ready.drain(..) {
                    emit(r.transpose(), len);
                }
                checking
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
        };
        ready = results;
        if eof {
            for (r, len) in ready {
                emit(r.transpose(), len);
            }
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_draft_is_checked_in_parts_like_whole() {
        let corpus = include_str!("../../tests/corpus/dev.jsonl");
        let mut text = String::new();
        while text.len() < 3 * PART_BYTES {
            for line in corpus.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                text.push_str(v["text"].as_str().unwrap());
                text.push_str("\n\n");
            }
        }
        let linter = warmly::Linter::builtin();
        assert!(linter.parts(&text, PART_BYTES).len() >= 3);
        let whole = linter.check(&text);
        assert!(whole.findings.len() > 1000);
        assert_eq!(check_text(linter, &text), whole);
    }

    /// `full` checked with the built-in rules all on this thread, then with the findings of a
    /// draft that has at least `par_at` placed on all cores (and a long file's drafts checked
    /// there).
    fn in_turn_and_on_all_cores(
        name: &str,
        full: &str,
        format: InputFormat,
        par_at: usize,
    ) -> (Checked, Checked) {
        let dir = tempfile::tempdir().unwrap();
        let settings = crate::config::Resolver::new(None, Default::default())
            .unwrap()
            .for_path(Some(dir.path()))
            .unwrap();
        let name: Arc<str> = Arc::from(name);
        let check =
            |par_at| check_source_with(&name, full, format, &settings, None, true, par_at).unwrap();
        (check(usize::MAX), check(par_at))
    }

    #[test]
    fn findings_placed_on_all_cores_are_placed_as_in_turn() {
        // Drafts with inline suppressions: some findings are dropped, the rest keep their lines.
        let corpus = include_str!("../../tests/corpus/dev.jsonl");
        let mut text = String::new();
        for (i, line) in corpus.lines().enumerate() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            if i % 7 == 0 {
                text.push_str("warmly-ignore hostile, dismissive\n");
            }
            text.push_str(v["text"].as_str().unwrap());
            text.push_str("\r\n\r\n");
        }
        let (serial, parallel) = in_turn_and_on_all_cores("drafts.txt", &text, InputFormat::Txt, 1);
        let total = warmly::Linter::builtin().check(&text).findings.len();
        let kept = serial.results[0].diags.len();
        assert!(kept > 300 && kept < total, "{kept} of {total}");
        assert_eq!(parallel.results, serial.results);
        assert_eq!(parallel.edits, serial.edits);
    }

    #[test]
    fn a_long_library_checked_on_all_cores_reads_as_checked_in_turn() {
        // A Zendesk export of more than 512 KB: its macros are checked on all cores, in order.
        let corpus = include_str!("../../tests/corpus/dev.jsonl");
        let mut macros = Vec::new();
        let mut size = 0;
        while size < 3 * PART_BYTES {
            for line in corpus.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                let text = v["text"].as_str().unwrap();
                size += text.len() + 100;
                macros.push(serde_json::json!({
                    "title": format!("Macro {}", macros.len()),
                    "actions": [{"field": "comment_value", "value": text}],
                }));
            }
        }
        let full = serde_json::to_string_pretty(&serde_json::json!({ "macros": macros })).unwrap();
        let (serial, parallel) =
            in_turn_and_on_all_cores("macros.json", &full, InputFormat::Json, PAR_FINDINGS);
        assert_eq!(serial.results.len(), macros.len());
        assert!(
            serial
                .results
                .iter()
                .filter(|r| !r.diags.is_empty())
                .count()
                > 300
        );
        assert_eq!(parallel.results, serial.results);
        assert_eq!(parallel.edits, serial.edits);
    }

    #[test]
    fn edits_apply_in_order_without_overlap() {
        let e = |s, t, x: &str, a| Edit {
            start: s,
            end: t,
            text: x.into(),
            applicability: a,
        };
        let edits = vec![
            e(6, 11, "there", Applicability::Safe),
            e(0, 5, "Howdy", Applicability::Unsafe),
            e(8, 11, "X", Applicability::Safe),
        ];
        assert_eq!(
            apply_edits("hello world", &edits, false),
            ("hello there".into(), 1)
        );
        assert_eq!(
            apply_edits("hello world", &edits, true),
            ("Howdy there".into(), 2)
        );
    }

    #[test]
    fn one_pass_records_read_like_serde() {
        let base = [
            r#"{"id": "r-1", "channel": "email", "text": "Hi Sam, calm down.\n\nThanks", "findings": []}"#,
            r#"{"text": "Caf\u00e9 \ud83d\ude00 it\u2019s \"quoted\" \\ \/ \b\f\r\t", "id": null}"#,
            r#"{"id": 3, "text": "numbers", "n": [1, -2.5e3, 0, 1e400, true, false, null, {}]}"#,
            r#"{"id": "a", "text": "x", "warmly_ignore": ["hostile"]}"#,
            r#"{"te\u0078t": "escaped key", "i\u0064": "escaped id"}"#,
            r#"{"text": "dup", "text": "second"}"#,
            r#"{"id": "x", "id": "y", "text": "t"}"#,
            r#"{"text": "lone \ud800 surrogate", "id": "s"}"#,
            r#"{"text": "bad \u+123 hex", "id": "s"}"#,
            r#"{"nested": {"a": [[[["deep"]]]], "b": {"c": "\u00e9"}}, "text": "ok", "id": "é"}"#,
            r#"  {"text" : "spaced" , "id" : "s" }  "#,
            r#"{"text": 5}"#,
            r#"{"id": "no text"}"#,
            r#"[1, 2]"#,
            r#"{}"#,
        ];
        let pool = [
            ",", ":", "\"", "\\", "{", "}", "[", "]", " ", "u", "0", "d", "8", "e", "-", ".", "\t",
            "\u{e9}", "\u{1}", "n", "1", "x",
        ];
        let mut lines: Vec<String> = base.iter().map(|s| s.to_string()).collect();
        let mut seed = 0x1234_5678_9abc_def1_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for b in &base {
            for _ in 0..400 {
                let mut l = b.to_string();
                for _ in 0..1 + next(2) {
                    let mut at = next(l.len() + 1);
                    while !l.is_char_boundary(at) {
                        at -= 1;
                    }
                    if next(2) == 0 && at < l.len() {
                        let c = l[at..].chars().next().unwrap();
                        l.replace_range(at..at + c.len_utf8(), "");
                    } else {
                        l.insert_str(at, pool[next(pool.len())]);
                    }
                }
                lines.push(l);
            }
        }
        let display: Arc<str> = Arc::from("t.jsonl");
        let mut fast_reads = 0;
        for line in &lines {
            for (text, id) in [
                ("text", "id"),
                ("text", "text"),
                ("id", "text"),
                ("text", "n"),
            ] {
                let fields = RecordFields { text, id };
                let slow = read_record_serde(&display, 7, line, &fields);
                let Some(fast) = json::record(line, text, id) else {
                    continue;
                };
                fast_reads += 1;
                let Ok(slow) = slow else {
                    panic!("serde_json refuses what the one pass reads: {line}");
                };
                assert_eq!(fast.text.value, slow.text, "{line}");
                assert_eq!(fast.id.unwrap_or_else(|| "7".into()), slow.record, "{line}");
                assert_eq!(slow.ignore, RuleSet::None, "{line}");
                let lit = json::top_level_string(line, text).expect("the literal");
                assert_eq!(lit.layer.map, fast.text.layer.map, "{line}");
            }
        }
        assert!(fast_reads > 500, "{fast_reads}");
    }

    #[test]
    fn snippet_columns_are_chars() {
        let t = "line one\nHi \u{e9}calm down\nz";
        let s = t.find("calm").unwrap();
        let sn = Snippet::new(Arc::new(t.into()), s, s + 9);
        assert_eq!(sn.lines(), [("Hi \u{e9}calm down", 4, 13)]);
        // Across a line break: from the start on the first line, to the end on the last.
        let t = "as I said, you\r\nfailed to \u{e9}\nz";
        let s = t.find("you").unwrap();
        let e = t.find(" \u{e9}").unwrap();
        let sn = Snippet::new(Arc::new(t.into()), s, e);
        assert_eq!(
            sn.lines(),
            [("as I said, you", 11, 14), ("failed to \u{e9}", 0, 9)]
        );
        // A span that ends with its line's break does not reach the next line.
        let sn = Snippet::new(Arc::new(t.into()), 0, t.find('\n').unwrap() + 1);
        assert_eq!(sn.lines(), [("as I said, you", 0, 14)]);
    }
}
