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
    for rule in linter.rules() {
        for ex in &rule.flag {
            let found = linter.lint(ex);
            if let Some(f) = found
                .iter()
                .find(|f| *f.rule == *rule.id && f.suggestions.is_empty())
            {
                failures.push(format!(
                    "{}: offers no suggestion for {:?}",
                    rule.id,
                    &ex[f.start..f.end]
                ));
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
    assert!(
        failures.is_empty(),
        "{} flag examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
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
