//! Prints every finding and marker for a file (whole text, then each blank-line-separated part),
//! for comparing engine versions.
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).expect("read");
    let linter = warmly::Linter::builtin();
    let mut parts: Vec<&str> = vec![&text];
    parts.extend(text.split("\n\n"));
    for (i, t) in parts.iter().enumerate() {
        let r = linter.check(t);
        assert_eq!(
            linter.lint(t),
            r.findings,
            "lint and check differ on part {i}"
        );
        for f in &r.findings {
            let s: Vec<&str> = f.suggestions.iter().map(|s| &*s.text).collect();
            println!(
                "{i} {} {}..{} {}:{} u{}..{} {:?}",
                f.rule, f.start, f.end, f.line, f.column, f.utf16_start, f.utf16_end, s
            );
        }
        println!(
            "{i} score {} {:?}",
            r.score.score,
            r.score
                .markers
                .iter()
                .map(|m| (m.kind, m.start, m.end))
                .collect::<Vec<_>>()
        );
    }
}
