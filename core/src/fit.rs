//! Where a rule's suggestion can stand.
//!
//! A rule's suggestions are written once for every phrase it flags, and the phrase can sit
//! anywhere in a sentence. "I understand this has been frustrating" is a good rewrite of
//! "Seriously?" at the start of a sentence, and nonsense in place of "absurd" in "That's absurd."
//! ("That's I understand this has been frustrating."). So each suggestion gets a [`Shape`] from
//! its own words when the rules are compiled, and a finding offers only the suggestions whose
//! shape fits where its span stands: a finding with no fitting suggestion still says what is
//! wrong and why, which is better than a rewrite that does not read.
//!
//! Suggestions computed from the text itself (an acronym's expansion, shouting in normal case)
//! always fit: they rewrite the span's own words.

use std::sync::Arc;

/// What a suggestion needs around the span it replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Words that fit inside a sentence ("as soon as you can", "please", "quick fix"): anywhere.
    Phrase,
    /// A request ("please restart", "Please make sure"): anywhere but after a subject ("The
    /// doors | just lift off", "you | just press": "please lift" and "please press" read only as
    /// orders).
    Request,
    /// Words that say when or how, in place of an adverbial ("when you can" for "by Friday", "as
    /// I mentioned" for "like I said"): anywhere but in place of a whole sentence ("Send it now."
    /// is not "When you can.").
    Adverbial,
    /// Words that go on with the clause before them ("which I know is disappointing", "and I'm
    /// sorry about that"): anywhere but at a sentence start.
    Tail,
    /// The start of a sentence that the text after the span goes on with ("Could you", "To
    /// recap,", "It looks like there was a mix-up with"): at a sentence or clause start, with
    /// words after the span. `verb`: it ends wanting a verb ("Could you", "It may help to").
    Opener {
        /// The words after it must not open a noun phrase.
        verb: bool,
        /// It ends on a mark ("To recap,"), so a mark may follow it (the mark is not doubled);
        /// one that ends on a word ("..., but") needs words after it.
        mark: bool,
    },
    /// A whole clause without its final mark ("I hear you", "Let me find the right person for
    /// this"): at a sentence or clause start, and where a clause ends.
    Clause,
    /// A whole clause written to take the place of particular words wherever they stand (a swap
    /// such as "I'm not able to change this" for "that's our policy", after "because" or "and"
    /// as well as at a sentence start, and before words that add to it: "I'm limited in what I
    /// can do | regarding this"), but not before words that go on with the span as a clause
    /// ("It's company policy | that classes...", "Those are the rules | I work to").
    Inner,
    /// A swap whose own subject starts it ("we're not able to offer" for "policy doesn't allow",
    /// "we can't cover" for "we're not responsible for"): where a clause starts (a sentence
    /// start, a mark, or a word that links clauses: "and", "but", "because", "unfortunately",
    /// "I'm afraid"), never after words that belong to the span's own subject ("The tariff |
    /// rules don't allow", "Festival | policy prohibits").
    Subject,
    /// A swap that ends on a preposition or a determiner ("the delay came from", "because a
    /// step was missed in"): the words after the span finish it, so words must follow ("so the
    /// delay came from." does not read). `subject`: it starts with its own subject, as
    /// [`Shape::Subject`].
    Lead {
        /// It also starts a clause.
        subject: bool,
    },
    /// One or more whole sentences ("I know this isn't what you hoped for."): at a sentence or
    /// clause start, and where a sentence ends.
    Sentence,
    /// Sentences that end on a colon, introducing what follows ("Here's how:"): where a
    /// sentence ends, and where the span ends on a colon or one follows it ("It's really simple:
    /// tap Settings").
    Intro,
}

/// Last words that leave a suggestion open for the text after it ("It looks like there was a
/// mix-up with", "The next step is to", "Our policy doesn't cover this, but", "We seem to have
/// the wrong").
const OPEN_ENDS: &[&str] = &[
    "a", "an", "and", "attached", "because", "but", "can", "could", "in", "is", "like", "note",
    "of", "or", "so", "that", "the", "to", "with", "wrong",
];

/// Does `words` end on a word that leaves it open for what follows ("..., but", "...is to")?
pub(crate) fn leaves_open(words: &str) -> bool {
    words
        .split_whitespace()
        .next_back()
        .is_some_and(|last| OPEN_ENDS.contains(&last))
}

/// First words after a span that show it ended inside a phrase: an object pronoun, a
/// preposition or an adverb of the verb ("I can't do anything about that | now"), or a
/// conjunction that joins more to it ("It is practice policy | and cannot be altered").
const PHRASE_REST: &[&str] = &[
    "about",
    "across",
    "after",
    "and",
    "but",
    "or",
    "above",
    "again",
    "already",
    "anymore",
    "at",
    "before",
    "below",
    "by",
    "earlier",
    "either",
    "for",
    "from",
    "further",
    "her",
    "here",
    "him",
    "in",
    "into",
    "it",
    "me",
    "now",
    "of",
    "on",
    "onto",
    "previously",
    "them",
    "there",
    "to",
    "today",
    "twice",
    "us",
    "with",
    "within",
    "without",
    "yesterday",
];

/// First words after a span that show the sentence goes on with it, so a whole clause in its
/// place leaves them hanging: a "that" or "to" complement ("It's company policy | that fees
/// apply", "| to charge a fee") or a relative clause without "that" ("Those are the rules | I
/// work to"), or "enough" ("It's easy | enough to change it").
const INNER_STOPS: &[&str] = &[
    "enough", "he", "i", "not", "she", "that", "they", "to", "we", "who", "you",
];

/// Last words of a span that cut a phrase in two: prepositions (but "to": "You failed to"),
/// determiners, and conjunctions that open a clause ("As you'd know if | you had checked").
const CUT_ENDS: &[&str] = &[
    "a", "about", "an", "any", "at", "because", "by", "for", "from", "his", "if", "in", "into",
    "my", "of", "on", "onto", "our", "the", "their", "unless", "whether", "with", "your",
];

/// First words of a suggestion that says when or how.
const ADVERBIAL_WORDS: &[&str] = &[
    "after", "as", "before", "by", "once", "until", "when", "whenever", "within",
];

/// First words of a suggestion that goes on with the clause before it.
const TAIL_WORDS: &[&str] = &[
    "although", "and", "because", "but", "though", "which", "who",
];

/// Words before a span that make it a statement, not a request: subject pronouns ("it" is an
/// object as often: "To restore it | you have to log in").
const SUBJECTS: &[&str] = &[
    "everybody",
    "everyone",
    "he",
    "i",
    "nobody",
    "she",
    "someone",
    "they",
    "u",
    "we",
    "you",
];

/// Verbs whose object follows them: a span that ends on one before more words ("The terms do
/// not permit | early changes") took the verb and left its object.
const TAKES_OBJECT: &[&str] = &[
    "accept",
    "accepts",
    "allow",
    "allows",
    "cover",
    "covers",
    "dictates",
    "include",
    "includes",
    "let",
    "lets",
    "offer",
    "offers",
    "permit",
    "permits",
    "provide",
    "provides",
    "require",
    "requires",
    "said",
    "says",
    "specifies",
    "states",
    "stipulates",
    "support",
    "supports",
];

/// Verbs right after a span that show the span was their subject ("Company rules | say ..."):
/// an opening in its place leaves the verb without one.
const VERBS_AFTER_SUBJECT: &[&str] = &[
    "allow", "allows", "apply", "applies", "are", "do", "does", "is", "mean", "means", "require",
    "requires", "say", "says", "state", "states", "was", "were",
];

/// Words that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "a", "an", "any", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this",
    "those", "your",
];

/// First words of a swap that brings its own subject ([`Shape::Subject`]).
const SUBJECT_SWAPS: &[&str] = &[
    "we",
    "we're",
    "we’re",
    "we've",
    "we’ve",
    "we'll",
    "we’ll",
    "we'd",
    "we’d",
    "they",
    "they're",
    "they’re",
];

/// Words after which a new clause starts: conjunctions, sentence adverbs and the ends of "I'm
/// afraid", "I'm sorry", "sadly".
const CLAUSE_LINKS: &[&str] = &[
    "afraid",
    "also",
    "although",
    "and",
    "anyway",
    "as",
    "because",
    "but",
    "currently",
    "frankly",
    "honestly",
    "however",
    "if",
    "now",
    "once",
    "or",
    "since",
    "so",
    "sorry",
    "sadly",
    "that",
    "then",
    "though",
    "unfortunately",
    "unless",
    "until",
    "when",
    "where",
    "whereas",
    "while",
    "why",
    "yet",
];

/// Does `suggestion` end wanting a verb after it ("It may help to", "Could you")?
fn wants_verb(suggestion: &str) -> bool {
    let last = suggestion.split_whitespace().next_back().unwrap_or("");
    matches!(last, "to" | "you" | "can" | "could" | "please" | "Please")
}

/// Is `word` in `list` (lower-case words), whatever its case? No allocation: this runs for
/// every suggestion of every finding.
fn listed(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Does `word` end in "ed" ("cancelled", "Checked")?
fn ends_ed(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() > 2 && b[b.len() - 2..].eq_ignore_ascii_case(b"ed")
}

/// The shape of a swap (a rewrite of particular flagged words): as [`shape`], except that words
/// opening with "I" are written to take the place of those words wherever they stand: one that
/// leaves its sentence open ("I'm not able to") fits anywhere a phrase does, a whole clause
/// ("I'll find the right person") anywhere its clause ends ([`Shape::Inner`]).
pub(crate) fn swap_shape(swap: &str) -> Shape {
    let shape = shape(swap);
    let first = swap.split_whitespace().next().unwrap_or("");
    let mut back = swap.split_whitespace().rev();
    let last = back.next().unwrap_or("");
    // "the answer you hoped for": a preposition left at the end of a relative clause (a subject
    // and its verb before it) needs nothing after it.
    let stranded = back.nth(1).is_some_and(|w| listed(w, SUBJECTS));
    let by_i = first == "I" || ["I'", "I\u{2019}"].iter().any(|p| first.starts_with(p));
    match shape {
        Shape::Opener { .. } if by_i => Shape::Phrase,
        Shape::Clause if by_i => Shape::Inner,
        Shape::Phrase | Shape::Subject if listed(last, CUT_ENDS) && !stranded => Shape::Lead {
            subject: listed(first, SUBJECT_SWAPS),
        },
        Shape::Phrase if listed(first, SUBJECT_SWAPS) => Shape::Subject,
        other => other,
    }
}

/// The shape of a rule's suggestion, from its words.
pub(crate) fn shape(suggestion: &str) -> Shape {
    let text = suggestion.trim();
    let Some(first) = text.chars().next() else {
        return Shape::Phrase;
    };
    if text.ends_with(':') {
        return Shape::Intro;
    }
    if text.ends_with(['.', '!', '?']) {
        return Shape::Sentence;
    }
    let first_word = text.split_whitespace().next().unwrap_or("");
    if TAIL_WORDS.contains(&first_word) {
        return Shape::Tail;
    }
    if ADVERBIAL_WORDS.contains(&first_word) {
        return Shape::Adverbial;
    }
    if first_word.eq_ignore_ascii_case("please") {
        return Shape::Request;
    }
    // Lower-case words read inside a sentence as well.
    if !first.is_uppercase() {
        return Shape::Phrase;
    }
    if matches!(first_word, "Could" | "Would" | "Can") || text.ends_with(',') {
        return Shape::Opener {
            verb: wants_verb(text),
            mark: text.ends_with(','),
        };
    }
    let mut back = text.split_whitespace().rev();
    let last = back.next().unwrap_or("");
    let before_last = back.next();
    // "... how upsetting this is" ends a clause; "What I can do is" opens one.
    if last == "is" && text.split_whitespace().any(|w| w == "how") {
        return Shape::Clause;
    }
    // "It would help us most if you" opens; "...keep this open for you" does not.
    if last == "you" && before_last.is_some_and(|w| matches!(w, "if" | "could" | "would" | "can")) {
        return Shape::Opener {
            verb: wants_verb(text),
            mark: text.ends_with(','),
        };
    }
    if leaves_open(text) {
        Shape::Opener {
            verb: wants_verb(text),
            mark: text.ends_with(','),
        }
    } else {
        Shape::Clause
    }
}

/// Does a swap with its own subject read at `start`: a sentence starts there, a mark comes
/// before it, or a word that links clauses ("and", "so", "unfortunately")?
fn starts_clause(text: &str, start: usize, sentence_start: bool) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    if sentence_start || !before.ends_with(char::is_alphanumeric) {
        return true;
    }
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    listed(last, CLAUSE_LINKS)
}

/// Does a clause start at `start` in `text`: a sentence starts there (`sentence_start`), or a
/// comma, semicolon or dash ends a short opening of at most four words ("Hi Sam,", "Frankly,",
/// "Per my last email,")? After a longer clause ("If the parcel is still not here, ...") a
/// rewrite written to start a sentence rarely reads.
fn clause_start(text: &str, start: usize, sentence_start: bool) -> bool {
    if sentence_start {
        return true;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let Some(mark) = before.chars().next_back() else {
        return true;
    };
    if !matches!(mark, ',' | ';' | '\u{2014}' | '\u{2013}') {
        return false;
    }
    // Count the opening's words back from the mark, five at most (a handle that opens the line
    // is no word of it).
    let opening = &before.as_bytes()[..before.len() - mark.len_utf8()];
    let mut words = 0;
    let mut in_word = false;
    for (i, &b) in opening.iter().enumerate().rev() {
        match b {
            b'.' | b'!' | b'?' | b'\n' | b'\r' | b':' => break,
            b' ' | b'\t' => in_word = false,
            _ if !in_word => {
                in_word = true;
                let word_start = opening[..i]
                    .iter()
                    .rposition(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                    .map_or(0, |j| j + 1);
                if opening[word_start] != b'@' {
                    words += 1;
                }
                if words > 4 {
                    return false;
                }
            }
            _ => {}
        }
    }
    true
}

/// Marks after which a sentence starts: sentence ends (also the full-width and ideographic ones of
/// Chinese and Japanese text), line breaks, a colon, an opening quote.
const SENTENCE_ENDS: [char; 13] = [
    '.', '!', '?', '\n', '\r', ':', '"', '\u{201C}', '\u{2026}', '\u{3002}', '\u{FF01}',
    '\u{FF1F}', '\u{FF1A}',
];

/// Does a sentence start at `start` in `text`: at the text's start, after a sentence's final
/// mark, a line break, a colon or an opening quote, or after a social handle that opens its line
/// ("@sam_k You picked...")?
pub(crate) fn sentence_start(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with(SENTENCE_ENDS) {
        return true;
    }
    // The last word before the span, read back to the first space or line break only.
    let bytes = before.as_bytes();
    let word_start = bytes
        .iter()
        .rposition(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .map_or(0, |i| i + 1);
    bytes[word_start..].starts_with(b"@")
        && (word_start == 0 || matches!(bytes[word_start - 1], b'\n' | b'\r'))
}

/// Subjects and their verb that may open a clause before a flagged span ("It's | not rocket
/// science", "That's | above my pay grade", "We're | sorry you feel that way").
const LEAD_SUBJECTS: &[(&str, &[&str])] = &[
    ("it", &["'s", " is", " was"]),
    ("that", &["'s", " is", " was"]),
    ("this", &["'s", " is", " was"]),
    ("this one", &["'s", " is"]),
    ("that one", &["'s", " is"]),
    ("we", &["'re", " are", " were"]),
    ("they", &["'re", " are", " were"]),
    ("i", &["'m", " am", " was"]),
];

/// Words between such a verb and the span ("It's | pretty | self-explanatory").
const LEAD_ADVERBS: &[&str] = &[
    "clearly",
    "completely",
    "frankly",
    "honestly",
    "just",
    "obviously",
    "pretty",
    "quite",
    "really",
    "simply",
    "so",
    "totally",
    "very",
];

/// Where a clause starts that holds only a subject and its verb before `start` ("It's" before
/// "not rocket science"; "Honestly, that's" before "absurd"): a rewrite written for a whole
/// clause can replace the span from there. `None` when the words before the span are anything
/// else.
pub(crate) fn lead(text: &str, start: usize) -> Option<usize> {
    let before = &text[..start];
    let from = before
        .rfind([
            '.', '!', '?', '\n', '\r', ':', ';', ',', '\u{2014}', '\u{2013}',
        ])
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let opening = before[from..].trim_start();
    let at = start - before[from..].trim_start().len();
    if opening.len() > 40 || !opening.ends_with([' ', '\t']) {
        return None;
    }
    let words = opening.trim_end().to_lowercase().replace('\u{2019}', "'");
    let mut rest = words.as_str();
    // At most one adverb after the verb.
    if let Some((head, last)) = rest.rsplit_once(' ') {
        if LEAD_ADVERBS.contains(&last) {
            rest = head;
        }
    }
    LEAD_SUBJECTS
        .iter()
        .any(|(subject, verbs)| {
            rest.strip_prefix(subject)
                .is_some_and(|verb| verbs.contains(&verb))
        })
        .then_some(at)
}

/// Can a suggestion of `shape` replace `text[start..end]`? `sentence_start`: the span starts a
/// sentence ([`sentence_start`]).
///
/// `swap`: the suggestion is a swap, written for exactly the flagged words, so a span that ends
/// on a preposition ("We're not responsible for | third-party sellers" with "we can't cover") is
/// what it replaces.
pub(crate) fn fits(
    shape: Shape,
    text: &str,
    start: usize,
    end: usize,
    sentence_start: bool,
    swap: bool,
) -> bool {
    let span = &text[start..end];
    // Part of a hyphenated word ("de-|provisioned|"): no rewrite of the part reads.
    let mut before = text[..start].chars().rev();
    let mut after_span = text[end..].chars();
    let hyphen_word = |first: Option<char>, second: Option<char>| {
        first == Some('-') && second.is_some_and(char::is_alphanumeric)
    };
    if hyphen_word(before.next(), before.next())
        || hyphen_word(after_span.next(), after_span.next())
    {
        return false;
    }
    // A span that ends on a preposition or a determiner before more words ("As you were told
    // on | the phone") cut a phrase in two: a rewrite of another shape would leave its rest
    // hanging. ("...to complain about." ends its clause.)
    let span_end = span
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // The text after the span, and its first word ("that" for "that's").
    let after = text[end..].trim_start_matches([' ', '\t']);
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let words_follow = after.starts_with(char::is_alphanumeric);
    // ("Just log in | with your email": "in" and "on" end phrasal verbs, which words inside a
    // sentence replace whole.)
    if words_follow
        && !swap
        && listed(span_end, CUT_ENDS)
        && !(shape == Shape::Phrase && listed(span_end, &["in", "on"]))
    {
        return false;
    }
    // "I can't do anything | else": a swap for "I can't do anything" leaves "else" hanging.
    if swap && words_follow && listed(next_word, &["else"]) {
        return false;
    }
    if shape == Shape::Phrase {
        return true;
    }
    if shape == Shape::Request {
        // After a subject the span's words are a statement ("you | just press", "The doors |
        // just lift off").
        let before = text[..start].trim_end_matches([' ', '\t']);
        if sentence_start || !before.ends_with(char::is_alphanumeric) {
            return true;
        }
        let mut words = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty());
        let last = words.next().unwrap_or("");
        let second = words.next().unwrap_or("");
        // A noun phrase that opens its clause ("The doors"), not one after a verb ("To process
        // your claim | you are required to").
        let opens = words
            .next()
            .is_none_or(|w| w.ends_with(['.', '!', '?', ':', ';', ',']));
        return !(listed(last, SUBJECTS) || (opens && listed(second, DETERMINERS)));
    }
    if shape == Shape::Subject {
        return starts_clause(text, start, sentence_start);
    }
    if let Shape::Lead { subject } = shape {
        return words_follow && (!subject || starts_clause(text, start, sentence_start));
    }
    if shape == Shape::Tail {
        return !sentence_start;
    }
    if shape == Shape::Inner {
        return !(listed(next_word, INNER_STOPS)
            || (words_follow && listed(span_end, TAKES_OBJECT)));
    }
    if shape == Shape::Adverbial {
        // "Surely you know | that fares can't be moved": "As you may know that ..." does not read.
        if listed(next_word, &["not", "that"]) {
            return false;
        }
        let next = after.chars().next();
        let whole = sentence_start
            && (span.ends_with(['.', '!', '?'])
                || next.is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r')));
        return !whole;
    }
    if !clause_start(text, start, sentence_start) {
        return false;
    }
    let next = after.chars().next();
    // Inside a question ("Have you tried reading | the manual?"), a rewrite written as a
    // statement turns it into nonsense; a span that is the whole question ("Seriously?") is
    // replaced with its mark.
    if !span.ends_with(['.', '!', '?'])
        && after
            .bytes()
            .take(200)
            .find(|b| matches!(b, b'.' | b'!' | b'?' | b'\n' | b'\r'))
            == Some(b'?')
    {
        return false;
    }
    let ends_sentence = span.ends_with(['.', '!', '?'])
        || next.is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r' | '^'));
    // "Watch your tone, please.": the "please" belongs to what the span says; a rewrite of the
    // span would leave it hanging ("I hear you, please.").
    let please_follows = after
        .trim_start_matches([',', ' '])
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("please"));
    if please_follows {
        return false;
    }
    match shape {
        Shape::Phrase
        | Shape::Request
        | Shape::Tail
        | Shape::Adverbial
        | Shape::Inner
        | Shape::Subject
        | Shape::Lead { .. } => true,
        // "To recap," before "on Friday" or "it before replying": the span ended inside a phrase
        // ("To reiterate what I wrote | on Friday", "I'd ask you to re-read | it"), whose rest
        // would be left hanging.
        Shape::Opener { verb, mark } => {
            !ends_sentence
                && (mark || words_follow)
                && !listed(next_word, PHRASE_REST)
                // "It's company policy | that fees apply" (or "| not to refund"): the span
                // opens a complement, which a new opening leaves hanging ("..., but that").
                && (mark || !listed(next_word, &["not", "that"]))
                // "It may help to" wants a verb next, not "the entry requirements" (the span
                // took the verb: "You should've checked").
                && !(verb && listed(next_word, DETERMINERS))
                // "You should have cancelled | 48 hours ahead": the span ends on a verb whose
                // object follows it.
                && !(ends_ed(span_end)
                    && (listed(next_word, DETERMINERS)
                        || next_word.starts_with(|c: char| c.is_ascii_digit())))
                // "Should've bought | the refund protection": a participle whose object follows.
                && !(words_follow && after_have(span))
                // "The terms do not permit | early changes": a verb whose object follows.
                && !(words_follow && listed(span_end, TAKES_OBJECT))
                // "Company rules | say one account per household": the span was the subject.
                && !listed(next_word, VERBS_AFTER_SUBJECT)
        }
        Shape::Clause => {
            ends_sentence
                || span.ends_with([',', ';', ':'])
                || next.is_some_and(|c| {
                    matches!(
                        c,
                        ',' | ';' | ':' | ')' | '"' | '\u{201D}' | '\u{2014}' | '\u{2013}'
                    )
                })
        }
        Shape::Sentence => ends_sentence,
        // Words that introduce what follows: where a sentence ends (at the end of a reply they
        // prompt the writer for it: "I'm sorry, I can't do that, and here's why:") or before a
        // colon.
        Shape::Intro => ends_sentence || span.ends_with(':') || next == Some(':'),
    }
}

/// Does the span end on a participle after "have", "has", "had" or "'ve" ("should've bought",
/// "have checked")?
fn after_have(span: &str) -> bool {
    let mut words = span
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|w| w.len() > 1)
        && words
            .next()
            .is_some_and(|w| listed(w, &["have", "has", "had", "ve"]))
}

/// `suggestion` as it reads in place of `text[start..end]`: a final mark that the text right
/// after the span already has is left out ("...hoped for." before ". " is not "hoped for.."), and
/// words that replace a span ending on the sentence's mark ("Seriously?", "isn't that hard.")
/// take a full stop, and those that replace one ending on a comma ("Relax,") the comma.
pub(crate) fn tidy(
    suggestion: &Arc<str>,
    shape: Shape,
    text: &str,
    start: usize,
    end: usize,
) -> Arc<str> {
    // "in the | next sprint" with "an upcoming update": the text's article stays, the
    // suggestion's goes ("in the upcoming update").
    let before_word = text[..start]
        .trim_end_matches([' ', '\t'])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !before_word.is_empty() && text[..start].ends_with(' ') && listed(before_word, DETERMINERS) {
        for article in ["a ", "an ", "the "] {
            if let Some(rest) = suggestion.strip_prefix(article) {
                return tidy(&Arc::from(rest), shape, text, start, end);
            }
        }
    }
    // A span that took the space after its last word keeps it.
    if text[start..end].ends_with(char::is_whitespace) && !suggestion.ends_with(char::is_whitespace)
    {
        return Arc::from(format!("{suggestion} "));
    }
    let next = text[end..].chars().next();
    let last = suggestion.chars().next_back();
    let doubled = match last {
        Some('.' | '!' | '?') => next.is_some_and(|c| matches!(c, '.' | '!' | '?')),
        Some(':') => next.is_some_and(|c| matches!(c, '.' | '!' | '?' | ':')),
        Some(',' | ';') => next.is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | '!' | '?')),
        _ => false,
    };
    if doubled {
        let cut = suggestion.len() - last.map_or(0, char::len_utf8);
        return Arc::from(&suggestion[..cut]);
    }
    // The span took a mark with it: the rewrite ends the sentence (or the clause) in its place.
    if matches!(
        shape,
        Shape::Clause
            | Shape::Inner
            | Shape::Subject
            | Shape::Lead { .. }
            | Shape::Phrase
            | Shape::Request
            | Shape::Tail
            | Shape::Adverbial
    ) && !suggestion.ends_with(['.', '!', '?', ':', ',', ';'])
    {
        match text[start..end].chars().next_back() {
            Some('.' | '!' | '?') => return Arc::from(format!("{suggestion}.")),
            Some(mark @ (',' | ';')) => return Arc::from(format!("{suggestion}{mark}")),
            _ => {}
        }
    }
    suggestion.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_opening_with_i_fit_inside_sentences() {
        assert_eq!(swap_shape("I'm not able to"), Shape::Phrase);
        assert_eq!(
            swap_shape("I\u{2019}ll find the right person"),
            Shape::Inner
        );
        assert_eq!(swap_shape("I know that's disappointing."), Shape::Sentence);
        assert_eq!(swap_shape("It only takes a moment"), Shape::Clause);
        assert_eq!(swap_shape("I'm not able to change this"), Shape::Inner);
    }

    #[test]
    fn shapes_come_from_the_words() {
        for (s, want) in [
            ("as soon as you can", Shape::Adverbial),
            ("when you can", Shape::Adverbial),
            ("please restart", Shape::Request),
            ("Please make sure", Shape::Request),
            (
                "Could you",
                Shape::Opener {
                    verb: true,
                    mark: false,
                },
            ),
            (
                "To recap,",
                Shape::Opener {
                    verb: false,
                    mark: true,
                },
            ),
            (
                "It looks like there was a mix-up with",
                Shape::Opener {
                    verb: false,
                    mark: false,
                },
            ),
            (
                "What I can do is",
                Shape::Opener {
                    verb: false,
                    mark: false,
                },
            ),
            (
                "It would help us most if you",
                Shape::Opener {
                    verb: true,
                    mark: false,
                },
            ),
            (
                "Our policy doesn't cover this, but",
                Shape::Opener {
                    verb: false,
                    mark: false,
                },
            ),
            (
                "I've attached",
                Shape::Opener {
                    verb: false,
                    mark: false,
                },
            ),
            (
                "We seem to have the wrong",
                Shape::Opener {
                    verb: false,
                    mark: false,
                },
            ),
            ("I hear you", Shape::Clause),
            ("I can hear how upsetting this is", Shape::Clause),
            ("Let me find the right person for this", Shape::Clause),
            (
                "If we can hear back within 24 hours, I can keep this open for you",
                Shape::Clause,
            ),
            ("I know this isn't what you hoped for.", Shape::Sentence),
            ("Here's how:", Shape::Intro),
            ("which I know is disappointing", Shape::Tail),
            ("I understand", Shape::Clause),
            ("and I'm sorry about that", Shape::Tail),
        ] {
            assert_eq!(shape(s), want, "{s}");
        }
    }

    /// Does a suggestion of `shape` fit in place of `span` (its first occurrence) in `text`?
    fn fit(shape: Shape, text: &str, span: &str) -> bool {
        let start = text.find(span).expect("span in text");
        fits(
            shape,
            text,
            start,
            start + span.len(),
            sentence_start(text, start),
            false,
        )
    }

    #[test]
    fn a_request_stands_where_a_clause_starts() {
        let text =
            "The doors just lift off. Honestly, just press it, or just tap it. You just hold it.";
        assert!(!fit(Shape::Request, text, "just lift"));
        assert!(fit(Shape::Request, text, "just press"));
        assert!(fit(Shape::Request, text, "just tap"));
        assert!(!fit(Shape::Request, text, "just hold"));
        assert!(fit(Shape::Request, "Just hold it.", "Just hold"));
    }

    #[test]
    fn a_swap_with_its_own_subject_starts_a_clause() {
        assert_eq!(swap_shape("we're not able to offer"), Shape::Subject);
        let text = "The tariff rules don't allow that. Festival policy prohibits it. Policy \
                    doesn't allow swaps. I'm afraid the rules don't allow pets, and our terms \
                    don't allow it.";
        assert!(!fit(Shape::Subject, text, "rules don't allow that"));
        assert!(!fit(Shape::Subject, text, "policy prohibits"));
        assert!(fit(Shape::Subject, text, "Policy doesn't allow"));
        assert!(fit(Shape::Subject, text, "the rules don't allow"));
        assert!(fit(Shape::Subject, text, "our terms don't allow"));
        assert_eq!(
            swap_shape("the delay came from"),
            Shape::Lead { subject: false }
        );
        let lead = Shape::Lead { subject: false };
        assert!(fit(
            lead,
            "The delay is down to you picking it.",
            "is down to you"
        ));
        assert!(!fit(lead, "So the delay is down to you.", "is down to you"));
        assert_eq!(
            swap_shape("that isn't the answer you hoped for"),
            Shape::Phrase
        );
    }

    #[test]
    fn a_whole_clause_swap_ends_where_its_clause_ends() {
        let text = "Refunds close at 30 days, and that's our policy. It's company policy that \
                    fees apply. Those are the rules I work to. That's the rule and it stays.";
        assert!(fit(Shape::Inner, text, "that's our policy"));
        assert!(!fit(Shape::Inner, text, "It's company policy"));
        assert!(!fit(Shape::Inner, text, "Those are the rules"));
        assert!(fit(Shape::Inner, text, "That's the rule"));
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: false
            },
            "The terms and conditions do not permit early changes.",
            "The terms and conditions do not permit"
        ));
        // "Our policy doesn't cover this, but | that fees apply" leaves the complement hanging.
        let opener = Shape::Opener {
            verb: false,
            mark: false,
        };
        assert!(!fit(opener, text, "It's company policy"));
        assert!(!fit(
            Shape::Adverbial,
            "Surely you know that fares can't be moved.",
            "Surely you know"
        ));
    }

    #[test]
    fn a_suggestion_stands_only_where_its_shape_reads() {
        // A clause for a whole sentence, not for a word inside one.
        assert!(fit(
            Shape::Clause,
            "Seriously? You asked twice.",
            "Seriously?"
        ));
        assert!(!fit(Shape::Clause, "That's absurd. No.", "absurd"));
        assert!(!fit(
            Shape::Clause,
            "Stop complaining and read the email.",
            "Stop complaining"
        ));
        assert!(fit(
            Shape::Clause,
            "Hi Sam, calm down, we're on it.",
            "calm down"
        ));
        assert!(!fit(
            Shape::Clause,
            "If the parcel is still missing, go to the depot.",
            "go to the depot"
        ));
        assert!(fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "Per my last email, you failed to attach it.",
            "you failed to"
        ));
        // An opener needs the rest of its sentence after it.
        assert!(fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "You failed to attach it.",
            "You failed to"
        ));
        assert!(!fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "It's late because you ignored the reminders.",
            "you ignored"
        ));
        assert!(!fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "Per my last email.",
            "Per my last email."
        ));
        // A sentence where a sentence ends.
        assert!(fit(
            Shape::Sentence,
            "Deposits are final. That's the policy, end of story.",
            "That's the policy, end of story."
        ));
        assert!(!fit(
            Shape::Sentence,
            "The fee applies to every account without exception. Thanks.",
            "without exception"
        ));
        assert!(!fit(
            Shape::Sentence,
            "If you had read my message, you'd know.",
            "If you had read my message"
        ));
        // Nothing replaces part of a hyphenated word.
        assert!(!fit(
            Shape::Phrase,
            "It was de-provisioned today.",
            "provisioned"
        ));
        assert!(fit(
            Shape::Phrase,
            "It was provisioned - today.",
            "provisioned"
        ));
        // Not before a "please" that belongs to the span.
        assert!(!fit(
            Shape::Clause,
            "Watch your tone, please. Thanks.",
            "Watch your tone"
        ));
        // An opener does not take the place of a participle whose object follows.
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: true
            },
            "Should've bought the refund protection.",
            "Should've bought"
        ));
        // Words that say when, not in place of a whole sentence.
        assert!(fit(Shape::Adverbial, "Send it by Friday.", "by Friday"));
        assert!(!fit(
            Shape::Adverbial,
            "Fine. Send it now. Thanks.",
            "Send it now."
        ));
        assert!(!fit(
            Shape::Adverbial,
            "Do it before your flight",
            "Do it before your flight"
        ));
        // Words that go on with a clause, not at a sentence start.
        assert!(fit(
            Shape::Tail,
            "Prices went up for everyone, no exceptions.",
            "no exceptions."
        ));
        assert!(!fit(Shape::Tail, "No exceptions. Sorry.", "No exceptions."));
        // Words that end on a colon where a colon follows, or where a sentence ends.
        assert!(fit(
            Shape::Intro,
            "It's really quite simple: hold the power button.",
            "It's really quite simple"
        ));
        assert!(fit(
            Shape::Intro,
            "It's not complicated: tap Settings.",
            "It's not complicated:"
        ));
        assert!(!fit(
            Shape::Intro,
            "It's very straightforward if you read the guide.",
            "It's very straightforward"
        ));
        assert!(!fit(
            Shape::Sentence,
            "It's really quite simple: hold the power button.",
            "It's really quite simple"
        ));
        // After a handle that opens the line, a sentence starts.
        assert!(fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "@tanyabakes You failed to attach it.",
            "You failed to"
        ));
        assert!(fit(Shape::Phrase, "so you must pay", "you must"));
        // Inside a question, only words that fit inside a sentence.
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: false
            },
            "Have you tried reading the manual?",
            "Have you tried reading"
        ));
        assert!(!fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "You should have cancelled 48 hours ahead.",
            "You should have cancelled"
        ));
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: false
            },
            "Policy is policy, I'm afraid.",
            "Policy is policy"
        ));
        assert!(!fit(
            Shape::Phrase,
            "I expect the amount by the 20th.",
            "I expect the amount by"
        ));
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: false
            },
            "I can't do anything about that now.",
            "I can't do anything about that"
        ));
        // "It may help to" wants a verb: not where the span took it ("should've checked").
        assert!(!fit(
            Shape::Opener {
                verb: true,
                mark: false
            },
            "You should've checked the entry requirements.",
            "You should've checked"
        ));
        // A span that ends on a preposition cut a phrase in two.
        assert!(!fit(
            Shape::Opener {
                verb: false,
                mark: false
            },
            "As you were told on the phone, it takes five days.",
            "As you were told on"
        ));
        assert!(fit(Shape::Clause, "你好！Calm down.", "Calm down"));
    }

    #[test]
    fn a_subject_and_its_verb_lead_into_a_span() {
        let at = |text: &str, span: &str| lead(text, text.find(span).unwrap());
        assert_eq!(at("It's not rocket science.", "not rocket"), Some(0));
        assert_eq!(at("Fine. That\u{2019}s pretty absurd.", "absurd"), Some(6));
        assert_eq!(at("Honestly, this is absurd.", "absurd"), Some(10));
        assert_eq!(at("We're sorry you feel that way.", "sorry"), Some(0));
        assert_eq!(at("The claim is absurd.", "absurd"), None);
        assert_eq!(at("It's really not that hard, is it.", "not that"), Some(0));
        assert_eq!(at("absurd", "absurd"), None);
    }

    #[test]
    fn tidy_leaves_out_a_doubled_mark_and_ends_a_replaced_sentence() {
        let s = |t: &str| Arc::<str>::from(t);
        let text = "Fees apply, no exceptions. Seriously? Bye";
        let at = |p: &str| (text.find(p).unwrap(), text.find(p).unwrap() + p.len());
        let (a, b) = at("no exceptions");
        assert_eq!(
            &*tidy(
                &s("I know this isn't what you hoped for."),
                Shape::Sentence,
                text,
                a,
                b
            ),
            "I know this isn't what you hoped for"
        );
        let (a, b) = at("Seriously?");
        assert_eq!(
            &*tidy(&s("I hear you"), Shape::Clause, text, a, b),
            "I hear you."
        );
        let (a, b) = at("Fees apply");
        assert_eq!(
            &*tidy(
                &s("To recap,"),
                Shape::Opener {
                    verb: false,
                    mark: true
                },
                text,
                a,
                b
            ),
            "To recap"
        );
        assert_eq!(&*tidy(&s("please"), Shape::Phrase, text, a, b), "please");
        let sprint = "It'll be picked up in the next sprint.";
        let (a, b) = (sprint.find("next").unwrap(), sprint.len() - 1);
        assert_eq!(
            &*tidy(&s("an upcoming update"), Shape::Phrase, sprint, a, b),
            "upcoming update"
        );
        let (a, b) = at("Fees apply,");
        assert_eq!(
            &*tidy(&s("I hear you"), Shape::Clause, text, a, b),
            "I hear you,"
        );
        let (a, b) = at("no exceptions.");
        assert_eq!(
            &*tidy(&s("is quick once you know how"), Shape::Phrase, text, a, b),
            "is quick once you know how."
        );
        let simple = "It's really quite simple: hold the power button.";
        assert_eq!(
            &*tidy(
                &s("Here's how:"),
                Shape::Intro,
                simple,
                0,
                simple.find(':').unwrap()
            ),
            "Here's how"
        );
    }
}
