//! `warmly rules`, `warmly explain` and `warmly init`.

use std::io::{self, Write};
use std::path::Path;

use unicode_width::UnicodeWidthStr;
use warmly::Applicability;

use crate::args::{ExplainArgs, InitArgs, RulesArgs, RulesFormat};
use crate::config::{did_you_mean, Overrides, Resolver};
use crate::error::CliError;

/// The commented `warmly.toml` that `warmly init` writes.
pub const INIT_TEMPLATE: &str = r#"# warmly.toml: configuration for the warmly tone linter.
# warmly looks for this file in the checked file's directory and every directory above it
# (or takes the one given with --config). Every key is optional. `warmly rules` lists rule ids.

# Enable only these rule ids or categories (empty: every rule).
# Categories: hostile, blame, dismissive, condescending, passive_aggressive, policy_wall,
# commanding, curt, jargon.
select = []

# Disable these rule ids or categories.
ignore = []

# The lowest severity that fails the run (exit code 1): "error", "warning" or "info".
fail-on = "warning"

# Fail drafts whose warmth score (0-100) is below this.
# min-score = 60

# Phrases that are never flagged (your product's own words).
allow = []

# Extra rule packs, in the format of the built-in rules (see docs/rules.md), relative to here.
packs = []

# Paths never checked (globs relative to this file).
exclude = []

# Extra JSON/YAML field paths that hold replies, besides the built-in shapes (Zendesk macros,
# Freshdesk, Help Scout, saved replies). `*` is any key or index, `**` any depth.
fields = []

# Extra placeholder syntaxes, as [open, close] pairs, never checked or changed.
# ({{...}}, {%...%}, {name}, [NAME], %NAME%, ${x} are built in.)
placeholders = []

# The CSV column / JSON Lines field with the text, and the one with the record id.
# text-field = "text"
# id-field = "id"

# Severity overrides by rule id or category.
[severity]
# jargon = "warning"

# Rules ignored in some files (globs relative to this file).
[per-file-ignores]
# "macros/internal/**" = ["jargon"]
"#;

/// `warmly rules`.
pub fn rules(args: &RulesArgs) -> Result<i32, CliError> {
    let resolver = Resolver::new(args.config.as_deref(), Overrides::default())?;
    let settings = resolver.for_path(Some(Path::new(".")))?;
    let mut list: Vec<&warmly::RuleInfo> = settings.linter.rules().iter().collect();
    if let Some(c) = &args.category {
        let cat: warmly::Category = c.parse().map_err(CliError::new)?;
        list.retain(|r| r.category == cat);
    }
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let w = |e: io::Error| CliError::new(format!("cannot write the output: {e}"));
    match args.format {
        RulesFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &list)
                .map_err(|e| CliError::new(e.to_string()))?;
            writeln!(out).map_err(w)?;
        }
        RulesFormat::Table => {
            let id_w = list.iter().map(|r| r.id.width()).max().unwrap_or(2).max(2);
            writeln!(
                out,
                "{:<id_w$}  {:<8}  {:<4}  MESSAGE",
                "ID", "SEVERITY", "FIX"
            )
            .map_err(w)?;
            for r in &list {
                let fix = match r.suggestions.first().map(|s| s.applicability) {
                    Some(Applicability::Safe) => "safe",
                    Some(Applicability::Unsafe) => "hint",
                    None => "-",
                };
                writeln!(
                    out,
                    "{:<id_w$}  {:<8}  {:<4}  {}",
                    r.id,
                    r.severity.as_str(),
                    fix,
                    r.message
                )
                .map_err(w)?;
            }
            writeln!(
                out,
                "\n{} rules. `warmly explain ID` tells more about one.",
                list.len()
            )
            .map_err(w)?;
        }
    }
    Ok(0)
}

/// `warmly explain RULE`.
pub fn explain(args: &ExplainArgs) -> Result<i32, CliError> {
    let resolver = Resolver::new(args.config.as_deref(), Overrides::default())?;
    let settings = resolver.for_path(Some(Path::new(".")))?;
    let Some(r) = settings.linter.rule(&args.rule) else {
        let mut e = CliError::new(format!("unknown rule `{}`", args.rule));
        e = match did_you_mean(&args.rule, settings.known().into_iter()) {
            Some(s) => e.help(format!(
                "did you mean `{s}`? `warmly rules` lists every rule"
            )),
            None => e.help("`warmly rules` lists every rule id"),
        };
        return Err(e);
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let w = |e: io::Error| CliError::new(format!("cannot write the output: {e}"));
    if args.json {
        serde_json::to_writer_pretty(&mut out, r).map_err(|e| CliError::new(e.to_string()))?;
        writeln!(out).map_err(w)?;
        return Ok(0);
    }
    let mut t = String::new();
    t.push_str(&format!("{} ({}, {})\n\n", r.id, r.category, r.severity));
    t.push_str(&format!("{}\n\n", r.message));
    t.push_str(&format!("Why: {}\n", r.why));
    if !r.suggestions.is_empty() {
        t.push_str("\nSuggestions:\n");
        for s in &r.suggestions {
            let how = match s.applicability {
                Applicability::Safe => "safe: applied by --fix",
                Applicability::Unsafe => "unsafe: applied with --fix --unsafe-fixes",
            };
            t.push_str(&format!("  - \"{}\" ({how})\n", s.text));
        }
    }
    if !r.swaps.is_empty() {
        t.push_str("\nFor particular words:\n");
        for w in &r.swaps {
            t.push_str(&format!(
                "  - \"{}\" -> \"{}\"\n",
                w.phrase, w.suggestion.text
            ));
        }
    }
    if !r.flag.is_empty() {
        t.push_str("\nFlagged:\n");
        for x in &r.flag {
            t.push_str(&format!("  - {x}\n"));
        }
    }
    if !r.pass.is_empty() {
        t.push_str("\nNot flagged:\n");
        for x in &r.pass {
            t.push_str(&format!("  - {x}\n"));
        }
    }
    t.push_str(&format!(
        "\nDefined in {}. Silence it with `ignore = [\"{}\"]` in warmly.toml, or a\n`warmly-ignore {}` comment on the line.\n",
        r.source, r.id, r.id
    ));
    out.write_all(t.as_bytes()).map_err(w)?;
    Ok(0)
}

/// `warmly init`.
pub fn init(args: &InitArgs) -> Result<i32, CliError> {
    if args.path.exists() && !args.force {
        return Err(CliError::new("already exists")
            .at(&args.path, None)
            .help("pass --force to overwrite it"));
    }
    crate::run::write_atomic(&args.path, INIT_TEMPLATE.as_bytes())
        .map_err(|e| CliError::new(format!("cannot write: {e}")).at(&args.path, None))?;
    eprintln!(
        "Wrote {}. `warmly check` picks it up from here and below.",
        args.path.display()
    );
    Ok(0)
}
