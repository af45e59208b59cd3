//! The types every front end shares: categories, severities, findings, scores, configuration.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::spec::{Pack, Text};

/// The nine tone categories of the product's taxonomy (see `GUIDELINES.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Aggression, insults, telling the customer how to feel, shouting.
    Hostile,
    /// Putting the fault on the customer.
    Blame,
    /// Refusing ownership or closing the door.
    Dismissive,
    /// Patronising or minimising the customer's difficulty.
    Condescending,
    /// Pointed reminders and veiled irritation.
    PassiveAggressive,
    /// A rule used as the whole answer, with no help offered.
    PolicyWall,
    /// Orders where a request would do.
    Commanding,
    /// Abrupt, bare replies that read as cold.
    Curt,
    /// Internal terms, acronyms and bureaucratic wording.
    Jargon,
}

impl Category {
    /// Every category, in the taxonomy's order.
    pub const ALL: [Category; 9] = [
        Category::Hostile,
        Category::Blame,
        Category::Dismissive,
        Category::Condescending,
        Category::PassiveAggressive,
        Category::PolicyWall,
        Category::Commanding,
        Category::Curt,
        Category::Jargon,
    ];

    /// The snake-case name used in ids, config and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Hostile => "hostile",
            Category::Blame => "blame",
            Category::Dismissive => "dismissive",
            Category::Condescending => "condescending",
            Category::PassiveAggressive => "passive_aggressive",
            Category::PolicyWall => "policy_wall",
            Category::Commanding => "commanding",
            Category::Curt => "curt",
            Category::Jargon => "jargon",
        }
    }

    /// The severity a rule of this category has unless it says otherwise.
    pub fn default_severity(self) -> Severity {
        match self {
            Category::Hostile | Category::Blame => Severity::Error,
            Category::Jargon => Severity::Info,
            _ => Severity::Warning,
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Category {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
                format!(
                    "unknown category `{s}` (expected one of: {})",
                    names.join(", ")
                )
            })
    }
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look (jargon).
    Info,
    /// Should be rephrased.
    Warning,
    /// Must be rephrased before sending.
    Error,
}

impl Severity {
    /// The lower-case name used in config and output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(format!(
                "unknown severity `{s}` (expected one of: error, warning, info)"
            )),
        }
    }
}

/// Whether a suggestion keeps the meaning and may be applied without a human.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Meaning kept; `fix` applies it.
    Safe,
    /// Shown to the writer; applied only on request.
    Unsafe,
}

impl FromStr for Applicability {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "safe" => Ok(Applicability::Safe),
            "unsafe" => Ok(Applicability::Unsafe),
            _ => Err(format!(
                "unknown applicability `{s}` (expected `safe` or `unsafe`)"
            )),
        }
    }
}

/// A warmer way to say the flagged words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Replacement for the finding's span, with its case matched to the original (shared with
    /// the rule: every finding of a rule holds the same few texts).
    pub text: Arc<str>,
    /// Whether `fix` may apply it.
    pub applicability: Applicability,
}

/// A rule's replacement for one of the phrases it flags (a `swap` entry of its pack).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Swap {
    /// The flagged words it replaces, normalised (lower case, straight apostrophes,
    /// contractions spelled out: "it is not rocket science").
    pub phrase: Text,
    /// What a finding on those words offers.
    pub suggestion: Suggestion,
}

/// One flagged phrase in a text. The rule's texts (`rule`, `message`, `why`) are shared by
/// every finding of the rule: cloning them costs a reference count, not a copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id, `category/slug`.
    pub rule: Arc<str>,
    /// The rule's category.
    pub category: Category,
    /// The rule's severity after configuration.
    pub severity: Severity,
    /// One-line message.
    pub message: Arc<str>,
    /// Why the wording reads badly.
    pub why: Arc<str>,
    /// Start, as a UTF-8 byte offset into the text (on a char boundary).
    pub start: usize,
    /// End (exclusive), as a UTF-8 byte offset into the text (on a char boundary).
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column of `start`, in chars.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based column of `end` (the position after the last flagged char), in chars.
    pub end_column: usize,
    /// Start as a UTF-16 code-unit offset (a JavaScript string index).
    pub utf16_start: usize,
    /// End as a UTF-16 code-unit offset.
    pub utf16_end: usize,
    /// Warmer wordings, best first.
    pub suggestions: Vec<Suggestion>,
    /// Other rules of the same category whose phrases this finding takes in, in text order.
    /// Neighbouring phrases of one kind in one sentence ("Our policy does not allow refunds,
    /// and that is final") make one finding, flagged by `rule`; empty for most findings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Arc<str>>,
}

/// The kinds of warm wording the score credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MarkerKind {
    /// Acknowledging feelings ("I understand how frustrating this is").
    Acknowledge,
    /// Apologising.
    Apologise,
    /// Thanking.
    Thank,
    /// Owning the next step ("I'll", "let me").
    Own,
    /// Offering options ("what I can do is").
    Options,
}

impl FromStr for MarkerKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "acknowledge" => Ok(MarkerKind::Acknowledge),
            "apologise" => Ok(MarkerKind::Apologise),
            "thank" => Ok(MarkerKind::Thank),
            "own" => Ok(MarkerKind::Own),
            "options" => Ok(MarkerKind::Options),
            _ => Err(format!(
                "unknown marker kind `{s}` (expected one of: acknowledge, apologise, thank, own, options)"
            )),
        }
    }
}

/// A warm phrase found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// What kind of warmth it shows.
    pub kind: MarkerKind,
    /// UTF-8 byte offsets into the text.
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// The warmth score of a text (see [`crate::score`] for the formula).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// 0 (cold) to 100 (warm).
    pub score: u8,
    /// The warm markers found, sorted by start (then end).
    pub markers: Vec<Marker>,
}

/// Findings and score of one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Findings sorted by start.
    pub findings: Vec<Finding>,
    /// The warmth score.
    pub score: Score,
}

/// What a rule is, for listings and `explain`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleInfo {
    /// Stable id.
    pub id: Text,
    /// Category.
    pub category: Category,
    /// Severity after configuration.
    pub severity: Severity,
    /// One-line message.
    pub message: Text,
    /// Why it reads badly.
    pub why: Text,
    /// Suggested replacements.
    pub suggestions: Vec<Suggestion>,
    /// Replacements for particular flagged phrases, offered before `suggestions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub swaps: Vec<Swap>,
    /// Examples that are flagged.
    pub flag: Vec<Text>,
    /// Examples that pass.
    pub pass: Vec<Text>,
    /// The pack the rule came from (`rules/hostile.toml`, or a user's file).
    pub source: Text,
}

/// How to build a [`crate::Linter`]. The default is every built-in rule.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// Rule ids or category names to enable; empty enables all.
    pub select: Vec<String>,
    /// Rule ids or category names to disable.
    pub ignore: Vec<String>,
    /// Severity overrides by rule id or category name (a rule id wins over its category).
    pub severity: BTreeMap<String, Severity>,
    /// Extra packs: (source name used in errors, pack). A rule whose id is already known
    /// replaces the earlier rule.
    pub packs: Vec<(String, Pack)>,
    /// Phrases that are never flagged: a finding inside one of them is dropped.
    pub allow: Vec<String>,
    /// Start from no built-in rules (markers stay).
    pub no_builtin: bool,
}

/// A rule pack or configuration that cannot be used, with where the problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The pack or config the problem is in (`rules/hostile.toml`, `warmly.toml`, `config`).
    pub source: String,
    /// The rule id, when the problem is in one rule.
    pub rule: Option<String>,
    /// The field, when the problem is in one field.
    pub field: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.source)?;
        if let Some(rule) = &self.rule {
            write!(f, ": rule `{rule}`")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for ConfigError {}
