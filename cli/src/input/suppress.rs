//! Inline suppressions: `warmly-ignore` comments in text, Markdown and HTML, and the
//! `warmly_ignore` key of JSON/YAML reply objects.
//!
//! - `warmly-ignore RULE[, RULE...]` on a line with other text suppresses those rules (rule ids or
//!   category names; none = every rule) on that line; alone on its line (apart from comment
//!   markers), it applies to the next line that has text.
//! - `warmly-ignore-file RULE...` suppresses them in the whole file.

use std::collections::BTreeMap;

/// A set of rules: none, all, or some ids and category names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum RuleSet {
    /// No rule.
    #[default]
    None,
    /// Every rule.
    All,
    /// These rule ids or category names.
    Some(Vec<String>),
}

impl RuleSet {
    /// Does the set hold `rule` (an id `category/slug`) of `category`?
    pub fn contains(&self, rule: &str, category: &str) -> bool {
        match self {
            RuleSet::None => false,
            RuleSet::All => true,
            RuleSet::Some(ids) => ids.iter().any(|i| i == rule || i == category),
        }
    }

    /// The union of two sets.
    pub fn union(&self, other: &RuleSet) -> RuleSet {
        match (self, other) {
            (RuleSet::All, _) | (_, RuleSet::All) => RuleSet::All,
            (RuleSet::None, x) | (x, RuleSet::None) => x.clone(),
            (RuleSet::Some(a), RuleSet::Some(b)) => {
                let mut v = a.clone();
                v.extend(b.iter().cloned());
                RuleSet::Some(v)
            }
        }
    }

    /// Parse the rule list after a directive (`a/b, c d`); empty = all.
    pub fn parse_list(s: &str) -> RuleSet {
        let ids: Vec<String> = s
            .split(|c: char| c == ',' || c.is_whitespace())
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect();
        if ids.is_empty() {
            RuleSet::All
        } else {
            RuleSet::Some(ids)
        }
    }
}

/// Suppressions found in a file's comments.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Suppressions {
    /// Rules suppressed in the whole file.
    pub file: RuleSet,
    /// Rules suppressed by 1-based file line.
    pub lines: BTreeMap<usize, RuleSet>,
    /// Where each directive is (1-based line) and what it lists, for validation.
    pub directives: Vec<(usize, RuleSet)>,
}

impl Suppressions {
    /// Is a finding of `rule`/`category` on file line `line` suppressed?
    pub fn suppressed(&self, line: usize, rule: &str, category: &str) -> bool {
        self.file.contains(rule, category)
            || self
                .lines
                .get(&line)
                .is_some_and(|s| s.contains(rule, category))
    }

    /// Record a directive `body` (the text after `warmly-ignore`), found on 1-based `line`
    /// of `source`; `alone` says whether the line holds nothing else.
    pub fn add(&mut self, source: &str, line: usize, body: &str, file_wide: bool, alone: bool) {
        let set = RuleSet::parse_list(body);
        self.directives.push((line, set.clone()));
        if file_wide {
            self.file = self.file.union(&set);
            return;
        }
        let target = if alone {
            next_text_line(source, line)
        } else {
            line
        };
        let entry = self.lines.entry(target).or_default();
        *entry = entry.union(&set);
    }
}

/// The first line after 1-based `line` that has non-blank text (or `line + 1`).
fn next_text_line(source: &str, line: usize) -> usize {
    for (i, l) in source.lines().enumerate().skip(line) {
        if !l.trim().is_empty() {
            return i + 1;
        }
    }
    line + 1
}

/// Split a directive found at the start of `s` (which begins with `warmly-ignore`) into
/// (file-wide, the rule list up to `end_marker` or the end of the line, bytes consumed).
pub fn parse_directive<'a>(s: &'a str, end_marker: Option<&str>) -> (bool, &'a str, usize) {
    let (file_wide, rest, head) = match s.strip_prefix("warmly-ignore-file") {
        Some(r) => (true, r, "warmly-ignore-file".len()),
        None => (false, &s["warmly-ignore".len()..], "warmly-ignore".len()),
    };
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    let colon = usize::from(s[head..].starts_with(':'));
    let mut end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    if let Some(m) = end_marker {
        if let Some(i) = rest[..end].find(m) {
            end = i;
        }
    }
    (file_wide, &rest[..end], head + colon + end)
}

/// Plain text: every `warmly-ignore` directive is honoured and blanked out of the text (so its
/// rule ids are not linted as words). Returns the masked text (same length) and suppressions.
pub fn mask_plain(source: &str) -> (String, Suppressions) {
    let mut sup = Suppressions::default();
    if !source.contains("warmly-ignore") {
        return (source.to_string(), sup);
    }
    let mut out = source.as_bytes().to_vec();
    let mut line_start = 0;
    for (i, line) in source.split_inclusive('\n').enumerate() {
        if let Some(p) = line.find("warmly-ignore") {
            let (file_wide, body, used) = parse_directive(&line[p..], None);
            let before = line[..p].trim_matches(|c: char| c.is_whitespace() || "#/-*;".contains(c));
            let after = line[p + used..].trim();
            sup.add(
                source,
                i + 1,
                body,
                file_wide,
                before.is_empty() && after.is_empty(),
            );
            blank(&mut out, line_start + p, line_start + p + used);
        }
        line_start += line.len();
    }
    (bytes_to_string(out, source), sup)
}

/// Overwrite `start..end` of `out` with spaces, keeping line breaks.
pub fn blank(out: &mut [u8], start: usize, end: usize) {
    for b in &mut out[start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Turn masked bytes back into a string (masking only writes ASCII over whole chars).
pub fn bytes_to_string(bytes: Vec<u8>, fallback: &str) -> String {
    String::from_utf8(bytes).unwrap_or_else(|_| fallback.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_directives() {
        let src = "# warmly-ignore hostile/calm-down\nCalm down.\nCalm down. # warmly-ignore\n";
        let (text, sup) = mask_plain(src);
        assert_eq!(text.len(), src.len());
        assert!(!text.contains("hostile"));
        assert!(sup.suppressed(2, "hostile/calm-down", "hostile"));
        assert!(!sup.suppressed(2, "blame/x", "blame"));
        assert!(sup.suppressed(3, "blame/x", "blame"));
        assert!(!sup.suppressed(1, "blame/x", "blame"));
    }

    #[test]
    fn file_wide() {
        let (_, sup) = mask_plain("warmly-ignore-file: jargon\nRMA\n");
        assert!(sup.suppressed(2, "jargon/rma", "jargon"));
    }
}
