//! The document model: a normalised view of a text for matching, with a map back to the original.

use std::sync::LazyLock;

use regex::bytes::Regex;

/// Never-linted regions (a constant pattern, compiled once).
static MASKS: LazyLock<Regex> = LazyLock::new(mask_regex);

/// Is `c` part of a word for boundary checks?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}')
}

/// A normalised text plus, for every byte of it, the byte range of the original it came from.
#[derive(Debug, Clone, Default)]
pub(crate) struct Normalized {
    /// Lower-cased text with straight quotes, expanded contractions and collapsed spaces.
    pub text: String,
    /// For each byte of `text`: `(start, end)` of the original bytes it stands for.
    pub src: Vec<(u32, u32)>,
}

impl Normalized {
    fn push_str(&mut self, s: &str, from: usize, to: usize) {
        self.text.push_str(s);
        self.src
            .extend(std::iter::repeat_n((from as u32, to as u32), s.len()));
    }

    fn push_char(&mut self, c: char, from: usize, to: usize) {
        self.text.push(c);
        self.src
            .extend(std::iter::repeat_n((from as u32, to as u32), c.len_utf8()));
    }

    /// Original byte range of the normalised range `start..end` (which must be non-empty).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        (self.src[start].0 as usize, self.src[end - 1].1 as usize)
    }

    /// The first normalised byte that stands for original bytes at or after `orig`.
    pub fn normalized_pos(&self, orig: usize) -> usize {
        self.src.partition_point(|s| (s.0 as usize) < orig)
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

/// Normalise `input` for matching (see `docs/rules.md`).
pub(crate) fn normalize(input: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(input.len() + input.len() / 8),
        src: Vec::with_capacity(input.len() + input.len() / 8),
    };
    let mut i = 0;
    let mut prev: Option<char> = None;
    let mut lower = String::new();
    while i < input.len() {
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
                for (off, b) in lower.bytes().enumerate() {
                    out.text.push(b as char);
                    out.src.push(((i + off) as u32, (i + off + 1) as u32));
                }
            } else {
                for (off, ch) in word.char_indices() {
                    let (s, e) = (i + off, i + off + ch.len_utf8());
                    if is_apostrophe(ch) {
                        out.push_char('\'', s, e);
                    } else {
                        for l in ch.to_lowercase() {
                            out.push_char(l, s, e);
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
                for l in mapped.to_lowercase() {
                    out.push_char(l, i, i + len);
                }
            } else {
                out.push_char(mapped, i, i + len);
            }
            prev = Some(mapped);
            i += len;
        }
    }
    out
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

/// The regions of a text that are never linted, as sorted, merged original byte ranges.
pub(crate) fn masked_regions(text: &str, masks: &Regex) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in masks.find_iter(text.as_bytes()) {
        if m.start() == m.end() {
            continue;
        }
        match out.last_mut() {
            Some(last) if m.start() <= last.1 => last.1 = last.1.max(m.end()),
            _ => out.push((m.start(), m.end())),
        }
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
    regex::bytes::RegexBuilder::new(&alternation.join("|"))
        .unicode(false)
        .build()
        .expect("mask regex is valid")
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

/// Does `hay` contain `needle` on word boundaries? (Needles are short phrases and sentences are
/// short: a first-byte scan beats setting up a substring searcher per call.)
pub(crate) fn contains_phrase(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return false;
    };
    if n.len() > h.len() {
        return false;
    }
    (0..=h.len() - n.len()).any(|i| {
        h[i] == first
            && &h[i..i + n.len()] == n
            && hay.is_char_boundary(i)
            && hay.is_char_boundary(i + n.len())
            && on_word_boundaries(hay, i, i + n.len())
    })
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
        assert_eq!(n.normalized_pos(s), j);
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
