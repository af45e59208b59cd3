//! `json`: one JSON document,
//! `{"version", "findings": [...], "drafts": [...], "summary": {...}}`.
//!
//! Findings stream out as drafts are checked (each on its own line); the per-draft scores are
//! spooled to an anonymous temporary file and copied after them, so memory stays flat on a
//! JSON Lines input of any size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

use super::{jsonbuf, DraftResult, Emitter, Summary};

/// Buffered findings are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;
/// A draft with this many findings has them rendered on all cores, `CHUNK` at a time.
const PARALLEL_AT: usize = 8192;
const CHUNK: usize = 2048;

/// The JSON document format.
pub struct Json {
    started: bool,
    findings: usize,
    drafts: usize,
    spool: BufWriter<File>,
    /// Reused for each draft's findings and summary object.
    buf: Vec<u8>,
}

impl Json {
    /// A JSON emitter with its spool file.
    pub fn new() -> io::Result<Json> {
        Ok(Json {
            started: false,
            findings: 0,
            drafts: 0,
            spool: BufWriter::new(tempfile::tempfile()?),
            buf: Vec::new(),
        })
    }

    fn start(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.started {
            self.started = true;
            write!(
                out,
                "{{\n  \"version\": \"{}\",\n  \"findings\": [",
                env!("CARGO_PKG_VERSION")
            )?;
        }
        Ok(())
    }
}

impl Emitter for Json {
    fn draft(&mut self, out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        self.start(out)?;
        let buf = &mut self.buf;
        buf.clear();
        // A very long draft's findings are rendered in parallel, in chunks written in order.
        if d.diags.len() >= PARALLEL_AT {
            use rayon::prelude::*;
            let first = self.findings == 0;
            let chunks: Vec<Vec<u8>> = d
                .diags
                .par_chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| {
                    let mut b = Vec::with_capacity(chunk.len() * 400);
                    for (k, x) in chunk.iter().enumerate() {
                        b.extend_from_slice(if first && c == 0 && k == 0 {
                            b"\n    "
                        } else {
                            b",\n    "
                        });
                        jsonbuf::finding(&mut b, d, x);
                    }
                    b
                })
                .collect();
            for chunk in chunks {
                out.write_all(&chunk)?;
            }
            self.findings += d.diags.len();
        }
        for x in d.diags.iter().filter(|_| d.diags.len() < PARALLEL_AT) {
            buf.extend_from_slice(if self.findings == 0 {
                b"\n    "
            } else {
                b",\n    "
            });
            jsonbuf::finding(buf, d, x);
            self.findings += 1;
            if buf.len() >= FLUSH_AT {
                out.write_all(buf)?;
                buf.clear();
            }
        }
        if !buf.is_empty() {
            out.write_all(buf)?;
            buf.clear();
        }
        jsonbuf::draft(buf, d);
        buf.push(b'\n');
        self.spool.write_all(buf)?;
        self.drafts += 1;
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        self.start(out)?;
        out.write_all(if self.findings == 0 {
            b"],\n"
        } else {
            b"\n  ],\n"
        })?;
        out.write_all(b"  \"drafts\": [")?;
        self.spool.flush()?;
        let file = self.spool.get_mut();
        file.rewind()?;
        let mut first = true;
        for line in BufReader::new(&*file).lines() {
            out.write_all(if first { b"\n    " } else { b",\n    " })?;
            out.write_all(line?.as_bytes())?;
            first = false;
        }
        out.write_all(if first { b"],\n" } else { b"\n  ],\n" })?;
        out.write_all(b"  \"summary\": ")?;
        serde_json::to_writer(&mut *out, summary)?;
        out.write_all(b"\n}\n")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn snapshot() {
        let out = super::super::fixture::render(Box::new(super::Json::new().unwrap()));
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["findings"].as_array().unwrap().len(), 3);
        assert_eq!(v["findings"][2]["record"], "r-7");
        insta::assert_snapshot!(out.replace(env!("CARGO_PKG_VERSION"), "[VERSION]"));
    }

    #[test]
    fn a_long_draft_renders_in_parallel_as_in_sequence() {
        use super::super::{fixture, jsonbuf, Emitter};
        let (drafts, summary) = fixture::results();
        // A first draft with a few findings, then one long enough to render in parallel.
        let mut long = drafts[0].clone();
        let one = long.diags[0].clone();
        long.diags = (0..super::PARALLEL_AT + 3 * super::CHUNK + 5)
            .map(|i| {
                let mut x = one.clone();
                x.line = i + 1;
                x
            })
            .collect();
        let mut out = Vec::new();
        let mut e = super::Json::new().unwrap();
        e.draft(&mut out, &drafts[0]).unwrap();
        e.draft(&mut out, &long).unwrap();
        e.finish(&mut out, &summary).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let found = v["findings"].as_array().unwrap();
        assert_eq!(found.len(), drafts[0].diags.len() + long.diags.len());
        // Byte for byte what rendering one finding after the other gives.
        let mut want = Vec::new();
        for x in &long.diags {
            want.extend_from_slice(b",\n    ");
            jsonbuf::finding(&mut want, &long, x);
        }
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(std::str::from_utf8(&want).unwrap()));
        assert_eq!(found.last().unwrap()["line"], long.diags.len());
    }
}
