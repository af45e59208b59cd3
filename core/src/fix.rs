//! Applying suggestions.

use crate::types::{Applicability, Finding};

/// The result of [`fix`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fixed {
    /// The text with suggestions applied.
    pub text: String,
    /// How many findings were fixed.
    pub applied: usize,
}

/// Apply the first suggestion of each finding that has one (safe suggestions only unless
/// `unsafe_too`), skipping findings that overlap one already applied or whose span does not fit
/// `text`. Findings may come in any order.
pub fn fix(text: &str, findings: &[Finding], unsafe_too: bool) -> Fixed {
    let mut edits: Vec<(usize, usize, &str)> = findings
        .iter()
        .filter_map(|f| {
            let s = f
                .suggestions
                .iter()
                .find(|s| unsafe_too || s.applicability == Applicability::Safe)?;
            valid_span(text, f.start, f.end).then_some((f.start, f.end, &*s.text))
        })
        .collect();
    crate::sort::stable_by_key(&mut edits, |e| (e.0, e.1));
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    let mut applied = 0;
    for (start, end, replacement) in edits {
        if start < pos {
            continue;
        }
        out.push_str(&text[pos..start]);
        out.push_str(replacement);
        pos = end;
        applied += 1;
    }
    out.push_str(&text[pos..]);
    Fixed { text: out, applied }
}

/// Replace `finding`'s span with its suggestion number `index` (any applicability).
/// `None` when there is no such suggestion or the span does not fit `text`.
pub fn apply_suggestion(text: &str, finding: &Finding, index: usize) -> Option<String> {
    let s = finding.suggestions.get(index)?;
    if !valid_span(text, finding.start, finding.end) {
        return None;
    }
    let mut out = String::with_capacity(text.len() + s.text.len());
    out.push_str(&text[..finding.start]);
    out.push_str(&s.text);
    out.push_str(&text[finding.end..]);
    Some(out)
}

fn valid_span(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}
