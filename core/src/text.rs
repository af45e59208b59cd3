//! The document model: a normalised view of a text for matching, with a map back to the original.

use regex_automata::meta::Regex;
use regex_automata::util::syntax::Config as SyntaxConfig;

/// Is `c` part of a word for boundary checks?
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
use crate::norm::normalize;
pub(crate) use crate::norm::{normalize_into, normalize_phrase, Normalized};

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
    /// The document of `text`, normalised into the buffers of `spare` (see [`normalize_into`]).
    pub fn with_spare(text: &'a str, spare: Normalized) -> Self {
        Document {
            text,
            norm: normalize_into(text, spare),
            masked: crate::mask::masked_regions(text),
        }
    }

    /// Does the original range `start..end` touch a masked region?
    pub fn is_masked(&self, start: usize, end: usize) -> bool {
        let i = self.masked.partition_point(|r| r.1 <= start);
        self.masked.get(i).is_some_and(|r| r.0 < end)
    }

    /// Does the original range `start..end` cut into a masked region: touch one that does not
    /// lie strictly inside it? A phrase around a quote ("what part of 'no refunds' don't you
    /// understand") is the writer's own words; a phrase that starts or ends in a quote is not.
    pub fn cuts_mask(&self, start: usize, end: usize) -> bool {
        let i = self.masked.partition_point(|r| r.1 <= start);
        self.masked[i..]
            .iter()
            .take_while(|r| r.0 < end)
            .any(|r| r.0 <= start || r.1 >= end)
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

/// Is the word a title-case word: a capital, then small letters only (ASCII; "Calm", "Oak", not
/// "CALM", "I", "iPhone" or "Relax." with its stop)?
fn title_word(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase)
}

/// Is `start..end` of `text` a model code after a brand: a code holding a digit ("T3", "S3")
/// right after a title-case word that does not open its sentence ("your Ember T3").
pub(crate) fn model_name(text: &str, start: usize, end: usize) -> bool {
    if !text.as_bytes()[start..end].iter().any(u8::is_ascii_digit) {
        return false;
    }
    let before = text[..start].trim_end_matches(' ');
    if before.len() == start || !before.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let prev_start = before
        .trim_end_matches(|c: char| c.is_ascii_alphabetic())
        .len();
    let ahead = before[..prev_start].trim_end_matches([' ', '\t']);
    let brand = &before[prev_start..];
    // A team's name is no brand: "the Ops L2 queue", "Support T2".
    const TEAMS: [&str; 12] = [
        "Ops",
        "Support",
        "Tier",
        "Level",
        "Team",
        "Desk",
        "Service",
        "Tech",
        "Technical",
        "Escalation",
        "Billing",
        "Engineering",
    ];
    let next = text[end..]
        .trim_start_matches(' ')
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    const QUEUES: [&str; 8] = [
        "queue",
        "team",
        "desk",
        "support",
        "engineers",
        "agents",
        "specialists",
        "escalation",
    ];
    title_word(brand)
        && !TEAMS.contains(&brand)
        && !QUEUES.contains(&next)
        && ahead.ends_with(|c: char| c.is_alphanumeric() || c == ',')
}

/// Does `start..end` of the original `text` read as a name (a product, a class, a brand) rather
/// than as the phrase: every word of it in title case, and either it runs over two words or more
/// away from a sentence start ("our Calm Down Sunday class"), or the word right after it, in the
/// same sentence, is in title case too ("Simply Oak is our new range"). Capitals for shouting
/// ("CALM DOWN") are not title case.
pub(crate) fn reads_as_name(text: &str, start: usize, end: usize) -> bool {
    // Most matches start in lower case: one byte tells.
    if !text.as_bytes()[start].is_ascii_uppercase() {
        return false;
    }
    // Whether the text before a point (spaces trimmed) ends a sentence or a clause: nothing, or a
    // sign that is not part of a word.
    let opens = |before: &str| {
        before.is_empty()
            || before.ends_with(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
    };
    let mut words = text[start..end].split([' ', '-']).filter(|w| !w.is_empty());
    if !words.clone().all(title_word) {
        return false;
    }
    let count = words.by_ref().count();
    let before = text[..start].trim_end_matches([' ', '\t']);
    let sentence_start = opens(before);
    if count >= 2 && !sentence_start {
        return true;
    }
    // A title-case word right before it, away from a sentence start ("an order of The Idiot").
    if !sentence_start && before.ends_with(|c: char| c.is_ascii_alphabetic()) {
        let prev_start = before
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
        let ahead = before[..prev_start].trim_end_matches([' ', '\t']);
        if title_word(&before[prev_start..]) && !opens(ahead) {
            return true;
        }
    }
    // The next word, with only spaces between.
    let rest = &text[end..];
    let gap = rest.len() - rest.trim_start_matches(' ').len();
    if gap == 0 {
        return false;
    }
    let next = rest[gap..]
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    title_word(next)
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

/// The paragraph of `s` around `start..end`: from just after the last blank line (a line of
/// spaces or tabs at most) before `start` to the first blank line after `end`.
pub(crate) fn paragraph_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    // Is the line feed at `i` the end of a blank line (the line before it holds only blanks)?
    let blank_before = |i: usize| {
        let line = &bytes[..i];
        let cut = line
            .iter()
            .rposition(|&b| b != b' ' && b != b'\t' && b != b'\r');
        cut.is_none_or(|k| bytes[k] == b'\n')
    };
    let mut from = 0;
    let mut i = start;
    while let Some(k) = bytes[..i].iter().rposition(|&b| b == b'\n') {
        if blank_before(k) {
            from = k + 1;
            break;
        }
        i = k;
    }
    let mut to = s.len();
    let mut j = end;
    while let Some(k) = bytes[j..].iter().position(|&b| b == b'\n').map(|k| j + k) {
        if blank_before(k) {
            to = k;
            break;
        }
        j = k + 1;
    }
    (from, to)
}

/// The normalised range of the sentence holding `start..end`.
pub(crate) fn sentence_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = s.as_bytes();
    // A run-on "sentence" is read at most SENTENCE_REACH bytes either side of the range, so a
    // text with no sentence ends costs the same per match as one with them.
    let floor = start.saturating_sub(SENTENCE_REACH);
    let mut a = start;
    while a > floor && !is_sentence_end(s, a - 1) {
        a -= 1;
    }
    while !s.is_char_boundary(a) {
        a += 1;
    }
    let ceiling = (end + SENTENCE_REACH).min(bytes.len());
    let mut b = end.max(a);
    while b < ceiling && !is_sentence_end(s, b) {
        b += 1;
    }
    if b < ceiling && bytes[b] != b'\n' {
        // The sentence end is ASCII: the byte after it is a char boundary.
        b += 1;
    }
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    (a, b)
}

/// How far either side of a match [`sentence_around`] looks for the sentence's ends.
pub(crate) const SENTENCE_REACH: usize = 512;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_ends_at_blank_lines() {
        let t = "one\ntwo\n\nthree\n \t\r\nfour\nfive\n\n";
        let at = |w: &str| t.find(w).unwrap();
        let para = |w: &str| {
            let (s, e) = paragraph_around(t, at(w), at(w) + w.len());
            &t[s..e]
        };
        assert_eq!(para("one"), "one\ntwo\n");
        assert_eq!(para("two"), "one\ntwo\n");
        assert_eq!(para("three"), "three\n \t\r");
        assert_eq!(para("five"), "four\nfive\n");
        assert_eq!(paragraph_around("x", 0, 1), (0, 1));
    }

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
    fn a_block_index_narrows_a_search_to_one_block() {
        use crate::norm::{block_index, block_range};
        let starts = [0usize, 10, 255, 256, 700, 1000];
        let mut blocks = Vec::new();
        block_index(&starts, |&s| s, 1024, &mut blocks);
        assert_eq!(blocks, [0, 3, 4, 5, 6]);
        for pos in 0..1024 {
            let r = block_range(&blocks, pos, starts.len());
            let want = starts.partition_point(|&s| s <= pos);
            assert_eq!(
                r.start + starts[r].partition_point(|&s| s <= pos),
                want,
                "{pos}"
            );
        }
        // No index: the whole list.
        assert_eq!(block_range(&[], 5, 6), 0..6);
    }

    #[test]
    fn contractions_and_possessives_map_back_whole() {
        // (text, normalised, the original each normalised word maps back to)
        let cases: [(&str, &str, &[&str]); 9] = [
            (
                "We've sent it",
                "we have sent it",
                &["We've", "We've", "sent", "it"],
            ),
            ("I’m sure", "i am sure", &["I’m", "I’m", "sure"]),
            ("Liam's order", "liam's order", &["Liam", "s", "order"]),
            ("Liam’s order", "liam's order", &["Liam", "s", "order"]),
            (
                "rock'n'roll x",
                "rock'n'roll x",
                &["rock", "n", "roll", "x"],
            ),
            ("café's menu", "café's menu", &["café", "s", "menu"]),
            ("It's 5pm's", "it is 5pm's", &["It's", "It's", "5pm", "s"]),
            ("DON'T.", "do not.", &["DON'T", "DON'T"]),
            ("x'", "x'", &["x"]),
        ];
        for (t, want, words) in cases {
            let n = normalize(t);
            assert_eq!(n.text, want, "{t}");
            let mut got = Vec::new();
            let mut at = 0;
            for w in n.text.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    let s = at + n.text[at..].find(w).unwrap();
                    let (a, b) = n.original(s, s + w.len());
                    got.push(&t[a..b]);
                    at = s + w.len();
                }
            }
            assert_eq!(got, words, "{t}");
        }
    }

    #[test]
    fn fillers_after_a_subject_are_left_out() {
        assert_eq!(normalize("I really can't").text, "i can not");
        assert_eq!(normalize("We HONESTLY don’t").text, "we do not");
        assert_eq!(normalize("I’m really not allowed").text, "i am not allowed");
        assert_eq!(normalize("you truly need to").text, "you need to");
        // Elsewhere, or before no word, they stay.
        assert_eq!(normalize("Really, I can't").text, "really, i can not");
        assert_eq!(normalize("it is really easy").text, "it is really easy");
        assert_eq!(normalize("not you really").text, "not you really");
        assert_eq!(normalize("you really.").text, "you really.");
        assert_eq!(normalize("thank you, really").text, "thank you, really");
        // "just" carries the tone itself after "you" ("you just need to"): it stays; between
        // "I" or "we" and a refusing verb it is left out too.
        assert_eq!(normalize("you just need to").text, "you just need to");
        assert_eq!(normalize("I just can’t").text, "i can not");
        assert_eq!(normalize("We just don't").text, "we do not");
        assert_eq!(normalize("I'm just not allowed").text, "i am not allowed");
        assert_eq!(
            normalize("I just wanted to say").text,
            "i just wanted to say"
        );
        assert_eq!(normalize("we just willingly").text, "we just willingly");
        // Phrases are normalised the same way, so they match with or without the filler.
        assert_eq!(normalize_phrase("we really can not"), "we can not");
        // The map still points at the original, filler included.
        let t = "I really can’t bend the rules";
        let n = normalize(t);
        assert_eq!(n.text, "i can not bend the rules");
        let (s, e) = n.original(0, n.text.len());
        assert_eq!(&t[s..e], t);
    }

    #[test]
    fn title_case_names_are_told_from_phrases() {
        let at = |text: &str, span: &str| {
            let s = text.find(span).unwrap();
            reads_as_name(text, s, s + span.len())
        };
        assert!(at("Our Calm Down Sunday yoga class is back.", "Calm Down"));
        assert!(at(
            "Thanks! Simply Oak is our new furniture range.",
            "Simply"
        ));
        assert!(at("Calm Down Sundays are back.", "Calm Down"));
        // The phrase itself, shouted, or at the start of a sentence that goes on in lower case.
        assert!(!at("Calm down, please.", "Calm down"));
        assert!(!at("Calm Down. Per my last email, no.", "Calm Down"));
        assert!(!at("Please CALM DOWN now.", "CALM DOWN"));
        assert!(!at("Simply click Reset.", "Simply"));
        assert!(!at("I said Calm down.", "Calm down"));
        assert!(!at("Simply I will not.", "Simply"));
        assert!(!at("Seriously? We sent it.", "Seriously?"));
        assert!(!at("Relax. The parcel left.", "Relax."));
        assert!(at(
            "Thanks for your order of The Idiot (Penguin Classics).",
            "Idiot"
        ));
        assert!(!at("Hi Sam. The Idiot is back.", "Idiot") && !at("Sam, Idiot.", "Idiot"));
    }

    #[test]
    fn chat_shorthand_reads_as_the_words_it_stands_for() {
        for (input, want) in [
            ("u need to", "you need to"),
            ("U need to", "you need to"),
            (
                "see my prev msg, obvs",
                "see my previous message, obviously",
            ),
            ("two msgs", "two messages"),
            // Capitals are acronyms, not shorthand.
            ("no MSG added", "no msg added"),
            ("i told u twice", "i told you twice"),
            ("cos ur card expired", "because your card expired"),
            ("we cant, dont ask", "we can not, do not ask"),
            ("Im sorry", "i am sorry"),
            // All capitals, or glued to other signs, it is something else.
            ("the UR team", "the ur team"),
            ("IM me", "im me"),
            ("the U.S. office", "the u.s. office"),
            ("a U-turn", "a u turn"),
            ("ask @u_name hi", "ask @u_name hi"),
            // A handle that opens the reply is set on a line of its own.
            ("@u_name hi", "@u_name\nhi"),
            ("plan u2", "plan u2"),
            // A bare "its" is "it is" only before a word no possessive takes.
            ("its not fair", "it is not fair"),
            ("Its in the T&Cs", "it is in the t&cs"),
            ("the app and its settings", "the app and its settings"),
            ("its", "its"),
            ("youll need to", "you will need to"),
            // "ur" is "you are" before a word no possessive takes.
            ("ur being rude", "you are being rude"),
            ("ur order", "your order"),
        ] {
            assert_eq!(normalize(input).text, want, "{input}");
        }
        // Every word of the list is found, in lower case and capitalised.
        for (short, full) in crate::norm::CHAT {
            if short == "its" {
                continue;
            }
            assert_eq!(normalize(short).text, full, "{short}");
            let cap = format!("{}{}", short[..1].to_uppercase(), &short[1..]);
            assert_eq!(normalize(&cap).text, full, "{cap}");
        }
        // The map points at the shorthand.
        let t = "ok so u need to pay";
        let n = normalize(t);
        let i = n.text.find("you need to").unwrap();
        let (s, e) = n.original(i, i + "you need to".len());
        assert_eq!(&t[s..e], "u need to");
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
        let t = "Hi {{name}}, you wrote 'this is ridiculous' at https://x.io/a and [NAME] %AGENT% {first} ${x} `code`";
        let m = crate::mask::masked_regions(t);
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
        let t = "> You people never answer.\nCalm down, please.";
        let m = crate::mask::masked_regions(t);
        assert_eq!(m, vec![(0, t.find('\n').unwrap())]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "I can't do it, and it's not my job. That's final.";
        assert!(crate::mask::masked_regions(t).is_empty());
    }
}
