//! Lint every draft of an annotated corpus (JSON Lines with `id` and `text`) with the built-in
//! rules and print the findings in the format `corpus/score.py` reads.
//!
//! `cargo run -q -p warmly --example corpus -- tests/corpus/dev.jsonl > findings.json`

use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: corpus CORPUS.jsonl");
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let linter = warmly::Linter::builtin();
    let mut out = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.expect("read line");
        if line.trim().is_empty() {
            continue;
        }
        let rec: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("{path}:{}: {e}", n + 1));
        let id = rec["id"].as_str().unwrap_or_default().to_string();
        let text = rec["text"].as_str().unwrap_or_default();
        let report = linter.check(text);
        for f in report.findings {
            out.push(serde_json::json!({
                "record": id, "rule": f.rule, "category": f.category, "severity": f.severity,
                "start": f.start, "end": f.end, "text": &text[f.start..f.end],
                "suggestions": f.suggestions,
            }));
        }
    }
    let doc = serde_json::json!({ "findings": out });
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    serde_json::to_writer_pretty(&mut lock, &doc).expect("write");
    writeln!(lock).expect("write");
}
