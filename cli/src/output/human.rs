//! `human`: rustc/ruff-style reports with the flagged words underlined in their line, the
//! suggestion, the draft's warmth score and a closing summary. Colour only when asked for
//! (on a terminal, without `NO_COLOR`).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;
use warmly::{Applicability, Severity};

use super::jsonbuf::uint;
use super::{draft_name, Diag, DraftResult, EmitOptions, Emitter, Summary};

/// The human format.
pub struct Human {
    opts: EmitOptions,
    /// Reused for each draft's reports.
    buf: Vec<u8>,
}

impl Human {
    /// A human emitter.
    pub fn new(opts: EmitOptions) -> Human {
        Human {
            opts,
            buf: Vec::new(),
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.opts.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// ANSI colour of a severity.
fn color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    }
}

/// `n thing` / `n things`.
fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Human {
    /// Append `parts`, painted with `code` when colouring.
    fn paint_into(&self, buf: &mut Vec<u8>, code: &str, parts: &[&str]) {
        if self.opts.color {
            buf.extend_from_slice(b"\x1b[");
            buf.extend_from_slice(code.as_bytes());
            buf.push(b'm');
        }
        for p in parts {
            buf.extend_from_slice(p.as_bytes());
        }
        if self.opts.color {
            buf.extend_from_slice(b"\x1b[0m");
        }
    }

    /// Append one finding's report.
    fn diag(&self, buf: &mut Vec<u8>, d: &DraftResult, x: &Diag) {
        let sev = color(x.severity);
        // `SEVERITY[RULE]: MESSAGE`
        self.paint_into(buf, sev, &[x.severity.as_str(), "[", &x.rule, "]"]);
        self.paint_into(buf, "1", &[":"]);
        buf.push(b' ');
        self.paint_into(buf, "1", &[&x.message]);
        buf.push(b'\n');
        // ` --> path:line:col [record ID]`
        let mut num = Vec::with_capacity(20);
        uint(&mut num, x.line as u64);
        let line_no = std::str::from_utf8(&num).expect("digits");
        // The lines of the snippet (see below); the gutter fits the last one's number.
        let lines = x.snippet.lines();
        let numbered = x.end_line == x.line + lines.len() - 1;
        let widest = if numbered { x.end_line } else { x.line };
        let pad = &SPACES[..widest.checked_ilog10().unwrap_or(0) as usize + 1];
        buf.extend_from_slice(pad.as_bytes());
        self.paint_into(buf, "1;34", &["-->"]);
        buf.push(b' ');
        buf.extend_from_slice(d.path.as_bytes());
        buf.push(b':');
        buf.extend_from_slice(line_no.as_bytes());
        buf.push(b':');
        uint(buf, x.column as u64);
        if let Some(r) = &d.record {
            buf.extend_from_slice(b" [record ");
            buf.extend_from_slice(r.as_bytes());
            buf.push(b']');
        } else if let Some(l) = &d.label {
            buf.extend_from_slice(b" [");
            buf.extend_from_slice(l.as_bytes());
            buf.push(b']');
        }
        buf.push(b'\n');
        let bar = |buf: &mut Vec<u8>| self.paint_into(buf, "1;34", &["|"]);
        buf.extend_from_slice(pad.as_bytes());
        buf.push(b' ');
        bar(buf);
        buf.push(b'\n');
        // The lines, and the flagged words underlined on each. The lines of a span that crosses
        // line breaks are numbered on when they are lines of the file (not for a JSON string's
        // escaped line breaks, say). All lines are shown, or the first ones and the last.
        let shown: Vec<usize> = if lines.len() > MAX_SNIPPET_LINES {
            (0..MAX_SNIPPET_LINES - 1)
                .chain([lines.len() - 1])
                .collect()
        } else {
            (0..lines.len()).collect()
        };
        for (k, &index) in shown.iter().enumerate() {
            if k > 0 && index != shown[k - 1] + 1 {
                buf.extend_from_slice(b"...\n");
            }
            let (line, start_col, end_col) = lines[index];
            let text = line.replace('\t', " ");
            let n = text.chars().count();
            let sc = start_col.min(n);
            let ec = end_col.clamp(sc, n);
            let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(i, _)| i);
            let (bs, be) = (byte(sc), byte(ec));
            let mut this = Vec::with_capacity(20);
            if numbered {
                uint(&mut this, (x.line + index) as u64);
            }
            let this = std::str::from_utf8(&this).expect("digits");
            buf.extend_from_slice(&pad.as_bytes()[this.len().min(pad.len())..]);
            self.paint_into(buf, "1;34", &[this]);
            buf.push(b' ');
            bar(buf);
            buf.push(b' ');
            buf.extend_from_slice(text.as_bytes());
            buf.push(b'\n');
            // A blank line inside the span gets no marks.
            if be == bs && k > 0 {
                continue;
            }
            buf.extend_from_slice(pad.as_bytes());
            buf.push(b' ');
            bar(buf);
            buf.push(b' ');
            buf.extend(std::iter::repeat_n(b' ', text[..bs].width()));
            let marks = "^".repeat(text[bs..be].width().max(1));
            self.paint_into(buf, sev, &[&marks]);
            buf.push(b'\n');
        }
        if self.opts.verbose && !x.why.is_empty() {
            buf.extend_from_slice(pad.as_bytes());
            buf.push(b' ');
            self.paint_into(buf, "1;34", &["="]);
            buf.extend_from_slice(b" why: ");
            buf.extend_from_slice(x.why.as_bytes());
            buf.push(b'\n');
        }
        if !x.also.is_empty() {
            buf.extend_from_slice(pad.as_bytes());
            buf.push(b' ');
            self.paint_into(buf, "1;34", &["="]);
            buf.extend_from_slice(b" also: ");
            for (i, rule) in x.also.iter().enumerate() {
                if i > 0 {
                    buf.extend_from_slice(b", ");
                }
                buf.extend_from_slice(rule.as_bytes());
            }
            buf.push(b'\n');
        }
        if let Some(s) = x.suggestions.first() {
            let how = match (s.applicability, x.fixable) {
                (Applicability::Safe, true) => " (fixable with --fix)",
                (Applicability::Unsafe, true) => " (fixable with --fix --unsafe-fixes)",
                _ => "",
            };
            buf.extend_from_slice(pad.as_bytes());
            buf.push(b' ');
            self.paint_into(buf, "1;34", &["="]);
            buf.push(b' ');
            self.paint_into(buf, "1;32", &["help"]);
            buf.extend_from_slice(b": try \"");
            buf.extend_from_slice(s.text.as_bytes());
            buf.push(b'"');
            for (i, other) in x.suggestions.iter().skip(1).enumerate() {
                buf.extend_from_slice(if i == 0 { b" or \"" } else { b", \"" });
                buf.extend_from_slice(other.text.as_bytes());
                buf.push(b'"');
            }
            buf.extend_from_slice(how.as_bytes());
            buf.push(b'\n');
        }
        buf.push(b'\n');
    }
}

/// Most lines of a snippet shown: the first ones and the last, with `...` between.
const MAX_SNIPPET_LINES: usize = 4;

/// Blanks for the gutter (wider than any line number).
const SPACES: &str = "                    ";

/// Buffered reports are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;

impl Emitter for Human {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        for x in &d.diags {
            self.diag(&mut buf, d, x);
            if buf.len() >= FLUSH_AT {
                out.write_all(&buf)?;
                buf.clear();
            }
        }
        if !d.diags.is_empty() || d.below_min_score.is_some() || self.opts.show_scores {
            let mut line = format!("{}: warmth score {}/100", draft_name(d), d.score);
            if let Some(min) = d.below_min_score {
                line.push_str(&format!(", below the minimum of {min}"));
                line = self.paint("1;31", &line);
            }
            buf.extend_from_slice(line.as_bytes());
            buf.extend_from_slice(b"\n\n");
        }
        let written = out.write_all(&buf);
        self.buf = buf;
        written
    }

    fn finish(&mut self, out: &mut dyn Write, s: &Summary) -> io::Result<()> {
        if s.findings == 0 && s.below_min_score == 0 {
            let msg = format!(
                "All good: no findings in {}.",
                plural(s.drafts, "draft", "drafts")
            );
            return writeln!(out, "{}", self.paint("1;32", &msg));
        }
        let by_sev: Vec<String> = ["error", "warning", "info"]
            .iter()
            .filter_map(|k| s.by_severity.get(*k).map(|n| format!("{n} {k}")))
            .collect();
        let mut msg = format!(
            "Found {} ({}) in {} of {}.",
            plural(s.findings, "finding", "findings"),
            by_sev.join(", "),
            s.flagged_drafts,
            plural(s.drafts, "draft", "drafts"),
        );
        if s.below_min_score > 0 {
            msg.push_str(&format!(
                " {} below the minimum score.",
                plural(s.below_min_score, "draft is", "drafts are")
            ));
        }
        writeln!(out, "{}", self.paint("1", &msg))?;
        if s.fixed > 0 {
            writeln!(out, "Fixed {}.", plural(s.fixed, "finding", "findings"))?;
        } else if s.fixable > 0 {
            writeln!(
                out,
                "{} can be fixed with `warmly check --fix` (or `--diff` to preview).",
                plural(s.fixable, "finding", "findings")
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot() {
        let opts = EmitOptions {
            verbose: true,
            ..EmitOptions::default()
        };
        let out = super::super::fixture::render(Box::new(Human::new(opts)));
        insta::assert_snapshot!(out);
    }

    #[test]
    fn colour_only_when_asked() {
        let opts = EmitOptions {
            color: true,
            ..EmitOptions::default()
        };
        let out = super::super::fixture::render(Box::new(Human::new(opts)));
        assert!(out.contains("\x1b[1;31merror[hostile/calm-down]"));
    }
}
