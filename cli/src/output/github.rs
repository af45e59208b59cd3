//! `github`: GitHub Actions workflow commands, shown as annotations on the pull request.

use std::io::{self, Write};

use warmly::Severity;

use super::jsonbuf::uint;
use super::{DraftResult, Emitter, Summary};

/// The GitHub annotations format.
#[derive(Default)]
pub struct Github {
    /// Reused for each draft's lines.
    buf: Vec<u8>,
}

/// Buffered lines are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;

/// Append `s` escaped as a workflow-command message (`%`, CR and LF), or, with `prop`, as a
/// property value (also `:` and `,`). The escaped bytes are ASCII, so bytewise is charwise.
fn escape(buf: &mut Vec<u8>, s: &str, prop: bool) {
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep: &[u8] = match b {
            b'%' => b"%25",
            b'\r' => b"%0D",
            b'\n' => b"%0A",
            b':' if prop => b"%3A",
            b',' if prop => b"%2C",
            _ => continue,
        };
        buf.extend_from_slice(&bytes[run..i]);
        buf.extend_from_slice(rep);
        run = i + 1;
    }
    buf.extend_from_slice(&bytes[run..]);
}

/// Append the escaped ` [record ID]` of a record.
fn record(buf: &mut Vec<u8>, d: &DraftResult) {
    if let Some(r) = &d.record {
        buf.extend_from_slice(b" [record ");
        escape(buf, r, false);
        buf.push(b']');
    }
}

impl Emitter for Github {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let buf = &mut self.buf;
        buf.clear();
        for x in &d.diags {
            let level: &[u8] = match x.severity {
                Severity::Error => b"error",
                Severity::Warning => b"warning",
                Severity::Info => b"notice",
            };
            // `::LEVEL title=warmly RULE,file=PATH,line=..,col=..,endLine=..,endColumn=..::MSG`
            buf.extend_from_slice(b"::");
            buf.extend_from_slice(level);
            buf.extend_from_slice(b" title=warmly ");
            escape(buf, &x.rule, true);
            buf.extend_from_slice(b",file=");
            escape(buf, &d.path, true);
            buf.extend_from_slice(b",line=");
            uint(buf, x.line as u64);
            buf.extend_from_slice(b",col=");
            uint(buf, x.column as u64);
            buf.extend_from_slice(b",endLine=");
            uint(buf, x.end_line as u64);
            buf.extend_from_slice(b",endColumn=");
            uint(buf, x.end_column as u64);
            buf.extend_from_slice(b"::");
            escape(buf, &x.message, false);
            if let Some(s) = x.suggestions.first() {
                buf.extend_from_slice(b" Try: \"");
                escape(buf, &s.text, false);
                buf.push(b'"');
            }
            record(buf, d);
            buf.push(b'\n');
            if buf.len() >= FLUSH_AT {
                out.write_all(buf)?;
                buf.clear();
            }
        }
        if let Some(min) = d.below_min_score {
            buf.extend_from_slice(b"::error title=warmly min-score,file=");
            escape(buf, &d.path, true);
            buf.extend_from_slice(b",line=");
            uint(buf, d.line as u64);
            buf.extend_from_slice(b"::Warmth score ");
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
        let out = super::super::fixture::render(Box::<super::Github>::default());
        insta::assert_snapshot!(out);
    }

    #[test]
    fn escapes_like_replace() {
        let data = |s: &str| {
            s.replace('%', "%25")
                .replace('\r', "%0D")
                .replace('\n', "%0A")
        };
        let prop = |s: &str| data(s).replace(':', "%3A").replace(',', "%2C");
        for s in ["", "plain", "a%b\r\nc:d,e", "%%0A:,\u{e9}\u{1f600}%", "x\n"] {
            let mut buf = Vec::new();
            super::escape(&mut buf, s, false);
            assert_eq!(String::from_utf8(buf).unwrap(), data(s));
            let mut buf = Vec::new();
            super::escape(&mut buf, s, true);
            assert_eq!(String::from_utf8(buf).unwrap(), prop(s));
        }
    }
}
