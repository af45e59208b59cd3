//! Lints each NUL-separated draft of a file, N times over: `lintmany FILE N`. Used to count
//! instructions per short draft with callgrind (run it with N and N + k).
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&a[1]).unwrap();
    let n: usize = a[2].parse().unwrap();
    let linter = warmly::Linter::builtin();
    let drafts: Vec<&str> = text.split('\0').collect();
    let mut k = 0;
    for _ in 0..n {
        for d in &drafts {
            k += linter.lint(d).len();
        }
    }
    std::hint::black_box(k);
}
