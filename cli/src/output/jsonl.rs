//! `jsonl`: one JSON object a line, written as soon as each draft is checked. In record mode it
//! writes one result per input record (`{"record", "line", "score", "findings": [...]}`), so a
//! pipeline step (Spark `RDD.pipe`, GNU parallel) maps records one to one; otherwise one finding
//! a line.

use std::io::{self, Write};

use super::{jsonbuf, DraftResult, Emitter, Summary};

/// The JSON Lines format.
pub struct JsonLines {
    /// One line per record instead of one per finding.
    pub records: bool,
    /// Reused for each draft's lines.
    buf: Vec<u8>,
}

impl JsonLines {
    /// A JSON Lines emitter (`records`: one line per record).
    pub fn new(records: bool) -> JsonLines {
        JsonLines {
            records,
            buf: Vec::new(),
        }
    }
}

/// Buffered lines are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;

/// What a record-mode line is (as serde would write it; the emitter writes it by hand).
#[cfg(test)]
#[derive(serde::Serialize)]
struct RecordLine<'a> {
    record: Option<&'a str>,
    path: &'a str,
    line: usize,
    score: u8,
    failed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    below_min_score: Option<u8>,
    findings: &'a [super::Diag],
}

impl Emitter for JsonLines {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let buf = &mut self.buf;
        buf.clear();
        if self.records {
            jsonbuf::record_line(buf, d);
            buf.push(b'\n');
            return out.write_all(buf);
        }
        let head = if d.diags.is_empty() {
            Vec::new()
        } else {
            jsonbuf::finding_head(d)
        };
        for x in &d.diags {
            jsonbuf::finding_after(buf, &head, x);
            buf.push(b'\n');
            if buf.len() >= FLUSH_AT {
                out.write_all(buf)?;
                buf.clear();
            }
        }
        if !buf.is_empty() {
            out.write_all(buf)?;
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
        let out = super::super::fixture::render(Box::new(super::JsonLines::new(false)));
        insta::assert_snapshot!(out);
        let out = super::super::fixture::render(Box::new(super::JsonLines::new(true)));
        insta::assert_snapshot!("records", out);
    }

    #[test]
    fn record_lines_match_serde_json() {
        let (drafts, _) = super::super::fixture::results();
        for mut d in drafts {
            for record in [None, Some("x\"\n".to_string())] {
                d.record = record;
                let line = super::RecordLine {
                    record: d.record.as_deref(),
                    path: &d.path,
                    line: d.line,
                    score: d.score,
                    failed: d.failed,
                    below_min_score: d.below_min_score,
                    findings: &d.diags,
                };
                let mut buf = Vec::new();
                super::jsonbuf::record_line(&mut buf, &d);
                assert_eq!(buf, serde_json::to_vec(&line).unwrap());
            }
        }
    }
}
