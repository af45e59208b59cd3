//! Every built-in rule's `flag` examples are flagged by that rule, its `pass` examples are not,
//! and applying a safe suggestion silences the rule.

use warmly::{fix, Applicability, Finding, Linter};

/// Is `f` a finding of rule `id`: flagged by it, or taking in a neighbouring phrase of it?
fn of_rule(f: &Finding, id: &str) -> bool {
    *f.rule == *id || f.also.iter().any(|r| **r == *id)
}

#[test]
fn every_rule_has_documentation_and_examples() {
    let linter = Linter::builtin();
    assert!(
        !linter.rules().is_empty(),
        "no built-in rules were compiled"
    );
    for rule in linter.rules() {
        assert!(!rule.message.is_empty(), "{}: empty message", rule.id);
        assert!(
            rule.why.len() >= 20,
            "{}: `why` is too short to explain",
            rule.id
        );
        assert!(
            rule.flag.len() >= 2,
            "{} ({}): needs at least two `flag` examples",
            rule.id,
            rule.source
        );
        assert!(
            rule.pass.len() >= 2,
            "{} ({}): needs at least two `pass` examples",
            rule.id,
            rule.source
        );
    }
}

#[test]
fn flag_examples_are_flagged_by_their_rule() {
    let linter = Linter::builtin();
    let mut failures = Vec::new();
    // Per rule: flag examples whose finding offers a suggestion, and flag examples it flags.
    let mut offered: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for rule in linter.rules() {
        for ex in &rule.flag {
            let found = linter.lint(ex);
            if let Some(f) = found.iter().find(|f| *f.rule == *rule.id) {
                let counts = offered.entry(&*rule.id).or_insert((0, 0));
                counts.0 += usize::from(!f.suggestions.is_empty());
                counts.1 += 1;
                if std::env::var_os("WARMLY_SHOW_UNSUGGESTED").is_some() && f.suggestions.is_empty()
                {
                    eprintln!(
                        "{}: no suggestion for {:?} in {ex:?}",
                        rule.id,
                        &ex[f.start..f.end]
                    );
                }
            }
            if !found.iter().any(|f| of_rule(f, &rule.id)) {
                let got: Vec<String> = found
                    .iter()
                    .map(|f| format!("{} {:?}", f.rule, &ex[f.start..f.end]))
                    .collect();
                failures.push(format!(
                    "{} ({}): not flagged: {ex:?}; got {got:?}",
                    rule.id, rule.source
                ));
            }
        }
    }
    // A rule's suggestions are offered only where their shape reads (`core/src/fit.rs`); a rule
    // with suggestions offers one for at least one of its flag examples.
    for rule in linter.rules() {
        let (with, all) = offered.get(&*rule.id).copied().unwrap_or((0, 0));
        if !rule.suggestions.is_empty() && all > 0 && with == 0 {
            failures.push(format!(
                "{} ({}): offers a suggestion for none of its {all} flag examples",
                rule.id, rule.source
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} flag examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Each of a rule's swaps is offered where its words are flagged: for the words alone as a
/// sentence, or in one of the rule's flag examples.
#[test]
fn swaps_are_offered_for_their_words() {
    let linter = Linter::builtin();
    let mut failures = Vec::new();
    for rule in linter.rules() {
        for swap in &rule.swaps {
            let offers = |text: &str| {
                linter.lint(text).iter().any(|f| {
                    *f.rule == *rule.id
                        && f.suggestions.iter().any(|s| {
                            // (Cased for where it stands, with the span's final mark.)
                            let words = |t: &str| {
                                t.trim_end_matches(['.', ',', ';', ':', '!', '?'])
                                    .to_lowercase()
                            };
                            words(&s.text) == words(&swap.suggestion.text)
                        })
                })
            };
            let alone = format!("{}.", swap.phrase);
            // The rewrite itself is not flagged by the rule.
            let rewritten = format!("{}.", swap.suggestion.text);
            if let Some(f) = linter
                .lint(&rewritten)
                .iter()
                .find(|f| of_rule(f, &rule.id))
            {
                failures.push(format!(
                    "{} ({}): swap {:?} = {:?}: the rule flags the rewrite ({:?})",
                    rule.id,
                    rule.source,
                    swap.phrase,
                    swap.suggestion.text,
                    &rewritten[f.start..f.end]
                ));
            }
            if !offers(&alone) && !rule.flag.iter().any(|ex| offers(ex)) {
                failures.push(format!(
                    "{} ({}): swap {:?} = {:?} is offered neither for {alone:?} nor in a flag \
                     example; add a flag example where it reads",
                    rule.id, rule.source, swap.phrase, swap.suggestion.text
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn pass_examples_are_not_flagged_by_their_rule() {
    let linter = Linter::builtin();
    let mut failures = Vec::new();
    for rule in linter.rules() {
        for ex in &rule.pass {
            for f in linter.lint(ex).iter().filter(|f| of_rule(f, &rule.id)) {
                failures.push(format!(
                    "{} ({}): flagged {:?} in {ex:?}",
                    rule.id,
                    rule.source,
                    &ex[f.start..f.end]
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} pass examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn safe_suggestions_silence_their_rule_and_are_idempotent() {
    let linter = Linter::builtin();
    let mut failures = Vec::new();
    for rule in linter.rules() {
        if !rule
            .suggestions
            .iter()
            .any(|s| s.applicability == Applicability::Safe)
        {
            continue;
        }
        for ex in &rule.flag {
            let once = fix(ex, &linter.lint(ex), false).text;
            let findings = linter.lint(&once);
            if let Some(f) = findings.iter().find(|f| of_rule(f, &rule.id)) {
                failures.push(format!(
                    "{}: after fixing {ex:?} -> {once:?} still flags {:?}",
                    rule.id,
                    &once[f.start..f.end]
                ));
            }
            let twice = fix(&once, &findings, false).text;
            if twice != once {
                failures.push(format!(
                    "{}: fix is not idempotent on {ex:?}: {once:?} -> {twice:?}",
                    rule.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// No list in a built-in rule names the same entry twice: a repeated phrase, exception or example
/// is a copy to keep in step, and says nothing the first did not.
#[test]
fn rule_lists_hold_no_repeats() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../rules");
    let mut repeats = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("rules directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read rules file");
        let doc: toml::Table = toml::from_str(&text).expect("rules file parses");
        let Some(rules) = doc.get("rule").and_then(|r| r.as_array()) else {
            continue;
        };
        for rule in rules.iter().filter_map(|r| r.as_table()) {
            let id = rule.get("id").and_then(|v| v.as_str()).unwrap_or("?");
            for (field, value) in rule {
                let Some(items) = value.as_array() else {
                    continue;
                };
                let mut seen = std::collections::HashSet::new();
                for item in items.iter().filter_map(|v| v.as_str()) {
                    if !seen.insert(item) {
                        repeats.push(format!("{id} `{field}`: {item:?}"));
                    }
                }
            }
        }
    }
    assert!(
        repeats.is_empty(),
        "{} repeated entries; delete the later copies:\n{}",
        repeats.len(),
        repeats.join("\n")
    );
}
