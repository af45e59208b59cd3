//! Neighbouring findings of one kind in one sentence become one finding.
//!
//! "Our policy does not allow refunds after 30 days, and that is final" holds two policy-wall
//! phrases, and "Just restart the app, it's super easy" two condescending ones. The writer reads
//! each as one cold clause, and that is how a reviewer marks it: two highlights on one clause
//! read as noise. So findings of the same category that sit in the same sentence, close
//! together, are joined into one finding: flagged by the first rule, with the others listed in
//! [`Finding::also`], spanning all of them, and with suggestions that rewrite every part (so a
//! fix changes what fixing the parts one by one would, less a doubled mark where they meet).
//!
//! Jargon is never joined: each term needs its own explanation ("L3 queue for RCA" is two
//! unexplained terms, not one).

use std::sync::Arc;

use crate::types::{Applicability, Category, Finding, Suggestion};

/// At most this many bytes between two findings that are joined.
pub const MAX_GAP: usize = 60;

/// Can `b` be joined onto `a` (which ends before `b` starts) in `text`?
fn joins(text: &str, a: &Finding, b: &Finding) -> bool {
    a.category == b.category
        && a.category != Category::Jargon
        && a.end <= b.start
        && b.start - a.end <= MAX_GAP
        && text
            .get(a.end..b.start)
            .is_some_and(|gap| !gap.contains(['.', '!', '?', '\n', '\r']))
}

/// `findings` (sorted by start, not overlapping) with each run of joinable neighbours made one
/// finding. `text` is the text they were found in; `phrase(i)` says whether `findings[i]` is a
/// phrase a rule lists or a pattern matches (a structural check, shouting say, whose span is
/// the point, is never joined).
pub fn merge_neighbours(
    text: &str,
    findings: Vec<Finding>,
    phrase: impl Fn(usize) -> bool,
) -> Vec<Finding> {
    let joinable =
        |i: usize| phrase(i) && phrase(i + 1) && joins(text, &findings[i], &findings[i + 1]);
    // Most texts have nothing to join: they keep their list as it is.
    let Some(first) = (0..findings.len().saturating_sub(1)).find(|&i| joinable(i)) else {
        return findings;
    };
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    // Whether the last finding of `out` may take in the next one.
    let mut open = false;
    for (i, f) in findings.into_iter().enumerate() {
        let is_phrase = i >= first && phrase(i);
        match out.last_mut() {
            Some(last) if open && is_phrase && joins(text, last, &f) => join(text, last, f),
            _ => {
                out.push(f);
                open = is_phrase;
            }
        }
    }
    out
}

/// Join `b` onto `a`.
fn join(text: &str, a: &mut Finding, b: Finding) {
    let gap = &text[a.end..b.start];
    let a_text = &text[a.start..a.end];
    let b_text = &text[b.start..b.end];
    a.suggestions = joined_suggestions(&a.suggestions, a_text, gap, &b.suggestions, b_text);
    a.severity = a.severity.max(b.severity);
    a.end = b.end;
    a.end_line = b.end_line;
    a.end_column = b.end_column;
    a.utf16_end = b.utf16_end;
    a.also.push(b.rule);
    a.also.extend(b.also);
}

/// Suggestions for the joined span `a gap b`: when both parts have suggestions, each of `a`'s
/// with `b`'s first, then `a`'s first with each other of `b`'s. A joined suggestion is safe when
/// both parts are. When none is safe but a part has a safe one, the safe parts joined with the
/// other's own words come last: [`crate::fix`] applies what it would have applied to the parts
/// one by one.
fn joined_suggestions(
    a: &[Suggestion],
    a_text: &str,
    gap: &str,
    b: &[Suggestion],
    b_text: &str,
) -> Vec<Suggestion> {
    if a.is_empty() && b.is_empty() {
        return Vec::new();
    }
    let part = |s: Option<&Suggestion>, own: &str| match s {
        Some(s) => (s.text.to_string(), s.applicability),
        None => (own.to_string(), Applicability::Safe),
    };
    let make = |x: (String, Applicability), y: (String, Applicability)| {
        let applicability = if x.1 == Applicability::Safe && y.1 == Applicability::Safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        // Both parts rewritten the same way ("Again," and "I'll repeat:" both as "To recap,"):
        // once.
        let words = |t: &str| {
            t.trim_end_matches(['.', ':', '!', '?', ';', ','])
                .to_lowercase()
        };
        if words(&x.0) == words(&y.0) {
            return Suggestion {
                text: Arc::from(x.0),
                applicability,
            };
        }
        // Both parts rewritten to say the same thing in other words ("I'm not able to change
        // this" and "we're not able to change this"): the one that says more, once.
        if says_the_same(&words(&x.0), &words(&y.0)) {
            // The joined finding starts where the first part did: its case goes first, so the
            // second part's words serve only when the first's case says which case they take
            // ("I" is upper-case anywhere).
            let text = if y.0.len() > x.0.len() && !x.0.starts_with('I') {
                let mut chars = y.0.chars();
                match (x.0.chars().next(), chars.next()) {
                    (Some(a), Some(b)) if a.is_uppercase() => {
                        b.to_uppercase().chain(chars).collect()
                    }
                    _ => y.0,
                }
            } else {
                x.0
            };
            return Suggestion {
                text: Arc::from(text),
                applicability,
            };
        }
        // A replacement that ends a clause itself ("Here's what I can do:") or opens one for
        // what follows ("Our policy doesn't cover this, but") takes no mark from the gap (", "):
        // "...I can do: I know", "...but I know", not "...I can do:, I know".
        let trimmed =
            if x.0.ends_with(['.', ':', '!', '?', ';', ',']) || crate::fit::leaves_open(&x.0) {
                gap.trim_start_matches([',', ';', ':'])
            } else {
                gap
            };
        let space = if trimmed.is_empty() && !gap.is_empty() {
            " "
        } else {
            ""
        };
        Suggestion {
            text: Arc::from(format!("{}{trimmed}{space}{}", x.0, y.0)),
            applicability,
        }
    };
    let mut out: Vec<Suggestion> = Vec::with_capacity(a.len() + b.len() + 1);
    let push = |out: &mut Vec<Suggestion>, s: Suggestion| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    // A part without suggestions (none fits where it stands) would keep its own flagged words
    // in the joined rewrite: only the safe rewrites below, which fix what fixing the parts one
    // by one would, join such a part.
    if !a.is_empty() && !b.is_empty() {
        for s in a {
            push(
                &mut out,
                make(part(Some(s), a_text), part(b.first(), b_text)),
            );
        }
        for s in b.iter().skip(1) {
            push(
                &mut out,
                make(part(a.first(), a_text), part(Some(s), b_text)),
            );
        }
    }
    let safe = |list: &[Suggestion]| {
        list.iter()
            .find(|s| s.applicability == Applicability::Safe)
            .cloned()
    };
    if !out.iter().any(|s| s.applicability == Applicability::Safe) {
        let (sa, sb) = (safe(a), safe(b));
        if sa.is_some() || sb.is_some() {
            push(
                &mut out,
                make(part(sa.as_ref(), a_text), part(sb.as_ref(), b_text)),
            );
        }
    }
    out
}

/// Do two rewrites share a run of three words or more ("not able to change this")? Then
/// joining them repeats what the first one said.
fn says_the_same(x: &str, y: &str) -> bool {
    let word = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let xs: Vec<String> = x.split_whitespace().map(word).collect();
    let ys: Vec<String> = y.split_whitespace().map(word).collect();
    xs.windows(3)
        .any(|run| ys.windows(3).any(|other| run == other))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    /// A finding of `rule` on the last occurrence of `phrase` in `text`.
    fn finding(
        text: &str,
        rule: &str,
        category: Category,
        phrase: &str,
        s: &[(&str, bool)],
    ) -> Finding {
        let start = text.rfind(phrase).expect("phrase in text");
        Finding {
            rule: Arc::from(rule),
            category,
            severity: Severity::Warning,
            message: Arc::from("m"),
            why: Arc::from("w"),
            start,
            end: start + phrase.len(),
            line: 1,
            column: start + 1,
            end_line: 1,
            end_column: start + phrase.len() + 1,
            utf16_start: start,
            utf16_end: start + phrase.len(),
            suggestions: s
                .iter()
                .map(|&(t, safe)| Suggestion {
                    text: Arc::from(t),
                    applicability: if safe {
                        Applicability::Safe
                    } else {
                        Applicability::Unsafe
                    },
                })
                .collect(),
            also: Vec::new(),
        }
    }

    const TEXT: &str = "Our policy says no, and that is final. Also, that is final.";

    #[test]
    fn neighbours_in_one_sentence_join() {
        let a = finding(
            TEXT,
            "p/a",
            Category::PolicyWall,
            "Our policy says no",
            &[("Sadly no", true)],
        );
        let b = finding(
            TEXT,
            "p/b",
            Category::PolicyWall,
            "and that is final.",
            &[("", true)],
        );
        let b = Finding {
            end: b.end - 1,
            end_column: b.end_column - 1,
            ..b
        };
        let c = finding(TEXT, "p/b", Category::PolicyWall, "that is final.", &[]);
        let merged = merge_neighbours(TEXT, vec![a, b, c], |_| true);
        assert_eq!(merged.len(), 2);
        assert_eq!(
            &TEXT[merged[0].start..merged[0].end],
            "Our policy says no, and that is final"
        );
        assert_eq!(&*merged[0].rule, "p/a");
        assert_eq!(merged[0].also, vec![Arc::<str>::from("p/b")]);
        assert_eq!(&*merged[0].suggestions[0].text, "Sadly no, ");
        assert_eq!(merged[0].end_column, 38);
        assert!(merged[1].also.is_empty());
        let fixed = crate::fix(TEXT, &merged, false).text;
        assert_eq!(fixed, "Sadly no, . Also, that is final.");
    }

    #[test]
    fn other_categories_jargon_and_far_apart_stay_apart() {
        let text = "Per policy no, calm down, and our policy is final, after a long clause that runs on and on for well over sixty bytes, that is final.";
        let a = finding(text, "p/a", Category::PolicyWall, "Per policy no", &[]);
        let b = finding(text, "h/a", Category::Hostile, "calm down", &[]);
        let c = finding(
            text,
            "p/a",
            Category::PolicyWall,
            "our policy is final",
            &[],
        );
        let d = finding(text, "p/b", Category::PolicyWall, "that is final", &[]);
        assert_eq!(merge_neighbours(text, vec![a, b, c, d], |_| true).len(), 4);
        let jargon = "Escalated to L3 for RCA.";
        let x = finding(jargon, "j/a", Category::Jargon, "L3", &[]);
        let y = finding(jargon, "j/a", Category::Jargon, "RCA", &[]);
        assert_eq!(merge_neighbours(jargon, vec![x, y], |_| true).len(), 2);
        let shout = "WE WON'T PAY, as I SAID";
        let x = finding(shout, "h/s", Category::Hostile, "WE WON'T PAY", &[]);
        let y = finding(shout, "h/s", Category::Hostile, "I SAID", &[]);
        assert_eq!(
            merge_neighbours(shout, vec![x.clone(), y.clone()], |_| false).len(),
            2
        );
        assert_eq!(merge_neighbours(shout, vec![x, y], |_| true).len(), 1);
    }

    #[test]
    fn joined_suggestions_fix_what_the_parts_would() {
        // a: unsafe first, safe second; b: unsafe only.
        let a = [
            Suggestion {
                text: Arc::from("A1"),
                applicability: Applicability::Unsafe,
            },
            Suggestion {
                text: Arc::from("A2"),
                applicability: Applicability::Safe,
            },
        ];
        let b = [Suggestion {
            text: Arc::from("B1"),
            applicability: Applicability::Unsafe,
        }];
        let got = joined_suggestions(&a, "a", ", ", &b, "b");
        let texts: Vec<(&str, Applicability)> =
            got.iter().map(|s| (&*s.text, s.applicability)).collect();
        assert_eq!(
            texts,
            vec![
                ("A1, B1", Applicability::Unsafe),
                ("A2, B1", Applicability::Unsafe),
                ("A2, b", Applicability::Safe),
            ]
        );
        // A replacement that ends on a mark takes none from the gap.
        let c = [Suggestion {
            text: Arc::from("Here's how:"),
            applicability: Applicability::Safe,
        }];
        let got = joined_suggestions(&c, "a", ", ", &b, "b");
        assert_eq!(&*got[0].text, "Here's how: B1");
        let got = joined_suggestions(&c, "a", ":", &b, "b");
        assert_eq!(&*got[0].text, "Here's how: B1");
        // The same rewrite for both parts: once.
        let recap = |t: &str| {
            [Suggestion {
                text: Arc::from(t),
                applicability: Applicability::Unsafe,
            }]
        };
        let got = joined_suggestions(&recap("To recap,"), "a", " ", &recap("to recap,"), "b");
        assert_eq!(&*got[0].text, "To recap,");
        // Two rewrites that say the same in other words: the longer, once, in the first's case.
        let got = joined_suggestions(
            &recap("I'm not able to change this"),
            "a",
            ", ",
            &recap("we're not able to change this, but here's what I can do"),
            "b",
        );
        assert_eq!(&*got[0].text, "I'm not able to change this");
        let got = joined_suggestions(
            &recap("Sadly not able to change this"),
            "a",
            ", ",
            &recap("we're not able to change this, but here's what I can do"),
            "b",
        );
        assert!(got[0].text.starts_with("We're"), "{}", got[0].text);
        // Neither part has a suggestion: none.
        assert!(joined_suggestions(&[], "a", " ", &[], "b").is_empty());
        // Only b has one: an unsafe rewrite would keep a's flagged words, so none; a safe one
        // joins a's own words (fixing does what it would to the parts).
        assert!(joined_suggestions(&[], "a", " ", &b, "b").is_empty());
        let got = joined_suggestions(&[], "a", " ", &c, "b");
        let texts: Vec<(&str, Applicability)> =
            got.iter().map(|s| (&*s.text, s.applicability)).collect();
        assert_eq!(texts, vec![("a Here's how:", Applicability::Safe)]);
    }
}
