//! Reads back the built-in packs and pattern gates that `build.rs` compiles in as compact data
//! (`OUT_DIR/builtin.rs`; the format is described there): one pass over a text of tokens, no
//! parser library, no copy of any text: one allocation per list.

use std::cmp::Ordering;

use crate::builtin::{
    GATES, GATE_AFTER, GATE_ANCHORED, GATE_BEFORE, GATE_NEEDS, GATE_SOME, GATE_STARTS,
    GATE_WITHIN_LINE, GATE_WITHIN_SENTENCE, NONE, PATTERNS, PATTERN_TEXTS, RULES, SEP,
};
use crate::prefix::{Bytes, Gate};
use crate::spec::{MarkerSpec, Pack, RuleSpec, Text};

/// Where the first `SEP` in `bytes` is, eight bytes at a time (a token is about 18 bytes long).
fn find_sep(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap()) ^ (ONES * SEP as u64);
        // The lowest byte flagged here is the first zero byte of `word` (higher flags may be
        // false positives).
        let zero = word.wrapping_sub(ONES) & !word & HIGHS;
        if zero != 0 {
            return at + zero.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    let tail = chunks.remainder();
    at + tail
        .iter()
        .position(|&b| b == SEP as u8)
        .expect("built-in rules: token without end")
}

/// The tokens of `RULES` not read yet, and of `PATTERN_TEXTS` (where the patterns of the rules
/// and markers are, in the order `RULES` counts them).
struct Tokens(&'static str, &'static str);

/// The first token of `text` and the rest after it.
fn split_token(text: &'static str) -> (&'static str, &'static str) {
    let end = find_sep(text.as_bytes());
    (&text[..end], &text[end + 1..])
}

impl Tokens {
    fn new() -> Tokens {
        Tokens(RULES, PATTERN_TEXTS)
    }

    fn next(&mut self) -> &'static str {
        let (token, rest) = split_token(self.0);
        self.0 = rest;
        token
    }

    /// A list of patterns: its count from `RULES`, the patterns from `PATTERN_TEXTS`.
    fn patterns(&mut self) -> Vec<Text> {
        let n = self.count();
        (0..n)
            .map(|_| {
                let (token, rest) = split_token(self.1);
                self.1 = rest;
                Text::Borrowed(token)
            })
            .collect()
    }

    fn text(&mut self) -> Text {
        Text::Borrowed(self.next())
    }

    fn count(&mut self) -> usize {
        self.next()
            .bytes()
            .fold(0, |n, d| n * 10 + usize::from(d - b'0'))
    }

    fn opt(&mut self) -> Option<Text> {
        Some(self.next()).filter(|t| *t != NONE).map(Text::Borrowed)
    }

    fn list(&mut self) -> Vec<Text> {
        let n = self.count();
        (0..n).map(|_| self.text()).collect()
    }

    // Fields are read in the order `build.rs` writes them (a struct expression evaluates its
    // fields in the order they are written).
    fn rule(&mut self) -> RuleSpec {
        RuleSpec {
            id: self.text(),
            category: self.text(),
            severity: self.opt(),
            message: self.text(),
            why: self.text(),
            phrases: self.list(),
            patterns: self.patterns(),
            terms: self.list(),
            check: self.opt(),
            max_words: self
                .opt()
                .map(|n| n.parse().expect("built-in rules: bad max_words")),
            allow: self.list(),
            unless_before: self.list(),
            unless_after: self.list(),
            unless_sentence: self.list(),
            unless_later: self.list(),
            unless_paragraph: self.list(),
            suggest: self.list(),
            swap: self.list(),
            applicability: self.opt(),
            flag: self.list(),
            pass: self.list(),
        }
    }

    fn marker(&mut self) -> MarkerSpec {
        MarkerSpec {
            kind: self.text(),
            phrases: self.list(),
            patterns: self.patterns(),
            unless_before: self.list(),
            unless_after: self.list(),
        }
    }

    fn pack(&mut self) -> (&'static str, Pack) {
        let name = self.next();
        let n = self.count();
        let rule = (0..n).map(|_| self.rule()).collect();
        let n = self.count();
        let marker = (0..n).map(|_| self.marker()).collect();
        (name, Pack { rule, marker })
    }
}

/// How a field is laid out in the tokens (see `Tokens::skip`).
#[derive(Clone, Copy)]
enum Field {
    /// One token (a string or an optional).
    One,
    /// A count, then that many tokens.
    List,
    /// A count, then that many patterns in `PATTERN_TEXTS`.
    Patterns,
}
use Field::{List, One, Patterns};

/// Token layouts of a rule after its id, and of a marker (must match `Tokens::rule` and
/// `Tokens::marker`).
const RULE_REST: [Field; 20] = [
    One, One, One, One, List, Patterns, List, One, One, List, List, List, List, List, List, List,
    List, One, List, List,
];
const MARKER: [Field; 5] = [One, List, Patterns, List, List];

impl Tokens {
    fn skip(&mut self, layout: &[Field]) {
        for &field in layout {
            match field {
                One => {
                    self.next();
                }
                List => {
                    for _ in 0..self.count() {
                        self.next();
                    }
                }
                Patterns => {
                    for _ in 0..self.count() {
                        self.1 = split_token(self.1).1;
                    }
                }
            }
        }
    }
}

/// The ids of the built-in rules, in pack order, read without building the packs.
pub(crate) fn builtin_rule_ids() -> Vec<&'static str> {
    let mut tokens = Tokens::new();
    let mut ids = Vec::new();
    for _ in 0..tokens.count() {
        tokens.next();
        for _ in 0..tokens.count() {
            ids.push(tokens.next());
            tokens.skip(&RULE_REST);
        }
        for _ in 0..tokens.count() {
            tokens.skip(&MARKER);
        }
    }
    debug_assert!(
        tokens.0.is_empty() && tokens.1.is_empty(),
        "built-in rules: trailing data"
    );
    ids
}

/// The built-in packs, as (source file, pack), in file-name order. Every text is borrowed
/// from the compiled-in data; only the lists are allocated.
pub(crate) fn builtin_packs() -> Vec<(&'static str, Pack)> {
    let mut tokens = Tokens::new();
    let n = tokens.count();
    let packs = (0..n).map(|_| tokens.pack()).collect();
    debug_assert!(
        tokens.0.is_empty() && tokens.1.is_empty(),
        "built-in rules: trailing data"
    );
    packs
}

/// Compare the `PATTERN_TEXTS` token at `at`, `len` bytes long, with `query`.
fn cmp_token(at: u32, len: u32, query: &str) -> Ordering {
    PATTERN_TEXTS.as_bytes()[at as usize..(at + len) as usize].cmp(query.as_bytes())
}

/// A `GATES` record not read yet.
struct Record(&'static [u8]);

impl Record {
    fn byte(&mut self) -> u8 {
        let (&b, rest) = self.0.split_first().expect("built-in gates: truncated");
        self.0 = rest;
        b
    }

    fn varint(&mut self) -> u32 {
        let mut n = 0u32;
        for shift in (0..32).step_by(7) {
            let b = self.byte();
            n |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                break;
            }
        }
        n
    }

    fn bytes(&mut self, n: usize) -> &'static [u8] {
        let (b, rest) = self.0.split_at(n);
        self.0 = rest;
        b
    }

    /// A list of literals, each stored whole (its length, then its bytes): borrowed.
    fn literals(&mut self) -> Vec<Bytes> {
        let n = self.varint() as usize;
        (0..n)
            .map(|_| {
                let len = self.varint() as usize;
                Bytes::Borrowed(self.bytes(len))
            })
            .collect()
    }
}

/// The gate of a built-in pattern: `None` when `pattern` is not one, `Some(None)` when it has no
/// gate (it runs over the whole text).
pub(crate) fn builtin_gate(pattern: &str) -> Option<Option<Gate>> {
    let i = PATTERNS
        .binary_search_by(|&(at, len, _)| cmp_token(at, len, pattern))
        .ok()?;
    let mut r = Record(&GATES[PATTERNS[i].2 as usize..]);
    let flags = r.byte();
    if flags & GATE_SOME == 0 {
        return Some(None);
    }
    let before = (flags & GATE_BEFORE != 0).then(|| r.varint());
    let after = (flags & GATE_AFTER != 0).then(|| r.varint());
    // Both within flags: within a sentence but at the edges, whose lengths follow.
    let edged = flags & GATE_WITHIN_LINE != 0 && flags & GATE_WITHIN_SENTENCE != 0;
    let edges = if edged { [r.byte(), r.byte()] } else { [0, 0] };
    let literals = r.literals();
    let starts = if flags & GATE_STARTS != 0 {
        r.literals()
    } else {
        Vec::new()
    };
    let needs = if flags & GATE_NEEDS != 0 {
        r.literals().pop().unwrap_or_default()
    } else {
        Bytes::Borrowed(&[])
    };
    let within = if edged || flags & GATE_WITHIN_SENTENCE != 0 {
        crate::prefix::WITHIN_SENTENCE
    } else if flags & GATE_WITHIN_LINE != 0 {
        crate::prefix::WITHIN_LINE
    } else {
        crate::prefix::WITHIN_TEXT
    };
    Some(Some(Gate {
        anchored: flags & GATE_ANCHORED != 0,
        literals,
        before,
        after,
        within,
        edges,
        starts,
        needs,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_patterns() -> Vec<Text> {
        let mut out = Vec::new();
        for (_, pack) in builtin_packs() {
            for r in pack.rule {
                out.extend(r.patterns);
            }
            for m in pack.marker {
                out.extend(m.patterns);
            }
        }
        out
    }

    #[test]
    fn the_packs_are_the_rule_files() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let packs = builtin_packs();
        assert_eq!(packs.len(), files.len());
        for ((name, pack), path) in packs.iter().zip(&files) {
            let file = path.file_name().unwrap().to_str().unwrap();
            assert_eq!(*name, format!("rules/{file}"));
            let text = std::fs::read_to_string(path).unwrap();
            let mut want: Pack = toml::from_str(&text).unwrap();
            // Phrases are stored normalised, each once.
            let normal = |v: &mut Vec<Text>| {
                let mut seen = std::collections::HashSet::new();
                for p in v.iter_mut() {
                    *p = Text::Owned(crate::text::normalize_phrase(p));
                }
                v.retain(|p| seen.insert(p.clone()));
            };
            // Context phrases before and after a match come as sets, sorted by last byte
            // (before) or in byte order (after).
            let set = |v: &mut Vec<Text>, by_last: bool| {
                normal(v);
                v.sort_unstable();
                v.dedup();
                if by_last {
                    v.sort_by_key(|p| p.as_bytes().last().copied());
                }
            };
            for r in &mut want.rule {
                for v in [
                    &mut r.phrases,
                    &mut r.unless_sentence,
                    &mut r.unless_later,
                    &mut r.unless_paragraph,
                ] {
                    normal(v);
                }
                set(&mut r.unless_before, true);
                set(&mut r.unless_after, false);
                // Swaps are stored keyed.
                for w in r.swap.iter_mut() {
                    let (phrase, replacement) = crate::norm::swap_parts(w).unwrap();
                    *w = Text::Owned(format!("{} = {replacement}", crate::norm::swap_key(phrase)));
                }
            }
            for m in &mut want.marker {
                normal(&mut m.phrases);
                set(&mut m.unless_before, true);
                set(&mut m.unless_after, false);
            }
            assert_eq!(*pack, want, "{name}");
        }
    }

    #[test]
    fn builtin_texts_are_borrowed_not_copied() {
        let borrowed = |t: &Text| matches!(t, Text::Borrowed(_));
        let all = |v: &[Text]| v.iter().all(borrowed);
        let mut texts = 0;
        for (_, pack) in builtin_packs() {
            for r in &pack.rule {
                for one in [&r.id, &r.category, &r.message, &r.why] {
                    assert!(borrowed(one), "{}", r.id);
                }
                for opt in [&r.severity, &r.check, &r.applicability] {
                    assert!(opt.as_ref().is_none_or(borrowed), "{}", r.id);
                }
                for list in [
                    &r.phrases,
                    &r.patterns,
                    &r.terms,
                    &r.allow,
                    &r.unless_before,
                    &r.unless_after,
                    &r.unless_sentence,
                    &r.unless_later,
                    &r.unless_paragraph,
                    &r.suggest,
                    &r.swap,
                    &r.flag,
                    &r.pass,
                ] {
                    assert!(all(list), "{}", r.id);
                    texts += list.len();
                }
            }
            for m in &pack.marker {
                assert!(borrowed(&m.kind));
                for list in [&m.phrases, &m.patterns, &m.unless_before, &m.unless_after] {
                    assert!(all(list), "{}", m.kind);
                    texts += list.len();
                }
            }
        }
        assert!(texts > 3000, "{texts}");
    }

    #[test]
    fn rule_ids_are_read_without_the_packs() {
        let want: Vec<Text> = builtin_packs()
            .into_iter()
            .flat_map(|(_, p)| p.rule.into_iter().map(|r| r.id))
            .collect();
        assert!(want.len() > 50);
        assert_eq!(builtin_rule_ids(), want);
    }

    #[test]
    fn every_builtin_pattern_has_its_gate() {
        let patterns = all_patterns();
        assert!(patterns.len() > 100);
        for p in &patterns {
            let want = crate::prefix::gate(p).unwrap();
            assert_eq!(builtin_gate(p), Some(want), "{p}");
        }
        assert_eq!(
            PATTERNS.len(),
            patterns
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len()
        );
    }

    #[test]
    fn no_builtin_pattern_runs_over_the_whole_text() {
        // A pattern without a gate is searched everywhere in every text: keep the built-in
        // packs free of them (rewrite such a pattern so a part of it starts with known words).
        let ungated: Vec<Text> = all_patterns()
            .into_iter()
            .filter(|p| crate::prefix::gate(p).unwrap().is_none())
            .collect();
        assert_eq!(ungated, Vec::<String>::new());
    }

    #[test]
    fn other_patterns_are_not_builtin() {
        let p = &all_patterns()[0];
        assert!(builtin_gate(p).is_some());
        for other in [
            String::new(),
            p[..p.len() - 1].to_string(),
            format!("{p}x"),
            format!("{p}{SEP}"),
            format!("x{p}"),
            "\u{ffff}".to_string(),
        ] {
            assert_eq!(builtin_gate(&other), None, "{other:?}");
        }
    }
}
