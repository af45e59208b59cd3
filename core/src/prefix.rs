//! Which literals gate a pattern: every match contains one of them, starting on a word start, so
//! the engine only runs the pattern where its word index finds one. Shared with the build script,
//! which computes the gates of the built-in packs ahead of time, so building a linter parses no
//! built-in pattern.

use std::borrow::Cow;

use regex_syntax::hir::literal::{ExtractKind, Extractor, Seq};
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// The longest literal kept; a longer one is cut to its complete words.
pub const MAX_PREFIX_LEN: usize = 16;

/// Bytes of a [`Gate`]: borrowed from the compiled-in data for a built-in pattern (building
/// the linter copies none), owned when computed.
pub type Bytes = Cow<'static, [u8]>;

/// Where a pattern can match: next to an occurrence of one of `literals` in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    /// `true`: every match starts with one of the literals; `false`: every match contains one
    /// of them, starting on a word start.
    pub anchored: bool,
    /// Lower-case literals, each starting with a word character and made of complete words
    /// (a literal may end in the separator after its last word).
    pub literals: Vec<Bytes>,
    /// At most how many bytes a match starts before the literal (0 when anchored), if bounded.
    pub before: Option<u32>,
    /// At most how many bytes a match ends after the start of the literal, if bounded.
    pub after: Option<u32>,
    /// What no match crosses: [`WITHIN_TEXT`], [`WITHIN_LINE`] or [`WITHIN_SENTENCE`].
    pub within: u8,
    /// With [`WITHIN_SENTENCE`]: how many bytes at a match's start and at its end may hold a
    /// sentence stop all the same (a pattern that starts where a sentence ends, `(^|[.!?\n] ?)`,
    /// or ends on its punctuation, `[.!]`). `[0, 0]` otherwise.
    pub edges: [u8; 2],
    /// When not `anchored`: the first words of the literals every match starts with, if every
    /// match starts a word with one of them (else empty). The engine then tries the pattern only
    /// where one of these words is in the window, anchored there.
    pub starts: Vec<Bytes>,
    /// Words one of which every match holds as a whole word, from a part of the pattern other
    /// than the literals (empty: none known). Before running the pattern around a literal, the
    /// engine checks that one of them is in the window: most literals occur in text the pattern
    /// does not match. The words are kept in one string, each followed by a space (one
    /// allocation per gate: building a linter reads a few hundred).
    pub needs: Bytes,
}

/// Owned [`Bytes`] of each of `v`.
fn owned(v: Vec<Vec<u8>>) -> Vec<Bytes> {
    v.into_iter().map(Cow::Owned).collect()
}

/// A match may hold any byte.
pub const WITHIN_TEXT: u8 = 0;
/// No match holds a line break (`\n`).
pub const WITHIN_LINE: u8 = 1;
/// No match holds a line break or sentence punctuation (`.`, `!`, `?`).
pub const WITHIN_SENTENCE: u8 = 2;

/// Can a match of `hir` hold byte `b`?
fn can_hold(hir: &Hir, b: u8) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(lit) => lit.0.contains(&b),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .any(|r| (r.start()..=r.end()).contains(&b)),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .any(|r| (r.start()..=r.end()).contains(&char::from(b)) || !r.end().is_ascii()),
        HirKind::Repetition(rep) => rep.max != Some(0) && can_hold(&rep.sub, b),
        HirKind::Capture(cap) => can_hold(&cap.sub, b),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => {
            parts.iter().any(|p| can_hold(p, b))
        }
    }
}

/// What no match of `hir` crosses, ignoring its edges.
fn crosses(hir: &Hir) -> u8 {
    if can_hold(hir, b'\n') {
        WITHIN_TEXT
    } else if b".!?".iter().any(|&b| can_hold(hir, b)) {
        WITHIN_LINE
    } else {
        WITHIN_SENTENCE
    }
}

/// The longest an edge of a match may be ([`Gate::edges`]).
const MAX_EDGE: usize = 4;

/// What no match of `hir` crosses and its edges (see [`Gate::within`] and [`Gate::edges`]): a
/// first or last part of at most [`MAX_EDGE`] bytes, none of them a word byte, may hold sentence
/// stops when the parts between them hold none.
fn within(hir: &Hir) -> (u8, [u8; 2]) {
    let whole = crosses(hir);
    let HirKind::Concat(parts) = hir.kind() else {
        return (whole, [0, 0]);
    };
    if whole == WITHIN_SENTENCE || parts.len() < 2 {
        return (whole, [0, 0]);
    }
    let edge = |p: &Hir| {
        if crosses(p) == WITHIN_SENTENCE {
            return Some(0);
        }
        if (0..=u8::MAX).any(|b| is_word_byte(b) && can_hold(p, b)) {
            return None;
        }
        p.properties()
            .maximum_len()
            .filter(|&n| n <= MAX_EDGE)
            .map(|n| n as u8)
    };
    let (Some(lead), Some(trail)) = (edge(&parts[0]), edge(&parts[parts.len() - 1])) else {
        return (whole, [0, 0]);
    };
    let inner = &parts[1..parts.len() - 1];
    if inner.iter().all(|p| crosses(p) == WITHIN_SENTENCE) {
        (WITHIN_SENTENCE, [lead, trail])
    } else {
        (whole, [0, 0])
    }
}

/// Words so common in replies that a literal starting with one is a poor gate.
const COMMON: &[&str] = &[
    "a", "about", "account", "after", "again", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "call", "email", "issue", "message", "problem", "refund", "team", "time", "today",
    "be", "been", "but", "by", "can", "could", "did", "do", "does", "for", "from", "get", "got",
    "had", "has", "have", "he", "help", "here", "how", "i", "if", "in", "is", "it", "just", "know",
    "let", "like", "me", "more", "my", "need", "no", "not", "now", "of", "on", "one", "or",
    "order", "our", "out", "please", "so", "than", "thank", "thanks", "that", "the", "their",
    "them", "then", "there", "they", "this", "to", "up", "us", "very", "want", "was", "we", "were",
    "what", "when", "which", "who", "will", "with", "would", "you", "your",
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// A literal as the word index can use it: starting with a word byte, cut to complete words
/// when it may continue (inexact or long), or `None` when nothing usable is left.
fn usable(lit: &[u8], exact: bool) -> Option<Vec<u8>> {
    if !lit.first().is_some_and(|&b| is_word_byte(b)) {
        return None;
    }
    let mut lit = lit;
    if !exact || lit.len() >= MAX_PREFIX_LEN {
        // Possibly cut short: keep only its complete words (and the separator after them).
        let cut = lit.iter().rposition(|&b| !is_word_byte(b))?;
        lit = &lit[..=cut];
        while lit.last().is_some_and(|&b| !is_word_byte(b)) {
            lit = &lit[..lit.len() - 1];
        }
        if lit.is_empty() {
            return None;
        }
    }
    Some(lit.to_ascii_lowercase())
}

/// The usable literals of a finite sequence, or `None`. `word_ends`: what follows an exact
/// literal in the pattern cannot continue its last word.
fn usable_all(seq: &Seq, word_ends: bool) -> Option<Vec<Vec<u8>>> {
    let lits = seq.literals()?;
    if lits.is_empty() {
        return None;
    }
    let mut out: Vec<Vec<u8>> = lits
        .iter()
        .map(|l| {
            let b = l.as_bytes();
            let complete = word_ends || b.last().is_some_and(|&c| !is_word_byte(c));
            usable(b, l.is_exact() && complete)
        })
        .collect::<Option<_>>()?;
    crate::sort::sort(&mut out);
    out.dedup();
    // A literal that another one starts (up to a word end) adds nothing: drop it.
    let covered = |l: &Vec<u8>, by: &Vec<u8>| {
        l.len() > by.len() && l.starts_with(by) && !is_word_byte(l[by.len()])
    };
    let all = out.clone();
    out.retain(|l| !all.iter().any(|by| covered(l, by)));
    Some(out)
}

/// How many useless hits a set of literals is expected to bring: a literal of common words only
/// costs much more than one with a rare word (the index keys on up to three words).
fn cost(lits: &[impl AsRef<[u8]>]) -> usize {
    lits.iter()
        .map(|l| {
            let words: Vec<&[u8]> = (l.as_ref())
                .split(|&b| !is_word_byte(b))
                .filter(|w| !w.is_empty())
                .take(3)
                .collect();
            let common = words
                .iter()
                .filter(|w| w.len() <= 2 || COMMON.iter().any(|c| c.as_bytes() == **w))
                .count();
            // Roughly how often such a literal occurs in a megabyte of replies.
            match (words.len(), common) {
                (n, c) if c < n => 1,
                (1, _) => 1000,
                (2, _) => 200,
                _ => 40,
            }
        })
        .sum()
}

fn extract(kind: ExtractKind, hir: &Hir) -> Seq {
    let mut seq = Extractor::new()
        .kind(kind)
        .limit_literal_len(MAX_PREFIX_LEN)
        .limit_total(1024)
        .extract(hir);
    seq.dedup();
    seq
}

fn is_boundary(hir: &Hir) -> bool {
    matches!(
        hir.kind(),
        HirKind::Look(
            Look::WordAscii
                | Look::WordUnicode
                | Look::WordEndAscii
                | Look::WordEndUnicode
                | Look::WordEndHalfAscii
                | Look::WordEndHalfUnicode
        )
    )
}

/// Does every match of `hir` start with a word boundary, a non-word byte or the end of the
/// text? (`false` when unsure.)
fn begins_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => {
            is_boundary(hir) || matches!(look, Look::End | Look::EndLF | Look::EndCRLF)
        }
        HirKind::Literal(lit) => lit.0.first().is_some_and(|&b| !is_word_byte(b)),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(|b| !is_word_byte(b))),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .all(|r| (r.start()..=r.end()).all(|c| c.is_ascii() && !is_word_byte(c as u8))),
        HirKind::Alternation(alts) => alts.iter().all(begins_boundary),
        HirKind::Capture(cap) => begins_boundary(&cap.sub),
        HirKind::Concat(parts) => starts_on_boundary(parts),
        HirKind::Repetition(rep) => rep.min >= 1 && begins_boundary(&rep.sub),
        HirKind::Empty => false,
    }
}

/// Does what `parts` match always start with a word boundary, a non-word byte or the end of
/// the text?
fn starts_on_boundary(parts: &[Hir]) -> bool {
    let Some((first, rest)) = parts.split_first() else {
        return false;
    };
    // An optional part (`( please)?`) that starts on one when it matches: then what follows
    // must start on one too.
    begins_boundary(first) || (optional_boundary(first) && starts_on_boundary(rest))
}

/// May `hir` match nothing, and does it start on a word boundary or a non-word byte whenever it
/// matches something?
fn optional_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Repetition(rep) => rep.min == 0 && begins_boundary(&rep.sub),
        HirKind::Capture(cap) => optional_boundary(&cap.sub),
        HirKind::Empty => true,
        _ => false,
    }
}

/// Does every match of `hir` end with a non-word byte, a word boundary or a start-of-text or
/// start-of-line assertion? (`false` when unsure.)
fn finishes_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(look) => {
            is_boundary(hir)
                || matches!(
                    look,
                    Look::Start
                        | Look::StartLF
                        | Look::StartCRLF
                        | Look::WordStartAscii
                        | Look::WordStartUnicode
                        | Look::WordStartHalfAscii
                        | Look::WordStartHalfUnicode
                )
        }
        HirKind::Literal(lit) => lit.0.last().is_some_and(|&b| !is_word_byte(b)),
        HirKind::Class(_) => begins_boundary(hir),
        HirKind::Alternation(alts) => alts.iter().all(finishes_boundary),
        HirKind::Capture(cap) => finishes_boundary(&cap.sub),
        HirKind::Repetition(rep) => rep.min >= 1 && finishes_boundary(&rep.sub),
        HirKind::Concat(parts) => {
            // Optional parts at the end: each must end well when present, and so must what
            // comes before them.
            for part in parts.iter().rev() {
                match part.kind() {
                    HirKind::Repetition(rep) if rep.min == 0 => {
                        if !finishes_boundary(&rep.sub) {
                            return false;
                        }
                    }
                    _ => return finishes_boundary(part),
                }
            }
            false
        }
        HirKind::Empty => false,
    }
}

/// Does every match of `parts` end with a non-word byte or a word-boundary assertion?
fn ends_on_boundary(parts: &[Hir]) -> bool {
    let Some(last) = parts.last() else {
        return false;
    };
    if finishes_boundary(&Hir::concat(parts.to_vec())) {
        return true;
    }
    if let HirKind::Look(look) = last.kind() {
        return matches!(
            look,
            Look::WordAscii
                | Look::WordUnicode
                | Look::WordStartAscii
                | Look::WordStartUnicode
                | Look::WordStartHalfAscii
                | Look::WordStartHalfUnicode
        );
    }
    let seq = extract(ExtractKind::Suffix, &Hir::concat(parts.to_vec()));
    seq.literals().is_some_and(|lits| {
        !lits.is_empty()
            && lits
                .iter()
                .all(|l| l.as_bytes().last().is_some_and(|&b| !is_word_byte(b)))
    })
}

/// Parse `pattern` as the engine runs it (bytes, ASCII classes) and choose its gate: the
/// literals every match starts with, or those of a later part of it that starts a word, whichever
/// are rarer. `None`: no usable finite set (the pattern runs over the whole text).
pub fn gate(pattern: &str) -> Result<Option<Gate>, String> {
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .nest_limit(100)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    let max_len = |parts: &[Hir]| {
        Hir::concat(parts.to_vec())
            .properties()
            .maximum_len()
            .and_then(|n| u32::try_from(n).ok())
    };
    let mut best: Option<(usize, Gate)> = None;
    let mut consider = |gate: Gate| {
        // A search around a literal reads a window; one starting at it dies out in a few bytes.
        let c = cost(&gate.literals) * if gate.anchored { 1 } else { 8 };
        if best.as_ref().is_none_or(|(b, _)| c < *b) {
            best = Some((c, gate));
        }
    };
    let whole_ends_word = match hir.kind() {
        HirKind::Concat(parts) => parts.last().is_some_and(is_boundary),
        _ => false,
    };
    if let Some(literals) = usable_all(&extract(ExtractKind::Prefix, &hir), whole_ends_word) {
        consider(Gate {
            anchored: true,
            literals: owned(literals),
            before: Some(0),
            after: hir
                .properties()
                .maximum_len()
                .and_then(|n| u32::try_from(n).ok()),
            within: WITHIN_TEXT,
            edges: [0, 0],
            starts: Vec::new(),
            needs: Bytes::Borrowed(&[]),
        });
    }
    if let HirKind::Concat(parts) = hir.kind() {
        for i in 1..parts.len() {
            let word_ends = starts_on_boundary(&parts[i + 1..]);
            let Some(literals) = usable_all(&extract(ExtractKind::Prefix, &parts[i]), word_ends)
            else {
                continue;
            };
            if ends_on_boundary(&parts[..i]) {
                consider(Gate {
                    anchored: false,
                    literals: owned(literals),
                    before: max_len(&parts[..i]),
                    after: max_len(&parts[i..]),
                    within: WITHIN_TEXT,
                    edges: [0, 0],
                    starts: Vec::new(),
                    needs: Bytes::Borrowed(&[]),
                });
            }
        }
    }
    let Some((_, mut best)) = best else {
        return Ok(None);
    };
    (best.within, best.edges) = within(&hir);
    // The literals every match starts with start a word when the pattern starts on one.
    if !best.anchored && begins_boundary(&hir) {
        if let Some(literals) = usable_all(&extract(ExtractKind::Prefix, &hir), whole_ends_word) {
            let mut starts: Vec<Vec<u8>> = literals
                .iter()
                .filter_map(|l| l.split(|&b| !is_word_byte(b)).next())
                .filter(|w| !w.is_empty())
                .map(<[u8]>::to_vec)
                .collect();
            crate::sort::sort(&mut starts);
            starts.dedup();
            // Every literal starts with a word byte, so each gave its first word.
            if !starts.is_empty() {
                best.starts = owned(starts);
            }
        }
    }
    best.needs = Bytes::Owned(
        needs(&hir, &best.literals, best.anchored)
            .iter()
            .flat_map(|w| w.iter().copied().chain([b' ']))
            .collect(),
    );
    Ok(Some(best))
}

/// The rarest whole word of `lit` (the longest of its uncommon words, else of its common ones;
/// the last of equals): a word inside it is whole (a non-word byte on each side), its first one
/// when `first_whole`, its last one when `last_whole`.
fn rarest_whole_word(lit: &[u8], first_whole: bool, last_whole: bool) -> Option<&[u8]> {
    let mut pick: Option<&[u8]> = None;
    let mut k = 0;
    while k < lit.len() {
        if !is_word_byte(lit[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < lit.len() && is_word_byte(lit[k]) {
            k += 1;
        }
        let word = &lit[start..k];
        let rank = |w: &[u8]| (!is_common(w), w.len());
        if (start > 0 || first_whole)
            && (k < lit.len() || last_whole)
            && pick.is_none_or(|p| rank(word) >= rank(p))
        {
            pick = Some(word);
        }
    }
    pick
}

/// Is `word` one of the [`COMMON`] words, or two letters or fewer?
fn is_common(word: &[u8]) -> bool {
    word.len() <= 2 || COMMON.iter().any(|c| c.as_bytes() == word)
}

/// The words of `hir` for [`Gate::needs`]: from each part of its sequence (groups opened) whose
/// literals are known (every match of the part starts with one), the rarest whole word of each literal; the part
/// whose words are rarest wins. A part none of whose words is in every one of the gate
/// `literals` (it would be in every window), and with at most one common word, else none; any
/// number when the gate is not `anchored` (a window search costs much more than a look at the
/// window's words).
fn needs(hir: &Hir, literals: &[impl AsRef<[u8]>], anchored: bool) -> Vec<Vec<u8>> {
    // The sequence of parts, with groups opened: "(^|[.!?] )(?P<span>nothing to discuss)" is a
    // boundary, "nothing", " to discuss".
    fn flatten(hir: &Hir, out: &mut Vec<Hir>) {
        match hir.kind() {
            HirKind::Concat(parts) => parts.iter().for_each(|p| flatten(p, out)),
            HirKind::Capture(cap) => flatten(&cap.sub, out),
            _ => out.push(hir.clone()),
        }
    }
    let mut flat = Vec::new();
    flatten(hir, &mut flat);
    let parts: &[Hir] = &flat;
    let words_of = |l: &[u8]| -> Vec<Vec<u8>> {
        l.split(|&b| !is_word_byte(b))
            .filter(|w| !w.is_empty())
            .map(<[u8]>::to_vec)
            .collect()
    };
    // The words of each gate literal. When every literal holds one of the chosen words, every
    // window does and they filter nothing; when only some do ("it is literally" beside "that
    // is"), the words still filter the others' windows.
    let gate_words: Vec<Vec<Vec<u8>>> = literals.iter().map(|l| words_of(l.as_ref())).collect();
    let in_every_literal = |chosen: &[Vec<u8>]| {
        !gate_words.is_empty()
            && gate_words
                .iter()
                .all(|ws| chosen.iter().any(|w| ws.contains(w)))
    };
    let mut best: Option<(usize, Vec<Vec<u8>>)> = None;
    let mut fallback: Option<(usize, Vec<Vec<u8>>)> = None;
    // From parts whose literals could gate a pattern (each starts a word and ends at a word
    // end), and from any part with known literals (" final"): the rarest words win.
    for loose in [false, true] {
        for i in 0..parts.len() {
            let word_ends = starts_on_boundary(&parts[i + 1..]);
            let seq = extract(ExtractKind::Prefix, &parts[i]);
            // (literal, is its last word whole?)
            let lits: Vec<(Vec<u8>, bool)> = if loose {
                match seq.literals().filter(|l| !l.is_empty()) {
                    Some(lits) => lits
                        .iter()
                        .map(|l| (l.as_bytes().to_vec(), l.is_exact() && word_ends))
                        .collect(),
                    None => continue,
                }
            } else {
                match usable_all(&seq, word_ends) {
                    Some(lits) => lits.into_iter().map(|l| (l, true)).collect(),
                    None => continue,
                }
            };
            // A word at the start of a literal is whole only when the part starts a word.
            let first_whole = if i == 0 {
                begins_boundary(&parts[0])
            } else {
                ends_on_boundary(&parts[..i])
            };
            let mut chosen: Vec<Vec<u8>> = Vec::with_capacity(lits.len());
            for (lit, last_whole) in &lits {
                match rarest_whole_word(lit, first_whole, *last_whole) {
                    Some(word) => chosen.push(word.to_vec()),
                    None => break,
                }
            }
            if chosen.len() != lits.len() || in_every_literal(&chosen) {
                continue;
            }
            crate::sort::sort(&mut chosen);
            chosen.dedup();
            let common = chosen.iter().filter(|w| is_common(w)).count();
            let cost = common * 1000 + chosen.len();
            // Words inside other literals compete only when none of them is common (" final");
            // a common one ("my") joins in only when no gate-like part gives words at all.
            let slot = if !loose || common == 0 {
                &mut best
            } else {
                &mut fallback
            };
            if (common <= 1 || !anchored) && slot.as_ref().is_none_or(|(c, _)| cost < *c) {
                *slot = Some((cost, chosen));
            }
        }
    }
    best.or(fallback)
        .map(|(_, words)| words)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lits(g: &Gate) -> Vec<&str> {
        g.literals
            .iter()
            .map(|l| std::str::from_utf8(l).unwrap())
            .collect()
    }

    #[test]
    fn a_rare_first_word_gates_at_the_start() {
        let g = gate(r"\bper (my|our) last (email|e mail)\b")
            .unwrap()
            .unwrap();
        assert!(g.anchored);
        assert_eq!(lits(&g), ["per my last", "per our last"]);
    }

    #[test]
    fn a_rare_later_word_beats_common_first_words() {
        // Three common words first, a rare one later: the later part gates the search.
        let g = gate(r"\b(it|this|that) (is|was) (simply )?(?P<span>elementary|trivial)\b")
            .unwrap()
            .unwrap();
        assert!(!g.anchored);
        assert_eq!(lits(&g), ["elementary", "trivial"]);
        // "that was simply " before the literal, "elementary" after its start.
        assert_eq!(g.before, Some(16));
        assert_eq!(g.after, Some(10));
    }

    #[test]
    fn two_words_with_a_rare_one_gate_at_the_start() {
        let g = gate(r"\b(your|the) (?P<span>whining|moaning)\b")
            .unwrap()
            .unwrap();
        assert!(g.anchored);
        assert_eq!(
            lits(&g),
            ["the moaning", "the whining", "your moaning", "your whining"]
        );
    }

    #[test]
    fn a_part_inside_a_word_is_never_a_gate() {
        // "ignor" may continue the word: only complete words gate.
        let g = gate(r"\byou ignor[a-z]+\b").unwrap().unwrap();
        assert!(g.anchored);
        assert_eq!(lits(&g), ["you"]);
        // "today" may be the start of "todays".
        assert_eq!(gate(r"[a-z]+ing (today)").unwrap(), None);
        assert_eq!(
            lits(&gate(r"[a-z]+ing (today)\b").unwrap().unwrap()),
            ["today"]
        );
    }

    #[test]
    fn a_window_gate_knows_the_words_matches_start_with() {
        let g = gate(r"\b(it|this|that) (is|was) (simply )?(?P<span>elementary|trivial)\b")
            .unwrap()
            .unwrap();
        assert!(!g.anchored);
        let starts: Vec<&[u8]> = g.starts.iter().map(|s| &**s).collect();
        assert_eq!(starts, [&b"it"[..], b"that", b"this"]);
        // Matches that may start inside a word, or with a sentence end: no such words.
        let g = gate(r"(it|this) (is|was) (simply )?(elementary|trivial)\b")
            .unwrap()
            .unwrap();
        assert!(!g.anchored && g.starts.is_empty());
        let g = gate(r"(^|[.!?] )(send|pay) it[.!]").unwrap().unwrap();
        assert!(!g.anchored && g.starts.is_empty());
        // An anchored gate already starts every match.
        assert!(gate(r"\bper my last email\b")
            .unwrap()
            .unwrap()
            .starts
            .is_empty());
    }

    #[test]
    fn a_gate_knows_words_every_match_needs() {
        let needs = |p| {
            let g = gate(p).unwrap().unwrap();
            String::from_utf8(g.needs.into_owned())
                .unwrap()
                .split_terminator(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        // One gate literal ("it is literally") holds the rare word, the others ("that is") do
        // not: the word still filters their windows.
        assert_eq!(
            needs(r"\b(it is|that is|this is) literally (on|in|at|under|one|just|right|two)\b"),
            ["literally"]
        );
        assert_eq!(
            needs(r"\bthank(s| you)( for [a-z ]{1,30})?, i guess\b"),
            ["guess"]
        );
        // Gated on "policy": the verb after it must be there too.
        assert_eq!(
            needs(r"\b(our |the |company )?policy (clearly |explicitly )?(states|says)\b"),
            ["says", "states"]
        );
        // The rarest word of each literal ("tomorrow", not "by"); one common word ("now") is
        // allowed, two only around a window gate.
        assert_eq!(
            needs(r"\b(send|pay) (it )?(today|now)\b"),
            Vec::<String>::new()
        );
        assert_eq!(
            needs(r"(^|[.!?] )(send|pay) [^.!?\n]{0,40}?\b(today|now)\b"),
            ["now", "today"]
        );
        assert_eq!(
            needs(r"(^|[.!?] )(send|pay) [^.!?\n]{0,40}?\b(tonight|now|by tomorrow)\b"),
            ["now", "tomorrow", "tonight"]
        );
        // A word is whole when an optional part that starts on a boundary, and then a
        // non-word byte, come after it.
        assert_eq!(
            needs(r"(^|[.!?] )(send|pay) [^.!?\n]{0,40}?\b(today|now)( please)?[.!]"),
            ["now", "today"]
        );
        assert_eq!(
            needs(r"(^|[.!?] )(send|pay) [^.!?\n]{0,40}?\b(today|now)( please)?[a-z]"),
            Vec::<String>::new()
        );
        // Words inside other literals too (", not " gives "not"), and they win when rarer
        // (" final", not "are" or "is").
        assert_eq!(needs(r"\b(ask|call) [a-z ]{1,25}, not (us|me)\b"), ["not"]);
        assert_eq!(
            needs(r"\b(our|the) ([a-z]+ )?(terms|policy|rules) (are|is) final\b"),
            ["final"]
        );
        // A common word inside another literal (" my ") does not displace a gate-like part.
        assert_eq!(
            needs(
                r"\b(this|that|it) (is|was) (in|covered in|explained in) my (last|previous) email\b"
            ),
            ["covered", "explained", "in"]
        );
        assert_eq!(
            needs(r"\b(ask|call) [a-z ]{1,25}, no(us|me)\b"),
            Vec::<String>::new()
        );
        // A part that may be empty, or that may start inside a word, is no help.
        assert_eq!(needs(r"\bper my last (e ?mail)?"), Vec::<String>::new());
        assert_eq!(
            needs(r"\bcalm down[a-z]*(now|today)\b"),
            Vec::<String>::new()
        );
        // Words the gate literals hold are there anyway.
        assert_eq!(needs(r"\bper my last email\b"), Vec::<String>::new());
        // Common words only: not worth a check.
        assert_eq!(
            needs(r"\bunreasonable (to|for) (you|me|us)\b"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn what_matches_never_cross() {
        let within = |p| {
            let g = gate(p).unwrap().unwrap();
            (g.within, g.edges)
        };
        let sentence = |lead, trail| (WITHIN_SENTENCE, [lead, trail]);
        assert_eq!(within(r"\bcalm (down|it)\b"), sentence(0, 0));
        assert_eq!(within(r"\bcalm down[^,]{0,9}now\b"), (WITHIN_TEXT, [0, 0]));
        assert_eq!(within(r"\bcalm down[^\n]{0,9}now\b"), (WITHIN_LINE, [0, 0]));
        assert_eq!(within(r"\bcalm down\s+now\b"), (WITHIN_TEXT, [0, 0]));
        // Sentence stops at a match's edges only.
        assert_eq!(within(r"\bcalm down[.!]"), sentence(0, 1));
        assert_eq!(within(r"(^|[.!?\n] )(send|pay) it\b"), sentence(2, 0));
        assert_eq!(
            within(r"(^|[.!?\n:] ?)(send|pay) it( now)?[.!]"),
            sentence(2, 1)
        );
        // Not when a stop may be further in, or an edge holds words or may be long.
        assert_eq!(
            within(r"(^|[.!?\n] )(send|pay) it\. now\b"),
            (WITHIN_TEXT, [0, 0])
        );
        assert_eq!(
            within(r"(^|[.!?\n] )(send|pay) it[^x]{0,9}\b"),
            (WITHIN_TEXT, [0, 0])
        );
        assert_eq!(
            within(r"(^|[.!?\n] a )(send|pay) it\b"),
            (WITHIN_TEXT, [0, 0])
        );
        assert_eq!(
            within(r"( |[.!?\n]+)(send|pay) it\b"),
            (WITHIN_TEXT, [0, 0])
        );
        assert_eq!(within(r"\bcalm down[.!]{2,5}"), (WITHIN_LINE, [0, 0]));
    }

    #[test]
    fn no_finite_set_means_no_gate() {
        // A sentence start before a part counts as a word boundary.
        let g = gate(r"(^|[.!?] )(send|pay) it[.!]").unwrap().unwrap();
        assert!(!g.anchored);
        assert_eq!(lits(&g), ["pay", "send"]);
        assert_eq!(gate(r"[a-z]+ now").unwrap(), None);
        assert!(gate(r"(unclosed").is_err());
    }
}
