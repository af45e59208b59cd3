//! Lints a file N times with the built-in rules: `lintn FILE N`. Used to count instructions
//! per lint with callgrind (run it with N and N + k and divide the difference by k).
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&a[1]).unwrap();
    let n: usize = a[2].parse().unwrap();
    let linter = warmly::Linter::builtin();
    let mut k = 0;
    for _ in 0..n {
        k += linter.lint(&text).len();
    }
    std::hint::black_box(k);
}
