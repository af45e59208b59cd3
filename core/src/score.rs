//! The warmth score.
//!
//! ```text
//! score = clamp(BASE + MARKER_BONUS × kinds − Σ penalty(finding), 0, 100)
//! ```
//!
//! - `BASE` = 80: a neutral draft with no problem and no warm wording.
//! - `kinds`: the number of *distinct* warm-marker kinds found (acknowledging feelings,
//!   apologising, thanking, owning the next step, offering options), each worth
//!   `MARKER_BONUS` = 10; repeating the same kind earns nothing more.
//! - `penalty`: 30 for an `error` finding, 20 for a `warning`, 8 for an `info`.
//!
//! So a plain reply scores 80, a reply that acknowledges the customer's feelings and owns the next
//! step scores 100, and a single hostile phrase pulls a neutral reply down to 50. The same function
//! serves the CLI and the WebAssembly module.

use std::collections::BTreeSet;

use crate::types::{Finding, Marker, Score, Severity};

/// Score of a draft with no finding and no warm marker.
pub const BASE: i32 = 80;
/// Credit for each distinct kind of warm marker.
pub const MARKER_BONUS: i32 = 10;

/// What one finding of `severity` costs.
pub fn penalty(severity: Severity) -> i32 {
    match severity {
        Severity::Error => 30,
        Severity::Warning => 20,
        Severity::Info => 8,
    }
}

/// Combine findings and warm markers into a [`Score`].
pub fn score(findings: &[Finding], markers: Vec<Marker>) -> Score {
    let kinds: BTreeSet<_> = markers.iter().map(|m| m.kind).collect();
    let bonus = MARKER_BONUS * kinds.len() as i32;
    let cost: i32 = findings.iter().map(|f| penalty(f.severity)).sum();
    let value = (BASE + bonus - cost).clamp(0, 100);
    Score {
        score: value as u8,
        markers,
    }
}
