//! Rough whole-corpus timing used while tuning (`cargo run --release -p warmly --example prof`).
fn main() {
    let corpus = std::fs::read_to_string("tests/corpus/dev.jsonl").unwrap();
    let drafts: Vec<String> = corpus
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let joined = drafts.join("\n\n");
    let linter = warmly::Linter::builtin();
    let bytes: usize = drafts.iter().map(|d| d.len()).sum();
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..50 {
        for d in &drafts {
            n += linter.lint(d).len();
        }
    }
    let el = t.elapsed().as_secs_f64() / 50.0;
    println!(
        "per draft: {bytes} bytes, {:.2} ms per corpus, {:.1} MB/s, {} findings",
        el * 1e3,
        bytes as f64 / el / 1e6,
        n / 50
    );
    let t = std::time::Instant::now();
    for _ in 0..20 {
        n += linter.lint(&joined).len();
    }
    let el = t.elapsed().as_secs_f64() / 20.0;
    println!(
        "joined: {:.2} ms, {:.1} MB/s",
        el * 1e3,
        joined.len() as f64 / el / 1e6
    );
}
