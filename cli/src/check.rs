//! Checking: files and drafts in, [`DraftResult`]s out, plus the edits a fix would make.

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use rayon::prelude::*;
use warmly::{Applicability, Finding};

use crate::config::Settings;
use crate::error::CliError;
use crate::input::{self, json, Draft, InputFormat, RuleSet, Suppressions};
use crate::output::{Diag, DraftResult, Snippet};
use crate::span::LineIndex;

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
    fn at(&self, offset: usize) -> (usize, usize) {
        let (line, col) = self.li.position(self.full, offset);
        if line == 1 && self.bom > 0 {
            (line, col.saturating_sub(1).max(1))
        } else {
            (line, col)
        }
    }
}

/// The text line around `start..end` of `text`, with char columns of the span in it.
fn snippet(text: &str, start: usize, end: usize) -> Snippet {
    let ls = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let le = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[ls..le].trim_end_matches('\r');
    let start_col = text[ls..start].chars().count();
    let end_col = text[ls..end.min(ls + line.len()).max(start)]
        .chars()
        .count();
    Snippet {
        text: line.to_string(),
        start_col,
        end_col,
    }
}

/// Is a finding suppressed by any of these sets?
fn ignored(f: &Finding, sets: &[&RuleSet]) -> bool {
    sets.iter()
        .any(|s| s.contains(&f.rule, f.category.as_str()))
}

/// Check the drafts of a file's (full, BOM-included) text.
pub fn check_source(
    display: &Arc<str>,
    full: &str,
    format: InputFormat,
    settings: &Settings,
    path: Option<&Path>,
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
    let pos = FilePos {
        full,
        li: LineIndex::new(full),
        bom,
    };
    let path_ignore = path.map_or(RuleSet::None, |p| settings.ignored_for(p));
    let mut out = Checked::default();
    for draft in &drafts {
        let (result, edits) = check_draft(display, full, draft, &sup, &path_ignore, &pos, settings);
        out.results.push(result);
        out.edits.extend(edits);
    }
    Ok(out)
}

/// Check one draft of a file.
fn check_draft(
    display: &Arc<str>,
    full: &str,
    draft: &Draft,
    sup: &Suppressions,
    path_ignore: &RuleSet,
    pos: &FilePos<'_>,
    settings: &Settings,
) -> (DraftResult, Vec<Edit>) {
    let report = settings.linter.check(&draft.text);
    let mut kept: Vec<Finding> = Vec::new();
    let mut diags = Vec::new();
    let mut edits = Vec::new();
    for f in report.findings.iter() {
        if ignored(f, &[&draft.ignore, path_ignore]) {
            continue;
        }
        let (fs, fe) = draft.file_span(f.start, f.end);
        let (line, column) = pos.at(fs);
        if sup.suppressed(line, &f.rule, f.category.as_str()) {
            continue;
        }
        let (end_line, end_column) = pos.at(fe);
        let (vs, ve) = draft.value_span(f.start, f.end);
        let edit = f.suggestions.first().and_then(|s| {
            draft
                .file_edit(full, f.start, f.end, &s.text)
                .map(|(start, end, text)| Edit {
                    start,
                    end,
                    text,
                    applicability: s.applicability,
                })
        });
        diags.push(Diag {
            rule: f.rule.clone(),
            category: f.category,
            severity: f.severity,
            message: f.message.clone(),
            why: f.why.clone(),
            start: vs,
            end: ve,
            line,
            column,
            end_line,
            end_column,
            suggestions: f.suggestions.clone(),
            fixable: edit.is_some(),
            snippet: snippet(&draft.text, f.start, f.end),
        });
        edits.extend(edit);
        kept.push(f.clone());
    }
    let score = if kept.len() == report.findings.len() {
        report.score.score
    } else {
        settings.linter.score(&draft.text, &kept).score
    };
    let (line, _) = pos.at(draft.file_span(0, 0).0);
    let result = finish_result(
        display.clone(),
        draft.record.clone(),
        draft.label.clone(),
        line,
        score,
        diags,
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
    let err = |msg: String, help: &str| {
        CliError::new(msg)
            .at_name(display, Some(line_no))
            .help(help.to_string())
    };
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        err(
            format!("malformed JSON record (column {}): {e}", e.column()),
            "fix or remove this line; the other records were still checked",
        )
    })?;
    let obj = value.as_object().ok_or_else(|| {
        err(
            "record is not a JSON object".into(),
            "each line must be an object such as {\"id\": 1, \"text\": \"...\"}",
        )
    })?;
    let text = match obj.get(fields.text) {
        Some(serde_json::Value::String(s)) => s,
        _ => {
            return Err(err(
                format!("record has no string field `{}`", fields.text),
                "name the text field with --text-field (or `text-field` in warmly.toml)",
            ))
        }
    };
    let record = match obj.get(fields.id) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Null) | None => line_no.to_string(),
        Some(v) => v.to_string(),
    };
    let ignore = match obj.get("warmly_ignore") {
        Some(serde_json::Value::Bool(true)) => RuleSet::All,
        Some(serde_json::Value::String(s)) => RuleSet::parse_list(s),
        Some(serde_json::Value::Array(a)) => RuleSet::Some(
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
        ),
        _ => RuleSet::None,
    };
    let mut text = text.clone();
    if !settings.extract.placeholders.is_empty() {
        let d = input::mask_placeholders(
            input::Draft::whole(text, 0, input::Escape::Never),
            &settings.extract,
        );
        text = d.text;
    }
    let report = settings.linter.check(&text);
    let kept: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| !ignored(f, &[&ignore]))
        .collect();
    let score = if kept.len() == report.findings.len() {
        report.score.score
    } else {
        let owned: Vec<Finding> = kept.iter().map(|f| (*f).clone()).collect();
        settings.linter.score(&text, &owned).score
    };
    // Columns in the file need the literal's map: only computed when there is a finding.
    let literal = if kept.is_empty() {
        None
    } else {
        json::top_level_string(line, fields.text)
    };
    let col = |t: usize| -> usize {
        match &literal {
            Some(l) => {
                let o = l.layer.map.start(t).min(line.len());
                line[..crate::span::floor_char_boundary(line, o)]
                    .chars()
                    .count()
                    + 1
            }
            None => 1,
        }
    };
    let diags = kept
        .into_iter()
        .map(|f| Diag {
            rule: f.rule.clone(),
            category: f.category,
            severity: f.severity,
            message: f.message.clone(),
            why: f.why.clone(),
            start: f.start,
            end: f.end,
            line: line_no,
            column: col(f.start),
            end_line: line_no,
            end_column: literal.as_ref().map_or(1, |l| {
                let o = l.layer.map.end(f.end).min(line.len());
                line[..crate::span::floor_char_boundary(line, o)]
                    .chars()
                    .count()
                    + 1
            }),
            suggestions: f.suggestions.clone(),
            fixable: false,
            snippet: snippet(&text, f.start, f.end),
        })
        .collect();
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
/// input order (`None` for a blank line, with the bytes read). Memory stays bounded by one batch.
pub fn stream_records(
    display: &Arc<str>,
    mut reader: impl BufRead,
    settings: &Settings,
    fields: &RecordFields<'_>,
    mut emit: impl FnMut(Option<Result<DraftResult, CliError>>, usize),
) -> std::io::Result<()> {
    let mut line_no = 0;
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH_LINES);
        let mut bytes = 0;
        let mut eof = false;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                eof = true;
                break;
            }
            line_no += 1;
            bytes += buf.len();
            batch.push((line_no, buf));
        }
        let results: Vec<(Result<Option<DraftResult>, CliError>, usize)> = batch
            .par_iter()
            .map(|(n, raw)| {
                let r = match std::str::from_utf8(raw) {
                    Ok(line) => check_record(display, *n, line, settings, fields),
                    Err(_) => Err(CliError::new("record is not valid UTF-8")
                        .at_name(display, Some(*n))
                        .help("re-encode the file as UTF-8 (for example with iconv -t UTF-8)")),
                };
                (r, raw.len())
            })
            .collect();
        for (r, len) in results {
            emit(r.transpose(), len);
        }
        if eof {
            return Ok(());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn snippet_columns_are_chars() {
        let t = "line one\nHi \u{e9}calm down\nz";
        let s = t.find("calm").unwrap();
        let sn = snippet(t, s, s + 9);
        assert_eq!(sn.text, "Hi \u{e9}calm down");
        assert_eq!((sn.start_col, sn.end_col), (4, 13));
    }
}
