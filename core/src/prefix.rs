//! Which literals every match of a pattern starts with. Shared with the build script, which
//! computes them for the built-in packs ahead of time, so building a linter parses no built-in
//! pattern.

/// The longest prefix literal kept; a literal this long may be cut short.
pub const MAX_PREFIX_LEN: usize = 16;

/// Parse `pattern` as the engine runs it (bytes, ASCII classes) and return the literals every
/// match must start with, or `None` when there is no small finite set of them.
pub fn prefixes(pattern: &str) -> Result<Option<Vec<Vec<u8>>>, String> {
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .nest_limit(100)
        .build()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    let mut seq = regex_syntax::hir::literal::Extractor::new()
        .kind(regex_syntax::hir::literal::ExtractKind::Prefix)
        .limit_literal_len(MAX_PREFIX_LEN)
        .limit_total(256)
        .extract(&hir);
    seq.dedup();
    Ok(seq.literals().and_then(|lits| {
        let usable = !lits.is_empty() && lits.iter().all(|l| !l.as_bytes().is_empty());
        usable.then(|| lits.iter().map(|l| l.as_bytes().to_vec()).collect())
    }))
}
