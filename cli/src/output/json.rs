//! `json`: one JSON document,
//! `{"version", "findings": [...], "drafts": [...], "summary": {...}}`.
//!
//! Findings stream out as drafts are checked (each on its own line); the per-draft scores are
//! spooled to an anonymous temporary file and copied after them, so memory stays flat on a
//! JSON Lines input of any size.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Seek, Write};

use rayon::prelude::*;

use super::{jsonbuf, DraftResult, Emitter, Summary};

/// Buffered findings are written out once they pass this many bytes.
const FLUSH_AT: usize = 64 << 10;

/// A draft with this many findings has them written on all cores.
const PAR_FINDINGS: usize = 4096;
/// Findings a thread writes at a time.
const BLOCK: usize = 512;

/// The JSON document format.
pub struct Json {
    started: bool,
    findings: usize,
    drafts: usize,
    spool: BufWriter<File>,
    /// Reused for each draft's findings and summary object.
    buf: Vec<u8>,
    /// A draft with this many findings has them written on all cores.
    par_at: usize,
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
            par_at: PAR_FINDINGS,
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
        // The draft's path (and record, label) is the same in each of its findings.
        let head = if d.diags.is_empty() {
            Vec::new()
        } else {
            jsonbuf::finding_head(d)
        };
        if d.diags.len() >= self.par_at {
            // A long draft's findings are written on all cores: a block each, written out in
            // order, the blocks' buffers used again for the next blocks.
            let threads = rayon::current_num_threads().max(1);
            let mut blocks: Vec<Vec<u8>> = vec![Vec::new(); threads];
            // The document's first finding has no comma before it.
            let mut first = self.findings == 0;
            for run in d.diags.chunks(BLOCK * threads) {
                blocks
                    .par_iter_mut()
                    .zip(run.par_chunks(BLOCK))
                    .for_each(|(b, block)| {
                        b.clear();
                        for x in block {
                            b.extend_from_slice(b",\n    ");
                            jsonbuf::finding_after(b, &head, x);
                        }
                    });
                for b in blocks.iter().take(run.len().div_ceil(BLOCK)) {
                    out.write_all(&b[usize::from(first)..])?;
                    first = false;
                }
            }
            self.findings += d.diags.len();
        } else {
            for x in &d.diags {
                buf.extend_from_slice(if self.findings == 0 {
                    b"\n    "
                } else {
                    b",\n    "
                });
                jsonbuf::finding_after(buf, &head, x);
                self.findings += 1;
                if buf.len() >= FLUSH_AT {
                    out.write_all(buf)?;
                    buf.clear();
                }
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
    fn findings_written_on_all_cores_read_as_written_in_turn() {
        let mut json = super::Json::new().unwrap();
        json.par_at = 1;
        let parallel = super::super::fixture::render(Box::new(json));
        let serial = super::super::fixture::render(Box::new(super::Json::new().unwrap()));
        assert_eq!(parallel, serial);
    }
}
