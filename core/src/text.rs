//! The document model: a normalised view of a text for matching, with a map back to the original.

use std::sync::LazyLock;

use regex_automata::meta::Regex;
use regex_automata::util::syntax::Config as SyntaxConfig;

/// Never-linted regions (a constant pattern, compiled once).
static MASKS: LazyLock<Regex> = LazyLock::new(mask_regex);

/// Is `c` part of a word for boundary checks?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

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
        if s.len() == 1 && to == from + 1 {
            self.same(from, 1);
        } else {
            self.segs.push(Seg {
                norm: self.text.len() as u32,
                orig: from as u32,
                orig_end: to as u32,
                shift: false,
            });
        }
        self.text.extend_from_slice(s.as_bytes());
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

    fn finish(self) -> Normalized {
        Normalized {
            text: String::from_utf8(self.text).expect("only whole chars are pushed"),
            segs: self.segs,
        }
    }
}

impl Normalized {
    /// Original byte range of normalised byte `pos`.
    fn src(&self, pos: usize) -> (usize, usize) {
        let i = self.segs.partition_point(|s| s.norm as usize <= pos);
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

/// Expand a contraction (lower case, straight apostrophes) into its long form.
fn expand(word: &str) -> Option<String> {
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
        return Some(f.to_string());
    }
    if let Some(stem) = word.strip_suffix("n't") {
        if !stem.is_empty() {
            return Some(format!("{stem} not"));
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
                return Some(format!("{stem}{long}"));
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
            return Some(format!("{stem} is"));
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
    /// Anything else (other whitespace, hyphens, apostrophes, non-ASCII): token by token.
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
        } else if matches!(c, b'\t' | b'\r' | 0x0b | 0x0c | b'-' | b'\'') {
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
    matches!(word.last(), Some(b't' | b'T' | b'a' | b'A'))
        && ["cannot", "gonna", "wanna", "gotta"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// The end of the run of `bytes` from `start` that normalises to itself lower-cased: ASCII
/// words that are not contractions, punctuation, single spaces and newlines. A run never ends
/// inside a word.
fn plain_run(bytes: &[u8], start: usize) -> usize {
    let mut j = start;
    let mut word_start = usize::MAX;
    while j < bytes.len() {
        match BYTE_CLASS[bytes[j] as usize] {
            ByteClass::Alnum => {
                if word_start == usize::MAX {
                    word_start = j;
                }
            }
            class => {
                let alone = class == ByteClass::Plain
                    || (class == ByteClass::Space
                        && bytes.get(j + 1).is_none_or(|&n| {
                            matches!(BYTE_CLASS[n as usize], ByteClass::Alnum | ByteClass::Plain)
                                || n == b'-'
                                || n == b'\''
                        }));
                if word_start != usize::MAX {
                    if !alone || is_bare_contraction(&bytes[word_start..j]) {
                        return word_start;
                    }
                    word_start = usize::MAX;
                }
                if !alone {
                    return j;
                }
            }
        }
        j += 1;
    }
    if word_start != usize::MAX && is_bare_contraction(&bytes[word_start..]) {
        return word_start;
    }
    j
}

/// Normalise `input` for matching (see `docs/rules.md`).
pub(crate) fn normalize(input: &str) -> Normalized {
    let bytes = input.as_bytes();
    let mut out = Builder {
        text: Vec::with_capacity(input.len() + input.len() / 16),
        segs: Vec::with_capacity(input.len() / 32 + 4),
    };
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
            let nl = bytes[i..i + ws].iter().any(|&b| b == b'\n' || b == b'\r');
            out.push_str(if nl { "\n" } else { " " }, i, i + ws);
            prev = Some(if nl { '\n' } else { ' ' });
            i += ws;
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
            if let Some(long) = contracted.then(|| expand(&lower)).flatten() {
                out.push_str(&long, i, end);
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
            let nl = run.contains('\n') || run.contains('\r');
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
    out.finish()
}

/// Normalise a phrase from a rule the same way as a text, trimmed.
pub(crate) fn normalize_phrase(phrase: &str) -> String {
    let p = phrase.trim();
    // Most phrases are already normal: lower-case ASCII words with single spaces, none of them a
    // contraction to expand.
    let plain = !p.is_empty()
        && p.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' ')
        && p.split(' ')
            .all(|w| !matches!(w, "" | "cannot" | "gonna" | "wanna" | "gotta"));
    if plain {
        return p.to_string();
    }
    normalize(p).text.trim().to_string()
}

/// Bytes that can start or hold a never-linted region (a placeholder, URL, address, handle, code
/// span, quoted line or quoted words).
static MASK_TRIGGERS: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"{[%$@`>\"':w\xE2";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// Can a never-linted region touch the line holding byte `i` (a byte in [`MASK_TRIGGERS`])?
fn is_mask_trigger(bytes: &[u8], i: usize, line_start: usize) -> bool {
    let after = |s: &[u8]| bytes[i..].starts_with(s);
    let opens_quote = i == line_start
        || matches!(
            bytes[i - 1],
            b' ' | b'\t' | 0x0b | 0x0c | b'\r' | b'(' | b':'
        );
    match bytes[i] {
        b'\'' => opens_quote,
        b':' => after(b"://"),
        b'w' => after(b"www."),
        // Opening curly quotes.
        0xE2 => after("\u{201C}".as_bytes()) || (opens_quote && after("\u{2018}".as_bytes())),
        _ => true,
    }
}

/// The regions of a text that are never linted, as sorted, merged original byte ranges. Only
/// lines holding a byte that can start one are searched (a region never spans lines, but for
/// `{{ }}` and `{% %}` placeholders, searched in the whole text when there are any).
pub(crate) fn masked_regions(text: &str, masks: &Regex) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut add = |s: usize, e: usize| {
        if s == e {
            return;
        }
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    };
    let bytes = text.as_bytes();
    if text.contains("{{") || text.contains("{%") {
        for m in masks.find_iter(bytes) {
            add(m.start(), m.end());
        }
        return out;
    }
    let mut line_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            line_start = i + 1;
        } else if MASK_TRIGGERS[b as usize] && is_mask_trigger(bytes, i, line_start) {
            let line_end = bytes[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(bytes.len(), |p| i + p);
            for m in masks.find_iter(&bytes[line_start..line_end]) {
                add(line_start + m.start(), line_start + m.end());
            }
            i = line_end;
            continue;
        }
        i += 1;
    }
    out
}

/// The regular expression for never-linted regions. It works on bytes with ASCII classes (so it
/// compiles in microseconds); curly quotes are written as their UTF-8 bytes.
pub(crate) fn mask_regex() -> Regex {
    // Any byte but a newline and the first byte of the closing quote's encoding, or that byte when
    // the rest of the encoding differs.
    let not_close = |last: &str| format!(r"(?:[^\n\xE2]|\xE2[^\x80]|\xE2\x80[^{last}])");
    let letter = r"[A-Za-z\x80-\xFF]";
    let parts = [
        // Template placeholders.
        r"(?s)\{\{.*?\}\}".to_string(),
        r"(?s)\{%.*?%\}".to_string(),
        r"\$\{[^}\n]*\}".to_string(),
        r"\{[A-Za-z_][A-Za-z0-9_.\-]*\}".to_string(),
        r"\[[A-Z][A-Za-z0-9_ .\-]*\]".to_string(),
        r"%[A-Za-z_][A-Za-z0-9_.]*%".to_string(),
        // URLs, e-mail addresses, handles.
        r#"(?:https?://|www\.)[^\s<>"]+"#.to_string(),
        r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}".to_string(),
        r"(?:^|[\s(])@[A-Za-z0-9_]+".to_string(),
        // Code spans and quoted earlier messages.
        r"`[^`\n]+`".to_string(),
        r"(?m)^[ \t]*>.*$".to_string(),
        // Quoted words: double quotes, curly quotes, clearly single-quoted words.
        r#""[^"\n]+""#.to_string(),
        format!(r"\xE2\x80\x9C{}+\xE2\x80\x9D", not_close(r"\x9D")),
        format!(
            r"(?:^|[\s(:])\xE2\x80\x98(?:{}|\xE2\x80\x99{letter})+?\xE2\x80\x99(?:[^A-Za-z0-9\x80-\xFF]|$)",
            not_close(r"\x99")
        ),
        format!(r"(?:^|[\s(:])'(?:[^'\n]|'{letter})+?'(?:[^A-Za-z0-9\x80-\xFF]|$)"),
    ];
    // Each part in its own group, so that its flags stay inside it.
    let alternation: Vec<String> = parts.iter().map(|p| format!("(?:{p})")).collect();
    bytes_regex(&alternation.join("|"))
}

/// Compile a pattern that runs on bytes with ASCII classes (for the engine's own patterns).
pub(crate) fn bytes_regex(pattern: &str) -> Regex {
    Regex::builder()
        .syntax(SyntaxConfig::new().unicode(false).utf8(false))
        .build(pattern)
        .expect("built-in pattern is valid")
}

/// A text prepared for matching.
pub(crate) struct Document<'a> {
    /// The original text.
    pub text: &'a str,
    /// The normalised view.
    pub norm: Normalized,
    /// Never-linted regions of the original.
    pub masked: Vec<(usize, usize)>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        Document {
            text,
            norm: normalize(text),
            masked: masked_regions(text, &MASKS),
        }
    }

    /// Does the original range `start..end` touch a masked region?
    pub fn is_masked(&self, start: usize, end: usize) -> bool {
        let i = self.masked.partition_point(|r| r.1 <= start);
        self.masked.get(i).is_some_and(|r| r.0 < end)
    }

    /// Is `start..end` of the normalised text on word boundaries?
    pub fn on_word_boundaries(&self, start: usize, end: usize) -> bool {
        on_word_boundaries(&self.norm.text, start, end)
    }

    /// The normalised range of the sentence around normalised byte `pos`.
    pub fn sentence(&self, start: usize, end: usize) -> (usize, usize) {
        sentence_around(&self.norm.text, start, end)
    }
}

/// Is `start..end` of `s` on word boundaries (where the match itself starts or ends with a word char)?
pub(crate) fn on_word_boundaries(s: &str, start: usize, end: usize) -> bool {
    let m = &s[start..end];
    let first_word = m.chars().next().is_some_and(is_word_char);
    let last_word = m.chars().next_back().is_some_and(is_word_char);
    let before_ok = !first_word || !s[..start].chars().next_back().is_some_and(is_word_char);
    let after_ok = !last_word || !s[end..].chars().next().is_some_and(is_word_char);
    before_ok && after_ok
}

fn is_sentence_end(s: &str, i: usize) -> bool {
    // `i` is the index of a byte in s; a sentence ends after [.!?] followed by space/newline/end,
    // or at a newline.
    let b = s.as_bytes()[i];
    if b == b'\n' {
        return true;
    }
    if matches!(b, b'.' | b'!' | b'?') {
        return matches!(s.as_bytes().get(i + 1), None | Some(b' ' | b'\n'));
    }
    false
}

/// The normalised range of the sentence holding `start..end`.
pub(crate) fn sentence_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    let mut a = start;
    while a > 0 && !is_sentence_end(s, a - 1) {
        a -= 1;
    }
    let mut b = end.max(a);
    while b < bytes.len() && !is_sentence_end(s, b) {
        b += 1;
    }
    if b < bytes.len() && bytes[b] != b'\n' {
        b += 1;
    }
    // Both ends are next to ASCII bytes or the text's ends, so they are char boundaries.
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_quotes_normalise_alike() {
        assert_eq!(normalize("Don’t").text, "do not");
        assert_eq!(normalize("I can't").text, "i can not");
        assert_eq!(normalize("I cannot").text, "i can not");
        assert_eq!(normalize("That’s  not\n\nmy").text, "that is not\nmy");
        assert_eq!(normalize("self-explanatory").text, "self explanatory");
        assert_eq!(normalize("You’d better").text, "you would better");
    }

    #[test]
    fn map_points_back_to_the_original() {
        let t = "Well, I don’t know 😀 what";
        let n = normalize(t);
        let i = n.text.find("do not know").unwrap();
        let (s, e) = n.original(i, i + "do not know".len());
        assert_eq!(&t[s..e], "don’t know");
        let j = n.text.find("what").unwrap();
        let (s, e) = n.original(j, j + 4);
        assert_eq!(&t[s..e], "what");
    }

    #[test]
    fn masks_cover_placeholders_quotes_and_urls() {
        let re = mask_regex();
        let t = "Hi {{name}}, you wrote 'this is ridiculous' at https://x.io/a and [NAME] %AGENT% {first} ${x} `code`";
        let m = masked_regions(t, &re);
        let covered: Vec<&str> = m.iter().map(|&(s, e)| t[s..e].trim()).collect();
        assert!(covered.contains(&"{{name}}"));
        assert!(covered.iter().any(|c| c.contains("this is ridiculous")));
        assert!(covered.contains(&"https://x.io/a"));
        assert!(covered.contains(&"[NAME]"));
        assert!(covered.contains(&"%AGENT%"));
        assert!(covered.contains(&"{first}"));
        assert!(covered.contains(&"${x}"));
        assert!(covered.contains(&"`code`"));
    }

    #[test]
    fn a_quoted_line_masks_only_itself() {
        let re = mask_regex();
        let t = "> You people never answer.\nCalm down, please.";
        let m = masked_regions(t, &re);
        assert_eq!(m, vec![(0, t.find('\n').unwrap())]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let re = mask_regex();
        let t = "I can't do it, and it's not my job. That's final.";
        assert!(masked_regions(t, &re).is_empty());
    }
}
