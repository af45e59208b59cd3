//! Lint throughput and rule-set compile time.
//!
//! `cargo bench -p warmly --bench lint`

use divan::{black_box, Bencher};
use warmly::{Config, Linter};

fn main() {
    divan::main();
}

/// Drafts from the dev corpus, concatenated to about `size` bytes.
fn draft(size: usize) -> String {
    let corpus = include_str!("../../tests/corpus/dev.jsonl");
    let mut out = String::new();
    for line in corpus.lines().cycle() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        out.push_str(v["text"].as_str().unwrap());
        out.push_str("\n\n");
        if out.len() >= size {
            break;
        }
    }
    out
}

#[divan::bench]
fn compile_builtin_rules() -> Linter {
    Linter::new(black_box(&Config::default())).unwrap()
}

#[divan::bench(args = [2_000, 10_000, 1_000_000])]
fn lint(bencher: Bencher, size: usize) {
    let text = draft(size);
    let linter = Linter::builtin();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| linter.lint(black_box(&text)));
}

#[divan::bench(args = [2_000])]
fn check_with_score(bencher: Bencher, size: usize) {
    let text = draft(size);
    let linter = Linter::builtin();
    bencher.bench(|| linter.check(black_box(&text)));
}
