//! `human`: rustc/ruff-style reports with the flagged words underlined in their line, the
//! suggestion, the draft's warmth score and a closing summary. Colour only when asked for
//! (on a terminal, without `NO_COLOR`).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;
use warmly::{Applicability, Severity};

use super::{draft_name, DraftResult, EmitOptions, Emitter, Summary};

/// The human format.
pub struct Human {
    opts: EmitOptions,
}

impl Human {
    /// A human emitter.
    pub fn new(opts: EmitOptions) -> Human {
        Human { opts }
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

impl Emitter for Human {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        for x in &d.diags {
            writeln!(
                out,
                "{}{} {}",
                self.paint(color(x.severity), &format!("{}[{}]", x.severity, x.rule)),
                self.paint("1", ":"),
                self.paint("1", &x.message)
            )?;
            let mut at = format!("{}:{}:{}", d.path, x.line, x.column);
            if let Some(r) = &d.record {
                at.push_str(&format!(" [record {r}]"));
            } else if let Some(l) = &d.label {
                at.push_str(&format!(" [{l}]"));
            }
            let gutter = x.line.to_string().len();
            let pad = " ".repeat(gutter);
            writeln!(out, "{pad}{} {at}", self.paint("1;34", "-->"))?;
            let bar = self.paint("1;34", "|");
            writeln!(out, "{pad} {bar}")?;
            let text = x.snippet.text.replace('\t', " ");
            let chars: Vec<char> = text.chars().collect();
            let sc = x.snippet.start_col.min(chars.len());
            let ec = x.snippet.end_col.clamp(sc, chars.len());
            let before: String = chars[..sc].iter().collect();
            let flagged: String = chars[sc..ec].iter().collect();
            writeln!(
                out,
                "{} {bar} {text}",
                self.paint("1;34", &x.line.to_string())
            )?;
            let marks = "^".repeat(flagged.width().max(1));
            writeln!(
                out,
                "{pad} {bar} {}{}",
                " ".repeat(before.width()),
                self.paint(color(x.severity), &marks)
            )?;
            if self.opts.verbose && !x.why.is_empty() {
                writeln!(out, "{pad} {} why: {}", self.paint("1;34", "="), x.why)?;
            }
            if let Some(s) = x.suggestions.first() {
                let how = match (s.applicability, x.fixable) {
                    (Applicability::Safe, true) => " (fixable with --fix)",
                    (Applicability::Unsafe, true) => " (fixable with --fix --unsafe-fixes)",
                    _ => "",
                };
                let others: Vec<String> = x
                    .suggestions
                    .iter()
                    .skip(1)
                    .map(|s| format!("\"{}\"", s.text))
                    .collect();
                let more = if others.is_empty() {
                    String::new()
                } else {
                    format!(" or {}", others.join(", "))
                };
                writeln!(
                    out,
                    "{pad} {} {}: try \"{}\"{more}{how}",
                    self.paint("1;34", "="),
                    self.paint("1;32", "help"),
                    s.text
                )?;
            }
            writeln!(out)?;
        }
        if !d.diags.is_empty() || d.below_min_score.is_some() || self.opts.show_scores {
            let mut line = format!("{}: warmth score {}/100", draft_name(d), d.score);
            if let Some(min) = d.below_min_score {
                line.push_str(&format!(", below the minimum of {min}"));
                line = self.paint("1;31", &line);
            }
            writeln!(out, "{line}")?;
            writeln!(out)?;
        }
        Ok(())
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
