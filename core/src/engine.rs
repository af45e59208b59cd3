//! The rule engine: compiles rule packs once, then lints any number of texts.

use std::borrow::Cow;
use std::collections::{HashMap as StdHashMap, HashSet as StdHashSet};

/// The linter's maps: keys are its own rule ids and phrases, so a fast fixed-seed hash will do.
type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::FixedState>;
/// See [`HashMap`].
type HashSet<K> = StdHashSet<K, foldhash::fast::FixedState>;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use regex_automata::meta::Regex as MetaRegex;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax::Config as SyntaxConfig;

use crate::blob::builtin_packs;
use crate::fit::{self, Shape};
use crate::norm::{ascii_word_end, block_index, block_range, swap_key, swap_parts, INTENSIFIERS};
use crate::prefix::{Gate, WITHIN_LINE, WITHIN_SENTENCE};
use crate::spec::{Pack, RuleSpec, Text};
use crate::text::{
    bytes_regex, is_word_char, normalize_phrase, on_word_boundaries, Document, Normalized,
};
use crate::types::{
    Applicability, Category, Config, ConfigError, Finding, Marker, MarkerKind, Report, RuleInfo,
    Score, Severity, Suggestion, Swap,
};
use crate::{score, sort};

/// A structural check done in code.
#[derive(Debug)]
enum Check {
    /// The body is at most `max_words` words and whole sentences are bare phrases.
    BareReply {
        phrases: HashSet<String>,
        max_words: usize,
    },
    /// The whole body is one to `max_words` words ending in a full stop, with no warm word
    /// (`allow`), no `!`, `?` or emoji, and no other finding in it: a telegraphic reply
    /// ("Already refunded.", "Date gone.").
    TerseReply {
        allow: HashSet<String>,
        max_words: usize,
    },
    /// The body opens with a sentence that is one of `phrases` ("Noted.", "Received."), and
    /// more follows it. `longest`: the byte length of the longest phrase.
    ColdOpener {
        phrases: HashSet<String>,
        longest: usize,
    },
    /// Runs of ALL-CAPS words, and one of `alone` in capitals by itself ("I need it NOW").
    Shouting {
        allow: HashSet<String>,
        alone: HashSet<String>,
    },
    /// Acronyms nobody explains: capitals that are not a known acronym or a word written in
    /// capitals (`allow`).
    Acronym { allow: HashSet<String> },
    /// A clause that says a thing is itself ("The rules are the rules.", "a deadline's a
    /// deadline, I'm afraid"), unless the thing is one of `allow` ("that's that", "enough is
    /// enough" belong to other rules).
    Tautology { allow: HashSet<String> },
}

/// Context phrases that cancel a match. Phrases right before or after a match are compared in
/// place; phrases anywhere in the sentence are found by the index, as ids of the linter's
/// sentence phrases (sorted).
#[derive(Debug, Default)]
struct Filters {
    before: Vec<Text>,
    after: Vec<Text>,
    sentence: Vec<u32>,
    /// Like `sentence`, but two or more different ones anywhere in the match's paragraph.
    paragraph: Vec<u32>,
    /// Like `sentence`, but only phrases after the match count.
    later: Vec<u32>,
}

/// The sentence context phrases of a linter, each stored once, with ids.
#[derive(Debug, Default)]
struct Contexts {
    ids: HashMap<Cow<'static, str>, u32>,
}

impl Contexts {
    fn ids(&mut self, phrases: Vec<Cow<'static, str>>) -> Vec<u32> {
        let mut out: Vec<u32> = phrases
            .into_iter()
            .map(|p| {
                let next = self.ids.len() as u32;
                *self.ids.entry(p).or_insert(next)
            })
            .collect();
        sort::sort(&mut out);
        out.dedup();
        out
    }
}

/// Phrases (never empty) without repeats, sorted by their last byte when `by_last`, else in
/// byte order (so by first byte). `ready`: they already are (the built-in packs store them so).
fn phrase_set(mut phrases: Vec<Text>, by_last: bool, ready: bool) -> Vec<Text> {
    if !ready {
        let last = |p: &Text| by_last.then(|| p.as_bytes().last().copied());
        sort::sort_by(&mut phrases, |a, b| (last(a), a).cmp(&(last(b), b)));
        phrases.dedup();
    }
    phrases
}

/// The phrases of `sorted` (sorted by the byte `key` picks) whose byte is `b`.
fn with_byte(sorted: &[Text], key: impl Fn(&[u8]) -> u8, b: u8) -> &[Text] {
    let lo = sorted.partition_point(|p| key(p.as_bytes()) < b);
    let hi = lo + sorted[lo..].partition_point(|p| key(p.as_bytes()) == b);
    &sorted[lo..hi]
}

impl Filters {
    /// Does the context around normalised `start..end` cancel the match? `hits` holds where the
    /// sentence context phrases occur.
    fn cancels(&self, doc: &Document<'_>, hits: &Hits, start: usize, end: usize) -> bool {
        let text = doc.norm.text.as_str();
        let norm = text.as_bytes();
        if !self.before.is_empty() {
            let mut b = start;
            while b > 0 && norm[b - 1] == b' ' {
                b -= 1;
            }
            // A phrase ending at `b` that starts a word.
            let head = &text[..b];
            let last = |p: &[u8]| p[p.len() - 1];
            let candidates = head
                .as_bytes()
                .last()
                .map_or(&[][..], |&l| with_byte(&self.before, last, l));
            if candidates.iter().any(|p| {
                head.ends_with(&**p)
                    && !head[..b - p.len()]
                        .chars()
                        .next_back()
                        .is_some_and(is_word_char)
            }) {
                return true;
            }
        }
        if !self.after.is_empty() {
            let mut a = end;
            while a < norm.len() && norm[a] == b' ' {
                a += 1;
            }
            // A phrase starting at `a` that ends a word.
            let tail = &text[a..];
            let candidates = tail
                .as_bytes()
                .first()
                .map_or(&[][..], |&f| with_byte(&self.after, |p| p[0], f));
            if candidates.iter().any(|p| {
                tail.starts_with(&**p) && !tail[p.len()..].chars().next().is_some_and(is_word_char)
            }) {
                return true;
            }
        }
        if !self.paragraph.is_empty() && self.in_paragraph(doc, hits, start, end) {
            return true;
        }
        if !self.sentence.is_empty() || !self.later.is_empty() {
            let (a, b) = doc.sentence(start, end);
            if Index::context_from(hits, a)
                .iter()
                .take_while(|c| c.1 < b)
                .any(|&(id, s, e)| {
                    e <= b
                        && ((self.sentence.binary_search(&id).is_ok()
                            && !(e <= start && but_between(text, e, start)))
                            || (s >= end && self.later.binary_search(&id).is_ok()))
                        && doc.on_word_boundaries(s, e)
                        && !negated(text, s, e)
                })
            {
                return true;
            }
        }
        false
    }

    /// Does the paragraph around normalised `start..end` hold two or more different phrases of
    /// `paragraph`? Blank lines end a paragraph; they are read in the original text (the
    /// normalised one keeps one line break of a run).
    fn in_paragraph(&self, doc: &Document<'_>, hits: &Hits, start: usize, end: usize) -> bool {
        let (s, e) = doc.norm.original(start, end);
        let (from, to) = crate::text::paragraph_around(doc.text, s, e);
        let at = |c: &(u32, usize, usize)| doc.norm.original(c.1, c.2);
        let first = hits.context.partition_point(|c| at(c).0 < from);
        let mut seen: Option<u32> = None;
        for c in &hits.context[first..] {
            let (cs, ce) = at(c);
            if cs >= to {
                break;
            }
            if ce <= to
                && self.paragraph.binary_search(&c.0).is_ok()
                && doc.on_word_boundaries(c.1, c.2)
            {
                match seen {
                    Some(id) if id != c.0 => return true,
                    _ => seen = Some(c.0),
                }
            }
        }
        false
    }
}

/// Does a parenthesis open in the last 32 bytes of `before` and stay open to its end? Only the
/// tail is read, so a long text without a parenthesis costs nothing per term.
fn opens_near(before: &str) -> bool {
    let mut from = before.len().saturating_sub(32);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    before[from..].rfind('(').is_some_and(|open| {
        before.len() - (from + open) <= 32 && !before[from + open..].contains(')')
    })
}

/// Where `needle` occurs in `hay`, left to right and not overlapping (as `str::match_indices`
/// finds it), with [`crate::mask::find`]: the needles here are a few bytes long and the haystacks
/// a few hundred, where setting up `str`'s two-way search costs more than the search.
fn occurrences<'a>(hay: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        if n.is_empty() {
            return None;
        }
        let i = crate::mask::find(h, at, n)?;
        at = i + n.len();
        Some(i)
    })
}

/// Is the term at `s..e` of `text` [`explained`] there or at another of its occurrences (the
/// same bytes, as a whole word) in its paragraph, within [`GLOSS_REACH`] bytes of it?
fn explained_anywhere(text: &str, s: usize, e: usize) -> bool {
    if explained(text, s, e) {
        return true;
    }
    // The window: GLOSS_REACH bytes either side, cut at the paragraph's blank lines.
    let mut lo = s.saturating_sub(GLOSS_REACH);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (e + GLOSS_REACH).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    if let Some(i) = text[lo..s].rfind("\n\n") {
        lo += i + 2;
    }
    if let Some(i) = text[e..hi].find("\n\n") {
        hi = e + i;
    }
    let term = &text[s..e];
    // A few occurrences are enough: a term said twenty times in a paragraph is not glossed on its
    // twentieth, and a run of repeats must not cost the square of its length.
    occurrences(&text[lo..hi], term).take(8).any(|i| {
        let (at, end) = (lo + i, lo + i + term.len());
        at != s
            && !text[..at].chars().next_back().is_some_and(is_word_char)
            && !text[end..].chars().next().is_some_and(is_word_char)
            && explained(text, at, end)
    })
}

/// Is `s..e` of `text` on a line that signs the reply off: one of its last two lines with
/// words, of at most four words each starting with a capital or a digit and no `.`, `!` or `?`,
/// below a line that ends with a comma ("Kind regards,") or a name of one or two words ("Hugo")?
/// "Kind regards,\nDevOps Support" is a signature, not jargon.
fn signature_line(text: &str, s: usize, e: usize) -> bool {
    // A signature line is short: its ends are looked for 64 bytes either side at most.
    let (Some(line_start), Some(line_end)) =
        (line_start_near(text, s, 64), line_end_near(text, e, 64))
    else {
        return false;
    };
    // Four words fit in 60 bytes; a longer line is prose.
    let short_title = |l: &str| {
        l.len() <= 60
            && !l.ends_with(['.', '!', '?', ':'])
            && (1..=4).contains(&l.split_whitespace().count())
            && l.split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    };
    if !short_title(text[line_start..line_end].trim()) {
        return false;
    }
    // At most one more line with words below it, itself short.
    let mut below = text[line_end..].lines().filter(|l| !l.trim().is_empty());
    if !below.next().is_none_or(|l| short_title(l.trim())) || below.next().is_some() {
        return false;
    }
    let above = text[..line_start].trim_end();
    let prev = &above[above.rfind('\n').map_or(0, |i| i + 1)..];
    !prev.is_empty()
        && (prev.ends_with(',') || (prev.split_whitespace().count() <= 2 && short_title(prev)))
}

/// How far from a term [`explained_anywhere`] looks for the same term explained.
const GLOSS_REACH: usize = 256;

/// Words that open a clause describing the noun before them ("the code you need", "the team
/// that handles", "the form we sent"), for [`explained`].
const RELATIVE: [&str; 15] = [
    "you", "that", "which", "who", "whose", "where", "we", "used", "for", "to", "printed", "shown",
    "found", "listed", "written",
];

/// Is there a "but" between normalised bytes `from` and `to` of `text`? Sympathy that a "but"
/// takes back ("I understand, but that's ridiculous") does not soften what follows it.
fn but_between(text: &str, from: usize, to: usize) -> bool {
    text[from..to]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "but")
}

/// Auxiliaries whose negation turns a context phrase around: "so I can" (help) is no longer
/// an offer in "so I can not comment".
const AUXILIARIES: [&str; 18] = [
    "can", "will", "would", "could", "should", "do", "does", "did", "am", "is", "are", "was",
    "were", "have", "has", "had", "may", "might",
];

/// Words after "I have" that make it no step taken for the customer: possession ("I have got
/// nothing more to add"), talk already had ("I have answered your question", "I have told
/// you twice") or a temper lost ("I have had enough").
const NOT_A_STEP: [&str; 9] = [
    "got",
    "had enough",
    "answered",
    "explained",
    "told",
    "said",
    "mentioned",
    "replied",
    "stated",
];

/// Is the context phrase at normalised `s..e` of `text` turned around by the words next to it:
/// one that ends in one of [`AUXILIARIES`] negated ("so I can not"), one that ends in "have"
/// before one of [`NOT_A_STEP`] ("I have got nothing more to add" is not "I have asked the
/// team"), or one that starts with "let" after "not" ("the system will not let me" is no offer
/// as "let me check" is)?
fn negated(text: &str, s: usize, e: usize) -> bool {
    let phrase = &text[s..e];
    let last = phrase.rsplit(' ').next().unwrap_or("");
    let followed_by = |word: &str| {
        text[e..]
            .strip_prefix(' ')
            .and_then(|rest| rest.strip_prefix(word))
            .is_some_and(|rest| !rest.chars().next().is_some_and(is_word_char))
    };
    let after_not = || {
        text[..s]
            .strip_suffix(' ')
            .and_then(|head| head.strip_suffix("not"))
            .is_some_and(|head| !head.chars().next_back().is_some_and(is_word_char))
    };
    (AUXILIARIES.contains(&last) && followed_by("not"))
        || (matches!(last, "have" | "has") && NOT_A_STEP.iter().any(|w| followed_by(w)))
        || (phrase.split(' ').next() == Some("let") && after_not())
}

#[derive(Debug)]
struct CompiledRule {
    /// Where the rule's [`RuleInfo`] is in [`Linter::rules`].
    info: u32,
    /// The rule's id, message and why, shared by its findings.
    texts: [Arc<str>; 3],
    severity: Severity,
    patterns: Vec<LazyPattern>,
    filters: Filters,
    check: Option<Check>,
    /// The rule's suggestions as a finding gives them: [inside a sentence, starting one] (see
    /// [`match_case`]), with where each can stand.
    suggestions: Box<[RuleSuggestion]>,
    /// The rule's swaps, sorted by the flagged words they replace (normalised, see [`swap_key`]).
    swaps: Box<[(Box<str>, RuleSuggestion)]>,
    /// The first and the last words of the swaps' phrases: flagged words that start or end on
    /// none of them have no swap, which is known without normalising them.
    swap_words: [Box<[Box<str>]>; 2],
}

/// At most this many of a rule's suggestions are offered (bits of a finding's fit mask); bits
/// from here on are for its swaps.
const SUGGESTION_BITS: usize = 48;

/// Can `span` have one of the swaps whose phrases start on one of `words[0]` and end on one of
/// `words[1]`? Its first and last words are among them, or are words that normalising changes
/// (a negative contraction: "isn't" is "is not"; chat shorthand: "u" is "you"; an intensifier;
/// "just"), which only normalising tells.
fn may_swap(words: &[Box<[Box<str>]>; 2], span: &str) -> bool {
    let listed = |list: &[Box<str>], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let trimmed = span.trim_matches(|c: char| !c.is_alphanumeric());
    let at = |w: &str| w.as_ptr() as usize - span.as_ptr() as usize;
    let unsure = |w: &str, whole: &str| {
        !whole.chars().all(char::is_alphanumeric)
            && (whole.contains("n't") || whole.contains("n\u{2019}t"))
            || INTENSIFIERS.iter().any(|x| x.eq_ignore_ascii_case(w))
            || crate::norm::word_rewritten(span, at(w), at(w) + w.len())
    };
    // The first word, and the whole token it starts ("isn't").
    let token = trimmed.split(char::is_whitespace).next().unwrap_or("");
    let first = token
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let last_token = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let last = last_token
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    (unsure(first, token) || listed(&words[0], first))
        && (last.len() != last_token.len() || unsure(last, last_token) || listed(&words[1], last))
}

/// A suggestion as findings give it: cased for inside a sentence and for its start, with its
/// shape.
fn compile_suggestion(s: &Suggestion) -> RuleSuggestion {
    let cased = [false, true].map(|start| match match_case(start, &s.text) {
        same if *same == *s.text => s.text.clone(),
        other => Arc::from(other),
    });
    (cased, s.applicability, fit::shape(&s.text))
}

/// A rule's suggestion: its text [inside a sentence, starting one], applicability, and shape.
type RuleSuggestion = ([Arc<str>; 2], Applicability, Shape);

#[derive(Debug)]
struct CompiledMarker {
    kind: MarkerKind,
    patterns: Vec<LazyPattern>,
    filters: Filters,
}

/// A compiled rule set. Build it once ([`Linter::new`] or [`Linter::builtin`]) and reuse it for
/// every text; it is `Send + Sync`.
#[derive(Debug)]
pub struct Linter {
    rules: Vec<CompiledRule>,
    infos: Vec<RuleInfo>,
    markers: Vec<CompiledMarker>,
    /// Every phrase, pattern prefix, acronym and allowed phrase, in one index.
    index: Index,
    /// For each term: (rule, the term as written, expansion written as `TERM = expansion`).
    term_owner: Vec<(u32, Box<str>, Option<String>)>,
    /// All rule patterns in one set, to find in one pass which ones can match at all.
    rule_set: PatternSet,
    /// All marker patterns in one set.
    marker_set: PatternSet,
    /// The rules with a structural check, in rule order: the only ones a lint loops over.
    checked: Vec<u32>,
    /// The most words a body may have for any bare-reply rule to flag it (0 without such rules).
    reply_words: usize,
    /// Buffers of finished lints, reused by the next ones (see [`Spare`]).
    spares: Mutex<Vec<Spare>>,
}

/// The buffers of one finished lint (its normalised text and its hits). Reusing them spares a
/// long text the allocations, and the fresh pages the allocator hands out for them, on every
/// lint: page faults were about a quarter of linting 1 MB on the 2-core machine.
#[derive(Debug, Default)]
struct Spare {
    norm: Normalized,
    hits: Hits,
}

/// At most this many spares are kept (one per thread linting at once, in practice)...
const MAX_SPARES: usize = 4;
/// ...each holding at most this many bytes, so one huge text does not pin its buffers.
const MAX_SPARE_BYTES: usize = 32 << 20;

/// Byte classes of [`words`]: 1 for an ASCII word byte, 2 for the first byte of a non-ASCII
/// char, 3 for a line break or sentence punctuation (see [`Stops`]), 0 for any other byte.
static WORD_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' => 1,
            0xC0..=0xFF => 2,
            b'\n' | b'.' | b'!' | b'?' => 3,
            _ => 0,
        };
        b += 1;
    }
    t
};

/// One word of a text (a run of word chars) for the [`Index`].
#[derive(Debug, Clone, Copy)]
struct Word {
    start: u32,
    /// [`hash_bytes`] of the word.
    hash: u64,
    /// [`hash_bytes`] of the bytes between the previous word and this one.
    sep: u64,
}

/// A hash of a short byte string (a word or the gap between two words), eight bytes at a time.
fn hash_bytes(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = 0x243F_6A88_85A3_08D3 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        h = (h ^ x).wrapping_mul(K).rotate_left(23);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let x = rest
            .iter()
            .enumerate()
            .fold(0u64, |x, (k, &b)| x | u64::from(b) << (8 * k));
        h = (h ^ x).wrapping_mul(K).rotate_left(23);
    }
    h ^ (h >> 29)
}

/// [`hash_bytes`] of `all[start..end]`. A span of at most eight bytes with eight bytes to read
/// from its start (most words and gaps) is read in one load, its extra bytes masked off.
#[inline]
fn hash_span(all: &[u8], start: usize, end: usize) -> u64 {
    let len = end - start;
    match all.get(start..start + 8) {
        Some(chunk) if len <= 8 => {
            let mut h = 0x243F_6A88_85A3_08D3 ^ len as u64;
            if len > 0 {
                let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"))
                    & (u64::MAX >> (64 - 8 * len));
                h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
            }
            h ^ (h >> 29)
        }
        _ => hash_bytes(&all[start..end]),
    }
}

/// The length of the word char at `i` of `hay`, or 0 when the char there is not one.
#[inline]
fn word_char_len(hay: &str, i: usize) -> usize {
    match WORD_CLASS[hay.as_bytes()[i] as usize] {
        1 => 1,
        0 | 3 => 0,
        _ => {
            let c = hay[i..].chars().next().expect("i is on a char boundary");
            if is_word_char(c) {
                c.len_utf8()
            } else {
                0
            }
        }
    }
}

/// Where a text has line breaks and sentence punctuation, for [`Gate::within`].
#[derive(Debug, Default)]
struct Stops {
    /// Where the line breaks are, in order.
    lines: Vec<u32>,
    /// Where the line breaks, `.`, `!` and `?` are, in order.
    sentences: Vec<u32>,
}

/// The words of `hay`, into `out`, and its [`Stops`] into `stops`.
fn words(hay: &str, out: &mut Vec<Word>, stops: &mut Stops) {
    let bytes = hay.as_bytes();
    let n = bytes.len();
    let class = |i: usize| WORD_CLASS[bytes[i] as usize];
    let mut i = 0;
    let mut last_end = 0;
    while i < n {
        // Between words.
        match class(i) {
            0 => {
                i += 1;
                continue;
            }
            3 => {
                if bytes[i] == b'\n' {
                    stops.lines.push(i as u32);
                }
                stops.sentences.push(i as u32);
                i += 1;
                continue;
            }
            1 => {}
            _ => {
                let len = word_char_len(hay, i);
                if len == 0 {
                    i += hay[i..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
            }
        }
        // A word: ASCII word bytes in a tight loop, other chars one by one.
        let start = i;
        loop {
            i = ascii_word_end(bytes, i, true);
            if i == n || class(i) != 2 {
                break;
            }
            let len = word_char_len(hay, i);
            if len == 0 {
                break;
            }
            i += len;
        }
        out.push(Word {
            start: start as u32,
            hash: hash_span(bytes, start, i),
            sep: hash_span(bytes, last_end, start),
        });
        last_end = i;
    }
}

/// The [`Index`] key of a phrase (what [`words`] and [`key_more`] make of its first
/// [`KEY_WORDS`] words), or `None` when it does not start with a word.
#[cfg(test)]
fn phrase_key(phrase: &str) -> Option<u64> {
    phrase_keys(phrase).map(|(keys, n)| keys[n - 1])
}

/// The keys of a phrase's first word, first two words and first three words (as many as it has
/// words, at most [`KEY_WORDS`]) and how many, or `None` when it does not start with a word.
fn phrase_keys(phrase: &str) -> Option<([u64; KEY_WORDS], usize)> {
    let bytes = phrase.as_bytes();
    let n = bytes.len();
    let (mut i, mut last_end, mut count) = (0, 0, 0);
    let mut key = 0;
    let mut keys = [0; KEY_WORDS];
    while i < n && count < KEY_WORDS {
        let len = word_char_len(phrase, i);
        if len == 0 {
            if count == 0 {
                return None;
            }
            i += phrase[i..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        let start = i;
        i += len;
        while i < n {
            let len = word_char_len(phrase, i);
            if len == 0 {
                break;
            }
            i += len;
        }
        let word = hash_bytes(&bytes[start..i]);
        key = if count == 0 {
            word
        } else {
            key_more(key, hash_bytes(&bytes[last_end..start]), word)
        };
        keys[count] = key;
        last_end = i;
        count += 1;
    }
    (count > 0).then_some((keys, count))
}

/// [`phrase_keys`] of the phrase `all[start..end]`, and whether the phrase is [`Entry::exact`]
/// (ASCII, to be sure that its words are what [`words`] takes them for, and ending where its
/// last keyed word does). An ASCII phrase is read byte by byte, its words and gaps hashed in one
/// load each ([`hash_span`] may read past `end`, never hashing it).
fn phrase_keys_in(all: &str, start: usize, end: usize) -> Option<([u64; KEY_WORDS], usize, bool)> {
    let bytes = all.as_bytes();
    if !bytes[start..end].is_ascii() {
        return phrase_keys(&all[start..end]).map(|(keys, n)| (keys, n, false));
    }
    let (mut i, mut last_end, mut count) = (start, start, 0);
    let mut key = 0;
    let mut keys = [0; KEY_WORDS];
    while i < end && count < KEY_WORDS {
        if WORD_CLASS[bytes[i] as usize] != 1 {
            if count == 0 {
                return None;
            }
            i += 1;
            continue;
        }
        let word_start = i;
        while i < end && WORD_CLASS[bytes[i] as usize] == 1 {
            i += 1;
        }
        let word = hash_span(bytes, word_start, i);
        key = if count == 0 {
            word
        } else {
            key_more(key, hash_span(bytes, last_end, word_start), word)
        };
        keys[count] = key;
        last_end = i;
        count += 1;
    }
    (count > 0).then_some((keys, count, last_end == end))
}

/// The key of a phrase one word longer than the phrase keyed `h`: `sep` and `word` are the
/// hashes of the separator and the added word.
fn key_more(h: u64, sep: u64, word: u64) -> u64 {
    (h ^ sep)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        .rotate_left(31)
        ^ word
}

/// The first slot to try for `key` in a table of `size` slots (a power of two). The top bits:
/// the filter uses the bits of another multiple.
fn slot_of(key: u64, size: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - size.trailing_zeros())) as usize
}

/// The filter bit of a key.
fn filter_bit(key: u64) -> usize {
    (key.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - FILTER_BITS.trailing_zeros())) as usize
}

/// What an entry of the [`Index`] belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Kind {
    /// A phrase of a rule (owner: rule).
    Rule = 1,
    /// A phrase of a warm marker (owner: marker).
    Marker = 2,
    /// A prefix of a rule pattern (owner: pattern in the rule set).
    RuleGate = 4,
    /// A prefix of a marker pattern (owner: pattern in the marker set).
    MarkerGate = 8,
    /// An acronym, in lower case (owner: term); the original must match its case.
    Term = 16,
    /// A phrase never flagged.
    Allow = 32,
    /// A phrase that cancels matches anywhere in their sentence (owner: its id).
    Context = 64,
}

/// Kinds needed to lint.
const LINT_KINDS: u8 = Kind::Rule as u8
    | Kind::RuleGate as u8
    | Kind::Term as u8
    | Kind::Allow as u8
    | Kind::Context as u8;
/// Kinds needed to score.
const MARKER_KINDS: u8 = Kind::Marker as u8 | Kind::MarkerGate as u8 | Kind::Context as u8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// Where the normalised phrase is in [`Index::phrases`].
    start: u32,
    len: u32,
    kind: Kind,
    /// The phrase is its key's words and the gaps between them, nothing more: a text whose
    /// words have its key holds the phrase there (the key is a 64-bit hash of every byte of it),
    /// no comparison needed. Set in the copies in [`Index::lists`] only.
    exact: bool,
    owner: u32,
}

/// Phrases are keyed by up to this many first words.
const KEY_WORDS: usize = 3;

/// Bits in the [`Index`] filter.
const FILTER_BITS: usize = 1 << 15;

/// Every phrase of a linter (rule and marker phrases, pattern prefixes, acronyms, allowed
/// phrases), indexed by the hash of its first one to three words. A text is matched in one pass
/// over its words: per word, three hashes and three bit tests, and a hash lookup only for the
/// few words whose bit is set. Building costs next to nothing.
#[derive(Debug)]
struct Index {
    /// Bit `hash % FILTER_BITS` is set for every key.
    filter: Box<[u64]>,
    /// The same for the keys of a key's first word and first two words, when the key is longer:
    /// a text's next word is only hashed on when this bit of its words so far is set.
    longer: Box<[u64]>,
    /// The keyed tables as one block of bytes, in the layout [`Layout`] reads (what an
    /// [`IndexCache`] keeps between runs).
    table: Vec<u8>,
    /// Where in `table` the slots are: open addressing on keys (the hash of a phrase up to the
    /// end of its third word, or its last word when it is shorter), [`SLOT_BYTES`] little-endian
    /// bytes a slot (key, start, len): where the key's entries are in `lists` (`len` 0: empty
    /// slot). A collision costs one extra comparison, never a wrong match.
    slots: std::ops::Range<usize>,
    /// The entries, grouped by key, in entry order within a key: a key's entries are one run,
    /// not a list of numbers to look up. In `table` they are entry numbers, four little-endian
    /// bytes each, with bit [`EXACT`] set for an [`Entry::exact`] one.
    lists: Vec<Entry>,
    /// Whether the tables came from an [`IndexCache`] (read by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    cached: bool,
    /// Entries that do not start with a word character (searched for directly).
    other: Vec<u32>,
    entries: Vec<Entry>,
    /// Every entry's phrase, one after the other (one block: comparisons stay in cache).
    phrases: String,
}

/// Where phrases of an [`Index`] occur in a text, by kind: (owner, start, end) in the text.
#[derive(Debug, Default)]
struct Hits {
    rule: Vec<(u32, usize, usize)>,
    marker: Vec<(u32, usize, usize)>,
    /// (pattern, start, end), in order of start, without repeats.
    rule_gate: Vec<(u32, usize, usize)>,
    marker_gate: Vec<(u32, usize, usize)>,
    term: Vec<(u32, usize, usize)>,
    allow: Vec<(usize, usize)>,
    /// (context phrase, start, end), in order of start.
    context: Vec<(u32, usize, usize)>,
    /// A [`block_index`] of `context`.
    context_blocks: Vec<u32>,
    /// Where the text's lines and sentences end.
    stops: Stops,
    /// The words of the text, in order.
    words: Vec<Word>,
}

impl Hits {
    /// Empty every list, keeping its buffer.
    fn clear(&mut self) {
        self.rule.clear();
        self.marker.clear();
        self.rule_gate.clear();
        self.marker_gate.clear();
        self.term.clear();
        self.allow.clear();
        self.context.clear();
        self.context_blocks.clear();
        self.stops.lines.clear();
        self.stops.sentences.clear();
        self.words.clear();
    }

    /// The bytes its buffers hold.
    fn capacity_bytes(&self) -> usize {
        let triple = std::mem::size_of::<(u32, usize, usize)>();
        (self.rule.capacity()
            + self.marker.capacity()
            + self.rule_gate.capacity()
            + self.marker_gate.capacity()
            + self.term.capacity()
            + self.context.capacity())
            * triple
            + self.allow.capacity() * std::mem::size_of::<(usize, usize)>()
            + self.context_blocks.capacity() * 4
            + (self.stops.lines.capacity() + self.stops.sentences.capacity()) * 4
            + self.words.capacity() * std::mem::size_of::<Word>()
    }
}

/// Push a gate hit unless the same pattern was already hit at the same place (hits arrive in
/// order of start).
fn push_gate(list: &mut Vec<(u32, usize, usize)>, owner: u32, start: usize, end: usize) {
    if !list
        .iter()
        .rev()
        .take_while(|&&(_, s, _)| s == start)
        .any(|&(o, _, _)| o == owner)
    {
        list.push((owner, start, end));
    }
}

/// An [`Index`] being built: entries are added one at a time, each phrase copied into one
/// buffer (no list of phrases is kept on the side), and keyed by [`IndexBuilder::finish`].
#[derive(Debug, Default)]
struct IndexBuilder {
    entries: Vec<Entry>,
    phrases: String,
}

impl IndexBuilder {
    /// Room for about `entries` entries of `bytes` phrase bytes in all.
    fn with_capacity(entries: usize, bytes: usize) -> IndexBuilder {
        IndexBuilder {
            entries: Vec::with_capacity(entries),
            phrases: String::with_capacity(bytes),
        }
    }

    /// Add the entry `phrase` (normalised) of `kind`, owned by `owner`.
    fn add(&mut self, phrase: &str, kind: Kind, owner: u32) {
        self.entries.push(Entry {
            start: self.phrases.len() as u32,
            len: phrase.len() as u32,
            kind,
            exact: false,
            owner,
        });
        self.phrases.push_str(phrase);
    }

    /// Key every entry: the filters, and the table of keys with each key's entries (in entry
    /// order within a key). The tables are loaded from `cache` when it kept the tables of these
    /// very entries and phrases, else computed (and given to `cache` to keep).
    fn finish(self, mut cache: Option<&mut dyn IndexCache>) -> Index {
        // The hash only matters to a cache: without one (the WebAssembly module, `Linter::new`)
        // the tables are made and checked under 0.
        let source = if cache.is_some() {
            source_hash(&self.entries, &self.phrases)
        } else {
            0
        };
        let IndexBuilder { entries, phrases } = self;
        let loaded = cache
            .as_deref_mut()
            .and_then(|c| c.load(source))
            .and_then(|t| Some((Layout::of(&t, source)?, t)));
        let cached = loaded.is_some();
        let (layout, table) = loaded.unwrap_or_else(|| {
            let table = tables(source, &entries, &phrases);
            if let Some(c) = cache {
                c.store(source, &table);
            }
            let layout = Layout::of(&table, source).expect("a table just made fits");
            (layout, table)
        });
        Index {
            filter: u64s(&table[layout.filter]),
            longer: u64s(&table[layout.longer]),
            other: u32s(&table[layout.other]),
            lists: table[layout.lists]
                .chunks_exact(4)
                .map(|c| {
                    let item = u32_at(c, 0);
                    Entry {
                        exact: item & EXACT != 0,
                        ..entries[(item & !EXACT) as usize]
                    }
                })
                .collect(),
            slots: layout.slots,
            table,
            cached,
            entries,
            phrases,
        }
    }
}

/// The keyed tables of `entries` (their phrases in `phrases`, hashed `source`) as one block in the
/// layout [`Layout`] reads, written in place: one allocation, whose size is known before keying
/// (every entry is in a list or among those without a key).
fn tables(source: u64, entries: &[Entry], phrases: &str) -> Vec<u8> {
    let words = FILTER_BITS / 64;
    // The keys of each entry, found once: about half the entries share a key with another
    // (the same words in a phrase, a gate and a context list), so the table is sized by the
    // distinct keys, at most two thirds full.
    let keys_of: Vec<Option<([u64; KEY_WORDS], usize, bool)>> = entries
        .iter()
        .map(|entry| {
            let (start, end) = (entry.start as usize, (entry.start + entry.len) as usize);
            phrase_keys_in(phrases, start, end)
        })
        .collect();
    // Distinct keys, counted in a bitmap of 2^20 bits by the keys' top bits (two keys that share
    // them are counted once: a few in ten thousand, nothing to the table's size).
    let mut seen = vec![0u64; 1 << 14];
    for (keys, n, _) in keys_of.iter().flatten() {
        let bit = (keys[n - 1] >> 44) as usize;
        seen[bit / 64] |= 1 << (bit % 64);
    }
    let distinct: usize = seen.iter().map(|w| w.count_ones() as usize).sum();
    let size = (distinct * 3 / 2).next_power_of_two().max(16);
    let filter_at = TABLE_HEAD;
    let slots_at = filter_at + 2 * words * 8;
    let lists_at = slots_at + size * SLOT_BYTES;
    let mut out = vec![0u8; lists_at + entries.len() * 4];
    let mut filter = vec![0u64; 2 * words];
    let mut other = Vec::new();
    // Count each key's entries in its slot (`at`: each entry's slot, with bit `EXACT` set for
    // an exact entry, `u32::MAX` for an entry without a key), give each slot its place in the
    // lists, then place the entries, counting them again. A slot's length is its fourth `u32`,
    // its start the third.
    let mut at: Vec<u32> = Vec::with_capacity(entries.len());
    let slots = &mut out[slots_at..lists_at];
    for (i, found) in keys_of.iter().enumerate() {
        let Some((keys, n, exact)) = *found else {
            other.push(i as u32);
            at.push(u32::MAX);
            continue;
        };
        let key = keys[n - 1];
        let bit = filter_bit(key);
        filter[bit / 64] |= 1 << (bit % 64);
        for &prefix in &keys[..n - 1] {
            let bit = words * 64 + filter_bit(prefix);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        let mut s = slot_of(key, size);
        while u32_at(&slots[s * SLOT_BYTES..], 3) != 0 && u64_at(&slots[s * SLOT_BYTES..], 0) != key
        {
            s = (s + 1) & (size - 1);
        }
        let slot = &mut slots[s * SLOT_BYTES..(s + 1) * SLOT_BYTES];
        let len = u32_at(slot, 3);
        slot[..8].copy_from_slice(&key.to_le_bytes());
        slot[12..].copy_from_slice(&(len + 1).to_le_bytes());
        at.push(s as u32 | if exact { EXACT } else { 0 });
    }
    let mut next = 0u32;
    for slot in slots.chunks_exact_mut(SLOT_BYTES) {
        let len = u32_at(slot, 3);
        if len != 0 {
            slot[8..12].copy_from_slice(&next.to_le_bytes());
            slot[12..].copy_from_slice(&0u32.to_le_bytes());
            next += len;
        }
    }
    for (entry, &s) in at.iter().enumerate().filter(|(_, &s)| s != u32::MAX) {
        let slot = slots_at + (s & !EXACT) as usize * SLOT_BYTES;
        let (start, len) = (u32_at(&out[slot..], 2), u32_at(&out[slot..], 3));
        let item = lists_at + (start + len) as usize * 4;
        let flag = s & EXACT;
        out[item..item + 4].copy_from_slice(&(entry as u32 | flag).to_le_bytes());
        out[slot + 12..slot + 16].copy_from_slice(&(len + 1).to_le_bytes());
    }
    let keyed = entries.len() - other.len();
    let other_at = lists_at + keyed * 4;
    for (k, o) in other.iter().enumerate() {
        out[other_at + k * 4..other_at + k * 4 + 4].copy_from_slice(&o.to_le_bytes());
    }
    out[..8].copy_from_slice(TABLE_MAGIC);
    let counts = [
        source ^ TABLE_VERSION,
        size as u64,
        keyed as u64,
        other.len() as u64,
    ];
    for (k, n) in counts.iter().chain(&filter).enumerate() {
        out[8 + k * 8..16 + k * 8].copy_from_slice(&n.to_le_bytes());
    }
    out
}

/// The bit of a list item (an entry number) set when the entry is [`Entry::exact`].
const EXACT: u32 = 1 << 31;

/// Bytes of a slot of [`Index::slots`]: key (8), start (4), len (4), little-endian.
const SLOT_BYTES: usize = 16;

/// The `i`th little-endian `u32` of `bytes`.
fn u32_at(bytes: &[u8], i: usize) -> u32 {
    u32::from_le_bytes(bytes[i * 4..i * 4 + 4].try_into().expect("four bytes"))
}

/// The `i`th little-endian `u64` of `bytes`.
fn u64_at(bytes: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(bytes[i * 8..i * 8 + 8].try_into().expect("eight bytes"))
}

/// A hash of an index's entries and phrases: what its keyed tables are made from. Cached tables
/// serve only the entries they were made from.
fn source_hash(entries: &[Entry], phrases: &str) -> u64 {
    let mut h = hash_bytes(phrases.as_bytes());
    for e in entries {
        let x = u64::from(e.start) | u64::from(e.len) << 32;
        let y = u64::from(e.owner) | u64::from(e.kind as u8) << 32;
        h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
        h = (h ^ y).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(23);
    }
    h ^ entries.len() as u64
}

/// Keeps the keyed tables of a linter's phrase index between runs of a program, so that building
/// the same rules again reads them instead of keying ten thousand phrases (about a third of the
/// work of building the built-in linter). The core does no I/O: the program stores the bytes
/// where it likes (the CLI: a file in the user's cache directory). Tables are only used for the
/// entries they were made from (`source`, a hash of every phrase, kind and owner, is checked
/// against the one inside them), so a stale, foreign or damaged table is never read, only
/// replaced.
pub trait IndexCache {
    /// The bytes stored for the index whose entries hash to `source`, if any.
    fn load(&mut self, source: u64) -> Option<Vec<u8>>;
    /// Keep `table`, the tables of the index whose entries hash to `source`.
    fn store(&mut self, source: u64, table: &[u8]);
}

/// Changes when the layout of a table or the keying does: tables of another version do not fit.
const TABLE_VERSION: u64 = 2;
/// What a table starts with.
const TABLE_MAGIC: &[u8; 8] = b"WARMLYIX";
/// Bytes before the filters: magic, source hash and the counts of slots, list items and entries
/// without a key (`u64` each, little-endian).
const TABLE_HEAD: usize = 8 + 4 * 8;

/// Where the parts of a table are, once it is known to fit.
struct Layout {
    filter: std::ops::Range<usize>,
    longer: std::ops::Range<usize>,
    slots: std::ops::Range<usize>,
    lists: std::ops::Range<usize>,
    other: std::ops::Range<usize>,
}

impl Layout {
    /// The layout of `table` when it holds tables made from the entries hashed `source` (the
    /// magic, the hash and every size check out, the slot count is a power of two).
    fn of(table: &[u8], source: u64) -> Option<Layout> {
        let head = table.get(..TABLE_HEAD)?;
        if &head[..8] != TABLE_MAGIC || u64_at(&head[8..], 0) != source ^ TABLE_VERSION {
            return None;
        }
        let count = |i: usize| usize::try_from(u64_at(&head[8..], i)).ok();
        let (slots, lists, other) = (count(1)?, count(2)?, count(3)?);
        if !slots.is_power_of_two() {
            return None;
        }
        let sizes = [
            FILTER_BITS / 8,
            FILTER_BITS / 8,
            slots.checked_mul(SLOT_BYTES)?,
            lists.checked_mul(4)?,
            other.checked_mul(4)?,
        ];
        let mut at = TABLE_HEAD;
        let mut part = |n: usize| {
            let r = at..at + n;
            at += n;
            r
        };
        let layout = Layout {
            filter: part(sizes[0]),
            longer: part(sizes[1]),
            slots: part(sizes[2]),
            lists: part(sizes[3]),
            other: part(sizes[4]),
        };
        (at == table.len()).then_some(layout)
    }
}

/// The little-endian `u64`s of `bytes`.
fn u64s(bytes: &[u8]) -> Box<[u64]> {
    bytes.chunks_exact(8).map(|c| u64_at(c, 0)).collect()
}

/// The little-endian `u32`s of `bytes`.
fn u32s(bytes: &[u8]) -> Vec<u32> {
    bytes.chunks_exact(4).map(|c| u32_at(c, 0)).collect()
}

impl Index {
    /// The entries whose key is `key`.
    fn keyed(&self, key: u64) -> &[Entry] {
        let size = self.slots.len() / SLOT_BYTES;
        let mut s = slot_of(key, size);
        loop {
            let at = self.slots.start + s * SLOT_BYTES;
            let slot: &[u8; SLOT_BYTES] =
                self.table[at..at + SLOT_BYTES].try_into().expect("a slot");
            let [k0, k1, k2, k3, k4, k5, k6, k7, s0, s1, s2, s3, l0, l1, l2, l3] = *slot;
            let len = u32::from_le_bytes([l0, l1, l2, l3]) as usize;
            if len == 0 {
                return &[];
            }
            if u64::from_le_bytes([k0, k1, k2, k3, k4, k5, k6, k7]) == key {
                let start = u32::from_le_bytes([s0, s1, s2, s3]) as usize;
                return &self.lists[start..start + len];
            }
            s = (s + 1) & (size - 1);
        }
    }

    /// The phrase of `entry`.
    fn phrase(&self, entry: &Entry) -> &str {
        &self.phrases[entry.start as usize..(entry.start + entry.len) as usize]
    }

    fn maybe(&self, key: u64) -> bool {
        let bit = filter_bit(key);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// May a key start with the words keyed `key` and go on?
    fn goes_on(&self, key: u64) -> bool {
        let bit = filter_bit(key);
        self.longer[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Every occurrence in `hay` of an entry of the `kinds` (a set of [`Kind`] bits) that starts
    /// on a word start (overlapping occurrences included; the end's word boundary is checked by
    /// the caller).
    fn find(&self, hay: &str, kinds: u8, spare: Hits) -> Hits {
        // The buffers of `spare` (hits no longer needed), emptied: a long text's buffers are not
        // allocated, and their pages touched, again for every text. About one hit of each kind
        // per 100 bytes of replies, a gate literal per 12, a context phrase per 10.
        let mut hits = spare;
        hits.clear();
        hits.rule.reserve(hay.len() / 100);
        hits.marker.reserve(hay.len() / 100);
        hits.rule_gate.reserve(hay.len() / 12);
        hits.context.reserve(hay.len() / 10);
        // A line or sentence ends about every 20 bytes.
        hits.stops.lines.reserve(hay.len() / 32);
        hits.stops.sentences.reserve(hay.len() / 16);
        let bytes = hay.as_bytes();
        let mut record = |entry: &Entry, s: usize| {
            let e = s + entry.len as usize;
            if entry.kind as u8 & kinds == 0
                || !(if entry.exact {
                    // Its key matched: only a hash collision could leave the phrase's end
                    // outside the text or inside a char.
                    hay.is_char_boundary(e)
                } else {
                    bytes[s..].starts_with(self.phrase(entry).as_bytes())
                })
            {
                return;
            }
            match entry.kind {
                Kind::Rule => hits.rule.push((entry.owner, s, e)),
                Kind::Marker => hits.marker.push((entry.owner, s, e)),
                Kind::RuleGate => push_gate(&mut hits.rule_gate, entry.owner, s, e),
                Kind::MarkerGate => push_gate(&mut hits.marker_gate, entry.owner, s, e),
                Kind::Term => hits.term.push((entry.owner, s, e)),
                Kind::Allow => hits.allow.push((s, e)),
                Kind::Context => hits.context.push((entry.owner, s, e)),
            }
        };
        let mut ws = std::mem::take(&mut hits.words);
        ws.reserve(hay.len() / 5 + 1);
        words(hay, &mut ws, &mut hits.stops);
        hits.words = ws;
        let ws = &hits.words;
        // Most keys are in no entry: the filter is tested here, and only a key that may be in
        // one is looked up (out of line).
        let mut lookup = |key: u64, s: usize| {
            for entry in self.keyed(key) {
                record(entry, s);
            }
        };
        for (k, w) in ws.iter().enumerate() {
            let s = w.start as usize;
            let mut h = w.hash;
            if self.maybe(h) {
                lookup(h, s);
            }
            for next in ws.iter().skip(k + 1).take(KEY_WORDS - 1) {
                if !self.goes_on(h) {
                    break;
                }
                h = key_more(h, next.sep, next.hash);
                if self.maybe(h) {
                    lookup(h, s);
                }
            }
        }
        let mut other_context: Vec<(u32, usize, usize)> = Vec::new();
        for &i in &self.other {
            let entry = &self.entries[i as usize];
            if entry.kind as u8 & kinds == 0 {
                continue;
            }
            for (s, _) in hay.match_indices(self.phrase(entry)) {
                let e = s + entry.len as usize;
                match entry.kind {
                    Kind::Rule => hits.rule.push((entry.owner, s, e)),
                    Kind::Marker => hits.marker.push((entry.owner, s, e)),
                    Kind::Term => hits.term.push((entry.owner, s, e)),
                    Kind::Allow => hits.allow.push((s, e)),
                    Kind::Context => other_context.push((entry.owner, s, e)),
                    // Gate literals always start with a word character.
                    Kind::RuleGate | Kind::MarkerGate => {}
                }
            }
        }
        if !other_context.is_empty() {
            // Keep context hits in order of start: merge the few found by direct search.
            sort::sort_by(&mut other_context, |a, b| a.1.cmp(&b.1));
            let words = std::mem::take(&mut hits.context);
            let mut merged = Vec::with_capacity(words.len() + other_context.len());
            let (mut a, mut b) = (
                words.into_iter().peekable(),
                other_context.into_iter().peekable(),
            );
            loop {
                let take_a = match (a.peek(), b.peek()) {
                    (Some(x), Some(y)) => x.1 <= y.1,
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (None, None) => break,
                };
                let next = if take_a { a.next() } else { b.next() };
                merged.extend(next);
            }
            hits.context = merged;
        }
        block_index(&hits.context, |c| c.1, hay.len(), &mut hits.context_blocks);
        hits
    }

    /// The context hits of `hits` that start at or after `pos` (a position in the text).
    fn context_from(hits: &Hits, pos: usize) -> &[(u32, usize, usize)] {
        let ctx = &hits.context;
        let block = block_range(&hits.context_blocks, pos, ctx.len());
        &ctx[block.start + ctx[block].partition_point(|c| c.1 < pos)..]
    }
}
/// A validated pattern, compiled on first use, with its gate (see `prefix.rs`).
#[derive(Debug)]
struct LazyPattern {
    pattern: Text,
    /// Literals next to which every match lies; `None`: no such finite set.
    gate: Option<Gate>,
    /// The compiled pattern and the slot of its group named `span`, if any.
    compiled: OnceLock<Option<(MetaRegex, Option<usize>)>>,
}

impl LazyPattern {
    /// The compiled pattern. Only a pattern with a group named `span` keeps its groups: capture
    /// states are most of a pattern's compile time.
    fn regex(&self) -> Option<&(MetaRegex, Option<usize>)> {
        self.compiled
            .get_or_init(|| {
                let captures =
                    if self.pattern.contains("(?P<span>") || self.pattern.contains("(?<span>") {
                        WhichCaptures::All
                    } else {
                        WhichCaptures::Implicit
                    };
                MetaRegex::builder()
                    .configure(
                        MetaRegex::config()
                            .which_captures(captures)
                            .nfa_size_limit(Some(1 << 24))
                            // The gate already found where a match can be.
                            .auto_prefilter(false)
                            .hybrid(true)
                            // Searches in a window die out within a few bytes in the PikeVM;
                            // the backtracker would clear a visited set per search.
                            .backtrack(true)
                            // Building a one-pass DFA costs more at first use (the CLI lints
                            // one draft per run) than it saves on span groups.
                            .onepass(false),
                    )
                    .syntax(SyntaxConfig::new().unicode(false).utf8(false))
                    .build(&self.pattern)
                    .ok()
                    .map(|re| {
                        let span = re
                            .group_info()
                            .to_index(regex_automata::PatternID::ZERO, "span");
                        (re, span)
                    })
            })
            .as_ref()
    }
}

/// Patterns of many owners. The linter's word index finds where their gate literals occur; only
/// the patterns found are compiled (once) and run, in a window around the occurrence.
#[derive(Debug, Default)]
struct PatternSet {
    patterns: Vec<(u32, LazyPattern)>,
    /// The patterns' gate literals: (literal, pattern), moved into the linter's index when it is
    /// built (empty afterwards).
    gate: Vec<(Text, u32)>,
    /// Patterns without a gate: always run over the whole text.
    always: Vec<u32>,
    /// Per pattern, what searching around its gate literals reads, packed (a gate hit's pattern
    /// is read from a few kilobytes, not from the patterns themselves).
    hot: Vec<Hot>,
    /// The [`hash_bytes`] of the words of [`Hot::starts`] and [`Hot::needs`], one after the
    /// other.
    words: Vec<u64>,
}

/// What [`PatternSet::matches`] reads of a gated pattern for each of its gate hits.
#[derive(Debug, Clone, Copy, Default)]
struct Hot {
    /// Bit [`need_bit`] of each word of `needs` set.
    filter: u64,
    /// Where in [`PatternSet::words`] the hashes of the words one of which every match holds
    /// are ([`Gate::needs`]; none: nothing known).
    needs: (u32, u32),
    /// Where in [`PatternSet::words`] the hashes of the words its matches start with are
    /// ([`Gate::starts`]).
    starts: (u32, u32),
    /// At most how many bytes a match starts before its literal, and ends after its start
    /// ([`WINDOW`] at most).
    before: u16,
    after: u16,
    /// [`Gate::within`] and [`Gate::edges`].
    within: u8,
    edges: [u8; 2],
    /// [`Gate::anchored`].
    anchored: bool,
}

// Two to a cache line.
const _: () = assert!(std::mem::size_of::<Hot>() == 32);

/// The bit of a word's hash in a filter of needed words ([`Hot::filter`]).
fn need_bit(hash: u64) -> u64 {
    1 << (hash >> 58)
}

/// Where the flagged words of a match at `s..e` start: a pattern that looks for a phrase at a
/// sentence's start (`(^|[.!?] )try reading the manual`) matches the previous sentence's end
/// too, which is no part of the phrase. Its punctuation and spaces are left out, unless the
/// match is nothing else.
fn past_sentence_start(hay: &[u8], s: usize, e: usize) -> usize {
    let skipped = hay[s..e]
        .iter()
        .take_while(|b| {
            matches!(
                b,
                b'.' | b'!' | b'?' | b',' | b';' | b':' | b' ' | b'\n' | b'\r' | b'\t'
            )
        })
        .count();
    if hay[s + skipped..e].iter().any(u8::is_ascii_alphanumeric) {
        s + skipped
    } else {
        s
    }
}

/// How far from its gate literal a match may reach: a match is a phrase, never a page.
const WINDOW: usize = 160;

/// The part of a pattern match to flag: the group whose slots start at `span` when the pattern
/// has one (found with `slots`, a buffer reused between calls).
fn flagged_part(
    re: &MetaRegex,
    span: Option<usize>,
    hay: &[u8],
    m: regex_automata::Match,
    end: usize,
    slots: &mut Vec<Option<regex_automata::util::primitives::NonMaxUsize>>,
) -> Option<(usize, usize)> {
    let Some(group) = span else {
        return Some((m.start(), m.end()));
    };
    slots.clear();
    slots.resize(re.group_info().slot_len(), None);
    let input = regex_automata::Input::new(hay)
        .range(m.start()..end)
        .anchored(regex_automata::Anchored::Yes);
    re.search_slots(&input, slots);
    let (s, e) = (slots[group * 2]?, slots[group * 2 + 1]?);
    Some((s.get(), e.get()))
}

impl PatternSet {
    fn new(mut patterns: Vec<(u32, LazyPattern)>) -> PatternSet {
        let mut lits: Vec<(Text, u32)> = Vec::new();
        let mut always = Vec::new();
        let mut words: Vec<u64> = Vec::new();
        let range = |words: &mut Vec<u64>, hashes: &mut dyn Iterator<Item = u64>| {
            let at = words.len();
            words.extend(hashes);
            (at as u32, (words.len() - at) as u32)
        };
        let reach = |bound: Option<u32>| bound.map_or(WINDOW, |b| (b as usize).min(WINDOW)) as u16;
        let hot = patterns
            .iter()
            .map(|(_, p)| {
                let Some(g) = &p.gate else {
                    return Hot::default();
                };
                let starts = range(&mut words, &mut g.starts.iter().map(|w| hash_bytes(w)));
                let needs = range(
                    &mut words,
                    &mut g
                        .needs
                        .split(|&b| b == b' ')
                        .filter(|w| !w.is_empty())
                        .map(hash_bytes),
                );
                let (at, len) = (needs.0 as usize, needs.1 as usize);
                Hot {
                    filter: words[at..at + len].iter().fold(0, |f, &h| f | need_bit(h)),
                    needs,
                    starts,
                    before: reach(g.before),
                    after: reach(g.after),
                    within: g.within,
                    edges: g.edges,
                    anchored: g.anchored,
                }
            })
            .collect();
        for (i, (_, p)) in patterns.iter_mut().enumerate() {
            // The literals move into the index (still borrowed when they are); searching needs
            // only the rest of the gate. A gate with a literal that is not UTF-8 is no use.
            let Some(g) = p.gate.as_mut() else {
                always.push(i as u32);
                continue;
            };
            let before = lits.len();
            for l in std::mem::take(&mut g.literals) {
                let text = match l {
                    Cow::Borrowed(b) => std::str::from_utf8(b).ok().map(Cow::Borrowed),
                    Cow::Owned(v) => String::from_utf8(v).ok().map(Cow::Owned),
                };
                match text {
                    Some(t) => lits.push((t, i as u32)),
                    None => {
                        lits.truncate(before);
                        always.push(i as u32);
                        break;
                    }
                }
            }
        }
        PatternSet {
            patterns,
            gate: lits,
            always,
            hot,
            words,
        }
    }

    /// The hashes of words at `range` in [`PatternSet::words`].
    fn words_at(&self, (at, len): (u32, u32)) -> &[u64] {
        &self.words[at as usize..(at + len) as usize]
    }

    /// Every match of every pattern: (owner, start, end) in the searched text. A gated pattern
    /// is only tried where the index found one of its literals (`gate`: pattern, start and end
    /// of the literal): anchored at the literal when every match starts with one, else in a
    /// window around it, keeping the matches that hold it (the window cut at the line or
    /// sentence ends no match crosses, and searched only from the words every match starts
    /// with, when the pattern has them). `stops` and `words`: the text's, from the index.
    fn matches(
        &self,
        text: &str,
        gate: &[(u32, usize, usize)],
        stops: &Stops,
        words: &[Word],
    ) -> Vec<(u32, usize, usize)> {
        let hay = text.as_bytes();
        let mut out: Vec<(u32, usize, usize)> = Vec::new();
        let mut slots = Vec::new();
        let mut push = |(re, span): &(MetaRegex, Option<usize>),
                        owner: u32,
                        m: regex_automata::Match,
                        end: usize| {
            if let Some((s, e)) = flagged_part(re, *span, hay, m, end, &mut slots) {
                out.push((owner, past_sentence_start(hay, s, e), e));
            }
        };
        // Per list of stops: how many are before the current gate hit; the first word at or
        // after it.
        let (mut lines_before, mut sentences_before, mut at) = (0, 0, 0);
        let all_ascii = hay.is_ascii();
        for &(i, pos, lit_end) in gate {
            // Only a gated pattern has gate hits.
            let g = &self.hot[i as usize];
            // A match is a phrase, never a page: search a window, not the rest of the text.
            let mut window_end = (pos + usize::from(g.after)).max(lit_end).min(hay.len());
            let mut from = pos.saturating_sub(usize::from(g.before));
            // A match that crosses no line break (or sentence end) lies between the last one
            // before the literal and the first one after it. Gate hits come in order of start.
            // A match may hold a stop in its first `lead` and last `trail` bytes all the same.
            let within = match g.within {
                WITHIN_LINE => Some((&stops.lines, &mut lines_before)),
                WITHIN_SENTENCE => Some((&stops.sentences, &mut sentences_before)),
                _ => None,
            };
            if let Some((list, before)) = within {
                let [lead, trail] = g.edges.map(usize::from);
                while list.get(*before).is_some_and(|&s| (s as usize) < pos) {
                    *before += 1;
                }
                if let Some(&s) = list[..*before].last() {
                    from = from.max((s as usize + 1).saturating_sub(lead));
                }
                if let Some(&s) = list[*before..].iter().find(|&&s| s as usize >= lit_end) {
                    window_end = window_end.min(s as usize + trail);
                }
            }
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            // When the window and the bytes next to it are ASCII, the words of the index are
            // the words of the pattern's `\b`: a window without one of the words every match
            // needs holds no match.
            let ascii = || {
                all_ascii || hay[from.saturating_sub(1)..(window_end + 1).min(hay.len())].is_ascii()
            };
            // The first word at or after the literal (gate hits come in order of start).
            while words.get(at).is_some_and(|w| (w.start as usize) < pos) {
                at += 1;
            }
            let (filter, needs) = (g.filter, self.words_at(g.needs));
            if !needs.is_empty() && ascii() {
                let before = words[..at]
                    .iter()
                    .rev()
                    .take_while(|w| w.start as usize >= from);
                let after = words[at..]
                    .iter()
                    .take_while(|w| (w.start as usize) < window_end);
                if !before
                    .chain(after)
                    .any(|w| filter & need_bit(w.hash) != 0 && needs.contains(&w.hash))
                {
                    continue;
                }
            }
            // Compiled on first need: a pattern whose windows all lack its needed words costs
            // nothing (most patterns, in a short draft).
            let (owner, p) = &self.patterns[i as usize];
            let Some(compiled) = p.regex() else { continue };
            let re = &compiled.0;
            let starts = self.words_at(g.starts);
            if g.anchored {
                let input = regex_automata::Input::new(hay)
                    .range(pos..window_end)
                    .anchored(regex_automata::Anchored::Yes);
                if let Some(m) = re.search(&input) {
                    push(compiled, *owner, m, window_end);
                }
            } else if !starts.is_empty() && ascii() {
                // Every match starts a word with one of `starts`: the pattern is tried anchored
                // at each of those words up to the literal, as a search of the window would find
                // its matches, one after the other.
                let first = at
                    - (words[..at].iter().rev())
                        .take_while(|w| w.start as usize >= from)
                        .count();
                // The literal starts a word: the word at `at` starts at `pos`.
                let last = (at + 1).min(words.len());
                let mut next = from;
                for w in &words[first..last] {
                    let s = w.start as usize;
                    if s < next || !starts.contains(&w.hash) {
                        continue;
                    }
                    let input = regex_automata::Input::new(hay)
                        .range(s..window_end)
                        .anchored(regex_automata::Anchored::Yes);
                    if let Some(m) = re.search(&input) {
                        if m.end() >= lit_end {
                            push(compiled, *owner, m, window_end);
                        }
                        next = m.end();
                    }
                }
            } else {
                let input = regex_automata::Input::new(hay).range(from..window_end);
                for m in re.find_iter(input) {
                    if m.start() > pos {
                        break;
                    }
                    if m.end() >= lit_end {
                        push(compiled, *owner, m, window_end);
                    }
                }
            }
        }
        for &i in &self.always {
            let (owner, p) = &self.patterns[i as usize];
            let Some(compiled) = p.regex() else { continue };
            for m in compiled.0.find_iter(hay) {
                push(compiled, *owner, m, hay.len());
            }
        }
        // Two literals of one match find it twice.
        sort::sort(&mut out);
        out.dedup();
        out
    }
}

static BUILTIN: OnceLock<Linter> = OnceLock::new();

struct Candidate {
    rule: u32,
    start: usize,
    end: usize,
    /// A suggestion computed from the text itself (shouting in normal case).
    computed: Option<String>,
}

fn err(source: &str, rule: Option<&str>, field: Option<&str>, message: String) -> ConfigError {
    ConfigError {
        source: source.to_string(),
        rule: rule.map(str::to_string),
        field: field.map(str::to_string),
        message,
    }
}

/// Validate a pattern (without compiling it) and find the literals its matches start with.
fn compile_regex(
    source: &str,
    rule: Option<&str>,
    field: &str,
    pattern: &Text,
) -> Result<LazyPattern, ConfigError> {
    if pattern.trim().is_empty() {
        return Err(err(
            source,
            rule,
            Some(field),
            "empty pattern; remove it or write a regex".into(),
        ));
    }
    // Patterns run on the normalised text with ASCII classes and word boundaries: compiling and
    // searching stay cheap, and every match's word boundaries are checked again (Unicode-aware).
    // Built-in patterns were parsed at build time.
    let gate = match crate::blob::builtin_gate(pattern) {
        Some(gate) => gate,
        None => crate::prefix::gate(pattern).map_err(|e| {
            err(
                source,
                rule,
                Some(field),
                format!("bad regex `{pattern}`: {e}"),
            )
        })?,
    };
    Ok(LazyPattern {
        pattern: pattern.clone(),
        gate,
        compiled: OnceLock::new(),
    })
}

/// The phrases of a rule's `field`, normalised. When `normal` (they already are, as the
/// built-in packs' are) they are moved out of `items`, not copied.
fn phrase_list(
    source: &str,
    rule: Option<&str>,
    field: &str,
    items: &mut Vec<Text>,
    normal: bool,
) -> Result<Vec<Text>, ConfigError> {
    let list: Vec<Text> = if normal {
        std::mem::take(items)
    } else {
        items
            .iter()
            .map(|p| Cow::Owned(normalize_phrase(p)))
            .collect()
    };
    if list.iter().any(|p| p.is_empty()) {
        return Err(err(
            source,
            rule,
            Some(field),
            "empty phrase; remove it or write the words to match".into(),
        ));
    }
    Ok(list)
}

/// The context filters of a rule or marker.
#[allow(clippy::too_many_arguments)]
fn compile_filters(
    contexts: &mut Contexts,
    source: &str,
    rule: Option<&str>,
    before: &mut Vec<Text>,
    after: &mut Vec<Text>,
    sentence: &mut Vec<Text>,
    later: &mut Vec<Text>,
    paragraph: &mut Vec<Text>,
    normal: bool,
) -> Result<Filters, ConfigError> {
    Ok(Filters {
        before: phrase_set(
            phrase_list(source, rule, "unless_before", before, normal)?,
            true,
            normal,
        ),
        after: phrase_set(
            phrase_list(source, rule, "unless_after", after, normal)?,
            false,
            normal,
        ),
        sentence: contexts.ids(phrase_list(
            source,
            rule,
            "unless_sentence",
            sentence,
            normal,
        )?),
        later: contexts.ids(phrase_list(source, rule, "unless_later", later, normal)?),
        paragraph: contexts.ids(phrase_list(
            source,
            rule,
            "unless_paragraph",
            paragraph,
            normal,
        )?),
    })
}

/// The patterns of each owner (taken out of it), with the owner's number.
fn take_patterns<'a>(
    owners: impl Iterator<Item = &'a mut Vec<LazyPattern>>,
) -> Vec<(u32, LazyPattern)> {
    owners
        .enumerate()
        .flat_map(|(i, patterns)| {
            std::mem::take(patterns)
                .into_iter()
                .map(move |p| (i as u32, p))
        })
        .collect()
}

/// `t` without the whitespace around it, still borrowed when `t` is.
fn trimmed(t: &Text) -> Text {
    match t {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
        Cow::Owned(s) => Cow::Owned(s.trim().to_string()),
    }
}

/// Does `sel` (a rule id or category name) name `info`?
fn names(sel: &str, info: &RuleInfo) -> bool {
    sel == info.id || sel == info.category.as_str()
}

/// Check the fields of one rule that need no compiling; returns category, severity, applicability.
fn validate_rule(
    source: &str,
    r: &RuleSpec,
) -> Result<(Category, Severity, Applicability), ConfigError> {
    let id = Some(&*r.id);
    if r.id.trim().is_empty() {
        return Err(err(
            source,
            None,
            Some("id"),
            "a rule has an empty id".into(),
        ));
    }
    let category: Category = r
        .category
        .parse()
        .map_err(|e: String| err(source, id, Some("category"), e))?;
    let prefix = format!("{}/", category.as_str());
    if !r.id.starts_with(&prefix) || r.id.len() == prefix.len() {
        return Err(err(
            source,
            id,
            Some("id"),
            format!("ids look like `{prefix}slug`: start the id with its category"),
        ));
    }
    let severity = match &r.severity {
        Some(s) => s
            .parse()
            .map_err(|e: String| err(source, id, Some("severity"), e))?,
        None => category.default_severity(),
    };
    let applicability = match &r.applicability {
        Some(a) => a
            .parse()
            .map_err(|e: String| err(source, id, Some("applicability"), e))?,
        None => Applicability::Unsafe,
    };
    if r.message.trim().is_empty() {
        return Err(err(source, id, Some("message"), "empty message".into()));
    }
    if r.why.trim().is_empty() {
        return Err(err(
            source,
            id,
            Some("why"),
            "empty explanation: say why the wording reads badly".into(),
        ));
    }
    if r.phrases.is_empty() && r.patterns.is_empty() && r.terms.is_empty() && r.check.is_none() {
        return Err(err(
            source,
            id,
            None,
            "the rule matches nothing: give it `phrases`, `patterns`, `terms` or a `check`".into(),
        ));
    }
    if let Some(i) = r.suggest.iter().position(|s| s.trim().is_empty()) {
        return Err(err(
            source,
            id,
            Some("suggest"),
            format!("suggestion {} is empty; write the replacement words", i + 1),
        ));
    }
    if let Some(t) = r.terms.iter().find(|t| t.trim().is_empty()) {
        return Err(err(source, id, Some("terms"), format!("empty term `{t}`")));
    }
    for entry in &r.swap {
        match swap_parts(entry) {
            Some((phrase, _)) if !phrase.contains(char::is_alphanumeric) => {
                return Err(err(
                    source,
                    id,
                    Some("swap"),
                    format!("`{entry}` replaces no words: write `PHRASE = replacement`"),
                ))
            }
            Some(_) => {}
            None => {
                return Err(err(
                    source,
                    id,
                    Some("swap"),
                    format!(
                        "`{entry}` is not `PHRASE = replacement` (the flagged words, `=`, then what to say instead)"
                    ),
                ))
            }
        }
    }
    Ok((category, severity, applicability))
}

impl Linter {
    /// The built-in rules with the default configuration, compiled once.
    pub fn builtin() -> &'static Linter {
        BUILTIN
            .get_or_init(|| Linter::new(&Config::default()).expect("built-in rule packs are valid"))
    }

    /// Compile the rules `config` selects.
    pub fn new(config: &Config) -> Result<Linter, ConfigError> {
        Linter::build(config, None)
    }

    /// [`Linter::new`], with the keyed tables of its phrase index read from `cache` when it kept
    /// those of the same rules, else computed and handed to `cache` to keep. Findings are the
    /// same either way.
    pub fn with_cache(config: &Config, cache: &mut dyn IndexCache) -> Result<Linter, ConfigError> {
        Linter::build(config, Some(cache))
    }

    /// [`Linter::builtin`], built with `cache` (see [`Linter::with_cache`]) if it is not built
    /// yet.
    pub fn builtin_with_cache(cache: &mut dyn IndexCache) -> &'static Linter {
        BUILTIN.get_or_init(|| {
            Linter::with_cache(&Config::default(), cache).expect("built-in rule packs are valid")
        })
    }

    fn build(config: &Config, cache: Option<&mut dyn IndexCache>) -> Result<Linter, ConfigError> {
        // (source, pack, built in?): owned, so that phrase lists move into the engine instead of
        // being copied. The built-in packs' texts are borrowed from the compiled-in data and
        // their phrases are already normalised.
        let mut packs: Vec<(Text, Pack, bool)> = builtin_packs()
            .into_iter()
            .map(|(name, pack)| (Text::Borrowed(name), pack, true))
            .collect();
        packs.extend(
            config
                .packs
                .iter()
                .map(|(name, pack)| (Text::Owned(name.clone()), pack.clone(), false)),
        );

        // Rules by id: a later pack's rule replaces an earlier one with the same id.
        let mut order: Vec<Text> = Vec::new();
        // (pack, rule in it)
        let mut by_id: HashMap<Text, (usize, usize)> = HashMap::default();
        let mut marker_specs: Vec<(usize, usize)> = Vec::new();
        for (p, (name, pack, builtin)) in packs.iter().enumerate() {
            let mut seen = HashSet::default();
            for (k, r) in pack.rule.iter().enumerate() {
                if !seen.insert(&*r.id) {
                    return Err(err(
                        name,
                        Some(&r.id),
                        Some("id"),
                        "duplicate rule id in this pack; give each rule its own id".into(),
                    ));
                }
                if *builtin && config.no_builtin {
                    continue;
                }
                if by_id.insert(r.id.clone(), (p, k)).is_none() {
                    order.push(r.id.clone());
                }
            }
            marker_specs.extend((0..pack.marker.len()).map(|k| (p, k)));
        }

        let mut rules = Vec::new();
        // The infos of `rules`, in the same order.
        let mut rule_infos: Vec<RuleInfo> = Vec::new();
        let mut contexts = Contexts::default();
        for id in &order {
            let (p, k) = by_id[id];
            let (name, pack, normal) = &mut packs[p];
            let (source, normal): (&str, bool) = (name, *normal);
            let r = &mut pack.rule[k];
            let (category, mut severity, applicability) = validate_rule(source, r)?;
            let info = RuleInfo {
                id: r.id.clone(),
                category,
                severity,
                message: trimmed(&r.message),
                why: trimmed(&r.why),
                suggestions: r
                    .suggest
                    .iter()
                    .map(|s| Suggestion {
                        text: Arc::from(&**s),
                        applicability,
                    })
                    .collect(),
                swaps: r
                    .swap
                    .iter()
                    .filter_map(|e| swap_parts(e))
                    .map(|(phrase, text)| Swap {
                        // The built-in packs' phrases come keyed from `build.rs`.
                        phrase: Text::Owned(if normal {
                            phrase.to_string()
                        } else {
                            swap_key(phrase)
                        }),
                        suggestion: Suggestion {
                            text: Arc::from(text),
                            applicability,
                        },
                    })
                    .collect(),
                flag: std::mem::take(&mut r.flag),
                pass: std::mem::take(&mut r.pass),
                source: name.clone(),
            };
            let enabled = (config.select.is_empty()
                || config.select.iter().any(|s| names(s, &info)))
                && !config.ignore.iter().any(|s| names(s, &info));
            if !enabled {
                continue;
            }
            if let Some(s) = config.severity.get(info.category.as_str()) {
                severity = *s;
            }
            if let Some(s) = config.severity.get(&*info.id) {
                severity = *s;
            }
            let rid = Some(&*r.id);
            let patterns = r
                .patterns
                .iter()
                .map(|p| compile_regex(source, rid, "patterns", p))
                .collect::<Result<Vec<_>, _>>()?;
            let filters = compile_filters(
                &mut contexts,
                source,
                rid,
                &mut r.unless_before,
                &mut r.unless_after,
                &mut r.unless_sentence,
                &mut r.unless_later,
                &mut r.unless_paragraph,
                normal,
            )?;
            let check = match r.check.as_deref() {
                None => None,
                Some("bare-reply") => Some(Check::BareReply {
                    phrases: phrase_list(source, rid, "phrases", &mut r.phrases, normal)?
                        .into_iter()
                        .map(|p| p.trim_end_matches(['.', '!', '?']).trim().to_string())
                        .collect(),
                    max_words: r.max_words.unwrap_or(8) as usize,
                }),
                Some("cold-opener") => {
                    let phrases: HashSet<String> =
                        phrase_list(source, rid, "phrases", &mut r.phrases, normal)?
                            .into_iter()
                            .map(|p| p.trim_end_matches(['.', '!', '?']).trim().to_string())
                            .collect();
                    let longest = phrases.iter().map(String::len).max().unwrap_or(0);
                    Some(Check::ColdOpener { phrases, longest })
                }
                Some("terse-reply") => Some(Check::TerseReply {
                    allow: r.allow.iter().map(|a| a.trim().to_lowercase()).collect(),
                    max_words: r.max_words.unwrap_or(3) as usize,
                }),
                Some("shouting") => Some(Check::Shouting {
                    allow: r.allow.iter().map(|a| a.trim().to_uppercase()).collect(),
                    alone: phrase_list(source, rid, "phrases", &mut r.phrases, normal)?
                        .iter()
                        .map(|a| a.to_uppercase())
                        .collect(),
                }),
                Some("acronym") => Some(Check::Acronym {
                    allow: r.allow.iter().map(|a| a.trim().to_uppercase()).collect(),
                }),
                Some("tautology") => Some(Check::Tautology {
                    allow: r.allow.iter().map(|a| normalize_phrase(a)).collect(),
                }),
                Some(other) => {
                    return Err(err(
                        source,
                        rid,
                        Some("check"),
                        format!(
                        "unknown check `{other}` (expected `bare-reply`, `terse-reply`, `cold-opener`, `shouting`, `acronym` or `tautology`)"
                    ),
                    ))
                }
            };
            rules.push(CompiledRule {
                info: 0,
                texts: [
                    Arc::from(&*info.id),
                    Arc::from(&*info.message),
                    Arc::from(&*info.why),
                ],
                severity,
                patterns,
                filters,
                check,
                suggestions: info.suggestions.iter().map(compile_suggestion).collect(),
                swaps: {
                    let mut swaps: Vec<(Box<str>, RuleSuggestion)> = info
                        .swaps
                        .iter()
                        .map(|w| {
                            let (cased, applicability, _) = compile_suggestion(&w.suggestion);
                            let shape = fit::swap_shape(&w.suggestion.text);
                            (Box::from(&*w.phrase), (cased, applicability, shape))
                        })
                        .collect();
                    swaps.sort_by(|a, b| a.0.cmp(&b.0));
                    swaps.into_boxed_slice()
                },
                swap_words: [true, false].map(|first| {
                    let mut words: Vec<Box<str>> = info
                        .swaps
                        .iter()
                        .filter_map(|w| {
                            // Compared as `may_swap` reads a span: the letters before the
                            // first word's apostrophe ("child's play"), after the last one's.
                            let mut words = w.phrase.split(' ');
                            if first {
                                words.next()?.split(|c: char| !c.is_alphanumeric()).next()
                            } else {
                                words
                                    .next_back()?
                                    .rsplit(|c: char| !c.is_alphanumeric())
                                    .next()
                            }
                        })
                        .map(Box::from)
                        .collect();
                    words.sort();
                    words.dedup();
                    words.into_boxed_slice()
                }),
            });
            rule_infos.push(RuleInfo { severity, ..info });
        }

        // Every name in the config must mean something.
        let all_ids: HashSet<&str> = order.iter().map(|s| &**s).collect();
        let known = |s: &str| all_ids.contains(s) || s.parse::<Category>().is_ok();
        for (field, list) in [("select", &config.select), ("ignore", &config.ignore)] {
            if let Some(bad) = list.iter().find(|s| !known(s)) {
                return Err(err(
                    "config",
                    None,
                    Some(field),
                    format!("unknown rule id or category `{bad}`; `warmly rules` lists them"),
                ));
            }
        }
        if let Some(bad) = config.severity.keys().find(|s| !known(s)) {
            return Err(err(
                "config",
                None,
                Some("severity"),
                format!("unknown rule id or category `{bad}`; `warmly rules` lists them"),
            ));
        }

        let mut markers = Vec::new();
        let mut marker_phrases: Vec<(Cow<'static, str>, u32)> = Vec::new();
        for (p, k) in marker_specs {
            let (source, pack, normal) = &mut packs[p];
            let (source, normal): (&str, bool) = (source, *normal);
            let m = &mut pack.marker[k];
            let kind: MarkerKind = m
                .kind
                .parse()
                .map_err(|e: String| err(source, None, Some("marker.kind"), e))?;
            if m.phrases.is_empty() && m.patterns.is_empty() {
                return Err(err(
                    source,
                    None,
                    Some("marker"),
                    format!("a `{}` marker has no phrases or patterns", m.kind),
                ));
            }
            let idx = markers.len() as u32;
            for p in phrase_list(source, None, "marker.phrases", &mut m.phrases, normal)? {
                marker_phrases.push((p, idx));
            }
            markers.push(CompiledMarker {
                kind,
                patterns: m
                    .patterns
                    .iter()
                    .map(|p| compile_regex(source, None, "marker.patterns", p))
                    .collect::<Result<Vec<_>, _>>()?,
                filters: compile_filters(
                    &mut contexts,
                    source,
                    None,
                    &mut m.unless_before,
                    &mut m.unless_after,
                    &mut Vec::new(),
                    &mut Vec::new(),
                    &mut Vec::new(),
                    normal,
                )?,
            });
        }

        let mut rule_set =
            PatternSet::new(take_patterns(rules.iter_mut().map(|r| &mut r.patterns)));
        let mut marker_set =
            PatternSet::new(take_patterns(markers.iter_mut().map(|m| &mut m.patterns)));
        // One index for all phrases of all rules, one for terms.
        // Presized for the rule and marker phrases, the gate literals and the context phrases.
        let (n, bytes) = packs
            .iter()
            .flat_map(|(_, pack, _)| pack.rule.iter().flat_map(|r| &r.phrases))
            .chain(marker_phrases.iter().map(|(p, _)| p))
            .map(|p| p.len())
            .chain((rule_set.gate.iter().chain(&marker_set.gate)).map(|(p, _)| p.len()))
            .chain(contexts.ids.keys().map(|p| p.len()))
            .fold((0, 0), |(n, bytes), len| (n + 1, bytes + len));
        let mut index = IndexBuilder::with_capacity(n + 64, bytes + 1024);
        let mut terms: Vec<(Cow<'static, str>, u32)> = Vec::new();
        let mut term_owner = Vec::new();
        for (i, r) in rules.iter().enumerate() {
            let (p, k) = by_id[&rule_infos[i].id];
            let (source, pack, normal) = &mut packs[p];
            let (source, normal): (&str, bool) = (source, *normal);
            let spec = &mut pack.rule[k];
            if r.check.is_some() {
                continue;
            }
            for p in phrase_list(source, Some(&spec.id), "phrases", &mut spec.phrases, normal)? {
                index.add(&p, Kind::Rule, i as u32);
            }
            for t in &spec.terms {
                let (term, expansion) = match t.split_once('=') {
                    Some((a, b)) => (a.trim(), Some(b.trim().to_string())),
                    None => (t.trim(), None),
                };
                if term.is_empty() || expansion.as_deref() == Some("") {
                    return Err(err(
                        source,
                        Some(&spec.id),
                        Some("terms"),
                        format!("bad term `{t}`: write `TERM` or `TERM = what it means`"),
                    ));
                }
                terms.push((Cow::Owned(normalize_phrase(term)), term_owner.len() as u32));
                term_owner.push((i as u32, term.into(), expansion));
            }
        }
        let allow: Vec<(Cow<'static, str>, u32)> = config
            .allow
            .iter()
            .map(|a| Cow::<str>::Owned(normalize_phrase(a)))
            .filter(|a| !a.is_empty())
            .map(|a| (a, 0))
            .collect();

        // The infos sorted by id (moved, not copied); each rule keeps where its own went.
        let mut by_name: Vec<usize> = (0..rule_infos.len()).collect();
        sort::sort_by(&mut by_name, |&a, &b| {
            rule_infos[a].id.cmp(&rule_infos[b].id)
        });
        for (at, &i) in by_name.iter().enumerate() {
            rules[i].info = at as u32;
        }
        let mut moved: Vec<Option<RuleInfo>> = rule_infos.into_iter().map(Some).collect();
        let infos: Vec<RuleInfo> = by_name
            .iter()
            .map(|&i| moved[i].take().expect("each rule once"))
            .collect();
        for (p, o) in marker_phrases {
            index.add(&p, Kind::Marker, o);
        }
        for (p, o) in std::mem::take(&mut rule_set.gate) {
            index.add(&p, Kind::RuleGate, o);
        }
        for (p, o) in std::mem::take(&mut marker_set.gate) {
            index.add(&p, Kind::MarkerGate, o);
        }
        for (p, o) in terms {
            index.add(&p, Kind::Term, o);
        }
        for (p, o) in allow {
            index.add(&p, Kind::Allow, o);
        }
        for (p, id) in contexts.ids {
            index.add(&p, Kind::Context, id);
        }
        let checked = (0..rules.len() as u32)
            .filter(|&i| rules[i as usize].check.is_some())
            .collect();
        let reply_words = rules
            .iter()
            .filter_map(|r| match r.check {
                Some(Check::BareReply { max_words, .. })
                | Some(Check::TerseReply { max_words, .. }) => Some(max_words),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        Ok(Linter {
            checked,
            reply_words,
            rule_set,
            marker_set,
            index: index.finish(cache),
            term_owner,
            rules,
            infos,
            markers,
            spares: Mutex::default(),
        })
    }

    /// The enabled rules, sorted by id.
    pub fn rules(&self) -> &[RuleInfo] {
        &self.infos
    }

    /// One enabled rule by id.
    pub fn rule(&self, id: &str) -> Option<&RuleInfo> {
        self.infos
            .binary_search_by(|r| (*r.id).cmp(id))
            .ok()
            .map(|i| &self.infos[i])
    }

    /// Lint `text` and score it.
    pub fn check(&self, text: &str) -> Report {
        self.check_whole(text, true)
    }

    /// Check a part of a longer text, as [`Linter::parts`] cut it: like [`Linter::check`], but
    /// the whole-text check (a bare one-word reply) runs on the `first` part only. Join the parts'
    /// reports with [`crate::join_reports`].
    pub fn check_part(&self, part: &str, first: bool) -> Report {
        self.check_whole(part, first)
    }

    /// Where `text` can be cut into parts that [`Linter::check_part`] checks independently (on
    /// several threads, say) with the report [`Linter::check`] gives for the whole: consecutive
    /// ranges of at least `min_len` bytes (the last may be shorter), cut right after blank lines.
    /// One range, the whole text, when it is shorter than `2 * min_len`, has no blank line outside
    /// `{{ }}`/`{% %}` placeholders (which may span lines), or when its first part holds too few
    /// words to rule out a bare reply.
    #[allow(clippy::single_range_in_vec_init)] // one part, the whole text
    pub fn parts(&self, text: &str, min_len: usize) -> Vec<std::ops::Range<usize>> {
        let cut = crate::parts::cut(text, min_len);
        let Some(first) = cut.first().filter(|_| cut.len() > 1) else {
            return cut;
        };
        // The bare-reply check reads the body from the text's start: the first part alone gives
        // its answer when it holds more words than any body that check flags, with room for a
        // greeting and handles.
        let most = self.reply_words;
        let words = text[first.clone()]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(2 * most + 100)
            .count();
        if words < 2 * most + 100 {
            return vec![0..text.len()];
        }
        cut
    }

    fn check_whole(&self, text: &str, whole: bool) -> Report {
        let (doc, hits) = self.prepare(text, LINT_KINDS | MARKER_KINDS);
        let findings = self.lint_doc_with(&doc, &hits, whole);
        let markers = self.markers_doc(&doc, &hits);
        self.give_back(doc, hits);
        let score = score::score(&findings, markers);
        Report { findings, score }
    }

    /// The document of `text` and its index hits of the `kinds`, built in the buffers of a
    /// spare when there is one.
    fn prepare<'t>(&self, text: &'t str, kinds: u8) -> (Document<'t>, Hits) {
        let spare = if cfg!(target_arch = "wasm32") {
            Spare::default()
        } else {
            self.spares
                .lock()
                .ok()
                .and_then(|mut s| s.pop())
                .unwrap_or_default()
        };
        let doc = Document::with_spare(text, spare.norm);
        let hits = self.index.find(&doc.norm.text, kinds, spare.hits);
        (doc, hits)
    }

    /// Keep the buffers of a finished lint for the next one. Not in the WebAssembly module: a
    /// browser lints one short draft at a time, and the module has a size budget.
    fn give_back(&self, doc: Document<'_>, hits: Hits) {
        if cfg!(target_arch = "wasm32") {
            return;
        }
        let spare = Spare {
            norm: doc.norm,
            hits,
        };
        if spare.norm.capacity_bytes() + spare.hits.capacity_bytes() > MAX_SPARE_BYTES {
            return;
        }
        if let Ok(mut spares) = self.spares.lock() {
            if spares.len() < MAX_SPARES {
                spares.push(spare);
            }
        }
    }

    /// Apply suggestions until nothing more changes (at most ten rounds): the first suggestion of
    /// each finding, safe ones only unless `unsafe_too`. Applying the result again changes nothing.
    pub fn fix(&self, text: &str, unsafe_too: bool) -> crate::Fixed {
        let mut current = crate::Fixed {
            text: text.to_string(),
            applied: 0,
        };
        for _ in 0..10 {
            let round = crate::fix(&current.text, &self.lint(&current.text), unsafe_too);
            if round.applied == 0 || round.text == current.text {
                break;
            }
            current = crate::Fixed {
                text: round.text,
                applied: current.applied + round.applied,
            };
        }
        current
    }

    /// Lint `text`: findings sorted by start.
    pub fn lint(&self, text: &str) -> Vec<Finding> {
        let (doc, hits) = self.prepare(text, LINT_KINDS);
        let findings = self.lint_doc(&doc, &hits);
        self.give_back(doc, hits);
        findings
    }

    /// The warmth score of `text`, given its findings (from [`Linter::lint`]).
    pub fn score(&self, text: &str, findings: &[Finding]) -> Score {
        let (doc, hits) = self.prepare(text, MARKER_KINDS);
        let markers = self.markers_doc(&doc, &hits);
        self.give_back(doc, hits);
        score::score(findings, markers)
    }

    fn markers_doc(&self, doc: &Document<'_>, hits: &Hits) -> Vec<Marker> {
        let mut out: Vec<Marker> = Vec::new();
        let norm = &doc.norm.text;
        let mut push = |m: u32, s: usize, e: usize| {
            let marker = &self.markers[m as usize];
            if s >= e
                || !norm.is_char_boundary(s)
                || !norm.is_char_boundary(e)
                || !doc.on_word_boundaries(s, e)
                || marker.filters.cancels(doc, hits, s, e)
            {
                return;
            }
            let (start, end) = doc.norm.original(s, e);
            if doc.is_masked(start, end) {
                return;
            }
            out.push(Marker {
                kind: marker.kind,
                start,
                end,
            });
        };
        for &(i, s, e) in &hits.marker {
            push(i, s, e);
        }
        for (i, s, e) in self
            .marker_set
            .matches(norm, &hits.marker_gate, &hits.stops, &hits.words)
        {
            push(i, s, e);
        }
        sort::stable_by_key(&mut out, |m| (m.start, m.end));
        out.dedup_by(|a, b| a.start < b.end && b.start < a.end && a.kind == b.kind);
        out
    }

    fn lint_doc(&self, doc: &Document<'_>, hits: &Hits) -> Vec<Finding> {
        self.lint_doc_with(doc, hits, true)
    }

    /// The findings of `doc`; `whole`: it is a whole text (not a later part of one), so the
    /// bare-reply check runs.
    fn lint_doc_with(&self, doc: &Document<'_>, hits: &Hits, whole: bool) -> Vec<Finding> {
        let norm = &doc.norm.text;
        let mut cands: Vec<Candidate> = Vec::with_capacity(norm.len() / 64);
        let push_norm = |rule: u32, s: usize, e: usize, cands: &mut Vec<Candidate>| {
            if s >= e
                || !norm.is_char_boundary(s)
                || !norm.is_char_boundary(e)
                || !doc.on_word_boundaries(s, e)
            {
                return;
            }
            if self.rules[rule as usize].filters.cancels(doc, hits, s, e) {
                return;
            }
            let (start, end) = doc.norm.original(s, e);
            // "Our Calm Down Sunday class", "Simply Oak is our new range": a name, not the phrase.
            if crate::text::reads_as_name(doc.text, start, end) {
                return;
            }
            cands.push(Candidate {
                rule,
                start,
                end,
                computed: None,
            });
        };
        for &(r, s, e) in &hits.rule {
            push_norm(r, s, e, &mut cands);
        }
        for (i, s, e) in self
            .rule_set
            .matches(norm, &hits.rule_gate, &hits.stops, &hits.words)
        {
            push_norm(i, s, e, &mut cands);
        }
        {
            let text = doc.text;
            // Terms explained earlier in the same paragraph (a blank line ends it, as it ends the
            // parts a long text is checked in): later uses need no explanation.
            let mut explained_terms: Vec<u32> = Vec::new();
            let mut last_end = 0;
            for &(t, ns, ne) in &hits.term {
                // Terms are indexed in lower case: the original must have their case.
                let (rule, term, expansion) = &self.term_owner[t as usize];
                if !doc.on_word_boundaries(ns, ne) {
                    continue;
                }
                let (s, e) = doc.norm.original(ns, ne);
                if text[s..e] != **term || !on_word_boundaries(text, s, e) {
                    continue;
                }
                // The prefix of a reference number ("RA-55210", "INC#4471", "INC-{{ticket.id}}")
                // is not jargon.
                if let [b'-' | b'#', d, ..] = text.as_bytes()[e..] {
                    if starts_number(d) {
                        continue;
                    }
                }
                // A code with a digit right after a brand word names a model ("your Ember T3",
                // "the Galaxy S3"), not a tier or an internal code.
                if crate::text::model_name(text, s, e) {
                    continue;
                }
                if s < last_end || has_blank_line(&text[last_end..s]) {
                    explained_terms.clear();
                }
                last_end = e;
                if explained(text, s, e)
                    || self.rules[*rule as usize]
                        .filters
                        .cancels(doc, hits, ns, ne)
                {
                    explained_terms.push(t);
                    continue;
                }
                if explained_terms.contains(&t) {
                    continue;
                }
                cands.push(Candidate {
                    rule: *rule,
                    start: s,
                    end: e,
                    computed: expansion.as_ref().map(|x| format!("{x} ({})", &text[s..e])),
                });
            }
        }
        // The body of a short reply: (start, end, words), `usize::MAX` words when there is none.
        let mut body: Option<(usize, usize, usize)> = None;
        // A terse reply is kept only when no other finding falls in it.
        let mut terse: Vec<Candidate> = Vec::new();
        // A structural finding of rule `i` at `s..e` of the normalised text.
        let found = |i: usize, s: usize, e: usize| {
            let (start, end) = doc.norm.original(s, e);
            Candidate {
                rule: i as u32,
                start,
                end,
                computed: None,
            }
        };
        for &i in &self.checked {
            let i = i as usize;
            match &self.rules[i].check {
                None => {}
                Some(Check::BareReply { .. }) if !whole => {}
                Some(Check::BareReply { phrases, max_words }) => {
                    // The body is found once for all bare-reply rules (up to the most words
                    // any of them allows).
                    let (start, end, words) = *body.get_or_insert_with(|| {
                        reply_body(doc, self.reply_words).unwrap_or((0, 0, usize::MAX))
                    });
                    if words > *max_words {
                        continue;
                    }
                    for (s, e) in bare_sentences(doc, start, end, phrases) {
                        cands.push(found(i, s, e));
                    }
                }
                Some(Check::ColdOpener { .. }) if !whole => {}
                Some(Check::ColdOpener { phrases, longest }) => {
                    if let Some((s, e)) = cold_opener(&doc.norm.text, phrases, *longest) {
                        cands.push(found(i, s, e));
                    }
                }
                Some(Check::TerseReply { .. }) if !whole => {}
                Some(Check::TerseReply { allow, max_words }) => {
                    let (start, end, words) = *body.get_or_insert_with(|| {
                        reply_body(doc, self.reply_words).unwrap_or((0, 0, usize::MAX))
                    });
                    if words == usize::MAX {
                        continue;
                    }
                    // Words are counted as written: the normalised text spells contractions
                    // out ("Locker's full." is three words, not four).
                    if let Some((s, e)) =
                        terse_body(&doc.norm.text, start, end, allow, *max_words + 3)
                    {
                        let t = found(i, s, e);
                        if written_words(&doc.text[t.start..t.end]) <= *max_words {
                            terse.push(t);
                        }
                    }
                }
                Some(Check::Tautology { allow }) => {
                    for (s, e) in tautologies(&doc.norm.text, &hits.words, allow) {
                        if !self.rules[i].filters.cancels(doc, hits, s, e) {
                            cands.push(found(i, s, e));
                        }
                    }
                }
                Some(Check::Acronym { allow }) => {
                    cands.extend(acronyms(doc.text, allow).into_iter().map(|(start, end)| {
                        Candidate {
                            rule: i as u32,
                            start,
                            end,
                            computed: None,
                        }
                    }));
                }
                Some(Check::Shouting { allow, alone }) => {
                    for (start, end) in shouting(doc.text, allow, alone) {
                        if labelled_near(doc.text, start)
                            || heading(doc.text, start, end)
                            || product_name(doc.text, start, end)
                            || sign_name(doc.text, start, end)
                        {
                            continue;
                        }
                        cands.push(Candidate {
                            rule: i as u32,
                            start,
                            end,
                            computed: Some(unshout(&doc.text[start..end], allow)),
                        });
                    }
                }
            }
        }

        for t in terse {
            if !cands.iter().any(|c| c.start < t.end && t.start < c.end) {
                cands.push(t);
            }
        }

        // Drop masked and allowed spans.
        let mut allowed: Vec<(usize, usize)> = Vec::new();
        for &(s, e) in &hits.allow {
            if doc.on_word_boundaries(s, e) {
                allowed.push(doc.norm.original(s, e));
            }
        }
        // Jargon explained where it stands, or where the same term stands elsewhere in the draft
        // ("text PAC to 65075 ... you'll get a PAC (porting authorisation code) back"), is not
        // jargon, however it was found.
        // Nor is a team's name signing the reply off ("Kind regards,\nDevOps Support").
        let explained_jargon = |c: &Candidate| {
            self.infos[self.rules[c.rule as usize].info as usize].category == Category::Jargon
                && (signature_line(doc.text, c.start, c.end)
                    || explained_anywhere(doc.text, c.start, c.end))
        };
        cands.retain(|c| {
            c.start < c.end
                && !doc.cuts_mask(c.start, c.end)
                && !allowed.iter().any(|&(s, e)| s <= c.start && c.end <= e)
                && !explained_jargon(c)
        });

        // A shouted word that opens an order ("STOP calling us", "DON'T open another ticket") is
        // shouting first: the capitals are what the customer hears. So is a phrase written wholly
        // in capitals ("YOU ARE NOT LISTENING"), whatever it would be in lower case; jargon
        // stays jargon.
        let mut shouted: Vec<(usize, usize)> = cands
            .iter()
            .filter(|c| {
                matches!(
                    self.rules[c.rule as usize].check,
                    Some(Check::Shouting { .. })
                )
            })
            .map(|c| (c.start, c.end))
            .collect();
        if !shouted.is_empty() {
            // Sorted by start, with the furthest end so far beside each: a span holds
            // `start..end` when one starting at or before `start` reaches `end`. Binary searches,
            // not a scan per candidate (a page in capitals has thousands of each).
            sort::sort(&mut shouted);
            let mut reach = 0;
            let furthest: Vec<usize> = shouted
                .iter()
                .map(|&(_, e)| {
                    reach = reach.max(e);
                    reach
                })
                .collect();
            let upto = |start: usize| shouted.partition_point(|&(s, _)| s <= start);
            cands.retain(|c| {
                let rule = &self.rules[c.rule as usize];
                let category = self.infos[rule.info as usize].category;
                if matches!(category, Category::Hostile | Category::Jargon) {
                    return true;
                }
                let n = upto(c.start);
                if category == Category::Commanding && n > 0 && shouted[n - 1].0 == c.start {
                    return false;
                }
                n == 0 || furthest[n - 1] < c.end
            });
        }

        // Keep non-overlapping findings: leftmost first, then longest.
        sort::stable_by_cached_key(&mut cands, |c| {
            (
                c.start,
                // A whole reply that is a bare phrase is judged as a reply first, whatever ends
                // the other finding: "Read the T&Cs." alone is curt before it is an order.
                !matches!(
                    self.rules[c.rule as usize].check,
                    Some(Check::BareReply { .. })
                ),
                std::cmp::Reverse(c.end - c.start),
                // An acronym found by the structural check yields to any other finding of the
                // same span (a term with its expansion, a phrase).
                matches!(
                    self.rules[c.rule as usize].check,
                    Some(Check::Acronym { .. })
                ),
                std::cmp::Reverse(self.rules[c.rule as usize].severity),
                c.rule,
            )
        });
        // Sorted by start, a candidate overlaps a kept one exactly when it starts before the end
        // of the last one kept: one pass, whatever the number of findings.
        let mut kept: Vec<Candidate> = Vec::new();
        for c in cands {
            if kept.last().is_none_or(|k| c.start >= k.end) {
                kept.push(c);
            }
        }
        // Findings of phrases and of clauses (not of whole replies, capitals or acronyms) may
        // merge with their neighbours.
        crate::merge::merge_neighbours(doc.text, self.findings(doc.text, &kept), |i| {
            matches!(
                self.rules[kept[i].rule as usize].check,
                None | Some(Check::Tautology { .. })
            )
        })
    }

    /// Where the finding of `c` starts, whether a sentence starts there, which of its rule's
    /// suggestions fit there (bit `i` for suggestion `i`, bit [`SUGGESTION_BITS`] `+ j` for swap
    /// `first + j`), and `first`. The rule's swaps for the flagged words come first; the finding
    /// starts at `c.start`, or earlier at the subject and verb that open its clause ("It's | not
    /// rocket science") when nothing fits the span alone and one of the rule's suggestions fits
    /// from there (see [`fit::lead`]). `prev_end`: where the finding before it ends.
    fn finding_start(
        &self,
        text: &str,
        c: &Candidate,
        prev_end: usize,
    ) -> (usize, bool, u64, usize) {
        let rule = &self.rules[c.rule as usize];
        let suggestions = &rule.suggestions;
        // The swaps for exactly these words: a run of the sorted list.
        let (first, swaps) = if rule.swaps.is_empty()
            || c.computed.is_some()
            || !may_swap(&rule.swap_words, &text[c.start..c.end])
        {
            (0, &rule.swaps[..0])
        } else {
            let key = swap_key(&text[c.start..c.end]);
            let first = rule.swaps.partition_point(|w| *w.0 < *key);
            let n = rule.swaps[first..]
                .iter()
                .take_while(|w| *w.0 == *key)
                .count();
            (first, &rule.swaps[first..first + n])
        };
        let fitting = |start: usize, swaps: &[(Box<str>, RuleSuggestion)]| {
            let sentence_start = fit::sentence_start(text, start);
            let fits = |&(_, _, shape): &RuleSuggestion, swap: bool| {
                fit::fits(shape, text, start, c.end, sentence_start, swap)
            };
            let mask = suggestions
                .iter()
                .take(SUGGESTION_BITS)
                .enumerate()
                .filter(|(_, s)| fits(s, false))
                .fold(0u64, |m, (i, _)| m | 1 << i);
            let mask = swaps
                .iter()
                .take(64 - SUGGESTION_BITS)
                .enumerate()
                .filter(|(_, w)| fits(&w.1, true))
                .fold(mask, |m, (j, _)| m | 1 << (SUGGESTION_BITS + j));
            (start, sentence_start, mask, first)
        };
        let here = fitting(c.start, swaps);
        if c.computed.is_some() || suggestions.is_empty() || here.2 != 0 {
            return here;
        }
        match fit::lead(text, c.start) {
            Some(lead) if lead >= prev_end => {
                let there = fitting(lead, &[]);
                if there.2 != 0 {
                    there
                } else {
                    here
                }
            }
            _ => here,
        }
    }

    fn findings(&self, text: &str, kept: &[Candidate]) -> Vec<Finding> {
        let starts: Vec<(usize, bool, u64, usize)> = kept
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let prev_end = i.checked_sub(1).map_or(0, |j| kept[j].end);
                self.finding_start(text, c, prev_end)
            })
            .collect();
        let mut offsets: Vec<usize> = kept
            .iter()
            .zip(&starts)
            .flat_map(|(c, &(start, ..))| [start, c.end])
            .collect();
        sort::sort(&mut offsets);
        offsets.dedup();
        let pos = positions(text, &offsets);
        let at = |o: usize| pos[offsets.binary_search(&o).expect("offset was recorded")];
        kept.iter()
            .zip(starts)
            .map(|(c, (start, sentence_start, fitting, first))| {
                let compiled = &self.rules[c.rule as usize];
                let rule = &self.infos[compiled.info as usize];
                let [id, message, why] = &compiled.texts;
                let (line, column, utf16_start) = at(start);
                let (end_line, end_column, utf16_end) = at(c.end);
                let computed = c.computed.as_deref().map(|t| Suggestion {
                    text: Arc::from(match_case(sentence_start, t)),
                    applicability: Applicability::Safe,
                });
                let written = |(cased, applicability, shape): &RuleSuggestion| Suggestion {
                    text: fit::tidy(
                        &cased[usize::from(sentence_start)],
                        *shape,
                        text,
                        start,
                        c.end,
                    ),
                    applicability: *applicability,
                };
                let swaps = (SUGGESTION_BITS..64)
                    .take_while(|&bit| fitting >> bit != 0)
                    .filter(|&bit| fitting & 1 << bit != 0)
                    .map(|bit| written(&compiled.swaps[first + bit - SUGGESTION_BITS].1));
                let own = compiled
                    .suggestions
                    .iter()
                    .take(SUGGESTION_BITS)
                    .enumerate()
                    .filter(|&(i, _)| fitting & 1 << i != 0)
                    .map(|(_, s)| written(s));
                // Two rewrites that come out the same (a swap and a suggestion, or two swaps for
                // spellings of the same words): once.
                let mut suggestions: Vec<Suggestion> = Vec::new();
                for s in computed.into_iter().chain(swaps).chain(own) {
                    if !suggestions.iter().any(|t| t.text == s.text) {
                        suggestions.push(s);
                    }
                }
                Finding {
                    rule: id.clone(),
                    category: rule.category,
                    severity: rule.severity,
                    message: message.clone(),
                    why: why.clone(),
                    start,
                    end: c.end,
                    line,
                    column,
                    end_line,
                    end_column,
                    utf16_start,
                    utf16_end,
                    suggestions,
                    also: Vec::new(),
                }
            })
            .collect()
    }
}

/// How many bytes of `bytes` are line feeds, start a char (do not continue one), and start a
/// char of four bytes; eight bytes at a time.
fn byte_counts(bytes: &[u8]) -> (usize, usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let (mut newlines, mut conts, mut fours) = (0u32, 0u32, 0u32);
    let mut count = |x: u64| {
        // A byte's top bit, where the byte is zero after the XOR (exact: no carry crosses bytes).
        let y = x ^ 0x0A0A_0A0A_0A0A_0A0A;
        newlines += (!(((y & LOW7) + LOW7) | y) & HIGH).count_ones();
        // 10xxxxxx: top bit set, the next one clear.
        conts += (x & !(x << 1) & HIGH).count_ones();
        // 11110xxx and up: the four top bits set.
        fours += (x & (x << 1) & (x << 2) & (x << 3) & HIGH).count_ones();
    };
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        count(u64::from_le_bytes(c.try_into().expect("eight bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Padded with zero bytes, which count as none of the three.
        let mut pad = [0u8; 8];
        pad[..rest.len()].copy_from_slice(rest);
        count(u64::from_le_bytes(pad));
    }
    (
        newlines as usize,
        bytes.len() - conts as usize,
        fours as usize,
    )
}

/// Line (1-based), column (1-based, chars) and UTF-16 offset of each sorted byte offset.
fn positions(text: &str, sorted: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::with_capacity(sorted.len());
    let (mut line, mut col, mut u16) = (1usize, 1usize, 0usize);
    let mut byte = 0usize;
    for &target in sorted {
        let target = target.min(text.len());
        if target > byte {
            // Bytes, not chars: each byte that does not continue a char starts one, and a char
            // of four bytes is two UTF-16 units.
            let bytes = &text.as_bytes()[byte..target];
            let last = bytes.iter().rposition(|&b| b == b'\n');
            let (newlines, starts, fours) = byte_counts(bytes);
            u16 += starts + fours;
            match last {
                Some(last) => {
                    line += newlines;
                    col = 1 + byte_counts(&bytes[last + 1..]).1;
                }
                None => col += starts,
            }
            byte = target;
        }
        out.push((line, col, u16));
    }
    out
}

/// Convert a byte offset of `text` to a UTF-16 offset (offsets inside a char count up to it).
pub fn utf16_offset(text: &str, byte: usize) -> usize {
    text.char_indices()
        .take_while(|&(i, _)| i < byte)
        .map(|(_, c)| c.len_utf16())
        .sum()
}

/// Convert a UTF-16 offset of `text` to a byte offset, if it falls on a char boundary.
pub fn byte_offset(text: &str, utf16: usize) -> Option<usize> {
    let mut u = 0;
    for (i, c) in text.char_indices() {
        if u == utf16 {
            return Some(i);
        }
        if u > utf16 {
            return None;
        }
        u += c.len_utf16();
    }
    (u == utf16).then_some(text.len())
}

/// Start the suggestion with a capital at the start of a sentence, and with a small letter
/// elsewhere (unless its first word is "I" or an acronym).
fn match_case(sentence_start: bool, suggestion: &str) -> String {
    let mut chars = suggestion.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let first_word = suggestion.split_whitespace().next().unwrap_or("");
    let keep = first_word == "I"
        || first_word.starts_with("I'")
        || first_word.starts_with("I\u{2019}")
        || first_word.chars().filter(|c| c.is_uppercase()).count() > 1;
    let mut out = String::with_capacity(suggestion.len() + 2);
    if sentence_start {
        out.extend(first.to_uppercase());
    } else if keep {
        out.push(first);
    } else {
        out.extend(first.to_lowercase());
    }
    out.push_str(chars.as_str());
    out
}

/// Shouted words in normal case: lower case, but acronyms and "I" stay as they are.
fn unshout(shouted: &str, allow: &HashSet<String>) -> String {
    let mut out = String::with_capacity(shouted.len());
    let mut previous = "";
    let words: Vec<&str> = shouted.split(' ').collect();
    for (i, &word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        // "STOP MESSAGING US": the pronoun, not the country ("THE US"), which a shouted phrase
        // names only after "the"; "IT IS NOT OUR FAULT", "DELAYED IT": the pronoun, not the
        // department ("OUR IT TEAM", "THE IT DESK").
        let next = words
            .get(i + 1)
            .map_or("", |w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        let owned = ["THE", "OUR", "YOUR", "MY", "AN", "THEIR"]
            .iter()
            .any(|w| previous.eq_ignore_ascii_case(w));
        let pronoun = (bare == "US" && i > 0 && !previous.eq_ignore_ascii_case("the"))
            || (bare == "IT"
                && !owned
                && ![
                    "TEAM",
                    "DEPARTMENT",
                    "DEPT",
                    "SUPPORT",
                    "DESK",
                    "HELPDESK",
                    "ADMIN",
                    "SERVICES",
                    "STAFF",
                    "PEOPLE",
                    "GUY",
                    "GUYS",
                    "SYSTEMS",
                    "SECURITY",
                ]
                .contains(&next));
        previous = bare;
        if bare == "I" || bare.starts_with("I'") || (allow.contains(bare) && !pronoun) {
            out.push_str(word);
        } else {
            out.push_str(&word.to_lowercase());
        }
    }
    out
}

/// Is the term at `s..e` explained by a parenthesis right next to it?
/// Does `seg` hold a blank line (a line of nothing but spaces between two line breaks)?
fn has_blank_line(seg: &str) -> bool {
    let mut lines = seg.split('\n');
    lines.next();
    let mut prev_blank = false;
    for line in lines {
        if prev_blank {
            return true;
        }
        prev_blank = line.trim().is_empty();
    }
    false
}

/// Is the acronym at `s..e` of `text` spelled out right after it, set off by a comma, a dash
/// or a colon ("CAF, the Charities Aid Foundation, runs...", "the SLA - service level
/// agreement - says", "the BAF, or bunker adjustment factor,")? The initials of the next words,
/// small words such as "of" and "and" skipped, must spell it.
fn spelled_out(text: &str, s: usize, e: usize) -> bool {
    let term = &text[s..e];
    if !(2..=6).contains(&term.len()) || !term.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let after = text[e..].trim_start_matches(' ');
    let Some(rest) = [",", " -", "-", "\u{2013}", "\u{2014}", ":"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    let rest = rest.trim_start_matches(' ');
    let rest = ["or ", "i.e. ", "aka ", "meaning "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let rest = ["the ", "The ", "a ", "an "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    let mut want = term.bytes().map(|b| b.to_ascii_lowercase()).peekable();
    for word in rest.split([' ', '-']).take(term.len() + 4) {
        let Some(&next) = want.peek() else { break };
        let word = word.trim_end_matches([',', '.', ';', ':', ')', '!', '?']);
        let first = word.bytes().next().map(|b| b.to_ascii_lowercase());
        if first == Some(next) && word.bytes().all(|b| b.is_ascii_alphabetic()) {
            want.next();
        } else if !["of", "and", "for", "&", "to", "on", "in"].contains(&word) {
            return false;
        }
    }
    want.peek().is_none()
}

/// Verbs that may follow a term's closed apposition ("Your MPAN, the number on your bill, is
/// now linked"), and "so", which goes on to what followed ("a fault with the RNG, our random
/// number generator, so every stake was returned").
const CLOSING_VERBS: [&str; 17] = [
    "is", "are", "was", "were", "has", "have", "shows", "stays", "confirms", "will", "can",
    "should", "appears", "needs", "lets", "tells", "so",
];

/// Is the term at `s..e` of `text` explained right next to it: in brackets after it or around
/// it (also after one more word: "the APN settings (the mobile data settings)"), or by "which",
/// "stands for", "means", a noun phrase between commas before the sentence's verb, or a dash
/// after it?
fn explained(text: &str, s: usize, e: usize) -> bool {
    if spelled_out(text, s, e) {
        return true;
    }
    let after = text[e..].trim_start_matches([' ', '\t']);
    let before = text[..s].trim_end_matches([' ', '\t']);
    // The text after the term's next word, hyphens and all ("our L2 team (...)", "the RCA
    // report, that is...", "your SSO sign-in (...)").
    let next_word = after.trim_start_matches(|c: char| c.is_alphabetic() || c == '-' || c == '+');
    // A parenthesis after the term's next word or two ("the RMA number below (that's your
    // return code)").
    let after_word = next_word.strip_prefix(' ').is_some_and(|rest| {
        rest.starts_with('(')
            || rest
                .trim_start_matches(|c: char| c.is_alphabetic())
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with('('))
    });
    // A gloss set off by a comma, right after the term or after its next word; ", which" only
    // when what follows describes the term, not what happened to it ("the KYC check, which is
    // now complete").
    let glossed = |rest: &str| {
        rest.strip_prefix(", which ").is_some_and(|gloss| {
            // A verb in the past ("the geofence, which triggered the fee") tells what happened.
            let verb = gloss.split(' ').next().unwrap_or("");
            !(NOT_A_GLOSS.iter().any(|w| {
                gloss
                    .get(..w.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(w))
                    && !gloss[w.len()..].starts_with(|c: char| c.is_alphanumeric())
            }) || (verb.len() > 4 && verb.ends_with("ed")))
        }) || [
            ", that is",
            ", that's",
            ", that\u{2019}s",
            ", i.e.",
            ", meaning",
            ", also known as",
        ]
        .iter()
        .any(|g| rest.starts_with(g))
    };
    // Inside a short parenthesis that glosses the words before it ("booking reference (also
    // called a PNR)").
    let in_gloss = after.starts_with(')') && opens_near(before);
    // Set off by a comma inside a parenthesis that opens just before it ("(that's our SLA, the
    // reply time we commit to)").
    let apposition = [", the ", ", a ", ", an ", ", our "]
        .iter()
        .any(|g| after.starts_with(g))
        && after.get(..80).unwrap_or(after).contains(')')
        && opens_near(before);
    // A noun phrase set off by a comma that says what the term is for, not a list ("the RMA,
    // the receipt and the photos"). Right after the term a relative word may come second or
    // third, or a relative pronoun fourth ("your PAC, the code you need...", "the PIR, our
    // post-incident report, which...", "the ONT, the small white box where...", "your IMEI, the
    // 15-digit number printed on the box"). After the term's next word the pronoun must follow
    // the noun at once ("our DevOps team, the engineers who..."): "the above-captioned claim,
    // the undersigned wishes to" is no gloss.
    let described = |after: &str, near: bool| {
        [", the ", ", a ", ", an ", ", your ", ", our "]
            .iter()
            .any(|g| {
                after.strip_prefix(g).is_some_and(|rest| {
                    let mut words = rest.split(' ');
                    let first = words.next().unwrap_or("");
                    let next = words.next().unwrap_or("");
                    let then = words.next().unwrap_or("");
                    let fourth = words.next().unwrap_or("");
                    let relative = |w: &str| RELATIVE.iter().any(|r| r.eq_ignore_ascii_case(w));
                    !first.is_empty()
                        && first.chars().all(|c| c.is_alphanumeric() || c == '-')
                        && first.chars().any(char::is_alphabetic)
                        && (relative(next)
                            || (near
                                && (relative(then)
                                    || ["that", "which", "who", "whose", "where"]
                                        .contains(&fourth))))
                        && (near || ["that", "which", "who", "whose"].contains(&next))
                })
            })
    };
    // A gloss after a dash a few words on in the sentence ("an RMA for your return — that's a
    // return authorisation number").
    let dash_gloss = || {
        let mut k = after.len().min(48);
        while !after.is_char_boundary(k) {
            k -= 1;
        }
        let near = &after[..k];
        let near = &near[..near.find(['.', '!', '?', '\n']).unwrap_or(near.len())];
        ["\u{2014} ", "\u{2013} ", " - "].iter().any(|d| {
            occurrences(near, d).any(|i| {
                let rest = &near[i + d.len()..];
                ["that's ", "that\u{2019}s ", "that is ", "i.e. "]
                    .iter()
                    .any(|g| rest.starts_with(g))
            })
        })
    };
    // A noun phrase set off by two commas and followed by the sentence's verb: the reader is
    // told what the term is on the way ("Your MPAN, the 13-digit number on your bill, is now
    // linked", "Your RMA, or return authorisation code, is below"), right after the term or
    // after its next word ("the L2 team, our senior repair technicians, will look at it"). "Per
    // our SOP, a third attempt is not possible" has no second comma.
    let closed_apposition = |after: &str| {
        [", the ", ", a ", ", an ", ", or ", ", your ", ", our "]
            .iter()
            .any(|g| {
                after.strip_prefix(g).is_some_and(|rest| {
                    let Some(k) = rest.get(..rest.len().min(90)).and_then(|r| r.find(',')) else {
                        return false;
                    };
                    let (gloss, verb) = (&rest[..k], rest[k + 1..].trim_start_matches(' '));
                    let verb = verb.split([' ', ',']).next().unwrap_or("");
                    // Before "so" the gloss must be a short noun phrase, not a clause of its
                    // own ("the ToS, your plan can be refunded within 14 days, so...").
                    let noun_phrase = || {
                        gloss.split(' ').count() <= 5
                            && !gloss.split(' ').any(|w| {
                                CLOSING_VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
                            })
                    };
                    !gloss.contains(['.', '!', '?', '\n', '(', ')', ';', ':'])
                        && gloss.split(' ').count() <= 12
                        && CLOSING_VERBS.contains(&verb)
                        && (verb != "so" || noun_phrase())
                })
            })
    };
    // A name in apposition, then the gloss in brackets ("Our SENCO, Gareth (he's our special
    // educational needs coordinator), would love to meet you").
    let named = after.strip_prefix(", ").is_some_and(|rest| {
        let gloss = rest.trim_start_matches(|c: char| c.is_alphabetic());
        gloss.len() < rest.len() && gloss.starts_with(" (")
    });
    after.starts_with('(')
        || after_word
        || named
        || in_gloss
        || apposition
        || closed_apposition(after)
        || closed_apposition(next_word)
        || described(after, true)
        || described(next_word, false)
        || glossed(after)
        || glossed(next_word)
        || after.starts_with(" stands for")
        || after.starts_with("stands for")
        || after.starts_with(", stands for")
        || after.starts_with(", short for")
        || after.starts_with("is short for")
        || defined(after)
        || after.starts_with("means")
        || after.starts_with("- ")
        || after.starts_with("\u{2014}")
        || after.starts_with("\u{2013} ")
        || before.ends_with('(')
        || dash_gloss()
}

/// Words after ", which" that say what happened to a term, not what it is: "the KYC check, which
/// is now complete", "from the issuer side, which is why...".
const NOT_A_GLOSS: [&str; 14] = [
    "is now", "is why", "was", "has", "had", "will", "would", "should", "we", "i", "you", "they",
    "can", "may",
];

/// Nouns that make "TERM is the ..." a definition ("your PNR is the six-letter booking code",
/// "the ERC is the fee for leaving a fixed deal early").
const DEFINING_NOUNS: [&str; 16] = [
    "code",
    "fee",
    "charge",
    "penalty",
    "certificate",
    "number",
    "reference",
    "name",
    "team",
    "form",
    "document",
    "department",
    "abbreviation",
    "acronym",
    "letters",
    "digits",
];

/// Does `after` (the text right after a term) define it: "is the", "is a", "is an" or "is your"
/// and, within the next five words, one of [`DEFINING_NOUNS`]?
fn defined(after: &str) -> bool {
    let Some(rest) = ["is the ", "is a ", "is an ", "is your "]
        .iter()
        .find_map(|p| after.strip_prefix(p))
    else {
        return false;
    };
    rest.split(' ')
        .take(5)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .any(|w| {
            DEFINING_NOUNS.iter().any(|n| {
                w.eq_ignore_ascii_case(n)
                    || w.strip_suffix('s')
                        .is_some_and(|w| w.eq_ignore_ascii_case(n))
            })
        })
}

/// Words that open a greeting line, in the order they are tried.
const GREETINGS: [&str; 10] = [
    "hi",
    "hello",
    "hey",
    "hiya",
    "dear",
    "greetings",
    "good morning",
    "good afternoon",
    "good evening",
    "morning",
];
/// Phrases that open a sign-off line.
const SIGNOFFS: [&str; 19] = [
    "best",
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "regards",
    "kind regards",
    "best regards",
    "warm regards",
    "warmest regards",
    "warmly",
    "cheers",
    "sincerely",
    "yours sincerely",
    "take care",
    "all the best",
    "talk soon",
    "speak soon",
    "best wishes",
];

/// Is there an ASCII word boundary (as `\b` of a bytes pattern) at `i`, after a word byte?
fn ends_word(bytes: &[u8], i: usize) -> bool {
    !bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Where the greeting that opens `text` (normalised) ends: the first of [`GREETINGS`] that `text`
/// starts with as whole words, then up to 40 bytes that hold no line break, sentence punctuation
/// or comma (a char is never split), then one `,`, `!`, `.` or `:` if there is one.
fn greeting_end(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let opener = GREETINGS
        .iter()
        .find(|g| text.starts_with(*g) && ends_word(bytes, g.len()))?;
    let mut end = opener.len();
    while end < bytes.len() && end - opener.len() < 40 && !b"\n.!?,".contains(&bytes[end]) {
        end += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if bytes.get(end).is_some_and(|b| b",!.:".contains(b)) {
        end += 1;
    }
    Some(end)
}

/// Is `line` (normalised, trimmed) a sign-off: one of [`SIGNOFFS`] as whole words, then at most
/// 30 more bytes?
fn is_signoff(line: &str) -> bool {
    SIGNOFFS.iter().any(|s| {
        line.starts_with(s) && ends_word(line.as_bytes(), s.len()) && line.len() - s.len() <= 30
    })
}

static HANDLES: LazyLock<MetaRegex> =
    LazyLock::new(|| bytes_regex(r"(?-u)^(?:@[a-z0-9_]+(?:\.[a-z0-9_]+)*[ ,:]*)+"));

/// Whether `line` is a template placeholder and nothing else (`[AGENT]`, `{{agent.name}}`,
/// `%AGENT%`, `{agent_name}`, `${agent}`): the agent's name, a sign-off.
fn placeholder_line(line: &[u8]) -> bool {
    placeholder_end(line) == Some(line.len())
}

/// The end of the template placeholder `text` starts with, if it starts with one.
fn placeholder_end(text: &[u8]) -> Option<usize> {
    // The end of a run from `from` of 1..=`max` bytes none of which is `stop` or a newline, and
    // where `close` (the closing bytes) follows it.
    let inside = |from: usize, max: usize, stop: u8, close: &[u8]| {
        let n = text
            .get(from..)?
            .iter()
            .take(max + 1)
            .position(|&b| b == stop || b == b'\n')?;
        ((1..=max).contains(&n) && text[from + n..].starts_with(close))
            .then_some(from + n + close.len())
    };
    match text.first()? {
        b'[' => inside(1, 40, b']', b"]"),
        b'{' if text.get(1) == Some(&b'{') => inside(2, 60, b'}', b"}}"),
        b'{' => {
            let n = text[1..].iter().take(42).position(|&b| {
                !(b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
            })?;
            ((1..=41).contains(&n)
                && (text[1].is_ascii_lowercase() || text[1] == b'_')
                && text[1 + n] == b'}')
                .then_some(n + 2)
        }
        b'%' => {
            let n = text[1..]
                .iter()
                .position(|&b| !(b.is_ascii_lowercase() || b == b'_'))?;
            (n >= 1 && text[1 + n] == b'%').then_some(n + 2)
        }
        b'$' if text.get(1) == Some(&b'{') => inside(2, 40, b'}', b"}"),
        _ => None,
    }
}

/// The end of a template placeholder addressing the customer at the start of a reply ("\[NAME\],
/// ...", "{{first_name}}: ...", "{{first_name}} - ..."), with the comma, colon or dash and the
/// spaces after it: skipped like a handle. `None` when `text` (normalised) does not start with
/// one followed by a comma, colon or dash.
fn lead_placeholder(text: &[u8]) -> Option<usize> {
    let end = placeholder_end(text)?;
    let mut i = end + usize::from(text.get(end) == Some(&b' '));
    let rest = text.get(i..).unwrap_or_default();
    if matches!(rest.first(), Some(b',' | b':' | b'-')) {
        i += 1;
    } else if ["\u{2013}", "\u{2014}"]
        .iter()
        .any(|d| rest.starts_with(d.as_bytes()))
    {
        i += 3;
    } else {
        return None;
    }
    while text.get(i) == Some(&b' ') {
        i += 1;
    }
    Some(i)
}

/// Where the body of a reply starts in `norm` (normalised): after leading blank lines, handles,
/// a placeholder addressing the customer and a greeting (the line break after a greeting is
/// left in).
fn body_start(norm: &str) -> usize {
    let mut body_start = past_quoted_lines(norm, 0);
    let rest = &norm[body_start..];
    // Handles are looked for only where the body starts with one.
    if rest.starts_with('@') {
        if let Some(m) = HANDLES.find(rest.as_bytes()) {
            body_start += m.end();
        }
    }
    if let Some(end) = lead_placeholder(&norm.as_bytes()[body_start..]) {
        body_start += end;
    }
    let rest = &norm[body_start..];
    if let Some(end) = greeting_end(rest) {
        // A greeting ends at its punctuation or at the end of its line.
        let greet_line_end = rest.find('\n').unwrap_or(rest.len());
        if matches!(rest.as_bytes()[end - 1], b',' | b'!' | b'.' | b':') || end == greet_line_end {
            body_start += end;
        }
    }
    past_quoted_lines(norm, body_start)
}

/// Is the line `line` quoted from an earlier message (its first char other than a space is `>`)?
fn quoted_line(line: &str) -> bool {
    line.trim_start().starts_with('>')
}

/// The first byte of `norm` at or after `from` that is neither white space nor on a line quoted
/// from an earlier message: a reply that quotes the customer above it starts below the quote.
fn past_quoted_lines(norm: &str, from: usize) -> usize {
    let mut at = from + (norm[from..].len() - norm[from..].trim_start().len());
    while quoted_line(&norm[at..]) {
        let line_end = norm[at..].find('\n').map_or(norm.len(), |i| at + i);
        at = line_end + (norm[line_end..].len() - norm[line_end..].trim_start().len());
    }
    at
}

/// The span (normalised) of a cold opener: the first sentence of the body of `norm` is one of
/// `phrases`, ends in a full stop, and more of the reply follows it, not starting with a digit
/// ("No. 7 Harbour Street" is an address). The span leaves out the full stop. `longest`: the
/// byte length of the longest phrase.
fn cold_opener(norm: &str, phrases: &HashSet<String>, longest: usize) -> Option<(usize, usize)> {
    let start = body_start(norm);
    let start = start + (norm[start..].len() - norm[start..].trim_start().len());
    let rest = &norm[start..];
    // The sentence is a phrase, so its stop comes within the longest phrase's length.
    let stop = rest
        .bytes()
        .take(longest + 2)
        .position(|b| matches!(b, b'.' | b'!' | b'?' | b'\n'))?;
    if rest.as_bytes()[stop] != b'.' {
        return None;
    }
    let sentence = rest[..stop].trim_end();
    let after = rest[stop..].trim_start_matches('.').trim_start();
    if sentence.is_empty()
        || after.is_empty()
        || after.starts_with(|c: char| c.is_ascii_digit())
        || !phrases.contains(sentence)
    {
        return None;
    }
    Some((start, start + sentence.len()))
}

/// The body of a reply of at most `max_words` words (leading blank lines, handles and a
/// greeting skipped; it ends at a sign-off line), as normalised (start, end, words); `None` when
/// the reply is longer or has no body.
fn reply_body(doc: &Document<'_>, max_words: usize) -> Option<(usize, usize, usize)> {
    let norm = doc.norm.text.as_str();
    let body_start = body_start(norm);
    // The body ends at a sign-off line; a body longer than `max_words` is never bare, so stop
    // counting there.
    let mut body_end = norm.len();
    let mut line_start = body_start;
    let mut words = 0;
    for line in norm[body_start..].split('\n') {
        let l = line.trim();
        if line_start > body_start
            && (is_signoff(l)
                || quoted_line(l)
                || placeholder_line(l.as_bytes())
                || name_line(
                    &norm[body_start..line_start],
                    l,
                    &norm[line_start + line.len()..],
                ))
        {
            body_end = line_start;
            break;
        }
        words += count_words_upto(line, max_words - words);
        if words > max_words {
            return None;
        }
        line_start += line.len() + 1;
    }
    if body_start >= body_end || words == 0 {
        return None;
    }
    Some((body_start, body_end, words))
}

/// Is the (trimmed) line `line` a name signing the reply off ("Mo", "Benefits Unit"): the last
/// line with words, of one or two words of letters, below a sentence that ends with its stop?
/// `before` is the body above it, `after` the text below it.
fn name_line(before: &str, line: &str, after: &str) -> bool {
    let words = line.split(' ').filter(|w| !w.is_empty()).count();
    before.trim_end().ends_with(['.', '!', '?'])
        && (1..=2).contains(&words)
        && line.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        && !matches!(
            line,
            "sorry" | "please" | "ok" | "okay" | "no" | "yes" | "fine" | "done"
        )
        && after.trim().is_empty()
}

/// The number of words (runs of word chars) in `s`, as splitting it at other chars counts them,
/// but counting stops at the first word past `limit` (the count is then `limit + 1`).
fn count_words_upto(s: &str, limit: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let (word, len) = if bytes[i] < 0x80 {
            (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_', 1)
        } else {
            let (c, len) = char_at(s, i);
            (is_word_char(c), len)
        };
        if word && !in_word {
            n += 1;
            if n > limit {
                return n;
            }
        }
        in_word = word;
        i += len;
    }
    n
}

/// Spans (normalised) of the bare sentences (whole sentences that are one of `phrases`, not glad
/// with a `!`) of the body `body_start..body_end` (from [`reply_body`]).
fn bare_sentences(
    doc: &Document<'_>,
    body_start: usize,
    body_end: usize,
    phrases: &HashSet<String>,
) -> Vec<(usize, usize)> {
    let body = &doc.norm.text[body_start..body_end];
    // Split the body into sentences: (start, end without final punctuation).
    let mut sentences: Vec<(usize, usize, bool)> = Vec::new();
    let bytes = body.as_bytes();
    let mut s = 0;
    let mut i = 0;
    while i <= bytes.len() {
        let boundary = i == bytes.len() || matches!(bytes[i], b'.' | b'!' | b'?' | b'\n');
        if boundary {
            let seg = &body[s..i];
            let lead = seg.len() - seg.trim_start().len();
            let trimmed = seg.trim();
            if !trimmed.is_empty() {
                let a = s + lead;
                let b = a + trimmed.len();
                // "Done!" or "Sorted!" is glad, not curt.
                let glad = bytes.get(i) == Some(&b'!');
                sentences.push((a, b, !glad && phrases.contains(trimmed)));
            }
            // Skip the run of punctuation.
            let mut j = i;
            while j < bytes.len() && matches!(bytes[j], b'.' | b'!' | b'?' | b'\n') {
                j += 1;
            }
            s = j;
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut prev_bare = false;
    for (a, b, bare) in sentences {
        if bare {
            match out.last_mut() {
                Some(last) if prev_bare => last.1 = body_start + b,
                _ => out.push((body_start + a, body_start + b)),
            }
        }
        prev_bare = bare;
    }
    out
}

/// The span (normalised) of a telegraphic body `start..end` of `norm` (from [`reply_body`]):
/// one to `max_words` words ending in a full stop, none of them in `warm`, no `!`, `?`, emoji
/// or brackets. A last line of a few words with no full stop after such a body is a signature
/// (a name, a team) and is left out. The span leaves out the final full stop.
fn terse_body(
    norm: &str,
    start: usize,
    end: usize,
    warm: &HashSet<String>,
    max_words: usize,
) -> Option<(usize, usize)> {
    let mut body = norm[start..end].trim();
    let s = start + (norm[start..end].len() - norm[start..end].trim_start().len());
    if let Some(nl) = body.rfind('\n') {
        let last = body[nl + 1..].trim();
        if !last.ends_with(['.', '!', '?']) && last.split_whitespace().count() <= 4 {
            body = body[..nl].trim_end();
        }
    }
    body = without_caret_signature(body);
    // A full stop ends a clipped reply; so does nothing at all when the body is one line
    // ("Shipped", "Refunded"), but not "!", "?" or a comma.
    let text = match body.strip_suffix('.') {
        Some(t) => t.trim_end(),
        None if body.ends_with(char::is_alphanumeric) && !body.contains('\n') => body,
        None => return None,
    };
    if !text
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '.' | ',' | '\'' | '-'))
    {
        return None;
    }
    let mut words = 0;
    for w in text
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if words > max_words || warm.contains(w) {
            return None;
        }
    }
    (words > 0).then_some((s, s + text.len()))
}

/// The words of `text` as written: runs of letters and digits, with the apostrophes inside a
/// word ("won't", "locker’s") and hyphens inside a word ("e-mail") kept in it. A pronoun's
/// contraction counts as the two words it stands for: "We've cancelled the duplicate
/// subscription." is a whole sentence, not a clipped one.
fn written_words(text: &str) -> usize {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| {
            let Some((head, tail)) = w.split_once(['\'', '’']) else {
                return 1;
            };
            let pronoun = ["i", "we", "you", "they", "he", "she"]
                .iter()
                .any(|p| head.eq_ignore_ascii_case(p));
            let aux = ["ve", "re", "ll", "d", "m"]
                .iter()
                .any(|a| tail.eq_ignore_ascii_case(a));
            if pronoun && aux {
                2
            } else {
                1
            }
        })
        .sum()
}

/// `body` without the initials that sign a social-media reply off on its last line ("Sent.
/// ^MJ" is "Sent."): a caret and one to four letters after white space, ending the text.
fn without_caret_signature(body: &str) -> &str {
    match body.rfind('^') {
        Some(caret)
            if caret > 0
                && body.as_bytes()[caret - 1].is_ascii_whitespace()
                && (2..=5).contains(&(body.len() - caret))
                && body.as_bytes()[caret + 1..]
                    .iter()
                    .all(u8::is_ascii_alphabetic) =>
        {
            body[..caret].trim_end()
        }
        _ => body,
    }
}

/// The top bit of each byte of `x` (eight bytes of text) that is an ASCII byte from `first` to
/// `last`.
const fn ascii_range_bits(x: u64, first: u8, last: u8) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x & LOW7;
    // Bit 7 of a byte of `y` + (0x80 - first) is set from `first` up, of `y` + (0x7F - last)
    // past `last` (no carries: y < 0x80); bytes outside ASCII are never in the range.
    (y + (0x80 - first as u64) * ONES) & !(y + (0x7F - last as u64) * ONES) & !x & HIGH
}

/// The top bit of each byte of `x` (eight bytes of text) that is an ASCII capital.
fn capital_bits(x: u64) -> u64 {
    ascii_range_bits(x, b'A', b'Z')
}

/// The first byte from `i` that is an ASCII capital or not ASCII, eight bytes at a time.
fn next_capital_or_high(bytes: &[u8], mut i: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let hits = capital_bits(x) | (x & HIGH);
        if hits != 0 {
            return Some(i + (hits.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes[i..]
        .iter()
        .position(|&b| b.is_ascii_uppercase() || b >= 0x80)
        .map(|p| p + i)
}

/// The char at byte `i` of `text` and its length.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().expect("i is on a char boundary");
        (c, c.len_utf8())
    }
}

/// Words after which capitals quote a label or a sign rather than shout ("the box is marked DO
/// NOT BEND", "the sign says NO ENTRY").
const LABEL_WORDS: [&str; 16] = [
    "marked",
    "labelled",
    "labeled",
    "stamped",
    "printed",
    "reads",
    "says",
    "saying",
    "written",
    "titled",
    "called",
    "named",
    "displayed",
    "displays",
    "displaying",
    "showed",
];

/// The word of ASCII letters right before `start` of `text` (across spaces, tabs and a colon),
/// empty when there is none.
fn word_before(text: &str, start: usize) -> &str {
    let before = text[..start].trim_end_matches([' ', '\t', ':']);
    &before[before
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len()..]
}

/// Is the shouted run at `start` of `text` a label: right after one of [`LABEL_WORDS`]?
fn labelled(text: &str, start: usize) -> bool {
    label_within(text, start, 1)
}

/// Is the shouted wording at `start` what a thing reads, named between the label word and it:
/// "marked the envelope DO NOT BEND", "the locker displayed DO NOT USE" (up to two words between;
/// for shouting only: "marked as DNR" is still an acronym to explain).
fn labelled_near(text: &str, start: usize) -> bool {
    label_within(text, start, 3)
}

/// Is one of the `words` words right before `start` (spaces between them) a [`LABEL_WORDS`] word?
fn label_within(text: &str, start: usize, words: usize) -> bool {
    let mut at = start;
    for _ in 0..words {
        let word = word_before(text, at);
        if word.is_empty() {
            return false;
        }
        if LABEL_WORDS.iter().any(|w| word.eq_ignore_ascii_case(w)) {
            return true;
        }
        at = text[..at].trim_end_matches([' ', '\t', ':']).len() - word.len();
        if !text[..at].ends_with(' ') {
            return false;
        }
    }
    false
}

/// Words that make two capitalised words shouting even where a name could stand.
const SHOUTED_WORDS: [&str; 31] = [
    "THIS",
    "THAT",
    "THE",
    "LAST",
    "FINAL",
    "TIME",
    "WARNING",
    "NOT",
    "NO",
    "NEVER",
    "DO",
    "DONT",
    "DON'T",
    "DON\u{2019}T",
    "STOP",
    "YOUR",
    "YOU",
    "NOW",
    "ALL",
    "ANY",
    "AGAIN",
    "READ",
    "MUST",
    "ONLY",
    "EVER",
    "WILL",
    "CAN",
    "CANNOT",
    "WE",
    "IS",
    "ARE",
];

/// Is the shouted run `start..end` of `text` a product or offer name written in capitals: two
/// to four words, none of them [`SHOUTED_WORDS`], right after a word that introduces a name
/// ("upgrading to LEDGERLY PRO", "a bug in PAYDAY PLUS", "joining the FREE WEEK", "the team at
/// SMILE CENTRAL", "a week of free UNLIMITED DATA"), or right before a tier number or a word
/// that names a product ("your FIBRE MAX 500 connection", "your HOME ESSENTIALS plan")?
fn product_name(text: &str, start: usize, end: usize) -> bool {
    let run = &text[start..end];
    let words: Vec<&str> = run.split(' ').filter(|w| !w.is_empty()).collect();
    if !(2..=4).contains(&words.len()) || words.iter().any(|w| SHOUTED_WORDS.contains(w)) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    let last = &before[before
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len()..];
    let introduced = [
        "to", "the", "in", "of", "for", "with", "on", "from", "into", "using", "via", "at", "free",
        "extra", "bonus",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w));
    let after = text[end..].trim_start_matches(' ');
    let next = after
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let named = next.starts_with(|c: char| c.is_ascii_digit())
        || PRODUCT_NOUNS.iter().any(|w| next.eq_ignore_ascii_case(w));
    (words.len() <= 3 && introduced) || named
}

/// Is the run in capitals at `start..end` of `text` the wording of a sign, button or light that
/// the draft names ("the NO ENTRY sign", "press the STOP button", "a DO NOT BEND sticker")? A
/// determiner before it and a word for such a thing after it; "YOU MUST sign the form" has no
/// determiner and stays shouting.
fn sign_name(text: &str, start: usize, end: usize) -> bool {
    // The word before the opening quote, if the wording is quoted.
    let open = text[..start]
        .trim_end_matches(['"', '\'', '\u{201C}', '\u{2018}'])
        .len();
    let last = word_before(text, open);
    let determined = [
        "the", "a", "an", "this", "that", "your", "our", "its", "their",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w));
    let after = text[end..].trim_start_matches([' ', '"', '\'', '\u{201D}', '\u{2019}']);
    let next = after
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    determined && SIGN_NOUNS.iter().any(|w| next.eq_ignore_ascii_case(w))
}

/// Words for things whose wording a draft may quote in capitals (see [`sign_name`]).
const SIGN_NOUNS: [&str; 16] = [
    "sign", "signs", "button", "buttons", "light", "lights", "label", "labels", "sticker",
    "stickers", "notice", "key", "tab", "banner", "stamp", "setting",
];

/// Words that follow a product's name in capitals ("your HOME ESSENTIALS plan").
const PRODUCT_NOUNS: [&str; 24] = [
    "plan",
    "plans",
    "bundle",
    "package",
    "tariff",
    "deal",
    "subscription",
    "membership",
    "offer",
    "service",
    "discount",
    "account",
    "card",
    "box",
    "router",
    "broadband",
    "connection",
    "pass",
    "range",
    "model",
    "edition",
    "tier",
    "price",
    "add-on",
];

/// Words that make a line in capitals an order or a warning rather than a heading.
const NOT_IN_HEADINGS: [&str; 14] = [
    "NOT",
    "NO",
    "NEVER",
    "DO",
    "DONT",
    "DON'T",
    "DON\u{2019}T",
    "STOP",
    "MUST",
    "AGAIN",
    "EVER",
    "CANNOT",
    "CAN'T",
    "CAN\u{2019}T",
];

/// Is the shouted run `start..end` of `text` a heading: followed by a colon, with nothing but
/// handles before it on its line ("FREE SKIN ALERT: ...", "@gia UPDATE FROM THE TEAM: ...")?
fn heading(text: &str, start: usize, end: usize) -> bool {
    (text[end..].starts_with(':')
        && line_start_near(text, start, LINE_REACH).is_some_and(|line_start| {
            text[line_start..start]
                .split_whitespace()
                .all(|w| w.starts_with('@'))
        }))
        || title_line(text, start, end)
}

/// Is the shouted run `start..end` of `text` part of a title: a line with no lower-case letter
/// and no full stop, `!` or `?` at its end ("YOUR NEW BILL EXPLAINED", "IMPORTANT: PLANNED
/// MAINTENANCE"), holding none of [`NOT_IN_HEADINGS`], followed by a paragraph of six words or
/// more? "STOP CALLING US" above "Regards, Tom" is shouting.
fn title_line(text: &str, start: usize, end: usize) -> bool {
    let (Some(line_start), Some(line_end)) = (
        line_start_near(text, start, LINE_REACH),
        line_end_near(text, end, LINE_REACH),
    ) else {
        return false;
    };
    let line = text[line_start..line_end].trim();
    if line.chars().any(char::is_lowercase)
        || line.ends_with(['.', '!', '?'])
        || line
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .any(|w| NOT_IN_HEADINGS.contains(&w))
    {
        return false;
    }
    let rest = text[line_end..].trim_start();
    let mut k = rest.len().min(LINE_REACH);
    while !rest.is_char_boundary(k) {
        k -= 1;
    }
    let rest = &rest[..k];
    let paragraph = &rest[..rest.find("\n\n").unwrap_or(rest.len())];
    paragraph.split_whitespace().count() >= 6
}

/// How far back or ahead a check about a term's own line looks for the line's ends; a longer
/// line is no heading, label or signature line, and a text with no line breaks must not cost a
/// scan of the whole text per term.
const LINE_REACH: usize = 256;

/// The start of the line holding byte `at` of `text`, if it is at most `reach` bytes back.
fn line_start_near(text: &str, at: usize, reach: usize) -> Option<usize> {
    let floor = at.saturating_sub(reach);
    match text.as_bytes()[floor..at].iter().rposition(|&b| b == b'\n') {
        Some(i) => Some(floor + i + 1),
        None if floor == 0 => Some(0),
        None => None,
    }
}

/// The end of the line holding byte `at` of `text`, if it is at most `reach` bytes ahead.
fn line_end_near(text: &str, at: usize, reach: usize) -> Option<usize> {
    let ceiling = (at + reach).min(text.len());
    match text.as_bytes()[at..ceiling]
        .iter()
        .position(|&b| b == b'\n')
    {
        Some(i) => Some(at + i),
        None if ceiling == text.len() => Some(text.len()),
        None => None,
    }
}

/// Words that may stand before the thing a [`tautologies`] clause names ("the", "our").
const DETERMINERS: [&str; 10] = [
    "the", "a", "an", "our", "your", "my", "their", "its", "this", "these",
];

/// Words that may follow a [`tautologies`] clause in its sentence ("The rules are the rules
/// and I can't change them", "Policy is policy I'm afraid", "rules are rules on promo codes").
const CLAUSE_JOINS: [&str; 11] = [
    "and", "but", "so", "i", "we", "here", "on", "with", "once", "sorry", "though",
];

/// Words that may open a [`tautologies`] clause in mid sentence ("because the rules are the
/// rules", "I'm afraid the deadline is the deadline").
const CLAUSE_OPENS: [&str; 11] = [
    "and",
    "but",
    "so",
    "because",
    "as",
    "since",
    "that",
    "afraid",
    "unfortunately",
    "sorry",
    "however",
];

/// Clauses of the normalised text `norm` (with its index `words`) that say a thing is itself:
/// one to four words, a copula (`is`, `are`, `means`, or `'s`), the same words again, each side
/// with or without a determiner ("The rules are the rules", "a deadline's a deadline", "Basic
/// means basic"; with a determiner on the right, the left may carry one or two more words: "The
/// warranty terms are the terms"), the whole a clause of its own (a sentence, or a part cut off
/// by a comma, a joining word or a dash). Things in `allow` (normalised) are left alone. Spans
/// are in `norm`.
fn tautologies(norm: &str, words: &[Word], allow: &HashSet<String>) -> Vec<(usize, usize)> {
    let copulas = [b"is".as_slice(), b"are", b"means", b"s"].map(hash_bytes);
    let bytes = norm.as_bytes();
    let end_of = |w: &Word| crate::norm::ascii_word_end(bytes, w.start as usize, true);
    let text_of = |w: &Word| &norm[w.start as usize..end_of(w)];
    let is_one_of = |w: Option<&Word>, list: &[&str]| w.is_some_and(|w| list.contains(&text_of(w)));
    // Where a clause naming the thing from word `first` starts, when something opens it there.
    let clause_start = |first: usize| {
        let opens = if first > 0 && is_one_of(words.get(first - 1), &DETERMINERS) {
            first - 1
        } else {
            first
        };
        let start = words[opens].start as usize;
        let before = norm[..start].trim_end_matches(' ');
        let opened = before.is_empty()
            || before.ends_with(['.', '!', '?', ',', ';', ':', '\n', '(', '-'])
            || before.ends_with('\u{2014}')
            || before.ends_with('\u{2013}')
            || opens > 0 && is_one_of(words.get(opens - 1), &CLAUSE_OPENS);
        opened.then_some(start)
    };
    // A word that may add to the thing on the left: lower case, and no joining word.
    let plain = |w: &Word| {
        let t = text_of(w);
        t.bytes().all(|b| b.is_ascii_lowercase())
            && ![&DETERMINERS[..], &CLAUSE_OPENS, &CLAUSE_JOINS]
                .iter()
                .any(|l| l.contains(&t))
            && !copulas.contains(&w.hash)
    };
    let mut out = Vec::new();
    for (j, c) in words.iter().enumerate() {
        if !copulas.contains(&c.hash) || j == 0 {
            continue;
        }
        let cs = c.start as usize;
        // `'s` is a copula only right after its word ("deadline's"), others only after a space.
        let apostrophe = bytes[cs - 1] == b'\'';
        if apostrophe != (text_of(c) == "s") || !apostrophe && bytes[cs - 1] != b' ' {
            continue;
        }
        let right = if is_one_of(words.get(j + 1), &DETERMINERS) {
            j + 2
        } else {
            j + 1
        };
        for k in 1..=4.min(j) {
            let (left, same) = (&words[j - k..j], words.get(right..right + k));
            let Some(same) = same else { break };
            // The same words, with the same gaps between them.
            let gap = |ws: &[Word], m: usize| &norm[end_of(&ws[m])..ws[m + 1].start as usize];
            if (0..k).any(|m| text_of(&left[m]) != text_of(&same[m]))
                || (0..k - 1).any(|m| gap(left, m) != gap(same, m))
                || text_of(&left[0]).bytes().all(|b| b.is_ascii_digit())
            {
                continue;
            }
            // The left side ends at the copula ("rules are", "deadline's").
            let left_end = end_of(&left[k - 1]);
            if left_end + usize::from(!apostrophe) != cs - usize::from(apostrophe) {
                break;
            }
            // The thing may carry one or two more words on the left when the right side
            // names it by its head with a determiner ("The warranty terms are the terms").
            let mut start = clause_start(j - k);
            for ext in 1..=2 {
                if start.is_some() || right == j + 1 || ext > j - k {
                    break;
                }
                let w = &words[j - k - ext];
                let gap = &norm[end_of(w)..words[j - k - ext + 1].start as usize];
                if !plain(w) || !matches!(gap, " " | "-") {
                    break;
                }
                start = clause_start(j - k - ext);
            }
            let Some(start) = start else { break };
            let end = end_of(&same[k - 1]);
            // A clause of its own: punctuation, the text's edge or a joining word on each side.
            let after = norm[end..].trim_start_matches(' ');
            let closed = after.is_empty()
                || after.starts_with(['.', '!', '?', ',', ';', ':', '\n', ')', '-'])
                || after.starts_with('\u{2014}')
                || after.starts_with('\u{2013}')
                || is_one_of(words.get(right + k), &CLAUSE_JOINS)
                    && words[right + k].start as usize == end + 1;
            let thing = &norm[left[0].start as usize..left_end];
            if closed && !allow.contains(thing) {
                out.push((start, end));
            }
            break;
        }
    }
    out
}

/// Spans of the acronyms of `text` nobody explains: three to five capital letters (a hyphen and
/// more capitals may follow: "PAR-Q"), or three to six letters in mixed case from a capital to a
/// capital with two or more and no three lower-case letters in a row ("CoT", "VeRO"; not
/// "SpinX"), standing alone as a word, not in `allow` (known acronyms,
/// words written in capitals for emphasis: "NOT", "AGAIN"); not part of a code or reference ("MC-20931",
/// "BS3", "#INC"), of shouting (a neighbouring word in capitals too), of a heading or a label;
/// not explained where it stands ([`explained`]) or earlier in its paragraph.
fn acronyms(text: &str, allow: &HashSet<String>) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // Acronyms explained in the current paragraph, and where it ends.
    let mut explained_here: Vec<&str> = Vec::new();
    let mut paragraph_end = 0;
    let caps = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_uppercase);
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    // A capital word of two letters or more next to `i` (before it when `back`).
    let capital_word = |mut i: usize, back: bool| {
        let step = |i: usize| if back { i.checked_sub(1) } else { Some(i + 1) };
        // Skip the spaces between.
        while let Some(j) = step(i).filter(|&j| bytes.get(if back { j } else { i }) == Some(&b' '))
        {
            i = j;
        }
        let (mut n, mut k) = (0, if back { i.checked_sub(1) } else { Some(i) });
        while let Some(j) = k.filter(|&j| caps(j)) {
            n += 1;
            k = if back { j.checked_sub(1) } else { Some(j + 1) };
        }
        n >= 2 && k.and_then(|j| bytes.get(j)).is_none_or(|&b| !word_byte(b))
    };
    // Does the word starting at `s` follow a word byte or a code's punctuation ("MC-", "#INC")?
    let glued =
        |s: usize| s > 0 && (word_byte(bytes[s - 1]) || b"-/#_.@$%^&'".contains(&bytes[s - 1]));
    // Candidates in text order: (start, end of the acronym, end of the span with a plural "s").
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    // One scan finds both kinds: a capital after a capital starts an acronym in capitals, a
    // capital after a lower-case letter is the hump of one in mixed case ("the CoT has gone to
    // the lender", "our VeRO process": three to six letters from a capital to a capital, two
    // capitals or more).
    let mut i = 0;
    while let Some(at) = next_capital_after_letter(bytes, i) {
        if bytes[at].is_ascii_lowercase() {
            let hump = at + 1;
            let mut s = hump;
            while s > 0 && bytes[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let mut e = hump + 1;
            while bytes.get(e).is_some_and(u8::is_ascii_alphabetic) {
                e += 1;
            }
            i = e;
            let word = &bytes[s..e];
            let uppers = word.iter().filter(|b| b.is_ascii_uppercase()).count();
            if !(3..=6).contains(&word.len())
                || !word[0].is_ascii_uppercase()
                || !word[word.len() - 1].is_ascii_uppercase()
                || uppers < 2
                // A run of three lower-case letters or more is a word inside a name ("SpinX",
                // "NameID"), not an acronym.
                || word
                    .split(u8::is_ascii_uppercase)
                    .any(|run| run.len() > 2)
                || glued(s)
                || bytes.get(e).is_some_and(|&b| {
                    word_byte(b) || matches!(b, b'#' | b'_' | b'@' | b'-' | b'\'')
                })
            {
                continue;
            }
            found.push((s, e, e));
            continue;
        }
        i = at;
        if !(caps(i) && caps(i + 1)) || glued(i) {
            i += 1;
            continue;
        }
        let mut end = i;
        while caps(end) {
            end += 1;
        }
        // "PAR-Q": capitals after a hyphen belong to it.
        if bytes.get(end) == Some(&b'-') && caps(end + 1) {
            end += 1;
            while caps(end) {
                end += 1;
            }
        }
        let (s, e) = (i, end);
        i = end;
        // A code to type in ("Use code SUNNY at checkout", "promo code SPRING10") is no acronym.
        if word_before(text, s).eq_ignore_ascii_case("code") {
            continue;
        }
        // A contraction in capitals ("DON'T", "YOU'RE") is emphasis, not an acronym; a
        // possessive ("the DVLA's letter") still counts, and so does an acronym made a verb
        // ("it was RTO'd", "RMA'ing it").
        let rest = &text[e..];
        if let Some(after) = rest
            .strip_prefix('\'')
            .or_else(|| rest.strip_prefix('\u{2019}'))
        {
            let letters = after.bytes().take_while(u8::is_ascii_alphabetic).count();
            let suffix = &after[..letters];
            if letters > 0
                && !suffix.eq_ignore_ascii_case("s")
                && !matches!(suffix, "d" | "ed" | "ing")
            {
                continue;
            }
        }
        let letters = text[s..e].bytes().filter(u8::is_ascii_uppercase).count();
        // A plural ("the CDRs for your line") is the acronym with an "s" on: the span takes it,
        // the allow list is asked about the acronym.
        let plural = bytes.get(e) == Some(&b's') && bytes.get(e + 1).is_none_or(|&b| !word_byte(b));
        let e_span = if plural { e + 1 } else { e };
        // A keyword to text to a short number ("text BAL to 150", "reply STOP to 60060").
        if text[e_span..]
            .strip_prefix(" to ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        // A word goes on (digits, lower case), or a code follows ("INC-4471", "VAT#").
        let next = bytes.get(e_span).copied();
        if !(3..=5).contains(&letters)
            || next.is_some_and(|b| word_byte(b) || b == b'#' || b == b'_' || b == b'@')
            || (next == Some(b'-') && bytes.get(e_span + 1).is_some_and(|&b| starts_number(b)))
        {
            continue;
        }
        found.push((s, e, e_span));
    }
    found.sort_unstable();
    for (s, e, e_span) in found {
        if s >= paragraph_end {
            explained_here.clear();
            paragraph_end = text[s..].find("\n\n").map_or(text.len(), |k| s + k);
        }
        let word = &text[s..e];
        // The allow list is kept in capitals ("PhD" is listed as "PHD").
        let listed = if word.bytes().any(|b| b.is_ascii_lowercase()) {
            allow.contains(&word.to_ascii_uppercase())
        } else {
            allow.contains(word)
        };
        if listed {
            continue;
        }
        // Part of a code with digits ("GB29 NWBK 6016", "482 XJW 19", "YF19 KLP").
        let before_word = (text[..s]
            .trim_end_matches(' ')
            .rsplit(char::is_whitespace)
            .next())
        .unwrap_or("");
        let after_word = (text[e_span..]
            .trim_start_matches(' ')
            .split(char::is_whitespace)
            .next())
        .unwrap_or("");
        if [before_word, after_word].iter().any(|w| {
            w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().all(|b| b.is_ascii_alphanumeric())
        }) {
            continue;
        }
        // A team's name signing a reply: the acronym and one word alone on a line ("IAM Team").
        let line = line_start_near(text, s, LINE_REACH)
            .zip(line_end_near(text, e_span, LINE_REACH))
            .map_or("", |(line_start, line_end)| {
                text[line_start..line_end].trim()
            });
        if line.starts_with(word)
            && line[word.len()..].strip_prefix(' ').is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_uppercase()) && !w.contains(' ')
            })
        {
            continue;
        }
        // Glossed later in its sentence ("Our SLA is 4 hours, that's the most we take"), read
        // for at most SENTENCE_REACH bytes.
        let mut reach_end = (e_span + crate::text::SENTENCE_REACH).min(text.len());
        while !text.is_char_boundary(reach_end) {
            reach_end -= 1;
        }
        let ahead = &text[e_span..reach_end];
        let sentence_rest = &ahead[..ahead.find(['.', '!', '?', '\n']).unwrap_or(ahead.len())];
        let glossed_later = [
            "that's the",
            "that's your",
            "that's our",
            "that\u{2019}s the",
            "that\u{2019}s your",
            "that\u{2019}s our",
            "that is the",
            "that is your",
            "that is our",
            "which means",
            "meaning",
            "i.e.",
        ]
        .iter()
        .any(|g| sentence_rest.contains(g));
        if explained(text, s, e_span) || glossed_later {
            explained_here.push(word);
            continue;
        }
        if explained_here.contains(&word)
            || capital_word(s, true)
            || capital_word(e_span, false)
            || labelled(text, s)
            || heading(text, s, e_span)
        {
            continue;
        }
        out.push((s, e_span));
    }
    out
}

/// Can `b` start the number of a reference code: a digit, or a template placeholder that stands
/// for one (`{{ticket.id}}`, `[ID]`, `%ID%`, `${id}`)?
fn starts_number(b: u8) -> bool {
    b.is_ascii_digit() || matches!(b, b'{' | b'[' | b'%' | b'$')
}

/// The top bit of each byte of `x` (eight bytes of text) that is an ASCII lower-case letter.
fn lower_bits(x: u64) -> u64 {
    ascii_range_bits(x, b'a', b'z')
}

/// The first `i` at or after `from` where `bytes[i]` is an ASCII letter and `bytes[i + 1]` an
/// ASCII capital: a pair of capitals, or the hump of a word in mixed case ("CoT"). Seven
/// positions per eight-byte load (most texts have one every few hundred bytes).
fn next_capital_after_letter(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let upper = capital_bits(x);
        // Byte k a letter and byte k + 1 a capital, for k in 0..7.
        let hits = (upper | lower_bits(x)) & (upper >> 8);
        if hits != 0 {
            return Some(from + (hits.trailing_zeros() / 8) as usize);
        }
        from += 7;
    }
    (from..bytes.len().saturating_sub(1))
        .find(|&i| bytes[i].is_ascii_alphabetic() && bytes[i + 1].is_ascii_uppercase())
}

/// Original spans of runs of two or more ALL-CAPS words (five letters or more in all), and of
/// words of `alone` written in capitals by themselves ([`shouted_alone`]).
fn shouting(text: &str, allow: &HashSet<String>, alone: &HashSet<String>) -> Vec<(usize, usize)> {
    // A run needs two capital letters with only spaces or apostrophes between them, and never
    // crosses a line break: a quick pass finds the lines with such a pair (letters without case
    // outside ASCII count as capitals, so no run is missed), and only those are read word by
    // word. Most lines have none.
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut after_capital: Option<usize> = None;
    let mut i = 0;
    while let Some(j) = next_capital_or_high(bytes, i) {
        let (c, len) = char_at(text, j);
        let capital = c.is_ascii_uppercase()
            || (!c.is_ascii() && (c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())));
        i = j + len;
        if !capital {
            continue;
        }
        if after_capital.is_some_and(|p| {
            text[p..j]
                .chars()
                .all(|g| matches!(g, ' ' | '\'' | '\u{2019}'))
        }) {
            // Words of a run and the spaces between them: any other char ends a run, so the
            // stretch around the pair made of these holds every run the pair can be part of.
            let part = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '\u{2019}');
            let start = text[..j]
                .char_indices()
                .rev()
                .find(|&(_, c)| !part(c))
                .map_or(0, |(k, c)| k + c.len_utf8());
            let end = text[j..]
                .char_indices()
                .find(|&(_, c)| !part(c))
                .map_or(bytes.len(), |(k, _)| j + k);
            shouting_line(text, start, end, allow, alone, &mut out);
            i = end;
            after_capital = None;
        } else {
            after_capital = Some(i);
        }
    }
    out
}

/// Words after which a word in capitals is a keyword to send or type ("reply STOP", "text
/// HELP to 60777"), not shouting.
const KEYWORD_WORDS: [&str; 6] = ["reply", "text", "type", "enter", "send", "keyword"];

/// Is the word at `start..end` of `text`, a run of one ALL-CAPS word, one of `alone` written in
/// capitals for emphasis ("I need it NOW", "You MUST")? Not when it stands next to other
/// chars than spaces and punctuation (a code or a signature: "^DO"), after "thank" ("Thank
/// YOU"), or right after a word that quotes a label or a keyword ("marked FRAGILE", "reply
/// STOP").
fn shouted_alone(text: &str, start: usize, end: usize, alone: &HashSet<String>) -> bool {
    let word = &text[start..end];
    // The words are normalised as phrases are ("DON'T" is "DO NOT"): a word read as written is
    // normalised too when it may be a contraction.
    let listed = alone.contains(word)
        || ((word.contains(['\'', '\u{2019}']) || word.ends_with("NT") || word.ends_with("NOT"))
            && alone.contains(&crate::norm::normalize_phrase(word).to_uppercase()));
    if word.len() < 2 || !listed {
        return false;
    }
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let opens = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || "(\"'\u{201c}\u{2018}*_".contains(c))
    };
    let closes = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || ".,!?;:)\"'\u{201d}\u{2019}*_".contains(c))
    };
    if !opens(before) || !closes(after) || labelled(text, start) {
        return false;
    }
    let prior = word_before(text, start);
    !(prior.eq_ignore_ascii_case("thank")
        || KEYWORD_WORDS.iter().any(|w| prior.eq_ignore_ascii_case(w)))
}

/// [`shouting`] on `start..end` of `text` (bounded by chars that end a run), into `out`.
fn shouting_line(
    text: &str,
    start: usize,
    end: usize,
    allow: &HashSet<String>,
    alone: &HashSet<String>,
    out: &mut Vec<(usize, usize)>,
) {
    // The current run: (start, end, words, letters, words not allowed).
    let mut run: Option<(usize, usize, usize, usize, usize)> = None;
    let close = |run: Option<(usize, usize, usize, usize, usize)>, out: &mut Vec<_>| {
        if let Some((s, e, words, letters, shouted)) = run {
            if (words >= 2 && letters >= 5 && shouted >= 2)
                || (words == 1 && shouted_alone(text, s, e, alone))
            {
                out.push((s, e));
            }
        }
    };
    let mut last_end = start;
    let mut i = start;
    while i < end {
        let (c, len) = char_at(text, i);
        if !c.is_alphanumeric() {
            i += len;
            continue;
        }
        // One word: alphanumerics, and apostrophes followed by a letter.
        let word_start = i;
        let (mut upper, mut lower, mut digit) =
            (c.is_uppercase(), c.is_lowercase(), c.is_numeric());
        let mut letters = usize::from(c.is_alphabetic());
        i += len;
        while i < end {
            let (d, dlen) = char_at(text, i);
            let joins = d.is_alphanumeric()
                || (d == '\'' || d == '\u{2019}')
                    && text[i + dlen..].starts_with(|x: char| x.is_alphabetic());
            if !joins {
                break;
            }
            upper |= d.is_uppercase();
            lower |= d.is_lowercase();
            digit |= d.is_numeric();
            letters += usize::from(d.is_alphabetic());
            i += dlen;
        }
        let word = &text[word_start..i];
        let caps = upper && !lower && !digit && (letters >= 2 || matches!(word, "I" | "A"));
        // Words join a run only across plain spaces.
        let joined = text[last_end..word_start].bytes().all(|g| g == b' ');
        last_end = i;
        // "A" joins a run but does not make one shout: "A SIPP (self-invested personal
        // pension)" is an acronym after an article.
        let shouted = usize::from(caps && word != "A" && !allow.contains(&word.to_uppercase()));
        match (&mut run, caps) {
            (Some(r), true) if joined => {
                r.1 = i;
                r.2 += 1;
                r.3 += letters;
                r.4 += shouted;
            }
            (_, true) => {
                close(run.take(), out);
                run = Some((word_start, i, 1, letters, shouted));
            }
            (_, false) => close(run.take(), out),
        }
    }
    close(run, out);
}

/// Build a linter for one pack only (no built-ins), used by tests and tools.
pub fn linter_for_pack(source: &str, pack: Pack) -> Result<Linter, ConfigError> {
    Linter::new(&Config {
        packs: vec![(source.to_string(), pack)],
        no_builtin: true,
        ..Config::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_after_letters_are_found_eight_bytes_at_a_time() {
        let plain = |b: &[u8], from: usize| {
            (from..b.len().saturating_sub(1))
                .find(|&i| b[i].is_ascii_alphabetic() && b[i + 1].is_ascii_uppercase())
        };
        let text = "AB cd the CoT went `{aZ zA [Z \u{e9}Xy VeRO and iOS; z@A NRCoT PhD";
        let b = text.as_bytes();
        for from in 0..=b.len() {
            assert_eq!(
                next_capital_after_letter(b, from),
                plain(b, from),
                "from {from}"
            );
        }
        assert_eq!(next_capital_after_letter(b, 0), Some(0));
        assert_eq!(next_capital_after_letter(b, 2), Some(11));
    }

    #[test]
    fn acronyms_in_mixed_case_are_found_unless_allowed() {
        let allow: HashSet<String> = ["PHD".to_string()].into_iter().collect();
        let text = "The CoT and our VeRO team; your PhD, iOS, eSIM, PayPal and CoT-7 and NRCoT's.";
        let words: Vec<&str> = acronyms(text, &allow)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(words, ["CoT", "VeRO"]);
    }

    #[test]
    fn some_words_shout_alone_in_capitals() {
        let set = |ws: &[&str]| -> HashSet<String> { ws.iter().map(|w| w.to_string()).collect() };
        let allow = set(&["FAQ", "ID", "PO"]);
        // Listed as phrases are: normalised ("DON'T" is "DO NOT", "CANNOT" is "CAN NOT").
        let alone = set(&["NOW", "YOU", "STOP", "DO NOT", "CAN NOT"]);
        let found = |t: &'static str| -> Vec<(usize, usize, &'static str)> {
            shouting(t, &allow, &alone)
                .into_iter()
                .map(|(s, e)| (s, e, &t[s..e]))
                .collect()
        };
        let none: Vec<(usize, usize, &str)> = Vec::new();
        assert_eq!(found("I need it NOW."), [(10, 13, "NOW")]);
        assert_eq!(
            found("we DON\u{2019}T ship to PO boxes"),
            [(3, 10, "DON\u{2019}T")]
        );
        assert_eq!(found("We CANNOT, sorry."), [(3, 9, "CANNOT")]);
        // Not listed, an acronym, a keyword to send, thanks, a signature, a code.
        assert_eq!(found("It is FREE and on the FAQ page with your ID."), none);
        assert_eq!(found("Reply STOP to end these texts."), none);
        assert_eq!(found("Thank YOU so much!"), none);
        assert_eq!(found("Cheers ^NOW"), none);
        assert_eq!(found("Code NOW-12 applies."), none);
        // A run of two is shouting as before, found once.
        assert_eq!(found("STOP NOW please"), [(0, 8, "STOP NOW")]);
    }

    #[test]
    fn occurrences_are_those_match_indices_finds() {
        let found = |hay: &'static str, needle: &'static str| -> Vec<usize> {
            occurrences(hay, needle).collect()
        };
        for (hay, needle) in [
            ("the RMA, the RMA (return code), RMA", "RMA"),
            ("aaaa", "aa"),
            ("ab", "abc"),
            ("", "a"),
            ("café — that's it — ok", "\u{2014} "),
            ("x - y - z", " - "),
        ] {
            let expected: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
            assert_eq!(found(hay, needle), expected, "{hay:?} {needle:?}");
        }
        assert_eq!(found("aaaa", "aa"), [0, 2]);
        assert_eq!(found("abc", ""), Vec::<usize>::new());
    }

    #[test]
    fn acronyms_nobody_explains_stand_alone() {
        let allow: HashSet<String> = ["FAQ", "NOT"].iter().map(|w| w.to_string()).collect();
        let found = |t: &'static str| -> Vec<(usize, usize, &'static str)> {
            acronyms(t, &allow)
                .into_iter()
                .map(|(s, e)| (s, e, &t[s..e]))
                .collect()
        };
        let none: Vec<(usize, usize, &str)> = Vec::new();
        assert_eq!(found("Routed to the WSD queue."), [(14, 17, "WSD")]);
        assert_eq!(found("Do the PAR-Q first."), [(7, 12, "PAR-Q")]);
        // Known, emphasis, explained here or before in the paragraph, a heading.
        assert_eq!(found("See the FAQ. It is NOT here."), none);
        assert_eq!(
            found("A ROM check (range of motion). The ROM check again."),
            none
        );
        assert_eq!(found("Our SLA is 4 hours, that's the most we take."), none);
        assert_eq!(found("UPDT: read this."), none);
        // Codes, shouting, a team signing, too short or too long.
        assert_eq!(
            found("Ref MC-20931, plate YF19 KLP, code #ABC, WSD3."),
            none
        );
        assert_eq!(found("The MSK CATS team"), none);
        // Capitals in a contraction are emphasis; a possessive acronym is still one.
        assert_eq!(found("DON'T tag us. WON\u{2019}T help."), none);
        assert_eq!(found("the DVLA's letter"), [(4, 8, "DVLA")]);
        assert_eq!(found("Regards,\nIAM Team"), none);
        assert_eq!(found("An ID, a QWERTYU key."), none);
        // An explanation holds for its paragraph only.
        assert_eq!(
            found("The WSD (web desk) has it.\n\nAsk the WSD."),
            [(36, 39, "WSD")]
        );
    }

    /// The key [`Index::find`] computes at the start of `phrase` from its [`words`].
    fn key_from_words(phrase: &str) -> Option<u64> {
        let mut ws = Vec::new();
        words(phrase, &mut ws, &mut Stops::default());
        let first = ws.first().filter(|w| w.start == 0)?;
        Some(
            ws[1..ws.len().min(KEY_WORDS)]
                .iter()
                .fold(first.hash, |h, w| key_more(h, w.sep, w.hash)),
        )
    }

    /// An [`IndexCache`] in memory that counts what it is given to keep.
    #[derive(Default)]
    struct MemoryCache {
        table: Option<(u64, Vec<u8>)>,
        stores: usize,
    }

    impl IndexCache for MemoryCache {
        fn load(&mut self, source: u64) -> Option<Vec<u8>> {
            self.table
                .as_ref()
                .filter(|t| t.0 == source)
                .map(|t| t.1.clone())
        }
        fn store(&mut self, source: u64, table: &[u8]) {
            self.table = Some((source, table.to_vec()));
            self.stores += 1;
        }
    }

    #[test]
    fn cached_index_tables_are_the_computed_ones_and_serve_only_their_rules() {
        let mut cache = MemoryCache::default();
        let first = Linter::with_cache(&Config::default(), &mut cache).unwrap();
        assert!(!first.index.cached);
        assert_eq!(cache.stores, 1);
        let second = Linter::with_cache(&Config::default(), &mut cache).unwrap();
        assert!(second.index.cached);
        assert_eq!(cache.stores, 1);
        let (a, b) = (&first.index, &second.index);
        assert_eq!(a.table, b.table);
        assert_eq!(
            (&a.filter, &a.longer, &a.other),
            (&b.filter, &b.longer, &b.other)
        );
        assert_eq!((&a.slots, &a.lists), (&b.slots, &b.lists));
        let text =
            "Calm down. Per my last email, you failed to attach the receipt. Our SLA is 48h.";
        assert_eq!(first.lint(text), second.lint(text));
        assert_eq!(first.lint(text).len(), 4);
        // Other rules have other entries: their tables are computed and kept in turn.
        let config = Config {
            ignore: vec!["hostile/calm-down".into()],
            ..Config::default()
        };
        let other = Linter::with_cache(&config, &mut cache).unwrap();
        assert!(!other.index.cached);
        assert_eq!(cache.stores, 2);
        assert_eq!(other.lint(text).len(), 3);
    }

    #[test]
    fn a_table_of_other_entries_or_a_damaged_one_is_not_read() {
        let linter = Linter::with_cache(&Config::default(), &mut MemoryCache::default()).unwrap();
        let table = &linter.index.table;
        let source = source_hash(&linter.index.entries, &linter.index.phrases);
        assert!(Layout::of(table, source).is_some());
        assert!(Layout::of(table, source ^ 1).is_none());
        assert!(Layout::of(&table[..table.len() - 1], source).is_none());
        assert!(Layout::of(&table[1..], source).is_none());
        assert!(Layout::of(&[], source).is_none());
        // A cache that hands back something else under the right name is not believed.
        struct Garbage;
        impl IndexCache for Garbage {
            fn load(&mut self, _: u64) -> Option<Vec<u8>> {
                Some(b"WARMLYIX and then nothing that fits".to_vec())
            }
            fn store(&mut self, _: u64, _: &[u8]) {}
        }
        assert!(
            !Linter::with_cache(&Config::default(), &mut Garbage)
                .unwrap()
                .index
                .cached
        );
    }

    #[test]
    fn byte_counts_count_line_feeds_char_starts_and_four_byte_chars() {
        let naive = |s: &str| {
            (
                s.matches('\n').count(),
                s.chars().count(),
                s.chars().filter(|c| c.len_utf8() == 4).count(),
            )
        };
        for s in [
            "",
            "\n",
            "plain ascii text\nover two lines\n",
            "I\u{2019}m sorry \u{1F600}\n\u{e9}t\u{e9} \u{2014} ok\r\n\u{1F44D}\u{1F44D}x",
            "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}\n\n\n",
        ] {
            for end in (0..=s.len()).filter(|&e| s.is_char_boundary(e)) {
                assert_eq!(
                    byte_counts(&s.as_bytes()[..end]),
                    naive(&s[..end]),
                    "{s:?} to {end}"
                );
            }
        }
    }

    #[test]
    fn words_are_counted_as_splitting_counts_them_up_to_a_limit() {
        let split = |s: &str| {
            s.split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
                .count()
        };
        for s in [
            "",
            "  ",
            "No.",
            "Thanks for waiting, it's fixed now!",
            "Überweisung erhalten – danke_schön 2x",
            "naïve café—déjà vu ✓ 😀 ok",
            "--a--b--",
        ] {
            assert_eq!(count_words_upto(s, 100), split(s), "{s:?}");
        }
        assert_eq!(count_words_upto("one two three four", 2), 3);
        assert_eq!(count_words_upto("one two", 0), 1);
        assert_eq!(count_words_upto("... !", 0), 0);
    }

    #[test]
    fn a_cold_opener_is_the_body_s_first_sentence_when_more_follows() {
        let phrases: HashSet<String> = ["noted", "no", "sold out"]
            .into_iter()
            .map(String::from)
            .collect();
        let span = |text: &str| {
            let norm = crate::norm::normalize(text).text;
            cold_opener(&norm, &phrases, 8).map(|(s, e)| norm[s..e].to_string())
        };
        assert_eq!(
            span("Hi Jo,\n\nNoted. We are not responsible.\n\nSam"),
            Some("noted".into())
        );
        assert_eq!(
            span("@brennan Sold out. Book earlier."),
            Some("sold out".into())
        );
        assert_eq!(span("[NAME], no. That is the policy."), Some("no".into()));
        // Nothing follows: the bare-reply check's business.
        assert_eq!(span("Hi Jo,\n\nNoted.\n"), None);
        // Not a full stop, a number, or not the first sentence.
        assert_eq!(span("Noted! Thanks, I'll update it."), None);
        assert_eq!(span("Noted, thank you. I'll update it."), None);
        assert_eq!(span("No. 7 Harbour Street is your address now."), None);
        assert_eq!(span("Thanks for writing. Noted. We'll call."), None);
    }

    #[test]
    fn hash_span_is_hash_bytes() {
        let text =
            "Per my last email, you FAILED to attach the receipt\u{2019}s copy! naïve 日本語 x";
        let all = text.as_bytes();
        for start in 0..=all.len() {
            for end in start..=all.len() {
                assert_eq!(
                    hash_span(all, start, end),
                    hash_bytes(&all[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn prefix_keys_are_the_keys_of_the_first_words() {
        let (keys, n) = phrase_keys("Per my, last email").unwrap();
        assert_eq!(n, KEY_WORDS);
        assert_eq!(Some(keys[0]), phrase_key("Per"));
        assert_eq!(Some(keys[1]), phrase_key("Per my"));
        assert_eq!(Some(keys[2]), phrase_key("Per my, last"));
        assert_ne!(Some(keys[2]), phrase_key("Per my last"));
        assert_eq!(phrase_keys("calm").map(|(_, n)| n), Some(1));
    }

    #[test]
    fn two_capital_words_after_a_name_word_are_a_product_name() {
        // Whether the capitals `run` of `text` read as a name.
        let named = |text: &str, run: &str| {
            let s = text.find(run).unwrap();
            product_name(text, s, s + run.len())
        };
        let t =
            "Thanks for upgrading to LEDGERLY PRO! Please DO NOT reply. I said the ORDER IS LATE.";
        assert!(named(t, "LEDGERLY PRO"));
        assert!(!named(t, "DO NOT"));
        assert!(!named(t, "ORDER IS LATE"));
        let t = "Thanks from the team at SMILE CENTRAL. Look at THIS MESS.";
        assert!(named(t, "SMILE CENTRAL"));
        assert!(!named(t, "THIS MESS"));
        let t = "the MV ISLAY STAR sails, for the FINAL TIME, for THE LAST TIME";
        assert!(named(t, "MV ISLAY STAR"));
        assert!(!named(t, "FINAL TIME"));
        assert!(!named(t, "THE LAST TIME"));
    }

    #[test]
    fn capitals_before_a_colon_at_a_line_start_are_a_heading() {
        let t = "@gia FREE SKIN ALERT: it lands tomorrow\nHi! NEW TERMS APPLY: read them";
        let run = |w: &str| {
            let s = t.find(w).unwrap();
            (s, s + w.len())
        };
        let (s, e) = run("FREE SKIN ALERT");
        assert!(heading(t, s, e));
        let (s, e) = run("NEW TERMS APPLY");
        assert!(!heading(t, s, e), "words before it on its line");
        let t = "I HAVE TOLD YOU TWICE.";
        assert!(!heading(t, 0, t.len() - 1), "no colon");
    }

    #[test]
    fn capitals_after_a_label_word_quote_a_label() {
        let at = |text: &str, caps: &str| labelled(text, text.find(caps).unwrap());
        assert!(at("The box is marked DO NOT BEND.", "DO NOT"));
        assert!(at("The sign says: NO ENTRY", "NO ENTRY"));
        assert!(!at("Please DO NOT CALL again.", "DO NOT"));
        assert!(!at("“PAYMENT FAILED” again", "PAYMENT"));
        assert!(!at("PLEASE STOP", "PLEASE"));
    }

    #[test]
    fn a_placeholder_addressing_the_customer_is_skipped_with_its_comma() {
        for (text, end) in [
            ("[name], not happening.", Some(8)),
            ("{{first_name}}: no.", Some(16)),
            ("{name} , no", Some(9)),
            ("%firstname%,no", Some(12)),
            ("${agent}, no", Some(10)),
            ("[name] not happening.", None),
            ("[], no", None),
            ("{{a\nb}}, no", None),
            ("{9x}, no", None),
            ("%%, no", None),
            ("{{first_name}} - acknowledged.", Some(17)),
            ("[name] \u{2014} noted.", Some(11)),
            ("no.", None),
            ("", None),
        ] {
            assert_eq!(lead_placeholder(text.as_bytes()), end, "{text:?}");
        }
    }

    #[test]
    fn a_line_that_is_only_a_placeholder_ends_the_body() {
        for (line, whole) in [
            ("[agent]", true),
            ("{{current_user.first_name}}", true),
            ("%agent%", true),
            ("{agent_name}", true),
            ("${agent}", true),
            ("[agent] x", false),
            ("[agent],", false),
            ("mark", false),
        ] {
            assert_eq!(placeholder_line(line.as_bytes()), whole, "{line:?}");
        }
    }

    #[test]
    fn a_telegraphic_body_is_flagged_without_its_full_stop() {
        let warm: HashSet<String> = ["thanks", "sorry", "soon"]
            .into_iter()
            .map(String::from)
            .collect();
        fn span<'a>(body: &'a str, warm: &HashSet<String>) -> Option<&'a str> {
            terse_body(body, 0, body.len(), warm, 3).map(|(s, e)| &body[s..e])
        }
        assert_eq!(span("already refunded.", &warm), Some("already refunded"));
        assert_eq!(span("  date gone.\n", &warm), Some("date gone"));
        assert_eq!(
            span("gallery expired.\n\nlumen studio", &warm),
            Some("gallery expired")
        );
        assert_eq!(span("nope, no slots.", &warm), Some("nope, no slots"));
        // One line with no stop at all is clipped too ("Shipped").
        assert_eq!(span("already refunded", &warm), Some("already refunded"));
        // A warm word, a fourth word, a trailing comma, an exclamation or an emoji: not terse.
        assert_eq!(span("already refunded, sorry.", &warm), None);
        assert_eq!(span("will look when i can.", &warm), None);
        assert_eq!(span("mr harris,", &warm), None);
        assert_eq!(span("already refunded!", &warm), None);
        assert_eq!(span("done 🙂.", &warm), None);
        assert_eq!(span("see you soon.", &warm), None);
        assert_eq!(span(".", &warm), None);
    }

    #[test]
    fn greetings_and_signoffs_end_where_their_patterns_did() {
        // The patterns these matchers replaced (bytes, ASCII classes).
        let greeting = bytes_regex(&format!(
            r"(?-u)^(?:{})\b[^\n.!?,]{{0,40}}[,!.:]?",
            GREETINGS.join("|")
        ));
        let signoff = bytes_regex(&format!(
            r"(?-u)^(?:{})\b[^\n]{{0,30}}$",
            SIGNOFFS.join("|")
        ));
        let mut lines = vec![
            "hi sam, calm down.".to_string(),
            "hiya there!".into(),
            "hi\nno.".into(),
            "hello".into(),
            "hey: about your order".into(),
            "higher prices".into(),
            "good morning team. we".into(),
            "good morningside".into(),
            "dear customer service team at the airline of your choice, thanks".into(),
            "dear_x".into(),
            "morning? yes".into(),
            "best".into(),
            "best regards, the whole support team here!".into(),
            "best regards, the whole support team here".into(),
            "bestow".into(),
            "thanks again for your patience".into(),
            "thank you so much for waiting :)".into(),
            "cheers!".into(),
            "".into(),
        ];
        for n in 35..45 {
            lines.push(format!("hi {}, thanks", "a".repeat(n)));
            lines.push(format!("kind regards {}", "b".repeat(n - 17)));
        }
        for l in &lines {
            let want = greeting.find(l.as_bytes()).map(|m| m.end());
            assert_eq!(greeting_end(l), want, "{l:?}");
            assert_eq!(is_signoff(l), signoff.is_match(l.as_bytes()), "{l:?}");
        }
        // Where the pattern stopped inside a char (and the slice after it panicked), the
        // greeting ends before the char.
        let l = format!("hi {}\u{e9}bbb", "a".repeat(38));
        assert_eq!(greeting_end(&l), Some(41));
        assert_eq!(greeting_end("hi\u{e9}"), Some(4));
    }

    #[test]
    fn a_greeting_line_may_hold_any_char() {
        let linter = Linter::builtin();
        for n in 30..45 {
            let text = format!("Hi {}\u{e9}bbbbb\nNo.", "a".repeat(n));
            let findings = linter.lint(&text);
            assert_eq!(findings.len(), 1, "{text:?}");
            assert_eq!(&*findings[0].rule, "curt/bare-refusal");
        }
    }

    #[test]
    fn phrase_keys_are_the_keys_words_give() {
        let phrases = [
            "calm down",
            "per my last email",
            "you failed to attach the receipt",
            "it's not my job",
            "it\u{2019}s",
            "café au lait",
            "naïve question",
            "日本語 テキスト",
            "a",
            "x1 y_2 z-3 w",
            "  leading space",
            "-dash first",
            "\u{201C}quoted\u{201D}",
            "word.",
            "two  spaces",
            "end, with comma, and more",
            "",
            "ß straße",
            "emoji 😀 here",
        ];
        for p in phrases {
            assert_eq!(phrase_key(p), key_from_words(p), "{p:?}");
        }
        assert_eq!(phrase_key("-dash first"), None);
        // Within a buffer of phrases, as the index keys them: the same keys.
        let all: String = phrases.concat();
        let mut at = 0;
        for p in phrases {
            assert_eq!(
                phrase_keys_in(&all, at, at + p.len()).map(|(keys, n, _)| (keys, n)),
                phrase_keys(p),
                "{p:?}"
            );
            at += p.len();
        }
        for p in ["-dash first", "calm down!", "it's on,  me", "x"] {
            let all = format!("{p}and more words after it");
            assert_eq!(
                phrase_keys_in(&all, 0, p.len()).map(|(keys, n, _)| (keys, n)),
                phrase_keys(p),
                "{p:?}"
            );
        }
        // Exact: the key covers every byte of the phrase.
        let exact = |p: &str| phrase_keys_in(p, 0, p.len()).is_some_and(|(_, _, x)| x);
        for p in ["calm", "calm down", "per my last", "it's on", "x1 y_2"] {
            assert!(exact(p), "{p:?}");
        }
        for p in [
            "per my last email",
            "calm down!",
            "policy ",
            "café au",
            "-dash",
        ] {
            assert!(!exact(p), "{p:?}");
        }
        assert!(phrase_key("calm down").is_some());
        assert_ne!(phrase_key("calm down"), phrase_key("calm  down"));
    }
}
