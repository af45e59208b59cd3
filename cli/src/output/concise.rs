//! `concise`: one line a finding, `path:line:col: rule message`, grep- and editor-friendly.

use std::io::{self, Write};

use super::{DraftResult, Emitter, Summary};

/// The concise format.
pub struct Concise;

impl Emitter for Concise {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let record = d
            .record
            .as_ref()
            .map(|r| format!(" [record {r}]"))
            .unwrap_or_default();
        for x in &d.diags {
            writeln!(
                out,
                "{}:{}:{}: {} {}{record}",
                d.path, x.line, x.column, x.rule, x.message
            )?;
        }
        if let Some(min) = d.below_min_score {
            writeln!(
                out,
                "{}:{}:1: min-score warmth score {} is below {min}{record}",
                d.path, d.line, d.score
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
        let out = super::super::fixture::render(Box::new(super::Concise));
        insta::assert_snapshot!(out);
    }
}
