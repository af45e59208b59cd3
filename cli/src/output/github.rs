//! `github`: GitHub Actions workflow commands, shown as annotations on the pull request.

use std::io::{self, Write};

use warmly::Severity;

use super::{DraftResult, Emitter, Summary};

/// The GitHub annotations format.
pub struct Github;

/// Escape a workflow-command message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow-command property value.
fn prop(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Emitter for Github {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let record = d
            .record
            .as_ref()
            .map(|r| format!(" [record {r}]"))
            .unwrap_or_default();
        for x in &d.diags {
            let level = match x.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let help = x
                .suggestions
                .first()
                .map(|s| format!(" Try: \"{}\"", s.text))
                .unwrap_or_default();
            writeln!(
                out,
                "::{level} title={},file={},line={},col={},endLine={},endColumn={}::{}",
                prop(&format!("warmly {}", x.rule)),
                prop(&d.path),
                x.line,
                x.column,
                x.end_line,
                x.end_column,
                data(&format!("{}{help}{record}", x.message))
            )?;
        }
        if let Some(min) = d.below_min_score {
            writeln!(
                out,
                "::error title={},file={},line={}::{}",
                prop("warmly min-score"),
                prop(&d.path),
                d.line,
                data(&format!("Warmth score {} is below {min}{record}", d.score))
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, _out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn snapshot() {
        let out = super::super::fixture::render(Box::new(super::Github));
        insta::assert_snapshot!(out);
    }
}
