//! Turns the built-in rule packs (`rules/*.toml` at the workspace root) into compact data at
//! compile time, so neither the binary nor the WebAssembly module carries a TOML parser, and the
//! packs cost data bytes rather than code (`src/blob.rs` reads them back):
//!
//! - `RULES`: every string and number of the packs but the patterns as one text of tokens, each
//!   ended by `SEP`; a list is its length then its items, an absent optional field the token
//!   `NONE`. Phrases (`phrases`, `unless_*`) are stored normalised (with `src/norm.rs`, the code
//!   that normalises texts) and each once, so building a linter does not normalise them again.
//! - `PATTERN_TEXTS`: the patterns, as tokens, in the order `RULES` counts them (apart, they
//!   compress better: 0.7 KB off the gzipped WebAssembly module).
//! - `GATES`: the gate of every distinct built-in pattern (computed here with `src/prefix.rs`, so
//!   building a linter parses no built-in pattern), one record each, literals whole (the linter
//!   borrows them: building it copies none).
//! - `PATTERNS`: per distinct pattern, sorted by pattern, where its text starts in
//!   `PATTERN_TEXTS`, its length (a lookup compares bytes without looking for the token's end)
//!   and where its gate record starts in `GATES`.
//!
//! A pack that does not parse fails the build with the file and TOML error; the full validation
//! (regexes, ids, examples) runs when a `Linter` is built and in the core's tests.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/spec.rs"]
mod spec;

#[path = "src/prefix.rs"]
mod prefix;
#[path = "src/sort.rs"]
#[allow(dead_code)]
mod sort;

#[allow(dead_code)]
#[path = "src/norm.rs"]
mod norm;

/// Ends every token of `RULES`.
const SEP: char = '\u{1f}';
/// The token of an absent optional field.
const NONE: char = '\u{18}';
/// Gate record flags: a gate (else the pattern runs everywhere), anchored, `before` and `after`
/// bounded (each then follows as a varint).
const GATE_SOME: u8 = 1;
const GATE_ANCHORED: u8 = 2;
const GATE_BEFORE: u8 = 4;
const GATE_AFTER: u8 = 8;
/// Gate record flags: no match holds a line break; no match holds one or a `.`, `!` or `?`.
const GATE_WITHIN_LINE: u8 = 16;
const GATE_WITHIN_SENTENCE: u8 = 32;
/// Gate record flags: both `GATE_WITHIN_*` set: no match holds a sentence stop but at its
/// edges, whose two lengths follow `before` and `after`.
const GATE_WITHIN_EDGES: u8 = GATE_WITHIN_LINE | GATE_WITHIN_SENTENCE;
/// Gate record flag: the words matches start with follow the literals.
const GATE_STARTS: u8 = 64;
/// Gate record flag: the words every match needs follow (after the words matches start with).
const GATE_NEEDS: u8 = 128;

/// The `RULES` text being written, and the `PATTERN_TEXTS` the patterns go to (kept apart, they
/// compress better in the WebAssembly module).
struct Rules {
    out: String,
    patterns: String,
    file: String,
}

impl Rules {
    fn token(&mut self, t: &str) {
        assert!(
            !t.contains([SEP, NONE]),
            "{}: control character U+001F or U+0018 in {t:?}; built-in packs cannot hold them",
            self.file
        );
        self.out.push_str(t);
        self.out.push(SEP);
    }

    /// A pattern, into `PATTERN_TEXTS` (its count stays in `RULES`).
    fn pattern(&mut self, p: &str) {
        let at = self.out.len();
        self.token(p);
        let token = self.out.split_off(at);
        self.patterns.push_str(&token);
    }

    fn list(&mut self, v: &[impl AsRef<str>]) {
        self.token(&v.len().to_string());
        for s in v {
            self.token(s.as_ref());
        }
    }

    /// A list of phrases, normalised as the engine matches them, each once (in the order first
    /// written).
    fn phrases(&mut self, id: Option<&str>, field: &str, v: &[impl AsRef<str>]) {
        let mut seen = std::collections::HashSet::new();
        let mut normal = self.normal(id, field, v);
        normal.retain(|p| seen.insert(p.clone()));
        self.list(&normal);
    }

    /// A set of context phrases, normalised, without repeats, in the order the engine keeps
    /// them: by last byte (then bytes) when `by_last`, else in byte order.
    fn context_set(&mut self, id: Option<&str>, field: &str, v: &[impl AsRef<str>], by_last: bool) {
        let mut set = self.normal(id, field, v);
        set.sort_unstable();
        set.dedup();
        if by_last {
            set.sort_by_key(|p| p.as_bytes().last().copied());
        }
        self.list(&set);
    }

    fn normal(&self, id: Option<&str>, field: &str, v: &[impl AsRef<str>]) -> Vec<String> {
        v.iter()
            .map(|p| {
                let n = norm::normalize_phrase(p.as_ref());
                assert!(
                    !n.is_empty(),
                    "{}: rule `{}`: field `{field}`: empty phrase",
                    self.file,
                    id.unwrap_or("marker")
                );
                n
            })
            .collect()
    }

    fn opt(&mut self, v: Option<&str>) {
        match v {
            Some(s) => self.token(s),
            None => {
                self.out.push(NONE);
                self.out.push(SEP);
            }
        }
    }
}

fn varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// One `GATES` record: flags, `before`, `after`, the literals, then the words matches start
/// with and the words every match needs, if any (each a [`literal_list`]).
fn gate_record(out: &mut Vec<u8>, gate: &Option<prefix::Gate>) {
    let Some(g) = gate else {
        out.push(0);
        return;
    };
    let mut flags = GATE_SOME;
    if g.anchored {
        flags |= GATE_ANCHORED;
    }
    if g.before.is_some() {
        flags |= GATE_BEFORE;
    }
    if g.after.is_some() {
        flags |= GATE_AFTER;
    }
    if !g.starts.is_empty() {
        flags |= GATE_STARTS;
    }
    if !g.needs.is_empty() {
        flags |= GATE_NEEDS;
    }
    flags |= match g.within {
        prefix::WITHIN_LINE => GATE_WITHIN_LINE,
        prefix::WITHIN_SENTENCE if g.edges != [0, 0] => GATE_WITHIN_EDGES,
        prefix::WITHIN_SENTENCE => GATE_WITHIN_SENTENCE,
        _ => 0,
    };
    out.push(flags);
    for n in [g.before, g.after].into_iter().flatten() {
        varint(out, n);
    }
    if g.within == prefix::WITHIN_SENTENCE && g.edges != [0, 0] {
        out.extend_from_slice(&g.edges);
    }
    literal_list(out, &g.literals);
    if !g.starts.is_empty() {
        literal_list(out, &g.starts);
    }
    if !g.needs.is_empty() {
        literal_list(out, std::slice::from_ref(&g.needs));
    }
}

/// A list of literals in a `GATES` record: the count, then per literal its length and bytes.
fn literal_list(out: &mut Vec<u8>, literals: &[prefix::Bytes]) {
    varint(out, literals.len() as u32);
    for lit in literals {
        varint(out, lit.len() as u32);
        out.extend_from_slice(lit);
    }
}

fn byte_string(bytes: &[u8]) -> String {
    let mut s = String::from("b\"");
    for &b in bytes {
        match b {
            b'"' | b'\\' => {
                s.push('\\');
                s.push(b as char);
            }
            0x20..=0x7e => s.push(b as char),
            _ => {
                let _ = write!(s, "\\x{b:02x}");
            }
        }
    }
    s.push('"');
    s
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read rule packs in {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    // Every distinct pattern: where its text first starts in `RULES`, and its gate.
    let mut patterns: BTreeMap<String, (usize, Option<prefix::Gate>)> = BTreeMap::new();
    let mut gate_of = |rules: &Rules, id: Option<&str>, p: &str| {
        if patterns.contains_key(p) {
            return;
        }
        let gate = prefix::gate(p).unwrap_or_else(|e| {
            panic!(
                "{}: rule `{}`: field `patterns`: bad regex `{p}`: {e}",
                rules.file,
                id.unwrap_or("marker")
            )
        });
        patterns.insert(p.to_string(), (rules.patterns.len(), gate));
    };
    let mut rules = Rules {
        out: String::new(),
        patterns: String::new(),
        file: String::new(),
    };
    // The WebAssembly module never shows a rule's flag/pass examples (its `rules()` gives ids,
    // categories, messages, explanations and suggestions): leave them out of it to keep it small.
    let examples = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32");
    rules.token(&files.len().to_string());
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        rules.file = format!("rules/{}", path.file_name().unwrap().to_string_lossy());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", rules.file));
        let pack: spec::Pack =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", rules.file));
        let name = rules.file.clone();
        rules.token(&name);
        rules.token(&pack.rule.len().to_string());
        // The field order here is the order of `RuleSpec` and `MarkerSpec`, which `blob.rs`
        // reads back.
        for r in &pack.rule {
            rules.token(&r.id);
            rules.token(&r.category);
            rules.opt(r.severity.as_deref());
            rules.token(&r.message);
            rules.token(&r.why);
            rules.phrases(Some(&r.id), "phrases", &r.phrases);
            rules.token(&r.patterns.len().to_string());
            for p in &r.patterns {
                gate_of(&rules, Some(&r.id), p);
                rules.pattern(p);
            }
            rules.list(&r.terms);
            rules.opt(r.check.as_deref());
            rules.opt(r.max_words.map(|n| n.to_string()).as_deref());
            rules.list(&r.allow);
            rules.context_set(Some(&r.id), "unless_before", &r.unless_before, true);
            rules.context_set(Some(&r.id), "unless_after", &r.unless_after, false);
            rules.phrases(Some(&r.id), "unless_sentence", &r.unless_sentence);
            rules.phrases(Some(&r.id), "unless_later", &r.unless_later);
            rules.phrases(Some(&r.id), "unless_paragraph", &r.unless_paragraph);
            rules.list(&r.suggest);
            // Swaps keyed as the engine looks them up (see `norm::swap_key`).
            let swaps: Vec<String> = r
                .swap
                .iter()
                .map(|e| match norm::swap_parts(e) {
                    Some((phrase, replacement)) => {
                        format!("{} = {replacement}", norm::swap_key(phrase))
                    }
                    None => panic!(
                        "{}: rule `{}`: field `swap`: `{e}` is not `PHRASE = replacement`",
                        rules.file, r.id
                    ),
                })
                .collect();
            rules.list(&swaps);
            rules.opt(r.applicability.as_deref());
            if examples {
                rules.list(&r.flag);
                rules.list(&r.pass);
            } else {
                rules.list(&[] as &[&str]);
                rules.list(&[] as &[&str]);
            }
        }
        rules.token(&pack.marker.len().to_string());
        for m in &pack.marker {
            rules.token(&m.kind);
            rules.phrases(None, "marker.phrases", &m.phrases);
            rules.token(&m.patterns.len().to_string());
            for p in &m.patterns {
                gate_of(&rules, None, p);
                rules.pattern(p);
            }
            rules.context_set(None, "marker.unless_before", &m.unless_before, true);
            rules.context_set(None, "marker.unless_after", &m.unless_after, false);
        }
    }

    let mut gates = Vec::new();
    let mut index = String::new();
    for (pattern, (at, gate)) in &patterns {
        let _ = write!(index, "({at}, {}, {}), ", pattern.len(), gates.len());
        gate_record(&mut gates, gate);
    }
    assert!(rules.out.len() < u32::MAX as usize && gates.len() < u32::MAX as usize);

    let mut out = String::from("// @generated by core/build.rs from rules/*.toml. Do not edit.\n");
    let _ = write!(
        out,
        "pub(crate) const SEP: char = {SEP:?};\n\
         pub(crate) const NONE: &str = \"{}\";\n\
         pub(crate) const GATE_SOME: u8 = {GATE_SOME};\n\
         pub(crate) const GATE_ANCHORED: u8 = {GATE_ANCHORED};\n\
         pub(crate) const GATE_BEFORE: u8 = {GATE_BEFORE};\n\
         pub(crate) const GATE_AFTER: u8 = {GATE_AFTER};\n\
         pub(crate) const GATE_WITHIN_LINE: u8 = {GATE_WITHIN_LINE};\n\
         pub(crate) const GATE_WITHIN_SENTENCE: u8 = {GATE_WITHIN_SENTENCE};\n\
         pub(crate) const GATE_STARTS: u8 = {GATE_STARTS};\n\
         pub(crate) const GATE_NEEDS: u8 = {GATE_NEEDS};\n\
         /// The built-in packs in file-name order (see `core/build.rs`).\n\
         pub(crate) static RULES: &str = {:?};\n\
         /// The gate of every distinct built-in pattern (see `core/build.rs`).\n\
         pub(crate) static GATES: &[u8] = {};\n\
         /// The built-in patterns, in the order `RULES` counts them.\n\
         pub(crate) static PATTERN_TEXTS: &str = {:?};\n\
         /// Per distinct built-in pattern, sorted: its start and length in `PATTERN_TEXTS`, its\n\
         /// record in `GATES`.\n\
         pub(crate) static PATTERNS: &[(u32, u32, u32)] = &[{index}];\n",
        NONE.escape_unicode(),
        rules.out,
        byte_string(&gates),
        rules.patterns,
    );

    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtin.rs");
    std::fs::write(dest, out).expect("write builtin.rs");
}
