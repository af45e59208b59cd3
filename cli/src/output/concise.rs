//! `concise`: one line a finding, `path:line:col: rule message`, grep- and editor-friendly.

use std::io::{self, Write};

use super::jsonbuf::uint;
use super::{DraftResult, Emitter, Summary};

/// The concise format.
#[derive(Default)]
pub struct Concise {
    /// Reused for each draft's lines.
    buf: Vec<u8>,
}

/// Buffered lines are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;

/// Append ` [record ID]` when the draft is a record.
fn record(buf: &mut Vec<u8>, d: &DraftResult) {
    if let Some(r) = &d.record {
        buf.extend_from_slice(b" [record ");
        buf.extend_from_slice(r.as_bytes());
        buf.push(b']');
    }
}

impl Emitter for Concise {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let buf = &mut self.buf;
        buf.clear();
        for x in &d.diags {
            // `path:line:col: rule message [record ID]`
            buf.extend_from_slice(d.path.as_bytes());
            buf.push(b':');
            uint(buf, x.line as u64);
            buf.push(b':');
            uint(buf, x.column as u64);
            buf.extend_from_slice(b": ");
            buf.extend_from_slice(x.rule.as_bytes());
            buf.push(b' ');
            buf.extend_from_slice(x.message.as_bytes());
            record(buf, d);
            buf.push(b'\n');
            if buf.len() >= FLUSH_AT {
                out.write_all(buf)?;
                buf.clear();
            }
        }
        if let Some(min) = d.below_min_score {
            // `path:line:1: min-score warmth score N is below MIN [record ID]`
            buf.extend_from_slice(d.path.as_bytes());
            buf.push(b':');
            uint(buf, d.line as u64);
            buf.extend_from_slice(b":1: min-score warmth score ");
            uint(buf, u64::from(d.score));
            buf.extend_from_slice(b" is below ");
            uint(buf, u64::from(min));
            record(buf, d);
            buf.push(b'\n');
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
        let out = super::super::fixture::render(Box::<super::Concise>::default());
        insta::assert_snapshot!(out);
    }
}
