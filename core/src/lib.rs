//! # warmly
//!
//! The core of warmly, a tone linter for customer-service replies. It reads a reply draft, flags
//! hostile, blaming, dismissive, condescending, passive-aggressive, policy-wall, commanding, curt
//! and jargon phrasing, says why, suggests a warmer wording, and scores the draft's warmth.
//!
//! Rules are data (`rules/*.toml`, compiled in at build time; see `docs/rules.md`). The core does
//! no I/O and keeps no state beyond compiled rule sets.
//!
//! ```
//! use warmly::{Category, Linter};
//!
//! let linter = Linter::builtin();
//! let report = linter.check("Calm down. Per my last email, you failed to attach the receipt.");
//! assert_eq!(report.findings[0].category, Category::Hostile);
//! assert_eq!(&"Calm down. Per my last email"[..report.findings[0].end], "Calm down");
//! assert!(report.score.score < 40);
//! ```

#![warn(missing_docs)]

mod engine;
mod fix;
mod prefix;
pub mod score;
pub mod spec;
mod text;
mod types;

pub use engine::{byte_offset, linter_for_pack, utf16_offset, Linter};
pub use fix::{apply_suggestion, fix, Fixed};
pub use spec::{MarkerSpec, Pack, RuleSpec};
pub use types::{
    Applicability, Category, Config, ConfigError, Finding, Marker, MarkerKind, Report, RuleInfo,
    Score, Severity, Suggestion,
};

#[allow(unused_imports, dead_code)]
mod builtin {
    use crate::spec::{MarkerSpec, Pack, RuleSpec};
    include!(concat!(env!("OUT_DIR"), "/builtin.rs"));
}

/// The built-in rule packs, as (source file, pack), in file-name order.
pub fn builtin_packs() -> Vec<(&'static str, Pack)> {
    builtin::builtin_packs()
}
