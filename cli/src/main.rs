//! The `warmly` command-line tone linter: `warmly check`, `rules`, `explain`, `init`.
//!
//! Exit codes: 0 when nothing fails, 1 when a finding at or above the failing severity (or a
//! draft below `--min-score`) is found, 2 on a usage, config or I/O error.

#[cfg(target_os = "linux")]
mod alloc;
mod args;
mod cache;
mod check;
mod commands;
mod config;
mod error;
mod input;
mod output;
mod run;
mod span;

use clap::Parser;

use crate::args::{Cli, Command};

#[cfg(target_os = "linux")]
#[global_allocator]
static ALLOCATOR: alloc::HugeBlocks = alloc::HugeBlocks;

fn main() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    alloc::huge_heap();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    let (color, quiet) = match &cli.command {
        Command::Check(a) => (a.color, a.quiet),
        _ => (args::ColorChoice::Auto, false),
    };
    let result = match &cli.command {
        Command::Check(a) => run::run(a),
        Command::Rules(a) => commands::rules(a),
        Command::Explain(a) => commands::explain(a),
        Command::Init(a) => commands::init(a),
    };
    let code = match result {
        Ok(code) => code,
        Err(e) => {
            run::Reporter::new(color, quiet).error(&e);
            2
        }
    };
    std::process::exit(code);
}
