//! Checking a long text in parts (on several threads, by the caller) with the same result as
//! checking it whole.
//!
//! A text is cut only after a blank line, where nothing the engine looks at reaches across: a
//! sentence ends at a line break, context phrases and acronym explanations are read on their own
//! line, and never-linted regions stay on one line (but for `{{ }}` and `{% %}` placeholders,
//! which may span lines: no cut falls inside one). Parts are long, so the bare-reply check (a whole body
//! of a few words) runs on the first part only, and only when that part holds enough words to
//! give the whole text's answer.
//!
//! ```
//! use warmly::{join_reports, Linter};
//!
//! let text = "Calm down.\n\nThanks for waiting!\n\nPer my last email, no.\n".repeat(100);
//! let linter = Linter::builtin();
//! let parts = linter.parts(&text, 1_000);
//! assert!(parts.len() > 1);
//! let reports = parts
//!     .into_iter()
//!     .map(|r| (r.start, linter.check_part(&text[r.clone()], r.start == 0)))
//!     .collect();
//! assert_eq!(join_reports(&text, reports), linter.check(&text));
//! ```

// A list of one range here is a text in one part, not a range to expand.
#![allow(clippy::single_range_in_vec_init)]

use std::ops::Range;

use crate::types::Report;

/// Where the `{{ }}` and `{% %}` placeholders of `text` may reach: (start, end) of every opening
/// (overlapping ones too) and its first closing (the text's end when it has none), by start.
fn placeholders(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (open, close) in [("{{", "}}"), ("{%", "%}")] {
        let mut from = 0;
        // Where the last closing found starts: an opening before it closes there too (no closing
        // lies between them), so the text is searched once, whatever the number of openings.
        let mut closing: Option<usize> = None;
        while let Some(p) = text[from..].find(open) {
            let a = from + p;
            let c = match closing {
                Some(c) if c >= a + 2 => Some(c),
                _ => text[a + 2..].find(close).map(|q| a + 2 + q),
            };
            let Some(c) = c else {
                // Never closed: it reaches the end, and so does every later opening.
                out.push((a, text.len()));
                break;
            };
            closing = Some(c);
            out.push((a, c + 2));
            // Next opening may overlap this one (`{{{`).
            from = a + 1;
        }
    }
    crate::sort::sort(&mut out);
    out
}

/// Consecutive ranges covering `text`, each at least `min_len` bytes long (but the last may be
/// shorter when the text is), cut right after blank lines that no `{{ }}`/`{% %}` placeholder
/// spans. A text shorter than `2 * min_len` or without such a blank line is one part.
pub(crate) fn cut(text: &str, min_len: usize) -> Vec<Range<usize>> {
    let min_len = min_len.max(1);
    if text.len() < 2 * min_len {
        return vec![0..text.len()];
    }
    let held = placeholders(text);
    // How far the placeholders opening before `p` reach (`next`: the first not counted yet).
    let (mut next, mut reach) = (0, 0);
    let mut spanned = |p: usize| {
        while next < held.len() && held[next].0 < p {
            reach = reach.max(held[next].1);
            next += 1;
        }
        reach > p
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = start + min_len;
    // Leave at least `min_len` for the last part too.
    while text.len() - start >= 2 * min_len {
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let Some(at) = text[from..].find("\n\n").map(|p| from + p + 2) else {
            break;
        };
        if text.len() - at < min_len {
            break;
        }
        if spanned(at) {
            from = at - 1;
            continue;
        }
        out.push(start..at);
        start = at;
        from = start + min_len;
    }
    out.push(start..text.len());
    out
}

/// The length in UTF-16 units of the UTF-8 `bytes`: one per char (every byte but continuation
/// bytes), two for a char beyond the BMP (a four-byte lead). Counted bytewise, which compilers
/// vectorise.
fn utf16_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
        .sum()
}

/// The report of `text` from the reports of its parts ([`Linter::parts`](crate::Linter::parts)): (where the part starts, its report),
/// in order. Spans, lines and UTF-16 offsets are moved to the whole text; the score is worked out
/// again from all findings and markers.
pub fn join_reports(text: &str, reports: Vec<(usize, Report)>) -> Report {
    // Room for every finding and marker at once: a long text's lists are not copied as they
    // grow.
    let mut findings = Vec::with_capacity(reports.iter().map(|(_, r)| r.findings.len()).sum());
    let mut markers = Vec::with_capacity(reports.iter().map(|(_, r)| r.score.markers.len()).sum());
    // Line and UTF-16 offset where the current part starts.
    let (mut at, mut line, mut utf16) = (0usize, 0usize, 0usize);
    for (start, report) in reports {
        let skipped = &text[at..start];
        line += skipped.bytes().filter(|&b| b == b'\n').count();
        utf16 += utf16_len(skipped.as_bytes());
        at = start;
        findings.extend(report.findings.into_iter().map(|mut f| {
            f.start += start;
            f.end += start;
            // A part starts at a line start: columns stay.
            f.line += line;
            f.end_line += line;
            f.utf16_start += utf16;
            f.utf16_end += utf16;
            f
        }));
        markers.extend(report.score.markers.into_iter().map(|mut m| {
            m.start += start;
            m.end += start;
            m
        }));
    }
    let score = crate::score::score(&findings, markers);
    Report { findings, score }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Linter;

    fn corpus() -> String {
        let dev = include_str!("../../tests/corpus/dev.jsonl");
        let mut out = String::new();
        for line in dev.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            out.push_str(v["text"].as_str().unwrap());
            out.push_str("\n\n");
        }
        out
    }

    #[test]
    fn utf16_len_counts_like_chars() {
        for t in [
            "",
            "abc",
            "é",
            "ü\u{1F600}x",
            "日本語\u{10FFFF}",
            "\u{7F}\u{80}\u{7FF}\u{800}",
        ] {
            let want: usize = t.chars().map(char::len_utf16).sum();
            assert_eq!(utf16_len(t.as_bytes()), want, "{t:?}");
        }
    }

    #[test]
    fn cuts_after_blank_lines() {
        let text = "aaaa\n\nbbbb\n\ncccc\n\ndddd";
        assert_eq!(cut(text, 4), vec![0..6, 6..12, 12..18, 18..22]);
        assert_eq!(cut(text, 7), vec![0..12, 12..22]);
        assert_eq!(cut(text, 12), vec![0..22]);
        // Not inside a placeholder (nor after one never closed).
        assert_eq!(cut("{{x}}\n\n".repeat(4).as_str(), 7), vec![0..14, 14..28]);
        assert_eq!(cut("a{{x\n\ny}}\n\nbbbbbbbb", 4), vec![0..11, 11..19]);
        assert_eq!(
            cut("a{% x\n\n\n\ny %}\n\nbbbbbbbbb", 4),
            vec![0..15, 15..24]
        );
        assert_eq!(cut("a{{x\n\nyyyy\n\nbbbbbbbb", 4), vec![0..20]);
        assert_eq!(cut("a{{x{{\n\ny}}\n\nbbbbbbbb", 4), vec![0..13, 13..21]);
        assert_eq!(cut("", 4), vec![0..0]);
        assert_eq!(cut("no blank line at all", 2), vec![0..20]);
        // Cuts are looked for from char boundaries.
        assert_eq!(cut("ééé\n\nééé\n\n", 3), vec![0..8, 8..16]);
    }

    #[test]
    fn many_openings_are_read_in_one_pass() {
        // 200,000 openings and one closing at the end: every opening reaches it.
        let text = format!("{}\n\n}}}}", "{{ a\n\n".repeat(200_000));
        assert_eq!(placeholders(&text).len(), 200_000);
        assert_eq!(cut(&text, 1_000), vec![0..text.len()]);
        let unclosed = "{{ a\n\n".repeat(200_000);
        assert_eq!(placeholders(&unclosed), vec![(0, unclosed.len())]);
    }

    #[test]
    fn parts_check_like_the_whole() {
        let linter = Linter::builtin();
        let text = corpus();
        let whole = linter.check(&text);
        assert!(whole.findings.len() > 300);
        // Parts of a few drafts each, then longer parts.
        for min_len in [1_000, 5_000, 50_000] {
            let parts = linter.parts(&text, min_len);
            if min_len == 1_000 {
                assert!(parts.len() > 30, "{}", parts.len());
            }
            let reports = parts
                .into_iter()
                .map(|r| (r.start, linter.check_part(&text[r.clone()], r.start == 0)))
                .collect();
            assert_eq!(join_reports(&text, reports), whole, "min_len {min_len}");
        }
    }

    #[test]
    fn a_short_first_part_keeps_the_text_whole() {
        let linter = Linter::builtin();
        // The whole text is no bare reply, but its first paragraph alone would be.
        let text = format!(
            "Hi Sam,\n\nNo.\n\n{}",
            "We will look into it today. ".repeat(50)
        );
        assert_eq!(linter.parts(&text, 10), vec![0..text.len()]);
        let long = format!(
            "{}\n\nNo.\n\nThanks,\nAl\n\n",
            "We are on it today. ".repeat(60)
        );
        let text = long.repeat(4);
        let parts = linter.parts(&text, 100);
        assert!(parts.len() > 1);
        // A later part alone would be a bare reply ("No." then a sign-off); in parts it is not.
        let reports = parts
            .into_iter()
            .map(|r| (r.start, linter.check_part(&text[r.clone()], r.start == 0)))
            .collect();
        assert_eq!(join_reports(&text, reports), linter.check(&text));
    }
}
