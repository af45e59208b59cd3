//! `jsonl`: one JSON object a line, written as soon as each draft is checked. In record mode it
//! writes one result per input record (`{"record", "line", "score", "findings": [...]}`), so a
//! pipeline step (Spark `RDD.pipe`, GNU parallel) maps records one to one; otherwise one finding
//! a line.

use std::io::{self, Write};

use serde::Serialize;

use super::{Diag, DraftResult, Emitter, FindingJson, Summary};

/// The JSON Lines format.
pub struct JsonLines {
    /// One line per record instead of one per finding.
    pub records: bool,
}

#[derive(Serialize)]
struct RecordLine<'a> {
    record: Option<&'a str>,
    path: &'a str,
    line: usize,
    score: u8,
    failed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    below_min_score: Option<u8>,
    findings: &'a [Diag],
}

impl Emitter for JsonLines {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        if self.records {
            let line = RecordLine {
                record: d.record.as_deref(),
                path: &d.path,
                line: d.line,
                score: d.score,
                failed: d.failed,
                below_min_score: d.below_min_score,
                findings: &d.diags,
            };
            serde_json::to_writer(&mut *out, &line)?;
            writeln!(out)?;
            return Ok(());
        }
        for x in &d.diags {
            serde_json::to_writer(&mut *out, &FindingJson::of(d, x))?;
            writeln!(out)?;
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
        let out = super::super::fixture::render(Box::new(super::JsonLines { records: false }));
        insta::assert_snapshot!(out);
        let out = super::super::fixture::render(Box::new(super::JsonLines { records: true }));
        insta::assert_snapshot!("records", out);
    }
}
