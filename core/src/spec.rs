//! Rule pack data: the shape of a `rules/*.toml` file.
//!
//! This module is shared with the build script (which turns the built-in TOML packs into Rust
//! values at compile time, so no TOML parser ships in the binary or the WebAssembly module), so it
//! depends on nothing but `serde`.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// Text of a rule pack: borrowed from the compiled-in data for the built-in packs (building the
/// linter copies none of it), owned when read from a file or built by hand (`"...".into()`).
pub type Text = Cow<'static, str>;

/// A rule pack: the `[[rule]]` and `[[marker]]` tables of one TOML file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// The rules of the pack.
    #[serde(default)]
    pub rule: Vec<RuleSpec>,
    /// Warm markers credited by the warmth score.
    #[serde(default)]
    pub marker: Vec<MarkerSpec>,
}

/// One rule as written in a pack. See `docs/rules.md` for what each field means.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    /// Stable id, `category/slug`.
    pub id: Text,
    /// One of the nine categories, in snake case.
    pub category: Text,
    /// `error`, `warning` or `info`; defaults by category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Text>,
    /// One-line message shown with every finding.
    pub message: Text,
    /// Why the wording reads badly to a customer.
    pub why: Text,
    /// Phrases matched on the normalised text, word-bounded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<Text>,
    /// Regular expressions matched on the normalised text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<Text>,
    /// Case-sensitive words matched on the original text (acronyms, internal names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Text>,
    /// A structural check done in code: `bare-reply`, `terse-reply`, `cold-opener`, `shouting`,
    /// `acronym` or `tautology`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Text>,
    /// For `bare-reply`: the most words the draft's body may have.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_words: Option<u32>,
    /// Words that never count for a structural check (known acronyms for `shouting` and
    /// `acronym`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<Text>,
    /// A match right after one of these phrases is not flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_before: Vec<Text>,
    /// A match right before one of these phrases is not flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_after: Vec<Text>,
    /// A match in a sentence that contains one of these phrases is not flagged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_sentence: Vec<Text>,
    /// A match followed later in its sentence by one of these phrases is not flagged (an offer
    /// after a refusal: "I can't change the policy, but I can…").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_later: Vec<Text>,
    /// A match in a paragraph that holds two or more different phrases of this list is not
    /// flagged: words that tell who the reader is ("build", "installer", "script": a developer, who
    /// needs no gloss for "CLI"). One alone says too little.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_paragraph: Vec<Text>,
    /// Warmer replacements for the flagged words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggest: Vec<Text>,
    /// Replacements for particular flagged phrases, each `PHRASE = replacement`
    /// (`"not rocket science = quick once you know where to look"`): a finding whose flagged
    /// words are PHRASE (compared normalised) offers the replacement before those of `suggest`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub swap: Vec<Text>,
    /// `safe` (applied by fix) or `unsafe` (shown only); default `unsafe`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicability: Option<Text>,
    /// Examples that must be flagged by this rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flag: Vec<Text>,
    /// Examples that must not be flagged by this rule.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pass: Vec<Text>,
}

/// A warm marker: wording that earns credit in the warmth score.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarkerSpec {
    /// `acknowledge`, `apologise`, `thank`, `own` or `options`.
    pub kind: Text,
    /// Phrases matched on the normalised text, word-bounded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phrases: Vec<Text>,
    /// Regular expressions matched on the normalised text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<Text>,
    /// A match right after one of these phrases does not count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_before: Vec<Text>,
    /// A match right before one of these phrases does not count.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_after: Vec<Text>,
}
