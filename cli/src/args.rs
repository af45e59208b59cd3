//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use warmly::Severity;

use crate::input::InputFormat;
use crate::output::Format;

/// warmly: a tone linter for customer-service replies.
///
/// Flags hostile, blaming, dismissive, condescending, passive-aggressive, policy-wall,
/// commanding, curt and jargon phrasing, says why, suggests warmer wording and scores warmth.
#[derive(Debug, Parser)]
#[command(name = "warmly", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check drafts: files, directories (walked, honouring .gitignore) or `-` for stdin.
    Check(CheckArgs),
    /// List the enabled rules.
    Rules(RulesArgs),
    /// Explain a rule: message, why, examples and suggestions.
    Explain(ExplainArgs),
    /// Write a commented warmly.toml in the current directory.
    Init(InitArgs),
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Arguments of `warmly check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads stdin. Default: the current directory.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format [default: human on a terminal, concise otherwise].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<Format>,

    /// Read every input as this format instead of guessing from the extension.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,

    /// The name stdin is reported as (its extension also picks the input format).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,

    /// JSON Lines field (and CSV column) holding the text [default: text].
    #[arg(long, value_name = "FIELD")]
    pub text_field: Option<String>,

    /// JSON Lines field (and CSV column) holding the record id [default: id].
    #[arg(long, value_name = "FIELD")]
    pub id_field: Option<String>,

    /// Extra JSON/YAML field path holding replies (repeatable), e.g. `replies.*.message`.
    #[arg(long = "field", value_name = "PATH")]
    pub fields: Vec<String>,

    /// Apply safe suggestions in place.
    #[arg(long)]
    pub fix: bool,

    /// Also apply unsafe suggestions (with --fix or --diff).
    #[arg(long)]
    pub unsafe_fixes: bool,

    /// Show what --fix would change as a unified diff, without writing.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,

    /// Use this config file instead of discovering warmly.toml upwards from each path.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Enable only these rule ids or categories (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,

    /// Disable these rule ids or categories (comma-separated), on top of the config.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,

    /// Lowest severity that fails the run [default: warning, or `fail-on` in warmly.toml].
    #[arg(long, value_name = "SEVERITY", value_parser = parse_severity)]
    pub fail_on: Option<Severity>,

    /// Fail drafts whose warmth score (0-100) is below N.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=100))]
    pub min_score: Option<u8>,

    /// Exit 0 even when findings fail the run (errors still exit 2); for pipelines.
    #[arg(long)]
    pub exit_zero: bool,

    /// Print counts by category and rule after the findings.
    #[arg(long)]
    pub stats: bool,

    /// Show why each finding reads badly, and every draft's score.
    #[arg(long, short = 'v')]
    pub verbose: bool,

    /// Print nothing but errors; the exit code tells the result.
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// When to use colour.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,

    /// Threads for checking files and records [default: one per core].
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Never show a progress bar.
    #[arg(long)]
    pub no_progress: bool,
}

/// Parse a severity name.
fn parse_severity(s: &str) -> Result<Severity, String> {
    s.parse()
}

/// Output of `warmly rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// An aligned table.
    Table,
    /// A JSON array of rules.
    Json,
}

/// Arguments of `warmly rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "table")]
    pub format: RulesFormat,
    /// Use this config (its packs, select and ignore) instead of the one found here.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Only rules of this category.
    #[arg(long)]
    pub category: Option<String>,
}

/// Arguments of `warmly explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `hostile/calm-down`.
    pub rule: String,
    /// Use this config (for rules from extra packs).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the rule as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Arguments of `warmly init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write it.
    #[arg(default_value = "warmly.toml")]
    pub path: PathBuf,
    /// Overwrite an existing file.
    #[arg(long)]
    pub force: bool,
}
