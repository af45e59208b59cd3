//! Normalisation: the view of a text that phrases and patterns match against (lower case,
//! straight quotes and apostrophes, expanded contractions, collapsed whitespace), with a map back
//! to the original's bytes. No dependencies, so `build.rs` normalises the built-in phrases with
//! the same code.

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}')
}

/// One run of the map from normalised bytes back to the original.
#[derive(Debug, Clone, Copy)]
struct Seg {
    /// First normalised byte of the run.
    norm: u32,
    /// The original bytes the run stands for.
    orig: u32,
    orig_end: u32,
    /// `true`: normalised byte `norm + k` stands for original byte `orig + k` alone (the run is
    /// as long on both sides); `false`: every byte of the run stands for all of `orig..orig_end`.
    shift: bool,
}

/// A normalised text plus a map back to the byte ranges of the original each byte came from.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    /// Lower-cased text with straight quotes, expanded contractions and collapsed spaces.
    pub text: String,
    /// Runs sorted by `norm` (and so by `orig`): one per rewritten token, not one per byte.
    segs: Vec<Seg>,
    /// A [`block_index`] of `segs`: a lookup searches the runs of one block, not all of a
    /// long text's.
    blocks: Vec<u32>,
}

/// Text bytes per entry of a block index ([`block_index`]).
const BLOCK: usize = 256;

/// A block index of `items`, sorted by `start` (a position in a text of `len` bytes), into
/// `out`: per [`BLOCK`] bytes of the text, the first item that starts in or after the block,
/// then `items.len()`. [`block_range`] then finds a position's items within its block.
pub(crate) fn block_index<T>(
    items: &[T],
    start: impl Fn(&T) -> usize,
    len: usize,
    out: &mut Vec<u32>,
) {
    out.clear();
    let mut i = 0;
    for k in 0..len.div_ceil(BLOCK) {
        while items.get(i).is_some_and(|item| start(item) < k * BLOCK) {
            i += 1;
        }
        out.push(i as u32);
    }
    out.push(items.len() as u32);
}

/// The items of a [`block_index`] `blocks` (over `total` items) that may start at the block of
/// `pos`: items before it start before the block, items after it after the block. All of them
/// when `blocks` is empty (no index built).
pub(crate) fn block_range(blocks: &[u32], pos: usize, total: usize) -> std::ops::Range<usize> {
    let k = pos / BLOCK;
    match blocks.get(k) {
        Some(&lo) => lo as usize..blocks.get(k + 1).map_or(total, |&h| h as usize),
        None => blocks.last().map_or(0, |&l| l as usize)..total,
    }
}

/// Builds a [`Normalized`] text.
struct Builder {
    text: Vec<u8>,
    segs: Vec<Seg>,
}

impl Builder {
    /// Open or extend a one-for-one run for `len` bytes standing for the original from `from`.
    fn same(&mut self, from: usize, len: usize) {
        let norm = self.text.len() as u32;
        let (from, len) = (from as u32, len as u32);
        match self.segs.last_mut() {
            Some(last)
                if last.shift
                    && last.orig_end == from
                    && last.norm + (last.orig_end - last.orig) == norm =>
            {
                last.orig_end += len;
            }
            _ => self.segs.push(Seg {
                norm,
                orig: from,
                orig_end: from + len,
                shift: true,
            }),
        }
    }

    /// Append `s`, which stands as a whole for the original `from..to`.
    fn push_str(&mut self, s: &str, from: usize, to: usize) {
        self.push_parts(s, "", from, to);
    }

    /// Append `a` then `b`, which stand as a whole for the original `from..to`.
    fn push_parts(&mut self, a: &str, b: &str, from: usize, to: usize) {
        if a.len() + b.len() == 1 && to == from + 1 {
            self.same(from, 1);
        } else {
            self.segs.push(Seg {
                norm: self.text.len() as u32,
                orig: from as u32,
                orig_end: to as u32,
                shift: false,
            });
        }
        self.text.extend_from_slice(a.as_bytes());
        self.text.extend_from_slice(b.as_bytes());
    }

    /// Append `c`, which stands for the original char at `from..to`.
    fn push_char(&mut self, c: char, from: usize, to: usize) {
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        if s.len() == to - from {
            self.same(from, s.len());
            self.text.extend_from_slice(s.as_bytes());
        } else {
            self.push_str(s, from, to);
        }
    }

    fn finish(self, mut blocks: Vec<u32>) -> Normalized {
        block_index(
            &self.segs,
            |s| s.norm as usize,
            self.text.len(),
            &mut blocks,
        );
        Normalized {
            text: String::from_utf8(self.text).expect("only whole chars are pushed"),
            segs: self.segs,
            blocks,
        }
    }
}

impl Normalized {
    /// The bytes its buffers hold.
    pub fn capacity_bytes(&self) -> usize {
        self.text.capacity()
            + self.segs.capacity() * std::mem::size_of::<Seg>()
            + self.blocks.capacity() * 4
    }

    /// Original byte range of normalised byte `pos`.
    fn src(&self, pos: usize) -> (usize, usize) {
        // Runs before the block of `pos` start before it, runs after its block start after it.
        let block = block_range(&self.blocks, pos, self.segs.len());
        let i = block.start + self.segs[block].partition_point(|s| s.norm as usize <= pos);
        let s = &self.segs[i - 1];
        if s.shift {
            let o = s.orig as usize + (pos - s.norm as usize);
            (o, o + 1)
        } else {
            (s.orig as usize, s.orig_end as usize)
        }
    }

    /// Original byte range of the normalised range `start..end` (which must be non-empty and on
    /// char boundaries).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.src(start).0, self.src(end - 1).1)
    }
}

/// Expand a contraction (lower case, straight apostrophes) into its long form: a stem of the
/// word followed by a fixed ending, so nothing is allocated.
fn expand(word: &str) -> Option<(&str, &'static str)> {
    let fixed = match word {
        "can't" | "cannot" => Some("can not"),
        "won't" => Some("will not"),
        "shan't" => Some("shall not"),
        "ain't" => Some("is not"),
        "let's" => Some("let us"),
        "gonna" => Some("going to"),
        "wanna" => Some("want to"),
        "gotta" => Some("got to"),
        "y'all" => Some("you all"),
        _ => None,
    };
    if let Some(f) = fixed {
        return Some(("", f));
    }
    if let Some(stem) = word.strip_suffix("n't") {
        if !stem.is_empty() {
            return Some((stem, " not"));
        }
    }
    for (suffix, long) in [
        ("'re", " are"),
        ("'ve", " have"),
        ("'ll", " will"),
        ("'m", " am"),
        ("'d", " would"),
    ] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && !stem.contains('\'') {
                return Some((stem, long));
            }
        }
    }
    if let Some(stem) = word.strip_suffix("'s") {
        if matches!(
            stem,
            "it" | "that"
                | "there"
                | "here"
                | "what"
                | "who"
                | "where"
                | "he"
                | "she"
                | "how"
                | "this"
                | "everything"
                | "nothing"
                | "which"
                | "when"
                | "why"
        ) {
            return Some((stem, " is"));
        }
    }
    None
}

/// How the bulk copy in [`normalize`] treats a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter or digit: part of a word.
    Alnum,
    /// Normalises to itself (ASCII punctuation and symbols).
    Plain,
    /// A space or newline: itself when no other whitespace follows.
    Space,
    /// Anything else (other whitespace, hyphens, apostrophes, `@`, non-ASCII): token by token.
    Special,
}

static BYTE_CLASS: [ByteClass; 256] = {
    let mut t = [ByteClass::Special; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() {
            ByteClass::Alnum
        } else if c == b' ' || c == b'\n' {
            ByteClass::Space
        } else if matches!(c, b'\t' | b'\r' | 0x0b | 0x0c | b'-' | b'\'' | b'@') {
            ByteClass::Special
        } else {
            ByteClass::Plain
        };
        b += 1;
    }
    t
};

/// Is this ASCII word one that [`expand`] rewrites although it has no apostrophe?
fn is_bare_contraction(word: &[u8]) -> bool {
    matches!(word.len(), 5 | 6)
        && matches!(word.last(), Some(b't' | b'T' | b'a' | b'A'))
        && ["cannot", "gonna", "wanna", "gotta"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// Chat shorthand read as the words it stands for ("u need to" as "you need to", "dont" as "do
/// not"), so phrases match informal replies too. Only in lower case, or capitalised at a
/// sentence start ("Im", "Dont"); "U" alone too. All capitals ("UR", "IM", "COS") are acronyms.
pub(crate) const CHAT: [(&str, &str); 36] = [
    ("u", "you"),
    ("ur", "your"),
    ("msg", "message"),
    ("msgs", "messages"),
    ("prev", "previous"),
    ("obvs", "obviously"),
    ("ppl", "people"),
    ("pls", "please"),
    ("plz", "please"),
    ("cos", "because"),
    ("coz", "because"),
    ("cuz", "because"),
    ("im", "i am"),
    ("ive", "i have"),
    ("its", "it is"),
    ("dont", "do not"),
    ("didnt", "did not"),
    ("doesnt", "does not"),
    ("isnt", "is not"),
    ("cant", "can not"),
    ("wont", "will not"),
    ("youre", "you are"),
    ("youll", "you will"),
    ("youve", "you have"),
    ("thats", "that is"),
    ("theyre", "they are"),
    ("theres", "there is"),
    ("wasnt", "was not"),
    ("whats", "what is"),
    ("arent", "are not"),
    ("havent", "have not"),
    ("hasnt", "has not"),
    ("wouldnt", "would not"),
    ("wouldve", "would have"),
    ("couldnt", "could not"),
    ("couldve", "could have"),
];

/// For each length up to 7 and first letter, 1 + the index in [`CHAT`] of the first word of that
/// length and letter (0: none). Words sharing both are next to each other in [`CHAT`].
const CHAT_INDEX: [[u8; 26]; 8] = {
    let mut t = [[0u8; 26]; 8];
    let mut k = 0;
    while k < CHAT.len() {
        let w = CHAT[k].0.as_bytes();
        let f = (w[0] - b'a') as usize;
        if t[w.len()][f] == 0 {
            t[w.len()][f] = k as u8 + 1;
        }
        k += 1;
    }
    t
};

/// For each length up to 7, the last letters of [`CHAT`] words of that length, as bits from `a`.
const CHAT_LAST: [u32; 8] = {
    let mut t = [0u32; 8];
    let mut k = 0;
    while k < CHAT.len() {
        let w = CHAT[k].0.as_bytes();
        t[w.len()] |= 1 << (w[w.len() - 1] - b'a');
        k += 1;
    }
    t
};

/// For each byte, the lengths (as bits) of the [`CHAT`] words that start with it, in either case.
const CHAT_LENGTHS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < CHAT.len() {
        let w = CHAT[k].0.as_bytes();
        t[w[0] as usize] |= 1 << w.len();
        t[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
        k += 1;
    }
    t
};

/// May the word at `start..end` be chat shorthand? One table look-up by its first byte and
/// length; [`chat_at`] decides.
#[inline(always)]
fn maybe_chat(bytes: &[u8], start: usize, end: usize) -> bool {
    let len = end - start;
    len < 8 && CHAT_LENGTHS[bytes[start] as usize] & (1 << len) != 0
}

/// The words chat shorthand `word` stands for (see [`CHAT`]), given 1 + the index of the first
/// candidate of its length and first letter (from [`CHAT_INDEX`]).
fn chat_word(word: &[u8], from: u8) -> Option<&'static str> {
    let (&first, rest) = word.split_first()?;
    let lower = first | 0x20;
    CHAT[usize::from(from) - 1..]
        .iter()
        .take_while(|(short, _)| short.len() == word.len() && short.as_bytes()[0] == lower)
        .find(|(short, _)| &short.as_bytes()[1..] == rest)
        .map(|&(_, full)| full)
}

/// Is the word at `start..end` of `bytes` chat shorthand standing alone (not part of "U.S.",
/// "U-turn", "@ur_handle" and the like)? Runs on every word: its length and its first and last
/// letters ([`CHAT_INDEX`], [`CHAT_LAST`]) rule out almost all of them before anything else is
/// looked at.
fn chat_at(bytes: &[u8], start: usize, end: usize) -> Option<&'static str> {
    let len = end - start;
    if len >= CHAT_INDEX.len() {
        return None;
    }
    let (first, last) = (bytes[start] | 0x20, bytes[end - 1] | 0x20);
    if !first.is_ascii_lowercase()
        || !last.is_ascii_lowercase()
        || CHAT_LAST[len] & (1 << (last - b'a')) == 0
    {
        return None;
    }
    let from = CHAT_INDEX[len][usize::from(first - b'a')];
    if from == 0 {
        return None;
    }
    let apart = |b: Option<&u8>| {
        b.is_none_or(|&b| !matches!(b, b'.' | b'-' | b'\'' | b'&' | b'/' | b'@' | b'#' | b'_'))
    };
    if !apart(bytes.get(end)) || !apart(start.checked_sub(1).and_then(|i| bytes.get(i))) {
        return None;
    }
    let full = chat_word(&bytes[start..end], from)?;
    // "its" is a possessive ("its price") unless a word that cannot follow one comes next
    // ("its not", "its in the T&Cs", "its just how it works").
    if full == "it is" && !followed_by(&bytes[end..], &AFTER_ITS) {
        return None;
    }
    // "ur" is "your" ("ur order"), but "you are" before a word no possessive takes ("ur being
    // rude", "ur not listening").
    if full == "your" && followed_by(&bytes[end..], &AFTER_UR) {
        return Some("you are");
    }
    Some(full)
}

/// Words after which "ur" reads as "you are", not as "your".
const AFTER_UR: [&str; 14] = [
    "already",
    "always",
    "being",
    "clearly",
    "going",
    "just",
    "mistaken",
    "not",
    "obviously",
    "so",
    "still",
    "too",
    "very",
    "wrong",
];

/// Words after which a bare "its" reads as "it is", not as a possessive.
const AFTER_ITS: [&str; 41] = [
    "a",
    "all",
    "already",
    "always",
    "an",
    "at",
    "because",
    "been",
    "clearly",
    "done",
    "fine",
    "for",
    "from",
    "here",
    "how",
    "in",
    "just",
    "literally",
    "my",
    "never",
    "not",
    "nothing",
    "obviously",
    "ok",
    "okay",
    "on",
    "only",
    "our",
    "out",
    "pretty",
    "quite",
    "really",
    "simply",
    "so",
    "still",
    "the",
    "there",
    "too",
    "up",
    "what",
    "your",
];

/// Does `rest` (the bytes after a word) start with a space and one of `words` (any case)?
fn followed_by(rest: &[u8], words: &[&str]) -> bool {
    let Some(rest) = rest.strip_prefix(b" ") else {
        return false;
    };
    let len = rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let next = &rest[..len];
    words
        .iter()
        .any(|w| next.eq_ignore_ascii_case(w.as_bytes()))
}

/// Intensifiers and hedges that add nothing to what a sentence does to the reader: right after
/// a subject or "not" ([`FILLER_AFTER`]: "I really can't", "we honestly don't", "you truly need
/// to", "I'm really not allowed", "can't really help") they are left out of the normalised
/// text, so phrases match with or without them.
/// Words that carry the tone themselves ("just", "simply", "actually", "clearly") are not here.
const FILLERS: [&str; 9] = [
    "really",
    "honestly",
    "truly",
    "genuinely",
    "definitely",
    "certainly",
    "unfortunately",
    "sadly",
    "frankly",
];

/// The words after which a filler is left out: subjects, "am", "are", and the "not" that follows
/// one ("we can not really help").
const FILLER_AFTER: &[&str] = &["i", "we", "you", "they", "am", "are", "not"];

/// Is this word (any case) one of the [`FILLERS`]? Their lengths and first letters tell them
/// apart, so at most one comparison is made (this runs on every word of a text).
fn is_filler(word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let filler = match (word.len(), first | 0x20) {
        (6, b'r') => FILLERS[0],
        (8, b'h') => FILLERS[1],
        (5, b't') => FILLERS[2],
        (9, b'g') => FILLERS[3],
        (10, b'd') => FILLERS[4],
        (9, b'c') => FILLERS[5],
        (13, b'u') => FILLERS[6],
        (5, b's') => FILLERS[7],
        (7, b'f') => FILLERS[8],
        _ => return false,
    };
    word.eq_ignore_ascii_case(filler.as_bytes())
}

/// Does the normalised text so far end with one of `subjects` and a space ("i ", "we ")?
fn after_subject(text: &[u8], subjects: &[&str]) -> bool {
    let Some(before) = text.strip_suffix(b" ") else {
        return false;
    };
    subjects.iter().any(|w| {
        before.strip_suffix(w.as_bytes()).is_some_and(|rest| {
            rest.last()
                .is_none_or(|&b| !b.is_ascii_alphanumeric() && b != b'\'')
        })
    })
}

/// Does `rest` start with a verb "just" may come before in a refusal ("can", "can't", "do",
/// "don't", "did", "will", "won't", "have", "not", "need"), as a whole word or with "'t"?
fn starts_refusal(rest: &[u8]) -> bool {
    ["can", "do", "did", "will", "won", "have", "not", "need"]
        .iter()
        .any(|v| {
            rest.len() >= v.len()
                && rest[..v.len()].eq_ignore_ascii_case(v.as_bytes())
                && rest
                    .get(v.len())
                    .is_none_or(|&b| !b.is_ascii_alphanumeric() || b == b'n' || b == b'\'')
        })
}

/// The end of the run of ASCII letters and digits (and `_` when `underscore`) in `bytes` from
/// `i`: eight bytes at a time, so a word costs one step, not one per letter.
#[inline]
pub(crate) fn ascii_word_end(bytes: &[u8], mut i: usize, underscore: bool) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    // The top bit of each byte of `y` (whose top bits are clear) that is in `a..=b`: no sum
    // carries into the next byte.
    let within = |y: u64, a: u8, b: u8| (y + splat(0x80 - a)) & !(y + splat(0x7F - b)) & HIGH;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let y = x & LOW7;
        // Upper case folds onto lower case; `@` and `[` fold onto `` ` `` and `{`, outside.
        let mut word = within(y | splat(0x20), b'a', b'z') | within(y, b'0', b'9');
        if underscore {
            word |= within(y, b'_', b'_');
        }
        // Bytes outside ASCII end the run too.
        let stop = (!word | x) & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || (underscore && b == b'_'))
    {
        i += 1;
    }
    i
}

/// For each byte, the lengths (as bits, up to 15) of the words starting with it, in either
/// case, that [`plain_run`] must leave to the slow path: [`CHAT`] shorthand, [`FILLERS`], the
/// bare contractions of [`is_bare_contraction`] and "just". Any other word is ruled out by one
/// look-up.
const MAY_REWRITE: [u16; 256] = {
    // The chat shorthand's lengths, in both cases already; then the rest.
    let mut t = [0u16; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = CHAT_LENGTHS[b] as u16;
        b += 1;
    }
    let others: [&str; 5] = ["cannot", "gonna", "wanna", "gotta", "just"];
    let mut k = 0;
    while k < FILLERS.len() + others.len() {
        let w = if k < FILLERS.len() {
            FILLERS[k]
        } else {
            others[k - FILLERS.len()]
        }
        .as_bytes();
        t[w[0] as usize] |= 1 << w.len();
        t[w[0].to_ascii_uppercase() as usize] |= 1 << w.len();
        k += 1;
    }
    t
};

/// Must the complete ASCII word at `start..end` of `bytes` go to the slow path of
/// [`normalize`]: is it rewritten (a bare contraction, chat shorthand) or maybe left out (a
/// filler; "just", when `just`)?
#[inline]
fn rewritten(bytes: &[u8], start: usize, end: usize, just: bool) -> bool {
    let len = end - start;
    if len >= 16 || MAY_REWRITE[bytes[start] as usize] & (1 << len) == 0 {
        return false;
    }
    let word = &bytes[start..end];
    is_bare_contraction(word)
        || is_filler(word)
        || (just && word.eq_ignore_ascii_case(b"just"))
        || (maybe_chat(bytes, start, end) && chat_at(bytes, start, end).is_some())
}

/// Does normalising change or leave out the ASCII word at `start..end` of `text` (a bare
/// contraction, chat shorthand, a filler, "just")?
pub(crate) fn word_rewritten(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    end > start && bytes[start..end].is_ascii() && rewritten(bytes, start, end, true)
}

/// The end of the run of `bytes` from `start` that normalises to itself lower-cased: ASCII
/// words that are not contractions, punctuation, single spaces and newlines. A run never ends
/// inside a word.
fn plain_run(bytes: &[u8], start: usize) -> usize {
    let mut j = start;
    while let Some(&b) = bytes.get(j) {
        match BYTE_CLASS[b as usize] {
            ByteClass::Alnum => {
                // A word: read to its end at once, then the byte after it decides.
                let end = ascii_word_end(bytes, j + 1, false);
                let Some(&next) = bytes.get(end) else {
                    return if rewritten(bytes, j, end, false) {
                        j
                    } else {
                        end
                    };
                };
                // Words of some lengths and first letters may be rewritten (a bare
                // contraction, chat shorthand) or left out (a filler): the slow path decides. So
                // does a word that may go on (an apostrophe, a hyphen, a char outside ASCII); one
                // that whitespace ends is complete even when that whitespace is not copied as it
                // is.
                if BYTE_CLASS[next as usize] == ByteClass::Special || rewritten(bytes, j, end, true)
                {
                    return j;
                }
                j = end;
            }
            ByteClass::Plain => j += 1,
            ByteClass::Space => {
                // Itself when no other whitespace (or char to decode) follows, and it is not a
                // line break that wraps a sentence.
                if bytes[j] == b'\n' && soft_wrap(bytes, j, 1) {
                    return j;
                }
                let alone = bytes.get(j + 1).is_none_or(|&n| {
                    matches!(BYTE_CLASS[n as usize], ByteClass::Alnum | ByteClass::Plain)
                        || n == b'-'
                        || n == b'\''
                });
                if !alone {
                    return j;
                }
                j += 1;
            }
            ByteClass::Special => return j,
        }
    }
    j
}

/// Shortest line, in bytes, that a break at its end may have wrapped (a hard-wrapped email is
/// wrapped at 60 to 80 columns; a greeting, a sign-off or a list item is shorter).
const WRAPPED_LINE: usize = 40;

/// Is the whitespace run `i..i + len` of `bytes` a line break that only wraps a sentence ("per
/// my last email, you\nfailed to attach it"): one line break, after a long line that ends in
/// a word or a comma, before a word in lower case? It normalises to a space, so phrases match
/// across it.
fn soft_wrap(bytes: &[u8], i: usize, len: usize) -> bool {
    // Cheapest first: most line breaks come before a capital or another break.
    bytes.get(i + len).is_some_and(u8::is_ascii_lowercase) && i > 0 && wraps(bytes, i, len)
}

/// The rest of [`soft_wrap`]'s test, out of line (most breaks never get here).
#[inline(never)]
fn wraps(bytes: &[u8], i: usize, len: usize) -> bool {
    let run = &bytes[i..i + len];
    let breaks = run.iter().filter(|&&b| b == b'\n').count()
        + run
            .windows(2)
            .filter(|w| w[0] == b'\r' && w[1] != b'\n')
            .count()
        + usize::from(run.last() == Some(&b'\r'));
    if breaks != 1 {
        return false;
    }
    // The char before the run (`bytes` is a `str`'s).
    let mut k = i - 1;
    while k > 0 && i - k < 4 && bytes[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    let before = std::str::from_utf8(&bytes[k..i])
        .ok()
        .and_then(|c| c.chars().next_back());
    if !before.is_some_and(|c| c.is_alphanumeric() || c == ',') {
        return false;
    }
    let line_start = bytes[..i]
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |p| p + 1);
    i - line_start >= WRAPPED_LINE
}

/// The common contraction or possessive, read without decoding chars: at `i`, ASCII letters and
/// digits, one apostrophe (straight, or U+2019 when the word expands), then ASCII letters and
/// digits up to a byte that cannot continue the word. Written to `out` as the general path
/// would write it (`lower`: a buffer for the lower-cased word); returns where the word ends.
/// `None`, and nothing written, for anything else.
fn ascii_contraction(
    bytes: &[u8],
    i: usize,
    out: &mut Builder,
    lower: &mut String,
) -> Option<usize> {
    let alnum_end = |from: usize| ascii_word_end(bytes, from, false);
    let stem_end = alnum_end(i);
    if stem_end == i {
        return None;
    }
    let apostrophe = match bytes.get(stem_end..) {
        Some([b'\'', ..]) => 1,
        Some([0xE2, 0x80, 0x99, ..]) => 3,
        _ => return None,
    };
    let rest = stem_end + apostrophe;
    if !bytes.get(rest).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let end = alnum_end(rest);
    // Another apostrophe or a char outside ASCII may continue the word.
    if bytes.get(end).is_some_and(|&b| b == b'\'' || b >= 0x80) {
        return None;
    }
    lower.clear();
    lower.extend(
        bytes[i..stem_end]
            .iter()
            .map(|b| char::from(b.to_ascii_lowercase())),
    );
    lower.push('\'');
    lower.extend(
        bytes[rest..end]
            .iter()
            .map(|b| char::from(b.to_ascii_lowercase())),
    );
    if let Some((stem, ending)) = expand(lower) {
        out.push_parts(stem, ending, i, end);
    } else if apostrophe == 1 {
        out.same(i, end - i);
        out.text.extend_from_slice(lower.as_bytes());
    } else {
        // A curly apostrophe kept: the general path maps it char by char.
        return None;
    }
    Some(end)
}

/// Normalise `input` for matching (see `docs/rules.md`).
pub(crate) fn normalize(input: &str) -> Normalized {
    normalize_into(input, Normalized::default())
}

/// [`normalize`] into the buffers of `spare` (a normalised text no longer needed), so that a
/// long text's buffers are not allocated, and their pages touched, again for every text.
pub(crate) fn normalize_into(input: &str, spare: Normalized) -> Normalized {
    let bytes = input.as_bytes();
    let (mut text, mut segs, blocks) = (spare.text.into_bytes(), spare.segs, spare.blocks);
    text.clear();
    segs.clear();
    text.reserve(input.len() + input.len() / 16);
    segs.reserve(input.len() / 32 + 4);
    let mut out = Builder { text, segs };
    let mut i = 0;
    let mut prev: Option<char> = None;
    let mut lower = String::new();
    while i < bytes.len() {
        // Most of a reply normalises to itself lower-cased: copy it in bulk.
        let end = plain_run(bytes, i);
        if end > i {
            out.same(i, end - i);
            let at = out.text.len();
            out.text.extend_from_slice(&bytes[i..end]);
            out.text[at..].make_ascii_lowercase();
            prev = Some(bytes[end - 1] as char);
            i = end;
            continue;
        }
        // A run of ASCII whitespace: one space, or one newline if it holds a line break.
        let ws = bytes[i..]
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
            .unwrap_or(bytes.len() - i);
        if ws > 0 && bytes.get(i + ws).is_none_or(|&b| b < 0x80) {
            let nl = bytes[i..i + ws].iter().any(|&b| b == b'\n' || b == b'\r')
                && !soft_wrap(bytes, i, ws);
            out.push_str(if nl { "\n" } else { " " }, i, i + ws);
            prev = Some(if nl { '\n' } else { ' ' });
            i += ws;
            continue;
        }
        // A social handle that opens a line ("@sam_k Obviously we can't...") is set on a line
        // of its own, as a greeting would be: what follows it starts a sentence.
        if bytes[i] == b'@' && prev.is_none_or(|p| p == '\n') {
            if let Some(end) = opening_handle(bytes, i) {
                out.same(i, end - i);
                let at = out.text.len();
                out.text.extend_from_slice(&bytes[i..end]);
                out.text[at..].make_ascii_lowercase();
                out.push_str("\n", end, end + 1);
                prev = Some('\n');
                i = end + 1;
                continue;
            }
        }
        if let Some(end) = ascii_contraction(bytes, i, &mut out, &mut lower) {
            prev = Some(bytes[end - 1] as char);
            i = end;
            continue;
        }
        let rest = &input[i..];
        let c = rest.chars().next().expect("i is on a char boundary");
        if c.is_alphanumeric() {
            // A word: alphanumerics, with inner apostrophes followed by a letter.
            let mut end = i;
            let mut chars = rest.char_indices().peekable();
            while let Some((off, ch)) = chars.next() {
                if ch.is_alphanumeric() {
                    end = i + off + ch.len_utf8();
                } else if is_apostrophe(ch) {
                    match chars.peek() {
                        Some(&(_, next)) if next.is_alphabetic() => {}
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let word = &input[i..end];
            // A filler right after a subject, before another word, is left out with its space;
            // so is "just" between "I" or "we" and a verb that refuses ("I just can't", "we
            // just don't", "I'm just not"), but not after "you" ("you just need to" talks down).
            let next = &bytes[end..];
            if next.first() == Some(&b' ')
                && next.get(1).is_some_and(u8::is_ascii_alphabetic)
                && ((is_filler(word.as_bytes()) && after_subject(&out.text, FILLER_AFTER))
                    || (word.eq_ignore_ascii_case("just")
                        && after_subject(&out.text, &["i", "we", "am"])
                        && starts_refusal(&next[1..])))
            {
                i = end + 1;
                continue;
            }
            if let Some(full) = maybe_chat(bytes, i, end)
                .then(|| chat_at(bytes, i, end))
                .flatten()
            {
                out.push_str(full, i, end);
                prev = word.chars().next_back();
                i = end;
                continue;
            }
            lower.clear();
            for ch in word.chars() {
                if is_apostrophe(ch) {
                    lower.push('\'');
                } else if ch.is_ascii() {
                    lower.push(ch.to_ascii_lowercase());
                } else {
                    lower.extend(ch.to_lowercase());
                }
            }
            let contracted = lower.contains('\'')
                || lower.ends_with("not")
                || lower.ends_with("nna")
                || lower.ends_with("tta");
            if let Some((stem, ending)) = contracted.then(|| expand(&lower)).flatten() {
                out.push_parts(stem, ending, i, end);
            } else if word.is_ascii() {
                out.same(i, word.len());
                out.text.extend_from_slice(lower.as_bytes());
            } else {
                for (off, ch) in word.char_indices() {
                    let (s, e) = (i + off, i + off + ch.len_utf8());
                    if is_apostrophe(ch) {
                        out.push_char('\'', s, e);
                    } else {
                        let mut low = ch.to_lowercase();
                        match (low.next(), low.next()) {
                            (Some(l), None) => out.push_char(l, s, e),
                            _ => {
                                let all: String = ch.to_lowercase().collect();
                                out.push_str(&all, s, e);
                            }
                        }
                    }
                }
            }
            prev = word.chars().next_back();
            i = end;
        } else if c.is_whitespace() {
            let len = rest
                .char_indices()
                .find(|&(_, ch)| !ch.is_whitespace())
                .map_or(rest.len(), |(off, _)| off);
            let run = &rest[..len];
            let nl = (run.contains('\n') || run.contains('\r')) && !soft_wrap(bytes, i, len);
            out.push_str(if nl { "\n" } else { " " }, i, i + len);
            prev = Some(if nl { '\n' } else { ' ' });
            i += len;
        } else {
            let len = c.len_utf8();
            let mapped = match c {
                '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => '\'',
                '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' => '"',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
                '\u{2026}' => '.',
                _ => c,
            };
            let next = rest[len..].chars().next();
            if mapped == '-'
                && prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)
            {
                out.push_char(' ', i, i + len);
            } else if mapped.is_uppercase() {
                let mut low = mapped.to_lowercase();
                match (low.next(), low.next()) {
                    (Some(l), None) => out.push_char(l, i, i + len),
                    _ => {
                        let all: String = mapped.to_lowercase().collect();
                        out.push_str(&all, i, i + len);
                    }
                }
            } else {
                out.push_char(mapped, i, i + len);
            }
            prev = Some(mapped);
            i += len;
        }
    }
    out.finish(blocks)
}

/// The end of the social handle at `i` of `bytes` (`@` and ASCII word bytes, dots inside),
/// when a space follows it.
fn opening_handle(bytes: &[u8], i: usize) -> Option<usize> {
    let mut end = i + 1;
    while bytes
        .get(end)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
    {
        end += 1;
    }
    while end > i + 1 && bytes[end - 1] == b'.' {
        end -= 1;
    }
    (end > i + 1 && bytes.get(end) == Some(&b' ')).then_some(end)
}

/// Normalise a phrase from a rule the same way as a text, trimmed.
pub(crate) fn normalize_phrase(phrase: &str) -> String {
    let p = phrase.trim();
    // Most phrases are already normal: lower-case ASCII words with single spaces, none of them a
    // contraction to expand.
    let plain = !p.is_empty()
        && p.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ')
        && p.split(' ').all(|w| {
            !matches!(w, "" | "cannot" | "gonna" | "wanna" | "gotta" | "just")
                && !is_filler(w.as_bytes())
        });
    if plain {
        return p.to_string();
    }
    normalize(p).text.trim().to_string()
}

/// The key a swap's phrase, or a finding's flagged words, is looked up by: normalised, without
/// the marks and spaces it starts or ends with, and without [`INTENSIFIERS`].
pub(crate) fn swap_key(words: &str) -> String {
    let n = normalize_phrase(words);
    let mut key = String::with_capacity(n.len());
    for word in n
        .trim_matches(|c: char| !c.is_alphanumeric())
        .split(' ')
        .filter(|w| !INTENSIFIERS.contains(w))
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Words a swap's phrase is compared without: one swap serves "it's simple", "it's really
/// simple" and "it's honestly very simple".
pub(crate) const INTENSIFIERS: &[&str] = &[
    "actually",
    "extremely",
    "frankly",
    "genuinely",
    "honestly",
    "incredibly",
    "literally",
    "pretty",
    "quite",
    "really",
    "seriously",
    "so",
    "super",
    "totally",
    "truly",
    "very",
];

/// A swap entry `PHRASE = replacement`, split.
pub(crate) fn swap_parts(entry: &str) -> Option<(&str, &str)> {
    let (phrase, replacement) = entry.split_once('=')?;
    let (phrase, replacement) = (phrase.trim(), replacement.trim());
    (!phrase.is_empty() && !replacement.is_empty()).then_some((phrase, replacement))
}

#[cfg(test)]
mod tests {
    use super::ascii_word_end;
    use proptest::prelude::*;

    /// [`ascii_word_end`] one byte at a time.
    fn plain(bytes: &[u8], mut i: usize, underscore: bool) -> usize {
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric() || (underscore && bytes[i] == b'_'))
        {
            i += 1;
        }
        i
    }

    #[test]
    fn a_line_break_that_wraps_a_sentence_reads_as_a_space() {
        let long = "We have checked the account twice this week and";
        assert!(long.len() >= super::WRAPPED_LINE);
        let norm = |t: &str| super::normalize(t).text;
        assert_eq!(
            norm(&format!("{long}\nyou")),
            format!("{}", long.to_lowercase() + " you")
        );
        assert_eq!(
            norm(&format!("{long},\r\n  you")),
            long.to_lowercase() + ", you"
        );
        // Kept: a blank line, a capital after, a sentence stop before, a short line.
        assert_eq!(
            norm(&format!("{long}\n\nyou")),
            long.to_lowercase() + "\nyou"
        );
        assert_eq!(norm(&format!("{long}\nYou")), long.to_lowercase() + "\nyou");
        assert_eq!(
            norm(&format!("{long}.\nyou")),
            long.to_lowercase() + ".\nyou"
        );
        assert_eq!(norm("Thanks again\nken"), "thanks again\nken");
        // Outside ASCII the general path decides the same.
        assert_eq!(
            norm(&format!("{long} caf\u{e9}\nyou")),
            long.to_lowercase() + " caf\u{e9} you"
        );
    }

    #[test]
    fn word_runs_end_at_the_first_other_byte() {
        let text = "Hello_world, it's 2024abcdefgh\u{e9}t Zz@[`{/:09";
        let b = text.as_bytes();
        assert_eq!(ascii_word_end(b, 0, false), 5);
        assert_eq!(ascii_word_end(b, 0, true), 11);
        assert_eq!(ascii_word_end(b, 18, false), 30);
        assert_eq!(ascii_word_end(b, 34, false), 36);
        assert_eq!(ascii_word_end(b, b.len(), false), b.len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn eight_at_a_time_is_one_at_a_time(
            bytes in prop::collection::vec(any::<u8>(), 0..40),
            from in 0usize..40,
            underscore in any::<bool>(),
        ) {
            let from = from.min(bytes.len());
            prop_assert_eq!(
                ascii_word_end(&bytes, from, underscore),
                plain(&bytes, from, underscore)
            );
        }
    }
}
