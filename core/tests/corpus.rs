//! Scores the built-in rules on the annotated dev corpus with the same matching as
//! `corpus/score.py` (same category, overlapping byte spans) and asserts the product's bar.

use std::collections::BTreeMap;

use serde_json::Value;
use warmly::{Category, Linter};

struct Counts {
    tp_pred: usize,
    pred: usize,
    tp_exp: usize,
    exp: usize,
}

fn expected_spans(rec: &Value) -> Vec<(String, usize, usize)> {
    let text = rec["text"].as_str().unwrap();
    let mut out = Vec::new();
    for f in rec["findings"].as_array().unwrap() {
        let quote = f["quote"].as_str().unwrap();
        let n = f.get("occurrence").and_then(Value::as_u64).unwrap_or(1) as usize;
        let (pos, _) = text
            .match_indices(quote)
            .nth(n - 1)
            .unwrap_or_else(|| panic!("{}: quote not found: {quote:?}", rec["id"]));
        out.push((
            f["category"].as_str().unwrap().to_string(),
            pos,
            pos + quote.len(),
        ));
    }
    out
}

/// Precision and recall per category (and "any") of the built-in rules on a corpus, printed as a
/// table with every miss and false alarm. Returns (per-category counts, clean drafts, clean flagged).
fn evaluate(name: &str) -> (BTreeMap<String, Counts>, usize, usize) {
    let path = format!("{}/../tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"));
    let corpus = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let linter = Linter::builtin();
    let cats: Vec<String> = Category::ALL
        .iter()
        .map(|c| c.as_str().to_string())
        .chain(["any".to_string()])
        .collect();
    let mut per: BTreeMap<String, Counts> = cats
        .iter()
        .map(|c| {
            (
                c.clone(),
                Counts {
                    tp_pred: 0,
                    pred: 0,
                    tp_exp: 0,
                    exp: 0,
                },
            )
        })
        .collect();
    let (mut clean, mut clean_flagged) = (0, 0);
    let mut details = Vec::new();
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let rec: Value = serde_json::from_str(line).unwrap();
        let text = rec["text"].as_str().unwrap();
        let exp = expected_spans(&rec);
        let found = linter.lint(text);
        if exp.is_empty() {
            clean += 1;
            clean_flagged += usize::from(!found.is_empty());
        }
        for cat in &cats {
            let e: Vec<_> = exp.iter().filter(|x| cat == "any" || &x.0 == cat).collect();
            let p: Vec<_> = found
                .iter()
                .filter(|f| cat == "any" || f.category.as_str() == cat)
                .collect();
            let c = per.get_mut(cat).unwrap();
            c.exp += e.len();
            c.pred += p.len();
            for x in &e {
                if p.iter().any(|f| f.start < x.2 && x.1 < f.end) {
                    c.tp_exp += 1;
                } else if cat != "any" {
                    details.push(format!("MISS  {} {cat}: {:?}", rec["id"], &text[x.1..x.2]));
                }
            }
            for f in &p {
                if e.iter().any(|x| f.start < x.2 && x.1 < f.end) {
                    c.tp_pred += 1;
                } else if cat != "any" {
                    details.push(format!(
                        "FALSE {} {} {}: {:?}",
                        rec["id"],
                        cat,
                        f.rule,
                        &text[f.start..f.end]
                    ));
                }
            }
        }
    }
    println!(
        "{:20} {:>6} {:>6} {:>5} {:>5}",
        "category", "prec", "recall", "pred", "exp"
    );
    for cat in &cats {
        let c = &per[cat];
        println!(
            "{cat:20} {:6.3} {:6.3} {:5} {:5}",
            ratio(c.tp_pred, c.pred),
            ratio(c.tp_exp, c.exp),
            c.pred,
            c.exp
        );
    }
    println!("clean drafts flagged: {clean_flagged}/{clean}");
    for d in &details {
        println!("{d}");
    }
    (per, clean, clean_flagged)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

#[test]
fn dev_corpus_meets_the_bar() {
    let (per, clean, clean_flagged) = evaluate("dev.jsonl");
    let cats: Vec<String> = per.keys().cloned().collect();
    let any = &per["any"];
    let mut failures = Vec::new();
    if ratio(any.tp_pred, any.pred) < 0.92 {
        failures.push(format!(
            "overall precision {:.3} < 0.92",
            ratio(any.tp_pred, any.pred)
        ));
    }
    if ratio(any.tp_exp, any.exp) < 0.85 {
        failures.push(format!(
            "overall recall {:.3} < 0.85",
            ratio(any.tp_exp, any.exp)
        ));
    }
    for cat in cats.iter().filter(|c| *c != "any") {
        let c = &per[cat];
        if ratio(c.tp_pred, c.pred) < 0.85 {
            failures.push(format!(
                "{cat} precision {:.3} < 0.85",
                ratio(c.tp_pred, c.pred)
            ));
        }
    }
    if clean_flagged as f64 > 0.03 * clean as f64 {
        failures.push(format!(
            "{clean_flagged}/{clean} clean drafts flagged (> 3%)"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

/// Score the built-in rules on `tests/corpus/NAME` and assert the "any" row's precision and
/// recall, and at most `max_flagged` clean drafts flagged.
fn assert_level(name: &str, min_precision: f64, min_recall: f64, max_flagged: usize) {
    let (per, clean, clean_flagged) = evaluate(name);
    let any = &per["any"];
    let (p, r) = (ratio(any.tp_pred, any.pred), ratio(any.tp_exp, any.exp));
    assert!(
        p >= min_precision,
        "{name}: precision {p:.3} < {min_precision}"
    );
    assert!(r >= min_recall, "{name}: recall {r:.3} < {min_recall}");
    assert!(
        clean_flagged <= max_flagged,
        "{name}: {clean_flagged}/{clean} clean drafts flagged (> {max_flagged})"
    );
}

/// The held-out corpus (`tests/corpus/HOLDOUT.md`) was written apart from the rules; it checks
/// that phrase families generalise beyond the dev drafts (at most 5% of its 80 clean drafts
/// flagged).
#[test]
fn holdout_corpus_generalises() {
    assert_level("holdout.jsonl", 0.92, 0.70, 4);
}

/// The fresh corpus (`tests/corpus/FRESH.md`) was written apart from the rules with deliberately
/// varied wording; the rules were then widened by phrase family where it showed gaps, so it now
/// guards those families (and the clean drafts' traps) against regressions.
#[test]
fn fresh_corpus_keeps_its_families() {
    assert_level("fresh.jsonl", 0.95, 0.72, 0);
}

/// The second fresh corpus (`tests/corpus/FRESH.md`): scored blind after the first round of new
/// families, then used for a second round, so it is regression data too.
#[test]
fn second_fresh_corpus_keeps_its_families() {
    assert_level("fresh2.jsonl", 0.93, 0.82, 1);
}

/// The third fresh corpus (`tests/corpus/FRESH.md`): scored blind, then used for a round of
/// families of its own, so it is regression data too.
#[test]
fn third_fresh_corpus_keeps_its_families() {
    assert_level("fresh3.jsonl", 0.97, 0.87, 0);
}

/// The fourth fresh corpus (`tests/corpus/FRESH.md`): scored blind, then used for a round of
/// families of its own; regression data.
#[test]
fn fourth_fresh_corpus_keeps_its_families() {
    assert_level("fresh4.jsonl", 0.97, 0.85, 1);
}

/// The fifth fresh corpus (`tests/corpus/FRESH.md`): scored blind at the end of the session that
/// tuned on the third and fourth, its false alarms fixed as general exceptions, then (with the
/// seventh) used for a round of families of its own; regression data.
#[test]
fn fifth_fresh_corpus_keeps_its_families() {
    assert_level("fresh5.jsonl", 0.96, 0.80, 0);
}

/// The sixth fresh corpus (`tests/corpus/FRESH.md`): scored blind (recall 0.437), then used for a
/// round of families of its own; regression data.
#[test]
fn sixth_fresh_corpus_keeps_its_families() {
    assert_level("fresh6.jsonl", 0.96, 0.80, 0);
}

/// The seventh fresh corpus (`tests/corpus/FRESH.md`): scored blind at the end of the session
/// that made the variant check, then (with the fifth) used for a round of families of its own;
/// regression data.
#[test]
fn seventh_fresh_corpus_keeps_its_families() {
    assert_level("fresh7.jsonl", 0.95, 0.90, 1);
}

/// The eighth fresh corpus (`tests/corpus/FRESH.md`): scored blind (0.970 / 0.898 with the rules
/// from before the fifth and seventh corpora's round, 0.907 after it), then, with the eleventh and
/// fourteenth, used for the session's last round; regression data.
#[test]
fn eighth_fresh_corpus_keeps_its_families() {
    assert_level("fresh8.jsonl", 0.95, 0.95, 0);
}

/// The ninth fresh corpus (`tests/corpus/FRESH.md`): scored blind (0.973 / 0.657), then used for
/// a round of families of its own; regression data.
#[test]
fn ninth_fresh_corpus_keeps_its_families() {
    assert_level("fresh9.jsonl", 0.95, 0.90, 0);
}

/// The tenth fresh corpus (`tests/corpus/FRESH.md`), written to be polite on the surface and cold
/// underneath: scored blind (0.898 / 0.491, 3 of 48 clean drafts flagged), its false alarms
/// fixed as general exceptions, then used for a round of families of its own; regression data.
#[test]
fn tenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh10.jsonl", 0.95, 0.83, 0);
}

/// The eleventh fresh corpus (`tests/corpus/FRESH.md`): scored blind (0.840 / 0.731, every false
/// alarm but one a "please be advised" or "at this juncture" its writer left unmarked, as the
/// tenth's did; those phrases are no longer jargon), then used for the session's last round;
/// regression data.
#[test]
fn eleventh_fresh_corpus_keeps_its_families() {
    assert_level("fresh11.jsonl", 0.97, 0.88, 0);
}

/// The twelfth fresh corpus (`tests/corpus/FRESH.md`), close to dev's everyday wording: scored
/// blind (0.970 / 0.898, 3 of 48 clean drafts flagged), then used for a round of its own;
/// regression data.
#[test]
fn twelfth_fresh_corpus_keeps_its_families() {
    assert_level("fresh12.jsonl", 0.97, 0.93, 0);
}

/// The thirteenth fresh corpus (`tests/corpus/FRESH.md`), twelve different phrase families per
/// category: scored blind (0.975 / 0.722, 2 of 48 clean drafts flagged), then used for a round
/// of its own; regression data.
#[test]
fn thirteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh13.jsonl", 0.97, 0.87, 0);
}

/// The fourteenth fresh corpus (`tests/corpus/FRESH.md`): written after all of the session's
/// other rounds and scored blind (0.952 / 0.917, 2 of 48 clean drafts flagged, both names in
/// title case), then used for the last round; regression data.
#[test]
fn fourteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh14.jsonl", 0.95, 0.93, 0);
}

/// The fifteenth fresh corpus (`tests/corpus/FRESH.md`): scored blind at the end of the session
/// (0.954 / 0.769, 4 of 48 clean drafts flagged), then used for a round of its own; regression
/// data.
#[test]
fn fifteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh15.jsonl", 0.97, 0.88, 0);
}

/// The sixteenth fresh corpus (`tests/corpus/FRESH.md`; hurried and regulated-industry agents):
/// scored blind (0.943 / 0.602, 2 of 48 clean drafts flagged), then used for a round of its own;
/// regression data.
#[test]
fn sixteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh16.jsonl", 0.95, 0.90, 0);
}

/// The seventeenth fresh corpus (`tests/corpus/FRESH.md`; formal e-mails hiding the cold phrase,
/// tired end-of-shift chat): scored blind (0.859 / 0.509, 2 of 48 clean drafts flagged), then used
/// for a round of its own; regression data.
#[test]
fn seventeenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh17.jsonl", 0.90, 0.84, 0);
}

/// The eighteenth fresh corpus (`tests/corpus/FRESH.md`; retail, delivery, fitness, property and
/// transport, some in formal office English from non-native writers): scored blind after every
/// other round of the session (0.932 / 0.611, no clean draft flagged), then used for a round of
/// its own; regression data.
#[test]
fn eighteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh18.jsonl", 0.93, 0.88, 0);
}

/// The nineteenth fresh corpus (`tests/corpus/FRESH.md`; experts short with non-experts in B2B
/// and technical support): scored blind at the end of the session (0.918 / 0.417, 2 of 48 clean
/// drafts flagged), then a short round of its own; regression data. The two clean drafts still
/// flagged: "I know I already explained ..., but re-reading my note I can see it was confusing"
/// and an acronym explained after a dash.
#[test]
fn nineteenth_fresh_corpus_keeps_its_families() {
    assert_level("fresh19.jsonl", 0.90, 0.64, 2);
}

/// The twentieth fresh corpus (`tests/corpus/FRESH.md`; education, public services and
/// membership bodies): scored blind after every other round of the session (0.954 / 0.569, 2 of 48
/// clean drafts flagged), then used for a round of its own; regression data.
#[test]
fn twentieth_fresh_corpus_keeps_its_families() {
    assert_level("fresh20.jsonl", 0.97, 0.84, 0);
}

/// The twenty-first fresh corpus (`tests/corpus/FRESH.md`; hospitality, owners answering reviews
/// in public, gig-economy support): scored blind with the twentieth (0.982 / 0.505, 1 of 48),
/// then used for the same round; regression data.
#[test]
fn twenty_first_fresh_corpus_keeps_its_families() {
    assert_level("fresh21.jsonl", 0.97, 0.85, 0);
}

/// The twenty-second fresh corpus (`tests/corpus/FRESH.md`; fintech and consumer apps): scored
/// blind at 0.946 / 0.639 (2 of 48 clean drafts flagged), then a round written from it and the
/// twenty-third.
#[test]
fn twenty_second_fresh_corpus() {
    assert_level("fresh22.jsonl", 0.96, 0.88, 1);
}

/// The twenty-third fresh corpus (`tests/corpus/FRESH.md`; clinics, pharmacies, vets, gyms):
/// scored blind at 0.964 / 0.500, then a round written from it and the twenty-second.
#[test]
fn twenty_third_fresh_corpus() {
    assert_level("fresh23.jsonl", 0.97, 0.83, 0);
}

/// The twenty-fourth fresh corpus (`tests/corpus/FRESH.md`; games, devices, IT helpdesk,
/// marketplaces, movers): 0.952 / 0.528 blind, 0.952 / 0.537 after the round on the two before
/// it, then a round of its own.
#[test]
fn twenty_fourth_fresh_corpus() {
    assert_level("fresh24.jsonl", 0.97, 0.85, 0);
}

/// The twenty-fifth fresh corpus (`tests/corpus/FRESH.md`; garages, insurers, installers,
/// delivery, lettings): 0.864 / 0.468 blind (3 of 48 clean drafts flagged), 0.919 / 0.523 after
/// the false alarms were fixed and the structural acronym check came in. On 2026-11-26 its
/// misses, with the twenty-sixth's and the twenty-eighth's, led to the structural terse-reply
/// check and to general families (a failure explained by what the customer did, counterfactual
/// blame, dated deadlines): 0.934 / 0.651.
#[test]
fn twenty_fifth_fresh_corpus() {
    assert_level("fresh25.jsonl", 0.93, 0.64, 0);
}

/// The twenty-sixth fresh corpus (`tests/corpus/FRESH.md`; hosting, payroll software,
/// recruiters, venues, studios, course platforms, charities): 0.811 / 0.378 blind with the rules
/// from its session's start, 0.946 / 0.468 after its false alarms were fixed; 0.957 / 0.595 after
/// the round of 2026-11-26 (evening) it fed with the twenty-fifth and twenty-eighth.
#[test]
fn twenty_sixth_fresh_corpus() {
    assert_level("fresh26.jsonl", 0.95, 0.59, 0);
}

/// The twenty-seventh fresh corpus (`tests/corpus/FRESH.md`; dev-style drafts with other members
/// of each phrase family, many trades): 0.933 / 0.787 blind with the rules from the session's
/// start (1 of 48 clean drafts flagged), 0.936 / 0.824 with the session's other rounds, then a
/// round of its own: 0.962 / 0.954, none flagged.
#[test]
fn twenty_seventh_fresh_corpus() {
    assert_level("fresh27.jsonl", 0.95, 0.94, 0);
}

/// The twenty-eighth fresh corpus (`tests/corpus/FRESH.md`; busy agents in admissions, car
/// rental, baggage desks, councils, parcel lockers, licensing, solar installers, dentists):
/// 0.972 / 0.648 blind (1 of 48 clean drafts flagged) with the rules of the session's start,
/// 0.972 / 0.648 with the rounds written from the twenty-fifth and twenty-sixth (nothing carried
/// over), then a round of its own: 0.989 / 0.796, none flagged.
#[test]
fn twenty_eighth_fresh_corpus() {
    assert_level("fresh28.jsonl", 0.98, 0.79, 0);
}

/// The dev corpus's phrases rewritten the ways unseen drafts vary them (contractions, pronouns,
/// curly apostrophes, an adverb after the subject; `tests/corpus/make_variants.py`, described in
/// `tests/corpus/FRESH.md`): phrase families must not hang on one wording.
#[test]
fn dev_phrase_variants_are_found() {
    assert_level("variants.jsonl", 0.98, 0.93, 0);
}

/// The clean corpus (`tests/corpus/FRESH.md`): 300 warm replies full of words a naive checker
/// would flag. Every false alarm teaches an agent to ignore the tool.
#[test]
fn clean_corpus_stays_quiet() {
    let (per, clean, clean_flagged) = evaluate("clean.jsonl");
    assert_eq!(clean, 300);
    assert_eq!(per["any"].exp, 0);
    assert!(
        clean_flagged <= 3,
        "{clean_flagged}/{clean} clean drafts flagged (> 1%)"
    );
}

/// The twenty-ninth fresh corpus (`tests/corpus/FRESH.md`; hotels, gyms, pet shops, energy,
/// mobile networks, courses, bike shops, cinemas, furniture, payment apps, car dealers, print
/// shops), written last: 0.989 / 0.852 blind with the rules from the session's start (1 of 48
/// clean drafts flagged), 0.989 / 0.861 with every other round of the session, then a round of
/// its own: 1.000 / 0.954, none flagged.
#[test]
fn twenty_ninth_fresh_corpus() {
    assert_level("fresh29.jsonl", 0.98, 0.94, 0);
}

/// The thirtieth fresh corpus (`tests/corpus/FRESH.md`; written closely in the dev style, banks to
/// takeaway apps): 1.000 / 0.954 blind with the rules from the session's start, 1.000 / 0.963 with
/// the session's other rounds, then two phrases of its own: 1.000 / 0.981.
#[test]
fn thirtieth_fresh_corpus() {
    assert_level("fresh30.jsonl", 0.99, 0.97, 0);
}

/// The thirty-first fresh corpus (`tests/corpus/FRESH.md`; stressed agents at the end of a shift:
/// vets, ferries, home insurance, crowdfunding, dating apps, tyre fitters, opticians, hostels,
/// promoters, tax software, plumbers, nurseries), written last: 0.959 / 0.648 blind with the
/// rules from the session's start (2 of 48 clean drafts flagged), 0.962 / 0.685 with every other
/// round of the session, then a round of its own: 0.990 / 0.870, none flagged.
#[test]
fn thirty_first_fresh_corpus() {
    assert_level("fresh31.jsonl", 0.98, 0.83, 0);
}

/// The thirty-third fresh corpus (`tests/corpus/FRESH.md`; contact-centre agents writing in a
/// second language: airlines, energy, marketplaces, couriers, streaming, student loans, hotels,
/// hosting, trains, satellite TV, mortgages, ticket resale): 0.917 / 0.607 blind with the rules
/// from the session's start (none of 48 clean drafts flagged), then a round of its own: 0.944 /
/// 0.935, none flagged.
#[test]
fn thirty_third_fresh_corpus() {
    assert_level("fresh33.jsonl", 0.93, 0.92, 0);
}

/// The thirty-second fresh corpus (`tests/corpus/FRESH.md`; the dev style in mobile networks, car
/// rental, banking, pharmacies, furniture, language schools, gyms, parking apps, pet food,
/// boilers, wedding venues, print shops): 0.985 / 0.559 blind, the same with every other round of
/// the session, then a round of its own: 0.990 / 0.847, none of 48 clean drafts flagged.
#[test]
fn thirty_second_fresh_corpus() {
    assert_level("fresh32.jsonl", 0.97, 0.84, 0);
}

/// The thirty-fourth fresh corpus (`tests/corpus/FRESH.md`; one-line chat and social replies from
/// small businesses: bakeries, bike shops, tattoo studios, escape rooms, groomers, salons, indie
/// games, breweries, campsites, driving instructors, florists, phone repair): 0.950 / 0.514 blind
/// (1 of 48 clean drafts flagged), then a round of its own: 0.963 / 0.710.
#[test]
fn thirty_fourth_fresh_corpus() {
    assert_level("fresh34.jsonl", 0.95, 0.70, 1);
}

/// The thirty-fifth fresh corpus (`tests/corpus/FRESH.md`; ordinary agents in twelve consumer
/// trades), kept blind for a session: 0.963 / 0.717 with the rules from that session's start,
/// 0.963 / 0.726 with every round of it; then a round of its own: 0.968 / 0.840, none of 48 clean
/// drafts flagged (0.957 / 0.840 later: "It's a simple form," is flagged too, next to the marked
/// "shouldn't take anyone more than two minutes").
#[test]
fn thirty_fifth_fresh_corpus() {
    assert_level("fresh35.jsonl", 0.95, 0.83, 0);
}

/// The first paraphrase corpus (`tests/corpus/FRESH.md`): other members of dev's phrase families
/// for hostile, blame, dismissive, condescending and passive-aggressive wording, in new drafts by
/// a writer who saw dev but not the rules: 1.000 / 0.804 blind with the rules from the session's
/// start, then a round of its own: 1.000 / 0.974, none of 60 clean drafts flagged.
#[test]
fn first_paraphrase_corpus() {
    assert_level("para1.jsonl", 0.98, 0.96, 0);
}

/// The second paraphrase corpus (`tests/corpus/FRESH.md`): the same for policy walls, orders, curt
/// replies and jargon: 0.993 / 0.895 blind (1 of 60 clean drafts flagged: "our tier 2 team (the
/// engineers who handle line faults)"), then a round of its own and jargon explained where it
/// stands, whatever rule found it: 1.000 / 0.987, none flagged.
#[test]
fn second_paraphrase_corpus() {
    assert_level("para2.jsonl", 0.99, 0.97, 0);
}

/// The third paraphrase corpus (`tests/corpus/FRESH.md`): other members of dev's families in all
/// nine categories, written while the rounds on the first, second and fourth ran and scored blind:
/// 0.991 / 0.815 with the rules from the session's start, 0.991 / 0.852 after the first two
/// rounds, 0.992 / 0.867 after the fourth's: the rounds carried over. Then a round of its own:
/// 0.992 / 0.963, none of 60 clean drafts flagged.
#[test]
fn third_paraphrase_corpus() {
    assert_level("para3.jsonl", 0.98, 0.95, 0);
}

/// The fourth paraphrase corpus (`tests/corpus/FRESH.md`): drafts imitating dev's mix and style
/// with other members of its families: 0.962 / 0.860 blind with the rules from the session's
/// start, 0.963 / 0.876 after the first two rounds (2 of 70 clean drafts flagged by category
/// calls), then a round of its own: 0.978 / 0.989, none flagged.
#[test]
fn fourth_paraphrase_corpus() {
    assert_level("para4.jsonl", 0.97, 0.98, 0);
}

/// The fifth paraphrase corpus (`tests/corpus/FRESH.md`): hand-written drafts imitating dev's mix
/// and style, written while the other rounds ran: 0.975 / 0.717 blind with the rules from the
/// session's start (2 of 62 clean drafts flagged), 0.983 / 0.723 after the rounds on the first four
/// paraphrase corpora; then a round of its own: 0.993 / 0.899, none flagged.
#[test]
fn fifth_paraphrase_corpus() {
    assert_level("para5.jsonl", 0.98, 0.89, 0);
}

/// The sixth paraphrase corpus (`tests/corpus/FRESH.md`): everyday members of every dev family:
/// 0.959 / 0.852 blind with the rules from the session's start (3 of 60 clean drafts flagged),
/// 0.961 / 0.904 after the rounds on the first four; then the fifth's round and its own: 0.986 /
/// 1.000, none flagged.
#[test]
fn sixth_paraphrase_corpus() {
    assert_level("para6.jsonl", 0.98, 0.99, 0);
}

/// The seventh paraphrase corpus (`tests/corpus/FRESH.md`): hand-written drafts imitating dev,
/// written last: 0.968 / 0.830 blind with the rules from the session's start, 0.969 / 0.864 with
/// every round before its own (none of 58 clean drafts flagged); then its round: 0.973 / 0.980.
#[test]
fn seventh_paraphrase_corpus() {
    assert_level("para7.jsonl", 0.96, 0.97, 0);
}

/// The eighth paraphrase corpus (`tests/corpus/FRESH.md`): everyday members of dev's families in
/// trades dev covers little, written last: 0.958 / 0.897 blind with the rules from the session's
/// start (1 of 54 clean drafts flagged), 0.967 / 0.944 with every round before its own (none
/// flagged); then its round: 0.969 / 0.984.
#[test]
fn eighth_paraphrase_corpus() {
    assert_level("para8.jsonl", 0.96, 0.98, 0);
}

/// The ninth paraphrase corpus (`tests/corpus/FRESH.md`): hand-written drafts imitating dev, written
/// after every other round of the session: 0.968 / 0.837 blind with the rules from its start,
/// 0.969 / 0.857 with all the other rounds (none of 58 clean drafts flagged); then its round:
/// 0.972 / 0.966.
#[test]
fn ninth_paraphrase_corpus() {
    assert_level("para9.jsonl", 0.96, 0.95, 0);
}

/// The tenth paraphrase corpus (`tests/corpus/FRESH.md`): everyday members of dev's families in
/// retail, travel, telecoms, banking and subscriptions, written last: 1.000 / 0.886 blind with the
/// rules from the session's start, 1.000 / 0.932 with all the other rounds (none of 54 clean
/// drafts flagged); then its round: 1.000 / 0.977.
#[test]
fn tenth_paraphrase_corpus() {
    assert_level("para10.jsonl", 0.98, 0.97, 0);
}

/// The eleventh paraphrase corpus (`tests/corpus/FRESH.md`): hand-written drafts imitating dev,
/// written last of all: 0.984 / 0.926 blind with the rules from the session's start, 0.985 / 0.963
/// with every other round (none of 55 clean drafts flagged); then its round: 0.993 / 1.000.
#[test]
fn eleventh_paraphrase_corpus() {
    assert_level("para11.jsonl", 0.98, 0.99, 0);
}

/// The twelfth paraphrase corpus (`tests/corpus/FRESH.md`): everyday members of dev's families in
/// e-commerce, food delivery, fitness, home services and software, written last of all: 1.000 /
/// 0.880 blind with the rules from the session's start, 1.000 / 0.926 with every other round (none
/// of 48 clean drafts flagged); then its round: 1.000 / 0.991.
#[test]
fn twelfth_paraphrase_corpus() {
    assert_level("para12.jsonl", 0.99, 0.98, 0);
}

/// The thirteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts imitating dev's first
/// half in new situations: 0.992 / 0.952 blind with the rules from the session's start (none of
/// 60 clean drafts flagged); then its round: 0.992 / 0.992.
#[test]
fn thirteenth_paraphrase_corpus() {
    assert_level("para13.jsonl", 0.99, 0.99, 0);
}

/// The fourteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 everyday family members of
/// dev's second half in retail, travel, utilities, insurance and healthcare admin: 0.946 / 0.906
/// blind, one of 60 clean drafts flagged; then its round: 0.959 / 0.991, none flagged.
#[test]
fn fourteenth_paraphrase_corpus() {
    assert_level("para14.jsonl", 0.95, 0.98, 0);
}

/// The fifteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts by busy agents on a bad
/// day (short chat lines, one cold sentence inside a polite email): 0.988 / 0.734 blind, the
/// same with the thirteenth's and fourteenth's rounds; then its round: 0.990 / 0.908.
#[test]
fn fifteenth_paraphrase_corpus() {
    assert_level("para15.jsonl", 0.98, 0.90, 0);
}

/// The sixteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts imitating dev's mix
/// closely in new words: 0.991 / 0.958 blind; then its round: 0.991 / 0.983.
#[test]
fn sixteenth_paraphrase_corpus() {
    assert_level("para16.jsonl", 0.98, 0.98, 0);
}

/// The seventeenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts imitating dev lines
/// 51-250, written after the thirteenth to sixteenth rounds: 0.991 / 0.958 blind with the rules
/// from the session's start and the same with those rounds; then its round: 0.992 / 1.000.
#[test]
fn seventeenth_paraphrase_corpus() {
    assert_level("para17.jsonl", 0.99, 0.99, 0);
}

/// The eighteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts by agents at the end of a
/// long shift (the cold phrase between an apology and an offer), written after the thirteenth to
/// sixteenth rounds: 0.957 / 0.857 blind with the rules from the session's start, 0.958 / 0.876
/// with those rounds (two of 60 clean drafts flagged); then its round: 0.981 / 0.981, none.
#[test]
fn eighteenth_paraphrase_corpus() {
    assert_level("para18.jsonl", 0.97, 0.97, 0);
}

/// The nineteenth paraphrase corpus (`tests/corpus/FRESH.md`): 150 drafts imitating dev lines
/// 201-400 with the flagged phrase at every place in a sentence, written after the seventeenth and
/// eighteenth rounds: 0.991 / 0.957 blind, the same with every earlier round; then its round:
/// 0.991 / 1.000.
#[test]
fn nineteenth_paraphrase_corpus() {
    assert_level("para19.jsonl", 0.99, 0.99, 0);
}

/// The twentieth paraphrase corpus (`tests/corpus/FRESH.md`): 150 everyday family members of dev
/// lines 1-200 in banking, networks, streaming, deliveries, airlines, courses and councils: 0.962 /
/// 0.828 blind, 0.962 / 0.836 with every earlier round (one of 60 clean drafts flagged); then its
/// round: 0.967 / 0.959.
#[test]
fn twentieth_paraphrase_corpus() {
    assert_level("para20.jsonl", 0.96, 0.95, 1);
}

/// The twenty-first paraphrase corpus (`tests/corpus/FRESH.md`): 150 mostly short drafts imitating
/// dev lines 101-300, written after every earlier round: 0.963 / 0.944 blind, the same with those
/// rounds (one of 60 clean drafts flagged); then its round: 0.973 / 0.981, none flagged.
#[test]
fn twenty_first_paraphrase_corpus() {
    assert_level("para21.jsonl", 0.97, 0.97, 0);
}

/// The twenty-second paraphrase corpus (`tests/corpus/FRESH.md`): 150 longer drafts in which one or
/// two sentences carry the cold phrase: 0.981 / 0.880 blind with the rules from the session's
/// start, 0.981 / 0.897 with every earlier round (one of 60 clean drafts flagged); then its round:
/// 0.991 / 0.906, none flagged.
#[test]
fn twenty_second_paraphrase_corpus() {
    assert_level("para22.jsonl", 0.98, 0.90, 0);
}

/// The twenty-third paraphrase corpus (`tests/corpus/FRESH.md`): 120 drafts imitating dev lines
/// 51-150 and 251-350, written last of all: 0.988 / 0.955 blind, the same with every earlier
/// round; then its round: 0.989 / 0.989.
#[test]
fn twenty_third_paraphrase_corpus() {
    assert_level("para23.jsonl", 0.98, 0.98, 0);
}

/// The twenty-fourth paraphrase corpus (`tests/corpus/FRESH.md`): 120 everyday family members of
/// dev lines 151-250 and 351-400 (gyms, car hire, energy, shops, dentists, broadband, tickets),
/// written last of all: 0.988 / 0.844 blind, the same with every earlier round (one of 50 clean
/// drafts flagged); then its round: 1.000 / 0.906, none flagged.
#[test]
fn twenty_fourth_paraphrase_corpus() {
    assert_level("para24.jsonl", 0.99, 0.90, 0);
}

/// The twenty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; longer emails and macros with
/// placeholders in insurance, banking, travel, software, utilities, retail, clinics and colleges,
/// the cold phrase in the middle of polite text): 0.964 / 0.841 blind; 0.984 / 0.952 after the
/// round on the twenty-fifth to twenty-eighth, none of 57 clean drafts flagged.
#[test]
fn twenty_fifth_paraphrase_corpus() {
    assert_level("para25.jsonl", 0.97, 0.94, 0);
}

/// The twenty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; short chat and social replies,
/// lower case, apostrophes left out, chat shorthand): 0.988 / 0.832 blind; 0.990 / 0.931 after
/// the round, none of 60 clean drafts flagged.
#[test]
fn twenty_sixth_paraphrase_corpus() {
    assert_level("para26.jsonl", 0.98, 0.92, 0);
}

/// The twenty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; all nine categories evenly,
/// several cold phrases in a draft): 0.951 / 0.764 blind (1 of 49 clean drafts flagged); 0.969 /
/// 0.969 after the round, none flagged.
#[test]
fn twenty_seventh_paraphrase_corpus() {
    assert_level("para27.jsonl", 0.96, 0.96, 0);
}

/// The twenty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; a precision test: 90 of 150
/// drafts clean but full of near misses): 1.000 / 0.880 blind; 1.000 / 0.978 after the round,
/// none of 90 clean drafts flagged.
#[test]
fn twenty_eighth_paraphrase_corpus() {
    assert_level("para28.jsonl", 0.99, 0.97, 0);
}

/// The twenty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; agents at the end of a long
/// shift in parcels, phones, fashion, hotels, pharmacies, car insurance, streaming and banks):
/// 0.965 / 0.827 blind (written after the round on para25-28); 0.979 / 0.959 after its own
/// round, none of 56 clean drafts flagged.
#[test]
fn twenty_ninth_paraphrase_corpus() {
    assert_level("para29.jsonl", 0.97, 0.95, 0);
}

/// The thirtieth paraphrase corpus (`tests/corpus/FRESH.md`; public social replies and canned
/// macros with placeholders): 0.970 / 0.872 blind; 0.972 / 0.945 after the round, none of 56
/// clean drafts flagged.
#[test]
fn thirtieth_paraphrase_corpus() {
    assert_level("para30.jsonl", 0.96, 0.94, 0);
}

/// The thirty-first paraphrase corpus (`tests/corpus/FRESH.md`; hostile, condescending,
/// passive-aggressive and curt above all): 0.975 / 0.943 blind (1 of 57 clean drafts flagged);
/// 0.983 / 0.967 after the round, none flagged.
#[test]
fn thirty_first_paraphrase_corpus() {
    assert_level("para31.jsonl", 0.97, 0.96, 0);
}

/// The thirty-second paraphrase corpus (`tests/corpus/FRESH.md`; policy walls, dismissals, orders,
/// blame and jargon, some in formal or non-native English): 0.950 / 0.813 blind (1 of 55 clean
/// drafts flagged); 0.971 / 0.971 after the round, none flagged.
#[test]
fn thirty_second_paraphrase_corpus() {
    assert_level("para32.jsonl", 0.96, 0.96, 0);
}

/// The thirty-third paraphrase corpus (`tests/corpus/FRESH.md`; every cold thing said in words
/// no stock phrase uses: "take a breath and lower the tone", "the answer hasn't changed since
/// Tuesday's reply"): 0.944 / 0.490 blind; 0.961 / 0.712 after its round, none of 52 clean drafts
/// flagged. The hardest test of how far the phrase families reach.
#[test]
fn thirty_third_paraphrase_corpus() {
    assert_level("para33.jsonl", 0.95, 0.70, 0);
}

/// The thirty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; drafts imitating dev lines
/// 150-350 in shape and mix): 1.000 / 0.897 blind; 1.000 / 0.974 after the round, none of 56
/// clean drafts flagged.
#[test]
fn thirty_fourth_paraphrase_corpus() {
    assert_level("para34.jsonl", 0.99, 0.96, 0);
}

/// The thirty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 1-150): 0.973 / 0.865 blind; 0.984 / 0.968 after its round, none of 54 clean drafts flagged.
#[test]
fn thirty_fifth_paraphrase_corpus() {
    assert_level("para35.jsonl", 0.97, 0.96, 0);
}

/// The thirty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 250-400): 0.989 / 0.887 blind; 0.990 / 0.943 after the round, none of 53 clean drafts flagged.
#[test]
fn thirty_sixth_paraphrase_corpus() {
    assert_level("para36.jsonl", 0.98, 0.93, 0);
}

/// The thirty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 100-250, written after every other round of the session): 1.000 / 0.824 blind; 1.000 / 0.904
/// after its round, none of 52 clean drafts flagged.
#[test]
fn thirty_seventh_paraphrase_corpus() {
    assert_level("para37.jsonl", 0.99, 0.89, 0);
}

/// The thirty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 1-50 and 300-400): 0.982 / 0.949 blind; 0.983 / 0.983 after the round, none of 50 clean drafts
/// flagged.
#[test]
fn thirty_eighth_paraphrase_corpus() {
    assert_level("para38.jsonl", 0.97, 0.97, 0);
}

/// The thirty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 50-200, written last): 1.000 / 0.939 blind; 1.000 / 0.974 after its round, none of 52 clean
/// drafts flagged.
#[test]
fn thirty_ninth_paraphrase_corpus() {
    assert_level("para39.jsonl", 0.99, 0.96, 0);
}

/// The fortieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines
/// 200-350, written last): 1.000 / 0.910 blind; 1.000 / 0.960 after the round, none of 52 clean
/// drafts flagged.
#[test]
fn fortieth_paraphrase_corpus() {
    assert_level("para40.jsonl", 0.99, 0.95, 0);
}

/// The forty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 1-130): 0.978 / 0.776
/// blind; 0.982 / 0.922 after the round, none of 53 clean drafts flagged.
#[test]
fn forty_first_paraphrase_corpus() {
    assert_level("para41.jsonl", 0.97, 0.91, 0);
}

/// The forty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 130-260): 0.971 / 0.775
/// blind; 0.975 / 0.899 after the round, none of 51 clean drafts flagged.
#[test]
fn forty_second_paraphrase_corpus() {
    assert_level("para42.jsonl", 0.96, 0.89, 0);
}

/// The forty-third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 260-400): 0.972 / 0.844
/// blind; 0.983 / 0.934 after the round, none of 52 clean drafts flagged.
#[test]
fn forty_third_paraphrase_corpus() {
    assert_level("para43.jsonl", 0.97, 0.92, 0);
}

/// The forty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; word forms: tenses, persons, contractions written three ways, adverbs inside phrases): 0.960 / 0.874
/// blind; 0.972 / 0.928 after the round, none of 52 clean drafts flagged.
#[test]
fn forty_fourth_paraphrase_corpus() {
    assert_level("para44.jsonl", 0.96, 0.92, 0);
}

/// The forty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; precision: 60% clean, most of them near misses): 0.973 / 0.877
/// blind; 0.987 / 0.914 after the round, none of 78 clean drafts flagged.
#[test]
fn forty_fifth_paraphrase_corpus() {
    assert_level("para45.jsonl", 0.98, 0.90, 0);
}

/// The forty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; industry support, heavy on trade jargon: telecoms, banking, airlines, IT, utilities, insurance): 0.941 / 0.669
/// blind; 0.947 / 0.741 after the round, none of 52 clean drafts flagged.
#[test]
fn forty_sixth_paraphrase_corpus() {
    assert_level("para46.jsonl", 0.94, 0.73, 0);
}

/// The forty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 20-150, written during the round on para41-46): 0.953 / 0.909
/// blind; 0.962 / 0.962 after the round, none of 52 clean drafts flagged.
#[test]
fn forty_seventh_paraphrase_corpus() {
    assert_level("para47.jsonl", 0.95, 0.95, 0);
}

/// The forty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 150-280, written during that round): 0.956 / 0.893
/// blind; 0.967 / 0.959 after the round, none of 51 clean drafts flagged.
#[test]
fn forty_eighth_paraphrase_corpus() {
    assert_level("para48.jsonl", 0.96, 0.95, 0);
}

/// The forty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 280-400, written during that round): 0.941 / 0.889
/// blind; 0.962 / 0.935 after the round, none of 52 clean drafts flagged.
#[test]
fn forty_ninth_paraphrase_corpus() {
    assert_level("para49.jsonl", 0.95, 0.92, 0);
}

/// The fiftieth paraphrase corpus (`tests/corpus/FRESH.md`; mixed registers: formal letters, chat shorthand, social replies): 0.929 / 0.687
/// blind; 0.949 / 0.840 after the round, none of 51 clean drafts flagged.
#[test]
fn fiftieth_paraphrase_corpus() {
    assert_level("para50.jsonl", 0.94, 0.82, 0);
}

/// The fifty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 40-170, written after the rounds on para41-50): 0.930 / 0.869
/// blind; 0.933 / 0.920 after the round, none of 51 clean drafts flagged.
#[test]
fn fifty_first_paraphrase_corpus() {
    assert_level("para51.jsonl", 0.92, 0.91, 0);
}

/// The fifty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating dev lines 230-360, written after those rounds): 0.965 / 0.879
/// blind; 0.966 / 0.911 after the round, none of 51 clean drafts flagged.
#[test]
fn fifty_second_paraphrase_corpus() {
    assert_level("para52.jsonl", 0.96, 0.90, 0);
}

/// The fifty-third paraphrase corpus (`tests/corpus/FRESH.md`; email threads quoting the customer's rude words, which are never findings): 0.925 / 0.714
/// blind; 0.944 / 0.843 after the round, none of 54 clean drafts flagged.
#[test]
fn fifty_third_paraphrase_corpus() {
    assert_level("para53.jsonl", 0.93, 0.83, 0);
}

/// The fifty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; a help desk's library of canned responses): 0.955 / 0.763
/// blind; 0.960 / 0.867 after the round, none of 54 clean drafts flagged.
#[test]
fn fifty_fourth_paraphrase_corpus() {
    assert_level("para54.jsonl", 0.95, 0.86, 0);
}

/// The fifty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating every second dev line, written after the rounds on para41-54): 0.957 / 0.826
/// blind; 0.963 / 0.945 after the round, none of 55 clean drafts flagged.
#[test]
fn fifty_fifth_paraphrase_corpus() {
    assert_level("para55.jsonl", 0.95, 0.93, 0);
}

/// The fifty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, imitating the other half of dev, written after those rounds): 0.983 / 0.919
/// blind; 0.992 / 0.943 after the rounds, none of 53 clean drafts flagged.
#[test]
fn fifty_sixth_paraphrase_corpus() {
    assert_level("para56.jsonl", 0.98, 0.94, 0);
}

/// The fifty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; short chat and social replies from tired agents): 1.000 / 0.796
/// blind; 1.000 / 0.860 after the round, none of 52 clean drafts flagged.
#[test]
fn fifty_seventh_paraphrase_corpus() {
    assert_level("para57.jsonl", 0.99, 0.85, 0);
}

/// The fifty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; long, helpful emails with one or two cold phrases inside): 0.939 / 0.802
/// blind; 0.988 / 0.823 after the round, none of 52 clean drafts flagged.
#[test]
fn fifty_eighth_paraphrase_corpus() {
    assert_level("para58.jsonl", 0.98, 0.81, 0);
}

/// The fifty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, every third dev line, written after the rounds on para41-58): 0.982 / 0.902
/// blind; 0.983 / 0.927 after the round, none of 51 clean drafts flagged.
#[test]
fn fifty_ninth_paraphrase_corpus() {
    assert_level("para59.jsonl", 0.97, 0.91, 0);
}

/// The sixtieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, every third dev line, another third): 0.930 / 0.880
/// blind; 0.933 / 0.923 after the round, none of 52 clean drafts flagged.
#[test]
fn sixtieth_paraphrase_corpus() {
    assert_level("para60.jsonl", 0.92, 0.91, 0);
}

/// The sixty-first paraphrase corpus (`tests/corpus/FRESH.md`; agents writing Indian, Filipino, Nigerian and Eastern European English; the writer left "kindly be informed", "the same" and NEFT unmarked, so three clean drafts stay flagged): 0.912 / 0.819
/// blind; 0.927 / 0.913 after the round, 3 of 52 clean drafts flagged.
#[test]
fn sixty_first_paraphrase_corpus() {
    assert_level("para61.jsonl", 0.92, 0.90, 3);
}

/// The sixty-second paraphrase corpus (`tests/corpus/FRESH.md`; thirteen agents with very different styles): 0.966 / 0.763 (one clean draft flagged)
/// blind; 0.974 / 0.837 after the round, none of 54 clean drafts flagged.
#[test]
fn sixty_second_paraphrase_corpus() {
    assert_level("para62.jsonl", 0.96, 0.82, 0);
}

/// The sixty-third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-200, written after every round above): 0.929 / 0.873 (three clean drafts flagged)
/// blind; 0.951 / 0.873 after the last fixes, none of 52 clean drafts flagged.
#[test]
fn sixty_third_paraphrase_corpus() {
    assert_level("para63.jsonl", 0.94, 0.86, 0);
}

/// The sixty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 200-400): 0.975 / 0.926 (one flagged)
/// blind; 0.983 / 0.926 after the last fixes, none of 52 clean drafts flagged.
#[test]
fn sixty_fourth_paraphrase_corpus() {
    assert_level("para64.jsonl", 0.97, 0.91, 0);
}

/// The sixty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; clinics, schools, councils, charities, car dealers, pet services, ticketing, games): 0.938 / 0.721
/// blind; 0.938 / 0.721 after the last fixes, none of 57 clean drafts flagged.
#[test]
fn sixty_fifth_paraphrase_corpus() {
    assert_level("para65.jsonl", 0.93, 0.71, 0);
}

/// The sixty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, a strict annotator who leaves borderline wording unmarked): 0.950 / 0.932 (one flagged)
/// blind; 0.960 / 0.932 after the last fixes, none of 52 clean drafts flagged.
#[test]
fn sixty_sixth_paraphrase_corpus() {
    assert_level("para66.jsonl", 0.95, 0.92, 0);
}

/// The sixty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-130):
/// 0.982 / 0.866 blind; 0.982 / 0.882 after the last fixes, none of 52 clean drafts flagged.
#[test]
fn sixty_seventh_paraphrase_corpus() {
    assert_level("para67.jsonl", 0.97, 0.87, 0);
}

/// The sixty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 131-260):
/// 0.971 / 0.769 blind (one flagged); 0.991 / 0.836 after the last fixes, none of 52 flagged.
#[test]
fn sixty_eighth_paraphrase_corpus() {
    assert_level("para68.jsonl", 0.98, 0.82, 0);
}

/// The sixty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 261-400):
/// 0.972 / 0.847 blind; 0.974 / 0.919 after the last fixes, none of 52 clean drafts flagged.
#[test]
fn sixty_ninth_paraphrase_corpus() {
    assert_level("para69.jsonl", 0.96, 0.90, 0);
}

/// The seventieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, each phrase varied in
/// tense, person, adverbs, contractions, synonyms or as a question): 0.989 / 0.819 blind; 0.989
/// / 0.876 after the last fixes, none of 51 clean drafts flagged.
#[test]
fn seventieth_paraphrase_corpus() {
    assert_level("para70.jsonl", 0.98, 0.86, 0);
}

/// The seventy-first paraphrase corpus (`tests/corpus/FRESH.md`; jargon-heavy, with internal team
/// names, ticket states and trade shorthand from many industries, and many passive-aggressive
/// and condescending wordings): 0.956 / 0.602 blind (two flagged); 0.966 / 0.635 after the last
/// fixes, one of 53 clean drafts flagged (an acronym's expansion, "root-cause analysis").
#[test]
fn seventy_first_paraphrase_corpus() {
    assert_level("para71.jsonl", 0.95, 0.62, 1);
}

/// The seventy-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-200):
/// 0.976 / 0.889 blind (two flagged: a currency code, a factual "simply"); 0.992 / 0.926 after
/// the last fixes, none of 53 clean drafts flagged.
#[test]
fn seventy_second_paraphrase_corpus() {
    assert_level("para72.jsonl", 0.98, 0.91, 0);
}

/// The seventy-third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 201-400):
/// 0.941 / 0.766 blind (one flagged: an acronym glossed after an en dash, "Our SLA – that's the
/// time we promise"); 0.953 / 0.823 after the last fixes, none of 53 clean drafts flagged.
#[test]
fn seventy_third_paraphrase_corpus() {
    assert_level("para73.jsonl", 0.94, 0.81, 0);
}

/// The seventy-fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, problem phrases
/// inside courteous emails): 0.990 / 0.813 blind; 1.000 / 0.854 after the last fixes, none of 52
/// clean drafts flagged.
#[test]
fn seventy_fourth_paraphrase_corpus() {
    assert_level("para74.jsonl", 0.99, 0.84, 0);
}

/// The seventy-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, short chat and social
/// replies from tired agents): 1.000 / 0.814 blind; 1.000 / 0.863 after the last fixes, none of
/// 52 clean drafts flagged.
#[test]
fn seventy_fifth_paraphrase_corpus() {
    assert_level("para75.jsonl", 0.99, 0.85, 0);
}

/// The seventy-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, mostly macros with
/// placeholders): 0.922 / 0.812 blind (two flagged: dogs that "calm down", a phone's "DO NOT
/// DISTURB" mode); 0.938 / 0.897 after the last fixes, one of 52 flagged (the phone setting).
#[test]
fn seventy_sixth_paraphrase_corpus() {
    assert_level("para76.jsonl", 0.93, 0.88, 1);
}

/// The seventy-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines
/// 50-250): 0.981 / 0.857 blind; 0.981 / 0.899 after the last fixes, none of 52 clean drafts
/// flagged.
#[test]
fn seventy_seventh_paraphrase_corpus() {
    assert_level("para77.jsonl", 0.97, 0.89, 0);
}

/// The seventy-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines
/// 250-400): 0.953 / 0.887 blind; 0.954 / 0.896 after its round, 0.945 / 0.904 after the next
/// ("No ID, no parcel" beside the marked "That's the rule"), none of 52 flagged.
#[test]
fn seventy_eighth_paraphrase_corpus() {
    assert_level("para78.jsonl", 0.94, 0.88, 0);
}

/// The seventy-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, agents in offshore
/// support centres writing fluent non-native English): 0.924 / 0.719 blind (one flagged); 0.931 /
/// 0.800 after the last fixes, the same one of 53 flagged ("Simply show this email" for a perk).
#[test]
fn seventy_ninth_paraphrase_corpus() {
    assert_level("para79.jsonl", 0.92, 0.79, 1);
}

/// The eightieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, replies quoting the
/// customer in `>` lines, several problems in one reply): 0.937 / 0.773 blind (one flagged);
/// 0.947 / 0.818 after the last fixes, none of 52 flagged.
#[test]
fn eightieth_paraphrase_corpus() {
    assert_level("para80.jsonl", 0.94, 0.81, 0);
}

/// The eighty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, American retail,
/// travel, telecoms, banking and software support): 0.982 / 0.737 blind (one flagged); 0.992 /
/// 0.783 after the last fixes, none of 53 flagged.
#[test]
fn eighty_first_paraphrase_corpus() {
    assert_level("para81.jsonl", 0.98, 0.77, 0);
}

/// The eighty second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-100):
/// 0.944 / 0.752 blind (one flagged: "trying to calm down your toddler"); 0.955 / 0.782 after the last
/// fixes, none of 53 clean drafts flagged.
#[test]
fn eighty_second_paraphrase_corpus() {
    assert_level("para82.jsonl", 0.94, 0.77, 0);
}

/// The eighty third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 101-200):
/// 0.944 / 0.803 blind; 0.937 / 0.828 after the last fixes, none of 54 clean
/// drafts flagged.
#[test]
fn eighty_third_paraphrase_corpus() {
    assert_level("para83.jsonl", 0.92, 0.82, 0);
}

/// The eighty fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 201-300):
/// 0.991 / 0.883 blind; 0.991 / 0.892 after the last fixes, none of 54 clean
/// drafts flagged.
#[test]
fn eighty_fourth_paraphrase_corpus() {
    assert_level("para84.jsonl", 0.98, 0.88, 0);
}

/// The eighty fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 301-400):
/// 0.917 / 0.759 blind (one flagged: the customer's own CRM, "your CRM");
/// 0.923 / 0.830 after the last fixes, the same one of 52 flagged.
#[test]
fn eighty_fifth_paraphrase_corpus() {
    assert_level("para85.jsonl", 0.92, 0.82, 1);
}

/// The eighty sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-400):
/// 0.948 / 0.844 blind; 0.950 / 0.875 after the last fixes, none of 51 clean
/// drafts flagged.
#[test]
fn eighty_sixth_paraphrase_corpus() {
    assert_level("para86.jsonl", 0.94, 0.86, 0);
}

/// The eighty seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-80):
/// 0.964 / 0.863 blind, none of 55 clean drafts flagged; unchanged after its round.
#[test]
fn eighty_seventh_paraphrase_corpus() {
    assert_level("para87.jsonl", 0.95, 0.85, 0);
}

/// The eighty eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 81-160):
/// 0.947 / 0.863 blind (one flagged: a HIIT class); 0.966 / 0.919 after the
/// last fixes, none of 52 flagged.
#[test]
fn eighty_eighth_paraphrase_corpus() {
    assert_level("para88.jsonl", 0.96, 0.91, 0);
}

/// The eighty ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 161-240):
/// 0.943 / 0.788 blind (one flagged: a groomer giving a dog time to "calm
/// down"); 0.958 / 0.865 after the last fixes, none of 52 flagged.
#[test]
fn eighty_ninth_paraphrase_corpus() {
    assert_level("para89.jsonl", 0.95, 0.85, 0);
}

/// The ninetieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 241-320):
/// 0.972 / 0.808 blind (one flagged); 0.974 / 0.862 after the last fixes, the
/// same one of 52 flagged ("For broadband, you'll need to call 0800..." after a hand-over).
#[test]
fn ninetieth_paraphrase_corpus() {
    assert_level("para90.jsonl", 0.96, 0.85, 1);
}

/// The ninety first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 321-400):
/// 0.955 / 0.919 blind, none of 54 flagged; 0.965 / 0.937 after the last
/// fixes.
#[test]
fn ninety_first_paraphrase_corpus() {
    assert_level("para91.jsonl", 0.95, 0.92, 0);
}

/// The ninety second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-130):
/// 1.000 / 0.912 blind, none of 54 clean drafts flagged; unchanged after its round.
#[test]
fn ninety_second_paraphrase_corpus() {
    assert_level("para92.jsonl", 0.99, 0.90, 0);
}

/// The ninety third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 131-260):
/// 0.974 / 0.848 blind, none of 52 flagged; 0.975 / 0.879 after the last
/// fixes.
#[test]
fn ninety_third_paraphrase_corpus() {
    assert_level("para93.jsonl", 0.96, 0.87, 0);
}

/// The ninety fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 261-400):
/// 0.990 / 0.862 blind (one flagged: "export all of your projects at once");
/// 1.000 / 0.871 after the last fixes, none of 53 flagged.
#[test]
fn ninety_fourth_paraphrase_corpus() {
    assert_level("para94.jsonl", 0.99, 0.86, 0);
}

/// The ninety fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, hurried typing: missing apostrophes, chat shorthand, typos):
/// 0.949 / 0.875 blind (two flagged: "the app will simply restart", "ask the bank to send it back
/// right now"); 0.967 / 0.906 after the last fixes, none of 53 flagged.
#[test]
fn ninety_fifth_paraphrase_corpus() {
    assert_level("para95.jsonl", 0.95, 0.89, 0);
}

/// The ninety sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, many clean near misses):
/// 0.969 / 0.838 blind (one flagged: "Of course you need to be able to get in");
/// 0.979 / 0.847 after the last fixes, none of 51 flagged.
#[test]
fn ninety_sixth_paraphrase_corpus() {
    assert_level("para96.jsonl", 0.97, 0.83, 0);
}

/// The ninety seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-100):
/// 0.924 / 0.893 blind, none of 53 clean drafts flagged; 0.925 / 0.910 after the
/// last fixes.
#[test]
fn ninety_seventh_paraphrase_corpus() {
    assert_level("para97.jsonl", 0.92, 0.90, 0);
}

/// The ninety eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 101-200):
/// 1.000 / 0.746 blind, none of 51 flagged; 1.000 / 0.808 after the last
/// fixes.
#[test]
fn ninety_eighth_paraphrase_corpus() {
    assert_level("para98.jsonl", 0.99, 0.80, 0);
}

/// The ninety ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 201-300):
/// 0.979 / 0.856 blind, none of 56 flagged; 0.980 / 0.901 after the last
/// fixes.
#[test]
fn ninety_ninth_paraphrase_corpus() {
    assert_level("para99.jsonl", 0.97, 0.89, 0);
}

/// The hundredth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 301-400):
/// 0.967 / 0.804 blind, none of 52 flagged; 0.968 / 0.850 after the last fixes.
#[test]
fn hundredth_paraphrase_corpus() {
    assert_level("para100.jsonl", 0.96, 0.84, 0);
}

/// The hundred and first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, a team lead's week of mostly fine replies):
/// 0.965 / 0.865 blind, none of 54 flagged; 0.966 / 0.885
/// after the last fixes.
#[test]
fn hundred_and_first_paraphrase_corpus() {
    assert_level("para101.jsonl", 0.96, 0.87, 0);
}

/// The hundred and second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-133):
/// 0.965 / 0.880 blind, none of 52 clean drafts flagged; unchanged after its
/// round.
#[test]
fn hundred_and_second_paraphrase_corpus() {
    assert_level("para102.jsonl", 0.96, 0.87, 0);
}

/// The hundred and third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 134-266):
/// 0.930 / 0.803 blind, none of 51 flagged; 0.932 / 0.818 after the last
/// fixes.
#[test]
fn hundred_and_third_paraphrase_corpus() {
    assert_level("para103.jsonl", 0.92, 0.81, 0);
}

/// The hundred and fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 267-400):
/// 0.972 / 0.867 blind, none of 52 flagged; unchanged after its round.
#[test]
fn hundred_and_fourth_paraphrase_corpus() {
    assert_level("para104.jsonl", 0.96, 0.86, 0);
}

/// The hundred and fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, each phrase in an unusual grammatical frame):
/// 0.975 / 0.658 blind, none of 52 flagged; 0.979 / 0.778 after the last fixes, 0.969 / 0.778 once
/// "for goodness' sake" was flagged (its draft marks only the "calm down" beside it).
#[test]
fn hundred_and_fifth_paraphrase_corpus() {
    assert_level("para105.jsonl", 0.96, 0.77, 0);
}

/// The hundred and sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, healthcare, schools, councils, charities, garages, removals, games):
/// 0.942 / 0.744 blind, none of 51
/// flagged; 0.945 / 0.791 after the last fixes.
#[test]
fn hundred_and_sixth_paraphrase_corpus() {
    assert_level("para106.jsonl", 0.94, 0.78, 0);
}

/// The hundred and seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 1-90):
/// 0.963 / 0.897 blind, none of 53 clean drafts flagged; 0.963 / 0.905 after the
/// last fixes.
#[test]
fn hundred_and_seventh_paraphrase_corpus() {
    assert_level("para107.jsonl", 0.95, 0.89, 0);
}

/// The hundred and eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 91-180):
/// 0.991 / 0.850 blind, none of 52 flagged; 0.991 / 0.858 after the last
/// fixes.
#[test]
fn hundred_and_eighth_paraphrase_corpus() {
    assert_level("para108.jsonl", 0.98, 0.85, 0);
}

/// The hundred and ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 181-270):
/// 0.982 / 0.871 blind, none of 53 flagged; 0.982 / 0.895 after the last
/// fixes.
#[test]
fn hundred_and_ninth_paraphrase_corpus() {
    assert_level("para109.jsonl", 0.97, 0.88, 0);
}

/// The hundred and tenth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 271-360):
/// 0.961 / 0.900 blind, none of 52 flagged; 0.962 / 0.918 after the last
/// fixes.
#[test]
fn hundred_and_tenth_paraphrase_corpus() {
    assert_level("para110.jsonl", 0.95, 0.91, 0);
}

/// The hundred and eleventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, dev lines 311-400):
/// 0.916 / 0.852 blind, none of 52 flagged; 0.925 / 0.852 after the last
/// fixes.
#[test]
fn hundred_and_eleventh_paraphrase_corpus() {
    assert_level("para111.jsonl", 0.92, 0.84, 0);
}

/// The hundred and twelfth paraphrase corpus (`tests/corpus/FRESH.md`; home utilities (energy,
/// water, broadband), dev lines 1-80): 0.983 / 0.838 blind, 1 of 50 flagged; 0.992 / 0.915 after
/// its round.
#[test]
fn hundred_and_twelfth_paraphrase_corpus() {
    assert_level("para112.jsonl", 0.98, 0.90, 0);
}

/// The hundred and thirteenth paraphrase corpus (`tests/corpus/FRESH.md`; travel and hospitality,
/// dev lines 81-160): 0.986 / 0.938 blind, none of 50 flagged; 0.986 / 0.986 after its round.
#[test]
fn hundred_and_thirteenth_paraphrase_corpus() {
    assert_level("para113.jsonl", 0.97, 0.97, 0);
}

/// The hundred and fourteenth paraphrase corpus (`tests/corpus/FRESH.md`; software and apps with
/// hurried live chat, dev lines 161-240): 0.973 / 0.780 blind, none of 52 flagged; 0.977 / 0.901
/// after its round.
#[test]
fn hundred_and_fourteenth_paraphrase_corpus() {
    assert_level("para114.jsonl", 0.96, 0.89, 0);
}

/// The hundred and fifteenth paraphrase corpus (`tests/corpus/FRESH.md`; retail and delivery,
/// social replies and quoted messages, dev lines 241-320): 0.983 / 0.825 blind, none of 49 flagged;
/// 0.984 / 0.927 after its round.
#[test]
fn hundred_and_fifteenth_paraphrase_corpus() {
    assert_level("para115.jsonl", 0.97, 0.91, 0);
}

/// The hundred and sixteenth paraphrase corpus (`tests/corpus/FRESH.md`; finance, insurance and
/// public services in long formal emails, dev lines 321-400): 0.992 / 0.861 blind, none of 50
/// flagged; 0.992 / 0.949 after its round.
#[test]
fn hundred_and_sixteenth_paraphrase_corpus() {
    assert_level("para116.jsonl", 0.98, 0.93, 0);
}

/// The hundred and seventeenth paraphrase corpus (`tests/corpus/FRESH.md`; telecoms and broadband
/// with macros in several placeholder syntaxes, dev lines 1-100): 0.985 / 0.878 blind, 1 of 51
/// clean drafts flagged ("The rules say I need to confirm your date of birth"); 0.993 / 0.926 after
/// its round.
#[test]
fn hundred_and_seventeenth_paraphrase_corpus() {
    assert_level("para117.jsonl", 0.98, 0.91, 0);
}

/// The hundred and eighteenth paraphrase corpus (`tests/corpus/FRESH.md`; healthcare admin,
/// dentists, vets and pharmacies, dev lines 101-200): 0.992 / 0.864 blind, none of 52 flagged;
/// 0.993 / 0.957 after its round (0.993 / 0.950 after the next round, which dropped a costly pattern).
#[test]
fn hundred_and_eighteenth_paraphrase_corpus() {
    assert_level("para118.jsonl", 0.98, 0.94, 0);
}

/// The hundred and nineteenth paraphrase corpus (`tests/corpus/FRESH.md`; courses, schools and
/// events, each phrase in a less common grammatical form, dev lines 201-300): 0.983 / 0.808 blind,
/// none of 50 flagged; 0.986 / 0.932 after its round.
#[test]
fn hundred_and_nineteenth_paraphrase_corpus() {
    assert_level("para119.jsonl", 0.97, 0.92, 0);
}

/// The hundred and twentieth paraphrase corpus (`tests/corpus/FRESH.md`; B2B software and IT
/// helpdesks, heavy on jargon beside replies that explain their terms, dev lines 301-400): 0.975 /
/// 0.782 blind, 3 of 50 clean drafts flagged (terms described after a comma: "our DevOps team, the
/// engineers who..."); 1.000 / 0.884 after its round (0.878 after the next).
#[test]
fn hundred_and_twentieth_paraphrase_corpus() {
    assert_level("para120.jsonl", 0.99, 0.87, 0);
}

/// The hundred and twenty-first paraphrase corpus (`tests/corpus/FRESH.md`; games, streaming and
/// gadgets, informal social replies, every fifth dev line): 0.984 / 0.851 blind, none of 50
/// flagged; 0.986 / 0.953 after its round.
#[test]
fn hundred_and_twenty_first_paraphrase_corpus() {
    assert_level("para121.jsonl", 0.97, 0.94, 0);
}

/// The hundred and twenty-second paraphrase corpus (`tests/corpus/FRESH.md`; restaurants, food
/// delivery and hotels, every fourth dev line from the second): 0.969 / 0.933 blind, 2 of 50 clean
/// drafts flagged ("You have to try the pistachio gelato", "all you need to do is reply": dev marks
/// the latter 17 times of 17); 0.969 / 0.941 after its round.
#[test]
fn hundred_and_twenty_second_paraphrase_corpus() {
    assert_level("para122.jsonl", 0.95, 0.93, 2);
}

/// The hundred and twenty-third paraphrase corpus (`tests/corpus/FRESH.md`; lettings, removals and
/// trades, every fourth dev line from the third): 0.991 / 0.847 blind, none of 50 flagged; 0.992 /
/// 0.893 after its round.
#[test]
fn hundred_and_twenty_third_paraphrase_corpus() {
    assert_level("para123.jsonl", 0.98, 0.88, 0);
}

/// The hundred and twenty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; banking and fintech,
/// hedged refusals, every fourth dev line from the fourth): 0.976 / 0.904 blind, none of 50
/// flagged; 0.977 / 0.956 after its round.
#[test]
fn hundred_and_twenty_fourth_paraphrase_corpus() {
    assert_level("para124.jsonl", 0.96, 0.94, 0);
}

/// The hundred and twenty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; any industry, 78 clean
/// drafts with hard traps, every fourth dev line from the first): 0.989 / 0.949 blind, none of 78
/// flagged; 0.989 / 0.959 after its round.
#[test]
fn hundred_and_twenty_fifth_paraphrase_corpus() {
    assert_level("para125.jsonl", 0.97, 0.94, 0);
}

/// The hundred and twenty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; offshore support
/// English, dev lines 1-200): 0.976 / 0.870 blind, none of 50 flagged; 0.979 / 0.993 after its
/// round.
#[test]
fn hundred_and_twenty_sixth_paraphrase_corpus() {
    assert_level("para126.jsonl", 0.96, 0.98, 0);
}

/// The hundred and twenty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; airlines, rail and
/// travel agents, quoted customer words, every third dev line from the first): 0.969 / 0.852 blind,
/// none of 52 flagged; 0.972 / 0.926 after its round.
#[test]
fn hundred_and_twenty_seventh_paraphrase_corpus() {
    assert_level("para127.jsonl", 0.96, 0.91, 0);
}

/// The hundred and twenty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; utilities and
/// telecoms, capitals for product names and headings, every third dev line from the second): 0.876
/// / 0.774 blind, 7 of 48 clean drafts flagged (product names and title lines in capitals taken for
/// shouting; "To calm it down, hold the button"); 0.937 / 0.865 after its round.
#[test]
fn hundred_and_twenty_eighth_paraphrase_corpus() {
    assert_level("para128.jsonl", 0.92, 0.85, 0);
}

/// The hundred and twenty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; online marketplaces,
/// every third dev line from the third): 0.966 / 0.819 blind, 1 of 49 flagged ("Your photos clearly
/// show the crack"); 0.977 / 0.913 after its round.
#[test]
fn hundred_and_twenty_ninth_paraphrase_corpus() {
    assert_level("para129.jsonl", 0.96, 0.90, 0);
}

/// The hundred and thirtieth paraphrase corpus (`tests/corpus/FRESH.md`; half the drafts under
/// twelve words, dev lines 1-400): 0.992 / 0.849 blind, none of 52 flagged; 0.992 / 0.950 after its
/// round.
#[test]
fn hundred_and_thirtieth_paraphrase_corpus() {
    assert_level("para130.jsonl", 0.98, 0.94, 0);
}

/// The hundred and thirty-first paraphrase corpus (`tests/corpus/FRESH.md`; subscription boxes,
/// fitness and beauty, over-formal replies, dev lines 200-400): 0.976 / 0.787 blind, 1 of 50
/// flagged ("SPF 50"); 0.978 / 0.877 after its round.
#[test]
fn hundred_and_thirty_first_paraphrase_corpus() {
    assert_level("para131.jsonl", 0.96, 0.86, 0);
}

/// The hundred and thirty-second paraphrase corpus (`tests/corpus/FRESH.md`; games and online
/// communities, every fifth dev line from the first): 0.959 / 0.803 blind, 2 of 53 clean drafts
/// flagged ("The hotfix went live", "Simply log in and it'll be waiting"); 0.963 / 0.884 after its
/// round.
#[test]
fn hundred_and_thirty_second_paraphrase_corpus() {
    assert_level("para132.jsonl", 0.95, 0.87, 2);
}

/// The hundred and thirty-third paraphrase corpus (`tests/corpus/FRESH.md`; insurance claims in
/// long hedged sentences, every fifth dev line from the second): 0.943 / 0.673 blind, none of 50
/// flagged; 0.958 / 0.932 after its round.
#[test]
fn hundred_and_thirty_third_paraphrase_corpus() {
    assert_level("para133.jsonl", 0.94, 0.92, 0);
}

/// The hundred and thirty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; public replies to
/// hotel and restaurant reviews, every fifth dev line from the third): 0.990 / 0.651 blind, none of
/// 51 flagged; 0.992 / 0.801 after its round.
#[test]
fn hundred_and_thirty_fourth_paraphrase_corpus() {
    assert_level("para134.jsonl", 0.98, 0.79, 0);
}

/// The hundred and thirty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; benefits, immigration,
/// council tax and parking, every fifth dev line from the fourth): 0.982 / 0.752 blind, none of 52
/// flagged; 0.984 / 0.852 after its round.
#[test]
fn hundred_and_thirty_fifth_paraphrase_corpus() {
    assert_level("para135.jsonl", 0.97, 0.84, 0);
}

/// The hundred and thirty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; drafts polished by a
/// writing assistant, every fifth dev line from the fifth): 0.952 / 0.795 blind, 1 of 50 flagged
/// ("Kind regards, DevOps Support"); 0.965 / 0.901 after its round.
#[test]
fn hundred_and_thirty_sixth_paraphrase_corpus() {
    assert_level("para136.jsonl", 0.95, 0.89, 0);
}

/// The hundred and thirty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 1-80): 0.953 / 0.864 blind, none of 50 flagged; 0.956 / 0.929 after its round.
#[test]
fn hundred_and_thirty_seventh_paraphrase_corpus() {
    assert_level("para137.jsonl", 0.94, 0.91, 0);
}

/// The hundred and thirty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 81-160): 0.976 / 0.896 blind, 1 of 52 flagged ("The technician's report clearly shows
/// the fault was in the compressor"); 0.984 / 0.948 after its round.
#[test]
fn hundred_and_thirty_eighth_paraphrase_corpus() {
    assert_level("para138.jsonl", 0.97, 0.93, 0);
}

/// The hundred and thirty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 161-240): 1.000 / 0.906 blind, none of 50 flagged; 1.000 / 0.929 after its round.
#[test]
fn hundred_and_thirty_ninth_paraphrase_corpus() {
    assert_level("para139.jsonl", 0.99, 0.91, 0);
}

/// The hundred and fortieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist, dev
/// lines 241-320): 0.976 / 0.861 blind, none of 50 flagged; 0.977 / 0.934 after its round.
#[test]
fn hundred_and_fortieth_paraphrase_corpus() {
    assert_level("para140.jsonl", 0.96, 0.92, 0);
}

/// The hundred and forty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 321-400): 0.956 / 0.916 blind, none of 50 flagged; 0.958 / 0.958 after its round.
#[test]
fn hundred_and_forty_first_paraphrase_corpus() {
    assert_level("para141.jsonl", 0.94, 0.94, 0);
}

/// The hundred and forty-second paraphrase corpus (`tests/corpus/FRESH.md`; macros in several
/// placeholder syntaxes and quoted messages, every second dev line from the first): 0.945 / 0.852
/// blind, 1 of 51 flagged ("*|FNAME|*", a Mailchimp merge tag, read as an acronym); 0.964 / 0.930
/// after its round.
#[test]
fn hundred_and_forty_second_paraphrase_corpus() {
    assert_level("para142.jsonl", 0.95, 0.92, 0);
}

/// The hundred and forty-third paraphrase corpus (`tests/corpus/FRESH.md`; fast live chat in lower
/// case and text-speak, every second dev line from the second): 0.974 / 0.791 blind, none of 50
/// flagged; 0.976 / 0.878 after its round.
#[test]
fn hundred_and_forty_third_paraphrase_corpus() {
    assert_level("para143.jsonl", 0.96, 0.86, 0);
}

/// The hundred and forty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; American support teams,
/// dev lines 1-200): 0.975 / 0.807 blind, none of 50 flagged; 0.977 / 0.883 after its round.
#[test]
fn hundred_and_forty_fourth_paraphrase_corpus() {
    assert_level("para144.jsonl", 0.96, 0.87, 0);
}

/// The hundred and forty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; Australian, New Zealand
/// and Irish support teams, dev lines 200-400): 0.976 / 0.872 blind, none of 52 flagged; 0.986 /
/// 0.957 after its round.
#[test]
fn hundred_and_forty_fifth_paraphrase_corpus() {
    assert_level("para145.jsonl", 0.97, 0.94, 0);
}

/// The hundred and forty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; problems at the start,
/// at the end or in a P.S., every fourth dev line): 1.000 / 0.913 blind, none of 50 flagged; 1.000
/// / 0.942 after its round.
#[test]
fn hundred_and_forty_sixth_paraphrase_corpus() {
    assert_level("para146.jsonl", 0.99, 0.93, 0);
}

/// The hundred and forty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 41-120): 0.970 / 0.880 blind, 1 of 50 clean drafts flagged ("Clearly written
/// instructions are hard to find"); 0.972 / 0.927 after its round.
#[test]
fn hundred_and_forty_seventh_paraphrase_corpus() {
    assert_level("para147.jsonl", 0.96, 0.91, 1);
}

/// The hundred and forty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 121-200): 0.983 / 0.899 blind, none of 49 flagged; 0.984 / 0.946 after its round.
#[test]
fn hundred_and_forty_eighth_paraphrase_corpus() {
    assert_level("para148.jsonl", 0.97, 0.93, 0);
}

/// The hundred and forty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 201-280): 0.984 / 0.901 blind, 1 of 50 flagged ("Simply show this email at
/// reception"); 0.985 / 0.950 after its round.
#[test]
fn hundred_and_forty_ninth_paraphrase_corpus() {
    assert_level("para149.jsonl", 0.97, 0.94, 1);
}

/// The hundred and fiftieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist, dev
/// lines 281-360): 0.984 / 0.864 blind, 1 of 49 flagged ("these things happen"); 0.992 / 0.871
/// after its round.
#[test]
fn hundred_and_fiftieth_paraphrase_corpus() {
    assert_level("para150.jsonl", 0.98, 0.86, 1);
}

/// The hundred and fifty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// every fifth dev line from the second): 0.985 / 0.891 blind, none of 50 flagged; 0.986 / 0.939
/// after its round.
#[test]
fn hundred_and_fifty_first_paraphrase_corpus() {
    assert_level("para151.jsonl", 0.97, 0.92, 0);
}

/// The hundred and fifty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// every fifth dev line from the third): 0.993 / 0.920 blind, none of 50 flagged; 0.993 / 0.947
/// after its round.
#[test]
fn hundred_and_fifty_second_paraphrase_corpus() {
    assert_level("para152.jsonl", 0.98, 0.93, 0);
}

/// The hundred and fifty-third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// every fifth dev line from the fourth): 0.978 / 0.903 blind, 1 of 49 flagged ("trained to calm
/// down nervous dogs"); 0.986 / 0.938 after its round.
#[test]
fn hundred_and_fifty_third_paraphrase_corpus() {
    assert_level("para153.jsonl", 0.97, 0.92, 0);
}

/// The hundred and fifty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// every fifth dev line from the fifth): 0.984 / 0.841 blind, 1 of 50 flagged ("MPAN", a meter
/// number); 0.985 / 0.897 after its round.
#[test]
fn hundred_and_fifty_fourth_paraphrase_corpus() {
    assert_level("para154.jsonl", 0.97, 0.88, 1);
}

/// The hundred and fifty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 1-60): 0.961 / 0.891 blind, none of 50 flagged; 0.963 / 0.934 after its round.
#[test]
fn hundred_and_fifty_fifth_paraphrase_corpus() {
    assert_level("para155.jsonl", 0.95, 0.92, 0);
}

/// The hundred and fifty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 340-400): 1.000 / 0.882 blind, none of 50 flagged; 1.000 / 0.934 after its round.
#[test]
fn hundred_and_fifty_sixth_paraphrase_corpus() {
    assert_level("para156.jsonl", 0.99, 0.92, 0);
}

/// The hundred and fifty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 1-80): 0.983 / 0.851 blind, 1 of 51 flagged; 0.985 / 0.943 after its round.
#[test]
fn hundred_and_fifty_seventh_paraphrase_corpus() {
    assert_level("para157.jsonl", 0.97, 0.93, 1);
}

/// The hundred and fifty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; subscription software
/// and streaming; long replies with the problem buried mid-paragraph): 0.955 / 0.754 blind, 2 of 48
/// flagged; 0.962 / 0.901 after its round.
#[test]
fn hundred_and_fifty_eighth_paraphrase_corpus() {
    assert_level("para158.jsonl", 0.95, 0.89, 2);
}

/// The hundred and fifty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; delivery, couriers and
/// food apps; hurried live chat, typos, lower case): 0.984 / 0.856 blind, none of 49 flagged;
/// 0.985 / 0.904 after its round.
#[test]
fn hundred_and_fifty_ninth_paraphrase_corpus() {
    assert_level("para159.jsonl", 0.97, 0.89, 0);
}

/// The hundred and sixtieth paraphrase corpus (`tests/corpus/FRESH.md`; banking, loans and
/// utilities; formal email, procedure and regulation): 0.965 / 0.764 blind, none of 49 flagged;
/// 0.970 / 0.896 after its round.
#[test]
fn hundred_and_sixtieth_paraphrase_corpus() {
    assert_level("para160.jsonl", 0.96, 0.88, 0);
}

/// The hundred and sixty-first paraphrase corpus (`tests/corpus/FRESH.md`; agents in India,
/// Singapore, South Africa and Nigeria writing their own English): 0.992 / 0.927 blind, 1 of 50
/// flagged; 0.992 / 0.956 after its round.
#[test]
fn hundred_and_sixty_first_paraphrase_corpus() {
    assert_level("para161.jsonl", 0.98, 0.94, 1);
}

/// The hundred and sixty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 41-120): 0.984 / 0.945 blind, none of 50 flagged; 0.984 / 0.977 after its round.
#[test]
fn hundred_and_sixty_second_paraphrase_corpus() {
    assert_level("para162.jsonl", 0.97, 0.96, 0);
}

/// The hundred and sixty-third paraphrase corpus (`tests/corpus/FRESH.md`; telecoms; quoted
/// customer words and earlier messages): 0.992 / 0.845 blind, none of 50 flagged; 0.993 / 0.892
/// after its round.
#[test]
fn hundred_and_sixty_third_paraphrase_corpus() {
    assert_level("para163.jsonl", 0.98, 0.88, 0);
}

/// The hundred and sixty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; airlines, hotels and
/// car hire; public social replies and complaint-desk emails): 0.991 / 0.800 blind, none of 49
/// flagged; 0.992 / 0.903 after its round.
#[test]
fn hundred_and_sixty_fourth_paraphrase_corpus() {
    assert_level("para164.jsonl", 0.98, 0.89, 0);
}

/// The hundred and sixty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; healthcare, pharmacies
/// and insurance claims; coldness in formal wording): 0.975 / 0.792 blind, none of 52 flagged;
/// 0.978 / 0.899 after its round.
#[test]
fn hundred_and_sixty_fifth_paraphrase_corpus() {
    assert_level("para165.jsonl", 0.96, 0.88, 0);
}

/// The hundred and sixty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// written after skimming all of dev): 0.986 / 0.932 blind, none of 50 flagged; 0.986 / 0.959 after
/// its round.
#[test]
fn hundred_and_sixty_sixth_paraphrase_corpus() {
    assert_level("para166.jsonl", 0.97, 0.94, 0);
}

/// The hundred and sixty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 81-160): 0.976 / 0.891 blind, none of 52 flagged; 0.978 / 0.964 after its round.
#[test]
fn hundred_and_sixty_seventh_paraphrase_corpus() {
    assert_level("para167.jsonl", 0.96, 0.95, 0);
}

/// The hundred and sixty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; games, app stores and
/// online communities; Discord-style chat, slang, emoji): 0.982 / 0.810 blind, none of 48 flagged;
/// 0.985 / 0.927 after its round.
#[test]
fn hundred_and_sixty_eighth_paraphrase_corpus() {
    assert_level("para168.jsonl", 0.97, 0.91, 0);
}

/// The hundred and sixty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; B2B software account
/// managers to admins; heavy jargon, explained terms as traps): 0.975 / 0.738 blind, none of 50
/// flagged; 0.979 / 0.863 after its round.
#[test]
fn hundred_and_sixty_ninth_paraphrase_corpus() {
    assert_level("para169.jsonl", 0.96, 0.85, 0);
}

/// The hundred and seventieth paraphrase corpus (`tests/corpus/FRESH.md`; online retail returns and
/// marketplaces; placeholders of every syntax): 0.984 / 0.876 blind, none of 50 flagged;
/// 0.985 / 0.924 after its round.
#[test]
fn hundred_and_seventieth_paraphrase_corpus() {
    assert_level("para170.jsonl", 0.97, 0.91, 0);
}

/// The hundred and seventy-first paraphrase corpus (`tests/corpus/FRESH.md`; public services;
/// formal British register): 0.975 / 0.808 blind, 1 of 53 flagged; 0.978 / 0.904 after its round.
#[test]
fn hundred_and_seventy_first_paraphrase_corpus() {
    assert_level("para171.jsonl", 0.96, 0.89, 1);
}

/// The hundred and seventy-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 161-240): 0.992 / 0.914 blind, none of 50 flagged; 0.993 / 0.964 after its round.
#[test]
fn hundred_and_seventy_second_paraphrase_corpus() {
    assert_level("para172.jsonl", 0.98, 0.95, 0);
}

/// The hundred and seventy-third paraphrase corpus (`tests/corpus/FRESH.md`; gyms, fitness apps and
/// subscription boxes; cancellations stonewalled): 0.941 / 0.806 blind, 1 of 50 flagged;
/// 0.947 / 0.899 after its round.
#[test]
fn hundred_and_seventy_third_paraphrase_corpus() {
    assert_level("para173.jsonl", 0.93, 0.88, 1);
}

/// The hundred and seventy-fourth paraphrase corpus (`tests/corpus/FRESH.md`; energy and water
/// utilities; email and SMS-length replies): 0.969 / 0.864 blind, none of 50 flagged; 0.971 / 0.950
/// after its round.
#[test]
fn hundred_and_seventy_fourth_paraphrase_corpus() {
    assert_level("para174.jsonl", 0.96, 0.94, 0);
}

/// The hundred and seventy-fifth paraphrase corpus (`tests/corpus/FRESH.md`; letting agents and
/// property management; damage, deposits and repairs): 0.956 / 0.757 blind, none of 50 flagged;
/// 0.962 / 0.875 after its round.
#[test]
fn hundred_and_seventy_fifth_paraphrase_corpus() {
    assert_level("para175.jsonl", 0.95, 0.86, 0);
}

/// The hundred and seventy-sixth paraphrase corpus (`tests/corpus/FRESH.md`; American English,
/// otherwise dev-shaped): 0.969 / 0.912 blind, none of 50 flagged; 0.969 / 0.926 after its round.
#[test]
fn hundred_and_seventy_sixth_paraphrase_corpus() {
    assert_level("para176.jsonl", 0.95, 0.91, 0);
}

/// The hundred and seventy-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 241-320): 0.992 / 0.879 blind, none of 52 flagged; 0.992 / 0.900 after its
/// round.
#[test]
fn hundred_and_seventy_seventh_paraphrase_corpus() {
    assert_level("para177.jsonl", 0.98, 0.89, 0);
}

/// The hundred and seventy-eighth paraphrase corpus (`tests/corpus/FRESH.md`; banks and fintech
/// apps; compliance as a shield): 0.991 / 0.826 blind, none of 48 flagged; 0.992 / 0.902 after its
/// round.
#[test]
fn hundred_and_seventy_eighth_paraphrase_corpus() {
    assert_level("para178.jsonl", 0.98, 0.89, 0);
}

/// The hundred and seventy-ninth paraphrase corpus (`tests/corpus/FRESH.md`; restaurants, hotels
/// and venues; review replies and booking emails, sarcasm): 0.972 / 0.694 blind, 1 of 50 flagged;
/// 0.976 / 0.816 after its round.
#[test]
fn hundred_and_seventy_ninth_paraphrase_corpus() {
    assert_level("para179.jsonl", 0.96, 0.80, 1);
}

/// The hundred and eightieth paraphrase corpus (`tests/corpus/FRESH.md`; internal IT helpdesks and
/// MSPs; terse ticket replies): 0.962 / 0.900 blind, 1 of 49 flagged; 0.965 / 0.971 after its
/// round.
#[test]
fn hundred_and_eightieth_paraphrase_corpus() {
    assert_level("para180.jsonl", 0.95, 0.96, 1);
}

/// The hundred and eighty-first paraphrase corpus (`tests/corpus/FRESH.md`; drafts typed on a
/// phone: lower case, no apostrophes, pls/thx/u/ur): 0.974 / 0.826 blind, 1 of 50 flagged;
/// 0.977 / 0.906 after its round.
#[test]
fn hundred_and_eighty_first_paraphrase_corpus() {
    assert_level("para181.jsonl", 0.96, 0.89, 1);
}

/// The hundred and eighty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 321-400): 0.992 / 0.925 blind, none of 51 flagged; 0.992 / 0.925 after its round.
#[test]
fn hundred_and_eighty_second_paraphrase_corpus() {
    assert_level("para182.jsonl", 0.98, 0.91, 0);
}

/// The hundred and eighty-third paraphrase corpus (`tests/corpus/FRESH.md`; couriers, parcel
/// lockers and customs; short chat and social replies): 0.973 / 0.827 blind, 1 of 50 flagged;
/// 0.975 / 0.895 after its round.
#[test]
fn hundred_and_eighty_third_paraphrase_corpus() {
    assert_level("para183.jsonl", 0.96, 0.88, 1);
}

/// The hundred and eighty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; education and
/// childcare; parents and students): 0.925 / 0.872 blind, 1 of 50 flagged; 0.932 / 0.965 after its
/// round.
#[test]
fn hundred_and_eighty_fourth_paraphrase_corpus() {
    assert_level("para184.jsonl", 0.92, 0.95, 1);
}

/// The hundred and eighty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; automotive: dealers,
/// garages, breakdown cover, leasing): 1.000 / 0.818 blind, none of 50 flagged; 1.000 / 0.932 after
/// its round.
#[test]
fn hundred_and_eighty_fifth_paraphrase_corpus() {
    assert_level("para185.jsonl", 0.99, 0.92, 0);
}

/// The hundred and eighty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; multi-paragraph emails
/// of 80 to 200 words, problems among warm sentences): 0.985 / 0.878 blind, none of 50 flagged;
/// 0.986 / 0.952 after its round.
#[test]
fn hundred_and_eighty_sixth_paraphrase_corpus() {
    assert_level("para186.jsonl", 0.97, 0.94, 0);
}

/// The hundred and eighty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 121-200): 1.000 / 0.951 blind, none of 50 flagged; 1.000 / 0.972 after its round.
#[test]
fn hundred_and_eighty_seventh_paraphrase_corpus() {
    assert_level("para187.jsonl", 0.99, 0.96, 0);
}

/// The hundred and eighty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; home, pet and travel
/// insurance claims): 0.925 / 0.804 blind, 1 of 50 flagged; 0.932 / 0.902 after its round.
#[test]
fn hundred_and_eighty_eighth_paraphrase_corpus() {
    assert_level("para188.jsonl", 0.92, 0.89, 1);
}

/// The hundred and eighty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; software billing and
/// account security; live chat): 0.984 / 0.821 blind, none of 50 flagged; 0.986 / 0.907 after its
/// round.
#[test]
fn hundred_and_eighty_ninth_paraphrase_corpus() {
    assert_level("para189.jsonl", 0.97, 0.89, 0);
}

/// The hundred and ninetieth paraphrase corpus (`tests/corpus/FRESH.md`; public social-media
/// replies only): 0.978 / 0.957 blind, none of 50 flagged; 0.979 / 0.979 after its round.
#[test]
fn hundred_and_ninetieth_paraphrase_corpus() {
    assert_level("para190.jsonl", 0.96, 0.96, 0);
}

/// The hundred and ninety-first paraphrase corpus (`tests/corpus/FRESH.md`; kind agents who slip
/// once a draft, beside clean drafts with the same words): 0.955 / 0.823 blind, none of 50 flagged;
/// 0.958 / 0.892 after its round.
#[test]
fn hundred_and_ninety_first_paraphrase_corpus() {
    assert_level("para191.jsonl", 0.94, 0.88, 0);
}

/// The hundred and ninety-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 201-280): 0.983 / 0.827 blind, none of 51 flagged; 0.985 / 0.935 after its round.
#[test]
fn hundred_and_ninety_second_paraphrase_corpus() {
    assert_level("para192.jsonl", 0.97, 0.92, 0);
}

/// The hundred and ninety-third paraphrase corpus (`tests/corpus/FRESH.md`; charities, memberships
/// and ticketing): 0.984 / 0.924 blind, none of 50 flagged; 0.984 / 0.955 after its round.
#[test]
fn hundred_and_ninety_third_paraphrase_corpus() {
    assert_level("para193.jsonl", 0.97, 0.94, 0);
}

/// The hundred and ninety-fourth paraphrase corpus (`tests/corpus/FRESH.md`; home services booked
/// through an app): 0.976 / 0.834 blind, none of 48 flagged; 0.977 / 0.903 after its round.
#[test]
fn hundred_and_ninety_fourth_paraphrase_corpus() {
    assert_level("para194.jsonl", 0.96, 0.89, 0);
}

/// The hundred and ninety-fifth paraphrase corpus (`tests/corpus/FRESH.md`; Australian and New
/// Zealand English): 0.984 / 0.843 blind, none of 50 flagged; 0.985 / 0.921 after its round.
#[test]
fn hundred_and_ninety_fifth_paraphrase_corpus() {
    assert_level("para195.jsonl", 0.97, 0.91, 0);
}

/// The hundred and ninety-sixth paraphrase corpus (`tests/corpus/FRESH.md`; macros with bracketed
/// notes and replies quoting the customer): 0.985 / 0.872 blind, 1 of 50 flagged; 0.986 / 0.905
/// after its round.
#[test]
fn hundred_and_ninety_sixth_paraphrase_corpus() {
    assert_level("para196.jsonl", 0.97, 0.89, 1);
}

/// The hundred and ninety-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 281-360): 0.942 / 0.871 blind, 2 of 52 flagged; 0.946 / 0.946 after its round.
#[test]
fn hundred_and_ninety_seventh_paraphrase_corpus() {
    assert_level("para197.jsonl", 0.93, 0.93, 2);
}

/// The hundred and ninety-eighth paraphrase corpus (`tests/corpus/FRESH.md`; travel agencies, tour
/// operators and cruise lines): 0.984 / 0.803 blind, none of 50 flagged; 0.986 / 0.904 after its
/// round.
#[test]
fn hundred_and_ninety_eighth_paraphrase_corpus() {
    assert_level("para198.jsonl", 0.97, 0.89, 0);
}

/// The hundred and ninety-ninth paraphrase corpus (`tests/corpus/FRESH.md`; pharmacies, opticians
/// and dental practices): 0.959 / 0.775 blind, 1 of 53 flagged; 0.963 / 0.868 after its round.
#[test]
fn hundred_and_ninety_ninth_paraphrase_corpus() {
    assert_level("para199.jsonl", 0.95, 0.85, 1);
}

/// The two hundredth paraphrase corpus (`tests/corpus/FRESH.md`; agents writing in a second
/// language): 0.970 / 0.873 blind, 1 of 50 flagged; 0.972 / 0.940 after its round.
#[test]
fn two_hundredth_paraphrase_corpus() {
    assert_level("para200.jsonl", 0.96, 0.93, 1);
}

/// The two hundred and first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, every draft
/// with curly apostrophes, some capitals for emphasis): 0.931 / 0.851 blind, 1 of 50 flagged;
/// 0.935 / 0.908 after its round.
#[test]
fn two_hundred_and_first_paraphrase_corpus() {
    assert_level("para201.jsonl", 0.92, 0.89, 1);
}

/// The two hundred and second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist, dev
/// lines 1-80): 0.993 / 0.948 blind, none of 53 flagged; 0.993 / 0.981 after its round.
#[test]
fn two_hundred_and_second_paraphrase_corpus() {
    assert_level("para202.jsonl", 0.98, 0.97, 0);
}

/// The two hundred and third paraphrase corpus (`tests/corpus/FRESH.md`; software and API support
/// for developers; technical terms, explained and not): 0.872 / 0.829 blind, 11 of 50 flagged;
/// 0.919 / 0.893 after its round.
#[test]
fn two_hundred_and_third_paraphrase_corpus() {
    assert_level("para203.jsonl", 0.90, 0.88, 7);
}

/// The two hundred and fourth paraphrase corpus (`tests/corpus/FRESH.md`; furniture and appliance
/// retailers; one cold sentence among warm ones): 0.982 / 0.821 blind, 1 of 50 flagged;
/// 0.983 / 0.858 after its round.
#[test]
fn two_hundred_and_fourth_paraphrase_corpus() {
    assert_level("para204.jsonl", 0.97, 0.84, 1);
}

/// The two hundred and fifth paraphrase corpus (`tests/corpus/FRESH.md`; mobile carriers and
/// broadband; blame on the customer's own equipment): 0.959 / 0.831 blind, none of 50 flagged;
/// 0.960 / 0.859 after its round.
#[test]
fn two_hundred_and_fifth_paraphrase_corpus() {
    assert_level("para205.jsonl", 0.95, 0.84, 0);
}

/// The two hundred and sixth paraphrase corpus (`tests/corpus/FRESH.md`; agents at the end of a
/// long shift; sarcasm, sighs and orders): 0.978 / 0.891 blind, none of 51 flagged; 0.979 / 0.939
/// after its round.
#[test]
fn two_hundred_and_sixth_paraphrase_corpus() {
    assert_level("para206.jsonl", 0.96, 0.92, 0);
}

/// The two hundred and seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 121-200): 0.977 / 0.892 blind, none of 50 flagged; 0.977 / 0.921 after its round.
#[test]
fn two_hundred_and_seventh_paraphrase_corpus() {
    assert_level("para207.jsonl", 0.96, 0.91, 0);
}

/// The two hundred and eighth paraphrase corpus (`tests/corpus/FRESH.md`; hotels, holiday lets and
/// event venues; refusals that hide behind policy): 0.976 / 0.830 blind, 1 of 52 flagged;
/// 0.977 / 0.871 after its round.
#[test]
fn two_hundred_and_eighth_paraphrase_corpus() {
    assert_level("para208.jsonl", 0.96, 0.86, 1);
}

/// The two hundred and ninth paraphrase corpus (`tests/corpus/FRESH.md`; online marketplaces; blame
/// pushed onto the other party): 0.953 / 0.844 blind, none of 50 flagged; 0.955 / 0.864 after its
/// round.
#[test]
fn two_hundred_and_ninth_paraphrase_corpus() {
    assert_level("para209.jsonl", 0.94, 0.85, 0);
}

/// The two hundred and tenth paraphrase corpus (`tests/corpus/FRESH.md`; meal kits, pet supplies
/// and beauty boxes; chat, social and emoji): 0.961 / 0.866 blind, none of 50 flagged;
/// 0.961 / 0.873 after its round.
#[test]
fn two_hundred_and_tenth_paraphrase_corpus() {
    assert_level("para210.jsonl", 0.95, 0.86, 0);
}

/// The two hundred and eleventh paraphrase corpus (`tests/corpus/FRESH.md`; IT and account
/// security; jargon beside drafts that explain every term): 1.000 / 0.855 blind, none of 50
/// flagged; 1.000 / 0.883 after its round.
#[test]
fn two_hundred_and_eleventh_paraphrase_corpus() {
    assert_level("para211.jsonl", 0.99, 0.87, 0);
}

/// The two hundred and twelfth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 241-320): 0.952 / 0.832 blind, 1 of 52 flagged; 0.955 / 0.888 after its round.
#[test]
fn two_hundred_and_twelfth_paraphrase_corpus() {
    assert_level("para212.jsonl", 0.94, 0.87, 1);
}

/// The two hundred and thirteenth paraphrase corpus (`tests/corpus/FRESH.md`; banks, credit cards
/// and buy-now-pay-later; legalistic email): 0.953 / 0.858 blind, none of 50 flagged; 0.955 / 0.894
/// after its round.
#[test]
fn two_hundred_and_thirteenth_paraphrase_corpus() {
    assert_level("para213.jsonl", 0.94, 0.88, 0);
}

/// The two hundred and fourteenth paraphrase corpus (`tests/corpus/FRESH.md`; parcel delivery and
/// postal services; short chat and social replies): 0.986 / 0.951 blind, none of 52 flagged;
/// 0.986 / 0.951 after its round.
#[test]
fn two_hundred_and_fourteenth_paraphrase_corpus() {
    assert_level("para214.jsonl", 0.97, 0.94, 0);
}

/// The two hundred and fifteenth paraphrase corpus (`tests/corpus/FRESH.md`; fitness, wellness and
/// beauty salons; warmth that slips): 0.978 / 0.884 blind, none of 50 flagged; 0.978 / 0.918 after
/// its round.
#[test]
fn two_hundred_and_fifteenth_paraphrase_corpus() {
    assert_level("para215.jsonl", 0.96, 0.90, 0);
}

/// The two hundred and sixteenth paraphrase corpus (`tests/corpus/FRESH.md`; car rental, parking
/// and EV charging; fines, deposits and damage): 0.953 / 0.846 blind, none of 50 flagged;
/// 0.953 / 0.853 after its round.
#[test]
fn two_hundred_and_sixteenth_paraphrase_corpus() {
    assert_level("para216.jsonl", 0.94, 0.84, 0);
}

/// The two hundred and seventeenth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 41-120): 0.962 / 0.908 blind, none of 50 flagged; 0.962 / 0.908 after its
/// round.
#[test]
fn two_hundred_and_seventeenth_paraphrase_corpus() {
    assert_level("para217.jsonl", 0.95, 0.89, 0);
}

/// The two hundred and eighteenth paraphrase corpus (`tests/corpus/FRESH.md`; airlines and travel
/// insurance; formal email and public replies): 0.967 / 0.851 blind, 2 of 49 flagged; 0.967 / 0.851
/// after its round.
#[test]
fn two_hundred_and_eighteenth_paraphrase_corpus() {
    assert_level("para218.jsonl", 0.95, 0.84, 2);
}

/// The two hundred and nineteenth paraphrase corpus (`tests/corpus/FRESH.md`; online education,
/// exam boards and universities; deadlines and appeals): 0.983 / 0.843 blind, 1 of 50 flagged;
/// 0.983 / 0.843 after its round.
#[test]
fn two_hundred_and_nineteenth_paraphrase_corpus() {
    assert_level("para219.jsonl", 0.97, 0.83, 1);
}

/// The two hundred and twentieth paraphrase corpus (`tests/corpus/FRESH.md`; broadband installs, TV
/// bundles and engineers' visits; text-length replies): 0.978 / 0.894 blind, 1 of 51 flagged;
/// 0.979 / 0.914 after its round.
#[test]
fn two_hundred_and_twentieth_paraphrase_corpus() {
    assert_level("para220.jsonl", 0.96, 0.90, 1);
}

/// The two hundred and twenty-first paraphrase corpus (`tests/corpus/FRESH.md`; refurbished
/// electronics sellers; warranty claims and grading disputes): 0.993 / 0.911 blind, none of 50
/// flagged; 0.993 / 0.918 after its round.
#[test]
fn two_hundred_and_twenty_first_paraphrase_corpus() {
    assert_level("para221.jsonl", 0.98, 0.90, 0);
}

/// The two hundred and twenty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 121-200): 0.992 / 0.874 blind, none of 50 flagged; 1.000 / 0.930 after its
/// round.
#[test]
fn two_hundred_and_twenty_second_paraphrase_corpus() {
    assert_level("para222.jsonl", 0.99, 0.92, 0);
}

/// The two hundred and twenty-third paraphrase corpus (`tests/corpus/FRESH.md`; pet insurance, vets
/// and pet-food subscriptions; claim refusals that imply neglect): 0.983 / 0.794 blind, none of 50
/// flagged; 0.992 / 0.858 after its round.
#[test]
fn two_hundred_and_twenty_third_paraphrase_corpus() {
    assert_level("para223.jsonl", 0.98, 0.84, 0);
}

/// The two hundred and twenty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; moving companies,
/// storage and furniture assembly; chat and SMS-length replies): 1.000 / 0.880 blind, none of 49
/// flagged; 1.000 / 0.923 after its round.
#[test]
fn two_hundred_and_twenty_fourth_paraphrase_corpus() {
    assert_level("para224.jsonl", 0.99, 0.91, 0);
}

/// The two hundred and twenty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; games, app stores
/// and in-app purchases; casual tone that slips into sarcasm): 0.982 / 0.828 blind, none of 50
/// flagged; 1.000 / 0.858 after its round.
#[test]
fn two_hundred_and_twenty_fifth_paraphrase_corpus() {
    assert_level("para225.jsonl", 0.99, 0.84, 0);
}

/// The two hundred and twenty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; wedding, event and
/// venue bookings; formal email that turns cold): 0.904 / 0.730 blind, 1 of 50 flagged;
/// 0.929 / 0.837 after its round.
#[test]
fn two_hundred_and_twenty_sixth_paraphrase_corpus() {
    assert_level("para226.jsonl", 0.91, 0.82, 1);
}

/// The two hundred and twenty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 61-140): 0.977 / 0.906 blind, none of 50 flagged; 1.000 / 0.913 after its
/// round.
#[test]
fn two_hundred_and_twenty_seventh_paraphrase_corpus() {
    assert_level("para227.jsonl", 0.99, 0.90, 0);
}

/// The two hundred and twenty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; energy and water
/// utilities; estimated bills, debt letters and meter installs): 0.969 / 0.833 blind, 2 of 50
/// flagged; 0.992 / 0.887 after its round.
#[test]
fn two_hundred_and_twenty_eighth_paraphrase_corpus() {
    assert_level("para228.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and twenty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; SaaS and B2B
/// software support; admins, invoices, seat licences and outages): 1.000 / 0.850 blind, none of 50
/// flagged; 1.000 / 0.878 after its round.
#[test]
fn two_hundred_and_twenty_ninth_paraphrase_corpus() {
    assert_level("para229.jsonl", 0.99, 0.86, 0);
}

/// The two hundred and thirtieth paraphrase corpus (`tests/corpus/FRESH.md`; restaurants, food
/// delivery and meal kits; quick chat and public social replies): 0.961 / 0.871 blind, 2 of 52
/// flagged; 1.000 / 0.907 after its round.
#[test]
fn two_hundred_and_thirtieth_paraphrase_corpus() {
    assert_level("para230.jsonl", 0.99, 0.89, 0);
}

/// The two hundred and thirty-first paraphrase corpus (`tests/corpus/FRESH.md`; local councils,
/// libraries and public transport; permits, fines and an officious tone): 0.941 / 0.858 blind, 2 of
/// 51 flagged; 0.978 / 0.919 after its round.
#[test]
fn two_hundred_and_thirty_first_paraphrase_corpus() {
    assert_level("para231.jsonl", 0.96, 0.90, 0);
}

/// The two hundred and thirty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 241-320): 0.986 / 0.947 blind, none of 50 flagged; 0.993 / 0.974 after its
/// round.
#[test]
fn two_hundred_and_thirty_second_paraphrase_corpus() {
    assert_level("para232.jsonl", 0.98, 0.96, 0);
}

/// The two hundred and thirty-third paraphrase corpus (`tests/corpus/FRESH.md`; hotels, holiday
/// lets and hostels; agents who defend the property): 0.981 / 0.727 blind, none of 50 flagged;
/// 0.991 / 0.791 after its round.
#[test]
fn two_hundred_and_thirty_third_paraphrase_corpus() {
    assert_level("para233.jsonl", 0.98, 0.78, 0);
}

/// The two hundred and thirty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; mobile networks
/// and phone repairs; a third of the drafts hard-wrapped mid-sentence): 0.978 / 0.904 blind, 1 of
/// 50 flagged; 0.993 / 0.925 after its round.
#[test]
fn two_hundred_and_thirty_fourth_paraphrase_corpus() {
    assert_level("para234.jsonl", 0.98, 0.91, 0);
}

/// The two hundred and thirty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; charities,
/// memberships and donations; polite wording that stays cold or preachy): 0.950 / 0.844 blind, 1 of
/// 50 flagged; 0.975 / 0.889 after its round.
#[test]
fn two_hundred_and_thirty_fifth_paraphrase_corpus() {
    assert_level("para235.jsonl", 0.96, 0.87, 0);
}

/// The two hundred and thirty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; tradespeople and
/// home services; blunt texts and WhatsApp-style replies): 0.984 / 0.813 blind, none of 47 flagged;
/// 0.992 / 0.853 after its round.
#[test]
fn two_hundred_and_thirty_sixth_paraphrase_corpus() {
    assert_level("para236.jsonl", 0.98, 0.84, 0);
}

/// The two hundred and thirty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 321-400): 0.979 / 0.972 blind, 1 of 50 flagged; 0.993 / 0.979 after its round.
#[test]
fn two_hundred_and_thirty_seventh_paraphrase_corpus() {
    assert_level("para237.jsonl", 0.98, 0.96, 0);
}

/// The two hundred and thirty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; opticians,
/// dentists and private clinics; a clinical, matter-of-fact tone): 0.975 / 0.821 blind, none of 50
/// flagged; 0.984 / 0.883 after its round.
#[test]
fn two_hundred_and_thirty_eighth_paraphrase_corpus() {
    assert_level("para238.jsonl", 0.97, 0.87, 0);
}

/// The two hundred and thirty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; online
/// marketplaces; disputes, fees and suspensions, agents who side with the platform): 0.966 / 0.825
/// blind, 1 of 50 flagged; 0.983 / 0.869 after its round.
#[test]
fn two_hundred_and_thirty_ninth_paraphrase_corpus() {
    assert_level("para239.jsonl", 0.97, 0.85, 0);
}

/// The two hundred and fortieth paraphrase corpus (`tests/corpus/FRESH.md`; courier depots and
/// freight for small businesses; B2B email): 0.982 / 0.846 blind, 2 of 50 flagged; 1.000 / 0.885
/// after its round.
#[test]
fn two_hundred_and_fortieth_paraphrase_corpus() {
    assert_level("para240.jsonl", 0.99, 0.87, 0);
}

/// The two hundred and forty-first paraphrase corpus (`tests/corpus/FRESH.md`; streaming, music and
/// news subscriptions; short chat and public social replies): 0.976 / 0.864 blind, 1 of 50 flagged;
/// 0.976 / 0.886 after its round.
#[test]
fn two_hundred_and_forty_first_paraphrase_corpus() {
    assert_level("para241.jsonl", 0.96, 0.87, 0);
}

/// The two hundred and forty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 1-80): 0.969 / 0.859 blind, 1 of 50 flagged; 0.992 / 0.899 after its round.
#[test]
fn two_hundred_and_forty_second_paraphrase_corpus() {
    assert_level("para242.jsonl", 0.98, 0.88, 0);
}

/// The two hundred and forty-third paraphrase corpus (`tests/corpus/FRESH.md`; schools, nurseries
/// and after-school clubs; agents who lecture parents): 0.976 / 0.822 blind, none of 50 flagged;
/// 0.992 / 0.884 after its round.
#[test]
fn two_hundred_and_forty_third_paraphrase_corpus() {
    assert_level("para243.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and forty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; car dealerships,
/// MOTs and garages; plain-text emails, some hard-wrapped): 0.992 / 0.881 blind, none of 50
/// flagged; 0.992 / 0.937 after its round.
#[test]
fn two_hundred_and_forty_fourth_paraphrase_corpus() {
    assert_level("para244.jsonl", 0.98, 0.92, 0);
}

/// The two hundred and forty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; ticketing for
/// concerts, sport and theatre; terse social replies): 0.974 / 0.860 blind, none of 50 flagged;
/// 0.991 / 0.915 after its round.
#[test]
fn two_hundred_and_forty_fifth_paraphrase_corpus() {
    assert_level("para245.jsonl", 0.98, 0.90, 0);
}

/// The two hundred and forty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; print-on-demand,
/// custom gifts and engraving; agents who insist it was approved): 0.984 / 0.846 blind, 1 of 49
/// flagged; 0.992 / 0.874 after its round.
#[test]
fn two_hundred_and_forty_sixth_paraphrase_corpus() {
    assert_level("para246.jsonl", 0.98, 0.86, 0);
}

/// The two hundred and forty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 161-240): 0.993 / 0.899 blind, none of 52 flagged; 0.993 / 0.946 after its
/// round.
#[test]
fn two_hundred_and_forty_seventh_paraphrase_corpus() {
    assert_level("para247.jsonl", 0.98, 0.93, 0);
}

/// The two hundred and forty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; pharmacies and
/// health-product retailers; careful, formal wording that slips): 0.974 / 0.755 blind, none of 50
/// flagged; 0.983 / 0.810 after its round.
#[test]
fn two_hundred_and_forty_eighth_paraphrase_corpus() {
    assert_level("para248.jsonl", 0.97, 0.80, 0);
}

/// The two hundred and forty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; coworking spaces and
/// facilities management; terse internal-ticket style): 0.982 / 0.766 blind, none of 51 flagged;
/// 0.975 / 0.814 after its round.
#[test]
fn two_hundred_and_forty_ninth_paraphrase_corpus() {
    assert_level("para249.jsonl", 0.96, 0.80, 0);
}

/// The two hundred and fiftieth paraphrase corpus (`tests/corpus/FRESH.md`; tour operators, cruises
/// and coach trips; long emails mixing warmth and coldness): 0.968 / 0.810 blind, 2 of 50 flagged;
/// 0.992 / 0.830 after its round.
#[test]
fn two_hundred_and_fiftieth_paraphrase_corpus() {
    assert_level("para250.jsonl", 0.98, 0.82, 0);
}

/// The two hundred and fifty-first paraphrase corpus (`tests/corpus/FRESH.md`; banks' fraud and
/// disputes teams; agents who imply the customer was careless): 1.000 / 0.834 blind, none of 50
/// flagged; 1.000 / 0.861 after its round.
#[test]
fn two_hundred_and_fifty_first_paraphrase_corpus() {
    assert_level("para251.jsonl", 0.99, 0.85, 0);
}

/// The two hundred and fifty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 81-160): 0.963 / 0.935 blind, none of 51 flagged; 0.963 / 0.942 after its
/// round.
#[test]
fn two_hundred_and_fifty_second_paraphrase_corpus() {
    assert_level("para252.jsonl", 0.95, 0.93, 0);
}

/// The two hundred and fifty-third paraphrase corpus (`tests/corpus/FRESH.md`; letting agents and
/// landlords; agents who side with the landlord): 0.976 / 0.842 blind, none of 50 flagged;
/// 0.984 / 0.856 after its round.
#[test]
fn two_hundred_and_fifty_third_paraphrase_corpus() {
    assert_level("para253.jsonl", 0.97, 0.84, 0);
}

/// The two hundred and fifty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; web hosting,
/// domains and email; a quarter of the drafts hard-wrapped): 0.973 / 0.764 blind, none of 50
/// flagged; 0.974 / 0.833 after its round.
#[test]
fn two_hundred_and_fifty_fourth_paraphrase_corpus() {
    assert_level("para254.jsonl", 0.96, 0.82, 0);
}

/// The two hundred and fifty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; baby and children's
/// products; recalls, anxious parents, agents who talk down): 0.970 / 0.850 blind, 1 of 50 flagged;
/// 0.986 / 0.928 after its round.
#[test]
fn two_hundred_and_fifty_fifth_paraphrase_corpus() {
    assert_level("para255.jsonl", 0.97, 0.91, 0);
}

/// The two hundred and fifty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; sports clubs,
/// leagues and leisure centres; volunteer admins with a brusque tone): 0.993 / 0.913 blind, 1 of 50
/// flagged; 1.000 / 0.926 after its round.
#[test]
fn two_hundred_and_fifty_sixth_paraphrase_corpus() {
    assert_level("para256.jsonl", 0.99, 0.91, 0);
}

/// The two hundred and fifty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 201-280): 0.976 / 0.889 blind, none of 50 flagged; 0.992 / 0.896 after its
/// round.
#[test]
fn two_hundred_and_fifty_seventh_paraphrase_corpus() {
    assert_level("para257.jsonl", 0.98, 0.88, 0);
}

/// The two hundred and fifty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; pension providers
/// and investment platforms; formal letters with regulatory wording): 0.969 / 0.774 blind, 1 of 51
/// flagged; 0.984 / 0.799 after its round.
#[test]
fn two_hundred_and_fifty_eighth_paraphrase_corpus() {
    assert_level("para258.jsonl", 0.97, 0.78, 0);
}

/// The two hundred and fifty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; furniture and
/// mattress retailers; chat replies that grow impatient): 0.969 / 0.792 blind, none of 53 flagged;
/// 0.970 / 0.836 after its round.
#[test]
fn two_hundred_and_fifty_ninth_paraphrase_corpus() {
    assert_level("para259.jsonl", 0.96, 0.82, 0);
}

/// The two hundred and sixtieth paraphrase corpus (`tests/corpus/FRESH.md`; dating apps and online
/// communities; moderators who lecture): 0.981 / 0.732 blind, none of 50 flagged; 0.982 / 0.782
/// after its round.
#[test]
fn two_hundred_and_sixtieth_paraphrase_corpus() {
    assert_level("para260.jsonl", 0.97, 0.77, 0);
}

/// The two hundred and sixty-first paraphrase corpus (`tests/corpus/FRESH.md`; retail and local
/// services; agents writing in a second language): 0.962 / 0.779 blind, none of 52 flagged;
/// 1.000 / 0.809 after its round.
#[test]
fn two_hundred_and_sixty_first_paraphrase_corpus() {
    assert_level("para261.jsonl", 0.99, 0.79, 0);
}

/// The two hundred and sixty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 281-360): 0.992 / 0.906 blind, none of 50 flagged; 1.000 / 0.971 after its
/// round.
#[test]
fn two_hundred_and_sixty_second_paraphrase_corpus() {
    assert_level("para262.jsonl", 0.99, 0.96, 0);
}

/// The two hundred and sixty-third paraphrase corpus (`tests/corpus/FRESH.md`; home and motor
/// insurance claims; handlers who doubt the customer): 0.956 / 0.782 blind, 1 of 52 flagged;
/// 0.970 / 0.937 after its round.
#[test]
fn two_hundred_and_sixty_third_paraphrase_corpus() {
    assert_level("para263.jsonl", 0.96, 0.92, 1);
}

/// The two hundred and sixty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; online courses,
/// bootcamps and exam boards; agents who quote the terms): 0.992 / 0.863 blind, none of 51 flagged;
/// 0.992 / 0.928 after its round.
#[test]
fn two_hundred_and_sixty_fourth_paraphrase_corpus() {
    assert_level("para264.jsonl", 0.98, 0.91, 0);
}

/// The two hundred and sixty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; an internal IT
/// helpdesk; impatient technicians and jargon): 0.991 / 0.822 blind, none of 50 flagged;
/// 0.992 / 0.926 after its round.
#[test]
fn two_hundred_and_sixty_fifth_paraphrase_corpus() {
    assert_level("para265.jsonl", 0.98, 0.91, 0);
}

/// The two hundred and sixty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; gyms and fitness
/// memberships; upbeat tone that turns curt): 0.965 / 0.828 blind, 1 of 52 flagged; 0.984 / 0.918
/// after its round.
#[test]
fn two_hundred_and_sixty_sixth_paraphrase_corpus() {
    assert_level("para266.jsonl", 0.97, 0.90, 0);
}

/// The two hundred and sixty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 41-120): 0.985 / 0.911 blind, 1 of 52 flagged; 1.000 / 0.938 after its round.
#[test]
fn two_hundred_and_sixty_seventh_paraphrase_corpus() {
    assert_level("para267.jsonl", 0.99, 0.92, 0);
}

/// The two hundred and sixty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; airlines and
/// airports; agents who cite regulations and fare rules): 0.956 / 0.728 blind, none of 48 flagged;
/// 0.962 / 0.848 after its round.
#[test]
fn two_hundred_and_sixty_eighth_paraphrase_corpus() {
    assert_level("para268.jsonl", 0.95, 0.83, 0);
}

/// The two hundred and sixty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; mortgages, loans and
/// credit cards; arrears and collections letters): 0.913 / 0.726 blind, 1 of 50 flagged;
/// 0.942 / 0.801 after its round.
#[test]
fn two_hundred_and_sixty_ninth_paraphrase_corpus() {
    assert_level("para269.jsonl", 0.93, 0.79, 0);
}

/// The two hundred and seventieth paraphrase corpus (`tests/corpus/FRESH.md`; SaaS and app
/// subscriptions in live chat; clipped replies with slang): 0.963 / 0.872 blind, none of 50
/// flagged; 0.985 / 0.912 after its round.
#[test]
fn two_hundred_and_seventieth_paraphrase_corpus() {
    assert_level("para270.jsonl", 0.97, 0.90, 0);
}

/// The two hundred and seventy-first paraphrase corpus (`tests/corpus/FRESH.md`; passports, visas
/// and licences; officious replies, some hard-wrapped): 0.985 / 0.837 blind, 1 of 50 flagged;
/// 0.993 / 0.882 after its round.
#[test]
fn two_hundred_and_seventy_first_paraphrase_corpus() {
    assert_level("para271.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and seventy-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 161-240): 0.978 / 0.930 blind, none of 50 flagged; 0.992 / 0.951 after its
/// round.
#[test]
fn two_hundred_and_seventy_second_paraphrase_corpus() {
    assert_level("para272.jsonl", 0.98, 0.94, 0);
}

/// The two hundred and seventy-third paraphrase corpus (`tests/corpus/FRESH.md`; electronics and
/// appliance retailers; agents who insist on misuse): 0.992 / 0.910 blind, none of 50 flagged;
/// 1.000 / 0.910 after its round.
#[test]
fn two_hundred_and_seventy_third_paraphrase_corpus() {
    assert_level("para273.jsonl", 0.99, 0.90, 0);
}

/// The two hundred and seventy-fourth paraphrase corpus (`tests/corpus/FRESH.md`; parcel lockers,
/// post and returns; very short chat and social replies): 0.977 / 0.876 blind, none of 50 flagged;
/// 0.985 / 0.917 after its round.
#[test]
fn two_hundred_and_seventy_fourth_paraphrase_corpus() {
    assert_level("para274.jsonl", 0.97, 0.90, 0);
}

/// The two hundred and seventy-fifth paraphrase corpus (`tests/corpus/FRESH.md`; B2B wholesale and
/// trade accounts; email threads with quoted messages): 0.969 / 0.830 blind, 1 of 50 flagged;
/// 0.972 / 0.908 after its round.
#[test]
fn two_hundred_and_seventy_fifth_paraphrase_corpus() {
    assert_level("para275.jsonl", 0.96, 0.89, 1);
}

/// The two hundred and seventy-sixth paraphrase corpus (`tests/corpus/FRESH.md`; cinemas, museums
/// and attractions; scripts that turn sarcastic or preachy): 0.951 / 0.821 blind, 2 of 52 flagged;
/// 0.976 / 0.871 after its round.
#[test]
fn two_hundred_and_seventy_sixth_paraphrase_corpus() {
    assert_level("para276.jsonl", 0.96, 0.86, 0);
}

/// The two hundred and seventy-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 241-320): 0.993 / 0.922 blind, none of 49 flagged; 1.000 / 0.974 after its
/// round.
#[test]
fn two_hundred_and_seventy_seventh_paraphrase_corpus() {
    assert_level("para277.jsonl", 0.99, 0.96, 0);
}

/// The two hundred and seventy-eighth paraphrase corpus (`tests/corpus/FRESH.md`; broadband and TV
/// providers; scripted agents who get defensive): 1.000 / 0.932 blind, none of 49 flagged;
/// 1.000 / 0.966 after its round.
#[test]
fn two_hundred_and_seventy_eighth_paraphrase_corpus() {
    assert_level("para278.jsonl", 0.99, 0.95, 0);
}

/// The two hundred and seventy-ninth paraphrase corpus (`tests/corpus/FRESH.md`; online fashion and
/// beauty; breezy social replies that slip into sarcasm): 0.992 / 0.847 blind, none of 49 flagged;
/// 0.992 / 0.889 after its round.
#[test]
fn two_hundred_and_seventy_ninth_paraphrase_corpus() {
    assert_level("para279.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and eightieth paraphrase corpus (`tests/corpus/FRESH.md`; GP surgeries and
/// hospital booking lines; stretched receptionists): 0.968 / 0.840 blind, 2 of 50 flagged;
/// 0.992 / 0.889 after its round.
#[test]
fn two_hundred_and_eightieth_paraphrase_corpus() {
    assert_level("para280.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and eighty-first paraphrase corpus (`tests/corpus/FRESH.md`; property management
/// for tenants; apology mixed with blame): 0.980 / 0.733 blind, none of 50 flagged; 0.991 / 0.830
/// after its round.
#[test]
fn two_hundred_and_eighty_first_paraphrase_corpus() {
    assert_level("para281.jsonl", 0.98, 0.82, 0);
}

/// The two hundred and eighty-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 321-400): 0.985 / 0.936 blind, none of 49 flagged; 0.993 / 0.979 after its
/// round.
#[test]
fn two_hundred_and_eighty_second_paraphrase_corpus() {
    assert_level("para282.jsonl", 0.98, 0.96, 0);
}

/// The two hundred and eighty-third paraphrase corpus (`tests/corpus/FRESH.md`; car hire,
/// ride-hailing and parking; agents who treat the customer as a suspect): 0.959 / 0.853 blind, none
/// of 50 flagged; 0.969 / 0.904 after its round.
#[test]
fn two_hundred_and_eighty_third_paraphrase_corpus() {
    assert_level("para283.jsonl", 0.95, 0.89, 0);
}

/// The two hundred and eighty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; food and drink
/// brands; careful wording that slides into dismissal): 0.970 / 0.710 blind, none of 50 flagged;
/// 0.992 / 0.877 after its round.
#[test]
fn two_hundred_and_eighty_fourth_paraphrase_corpus() {
    assert_level("para284.jsonl", 0.98, 0.86, 0);
}

/// The two hundred and eighty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; consumer software
/// licences; canned macros with placeholders): 0.977 / 0.853 blind, none of 50 flagged;
/// 0.986 / 0.933 after its round.
#[test]
fn two_hundred_and_eighty_fifth_paraphrase_corpus() {
    assert_level("para285.jsonl", 0.97, 0.92, 0);
}

/// The two hundred and eighty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; wedding
/// photographers and creative freelancers; defensive, emotional threads): 0.915 / 0.586 blind, 3 of
/// 49 flagged; 0.946 / 0.688 after its round.
#[test]
fn two_hundred_and_eighty_sixth_paraphrase_corpus() {
    assert_level("para286.jsonl", 0.93, 0.67, 2);
}

/// The two hundred and eighty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 81-160): 0.984 / 0.933 blind, none of 50 flagged; 1.000 / 0.933 after its
/// round.
#[test]
fn two_hundred_and_eighty_seventh_paraphrase_corpus() {
    assert_level("para287.jsonl", 0.99, 0.92, 0);
}

/// The two hundred and eighty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; crowdfunding and
/// hardware startups; founders replying sharply): 0.967 / 0.752 blind, 1 of 50 flagged;
/// 0.985 / 0.841 after its round.
#[test]
fn two_hundred_and_eighty_eighth_paraphrase_corpus() {
    assert_level("para288.jsonl", 0.97, 0.83, 0);
}

/// The two hundred and eighty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; tax, accounting and
/// payroll software; precise, jargon-heavy replies): 0.965 / 0.775 blind, 2 of 50 flagged;
/// 0.967 / 0.841 after its round.
#[test]
fn two_hundred_and_eighty_ninth_paraphrase_corpus() {
    assert_level("para289.jsonl", 0.95, 0.83, 2);
}

/// The two hundred and ninetieth paraphrase corpus (`tests/corpus/FRESH.md`; vets, groomers and pet
/// sitters; caring tone that lectures the owner): 0.975 / 0.850 blind, none of 51 flagged;
/// 0.984 / 0.907 after its round.
#[test]
fn two_hundred_and_ninetieth_paraphrase_corpus() {
    assert_level("para290.jsonl", 0.97, 0.89, 0);
}

/// The two hundred and ninety-first paraphrase corpus (`tests/corpus/FRESH.md`; agents writing
/// American English; retail, telecom and travel): 0.992 / 0.854 blind, none of 50 flagged;
/// 0.992 / 0.876 after its round.
#[test]
fn two_hundred_and_ninety_first_paraphrase_corpus() {
    assert_level("para291.jsonl", 0.98, 0.86, 0);
}

/// The two hundred and ninety-second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 241-320): 0.986 / 0.957 blind, none of 52 flagged; 0.985 / 0.972 after its
/// round.
#[test]
fn two_hundred_and_ninety_second_paraphrase_corpus() {
    assert_level("para292.jsonl", 0.97, 0.96, 0);
}

/// The two hundred and ninety-third paraphrase corpus (`tests/corpus/FRESH.md`; home, car and
/// travel insurance claims; adjusters who quote the policy wording): 0.961 / 0.804 blind, none of
/// 50 flagged; 0.963 / 0.876 after its round.
#[test]
fn two_hundred_and_ninety_third_paraphrase_corpus() {
    assert_level("para293.jsonl", 0.95, 0.86, 0);
}

/// The two hundred and ninety-fourth paraphrase corpus (`tests/corpus/FRESH.md`; gyms, fitness apps
/// and sports clubs; cancellations, upbeat tone that turns pushy): 0.957 / 0.760 blind, none of 50
/// flagged; 0.961 / 0.849 after its round.
#[test]
fn two_hundred_and_ninety_fourth_paraphrase_corpus() {
    assert_level("para294.jsonl", 0.95, 0.83, 0);
}

/// The two hundred and ninety-fifth paraphrase corpus (`tests/corpus/FRESH.md`; banks, credit cards
/// and fintech apps; fraud holds, identity checks and fee disputes): 1.000 / 0.903 blind, none of
/// 50 flagged; 1.000 / 0.924 after its round.
#[test]
fn two_hundred_and_ninety_fifth_paraphrase_corpus() {
    assert_level("para295.jsonl", 0.99, 0.91, 0);
}

/// The two hundred and ninety-sixth paraphrase corpus (`tests/corpus/FRESH.md`; agents at the end
/// of a long shift; lowercase chat, typos, missing apostrophes): 0.967 / 0.824 blind, none of 50
/// flagged; 0.992 / 0.866 after its round.
#[test]
fn two_hundred_and_ninety_sixth_paraphrase_corpus() {
    assert_level("para296.jsonl", 0.98, 0.85, 0);
}

/// The two hundred and ninety-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 121-200): 0.992 / 0.843 blind, none of 50 flagged; 0.992 / 0.886 after its
/// round.
#[test]
fn two_hundred_and_ninety_seventh_paraphrase_corpus() {
    assert_level("para297.jsonl", 0.98, 0.87, 0);
}

/// The two hundred and ninety-eighth paraphrase corpus (`tests/corpus/FRESH.md`; airlines and
/// travel agencies; delays, lost luggage and compensation claims): 0.966 / 0.823 blind, 1 of 50
/// flagged; 0.977 / 0.915 after its round.
#[test]
fn two_hundred_and_ninety_eighth_paraphrase_corpus() {
    assert_level("para298.jsonl", 0.96, 0.90, 0);
}

/// The two hundred and ninety-ninth paraphrase corpus (`tests/corpus/FRESH.md`; a company's
/// internal IT helpdesk; terse technicians, ticket-speak, acronyms): 0.977 / 0.841 blind, 1 of 50
/// flagged; 0.985 / 0.881 after its round.
#[test]
fn two_hundred_and_ninety_ninth_paraphrase_corpus() {
    assert_level("para299.jsonl", 0.97, 0.87, 0);
}

/// The three hundredth paraphrase corpus (`tests/corpus/FRESH.md`; luxury and fashion retail;
/// polished wording that turns haughty): 0.992 / 0.888 blind, 1 of 50 flagged; 1.000 / 0.958 after
/// its round.
#[test]
fn three_hundredth_paraphrase_corpus() {
    assert_level("para300.jsonl", 0.99, 0.94, 0);
}

/// The three hundred and first paraphrase corpus (`tests/corpus/FRESH.md`; long multi-paragraph
/// emails that bury one or two cold lines deep inside): 0.972 / 0.741 blind, 1 of 51 flagged;
/// 1.000 / 0.906 after its round.
#[test]
fn three_hundred_and_first_paraphrase_corpus() {
    assert_level("para301.jsonl", 0.99, 0.89, 0);
}

/// The three hundred and second paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 1-80): 0.971 / 0.890 blind, 1 of 50 flagged; 0.993 / 0.948 after its round.
#[test]
fn three_hundred_and_second_paraphrase_corpus() {
    assert_level("para302.jsonl", 0.98, 0.93, 0);
}

/// The three hundred and third paraphrase corpus (`tests/corpus/FRESH.md`; online courses, training
/// platforms and exam boards; appeals and deadlines): 0.985 / 0.899 blind, none of 50 flagged;
/// 0.993 / 0.932 after its round.
#[test]
fn three_hundred_and_third_paraphrase_corpus() {
    assert_level("para303.jsonl", 0.98, 0.92, 0);
}

/// The three hundred and fourth paraphrase corpus (`tests/corpus/FRESH.md`; SMS and WhatsApp
/// replies from small local businesses): 0.973 / 0.807 blind, none of 50 flagged; 0.991 / 0.881
/// after its round.
#[test]
fn three_hundred_and_fourth_paraphrase_corpus() {
    assert_level("para304.jsonl", 0.98, 0.87, 0);
}

/// The three hundred and fifth paraphrase corpus (`tests/corpus/FRESH.md`; US health insurance and
/// medical billing; denials, EOBs, prior authorization): 0.952 / 0.844 blind, 1 of 50 flagged;
/// 0.969 / 0.894 after its round.
#[test]
fn three_hundred_and_fifth_paraphrase_corpus() {
    assert_level("para305.jsonl", 0.95, 0.88, 1);
}

/// The three hundred and sixth paraphrase corpus (`tests/corpus/FRESH.md`; agents writing in
/// English as a second language): 0.974 / 0.758 blind, 1 of 50 flagged; 0.993 / 0.933 after its
/// round.
#[test]
fn three_hundred_and_sixth_paraphrase_corpus() {
    assert_level("para306.jsonl", 0.98, 0.92, 0);
}

/// The three hundred and seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 201-280): 0.971 / 0.978 blind, none of 50 flagged; 0.978 / 0.986 after its round.
#[test]
fn three_hundred_and_seventh_paraphrase_corpus() {
    assert_level("para307.jsonl", 0.96, 0.97, 0);
}

/// The three hundred and eighth paraphrase corpus (`tests/corpus/FRESH.md`; furniture, mattresses
/// and home appliances; delivery slots and damage): 0.976 / 0.849 blind, 1 of 50 flagged;
/// 0.993 / 0.964 after its round.
#[test]
fn three_hundred_and_eighth_paraphrase_corpus() {
    assert_level("para308.jsonl", 0.98, 0.95, 0);
}

/// The three hundred and ninth paraphrase corpus (`tests/corpus/FRESH.md`; web hosting, domains and
/// email providers for small businesses): 0.950 / 0.797 blind, 1 of 50 flagged; 0.963 / 0.916 after
/// its round.
#[test]
fn three_hundred_and_ninth_paraphrase_corpus() {
    assert_level("para309.jsonl", 0.95, 0.90, 1);
}

/// The three hundred and tenth paraphrase corpus (`tests/corpus/FRESH.md`; public social-media
/// replies from brands of all kinds): 0.992 / 0.885 blind, none of 50 flagged; 1.000 / 0.947 after
/// its round.
#[test]
fn three_hundred_and_tenth_paraphrase_corpus() {
    assert_level("para310.jsonl", 0.99, 0.93, 0);
}

/// The three hundred and eleventh paraphrase corpus (`tests/corpus/FRESH.md`; replies that quote
/// the customer's own words back): 0.992 / 0.810 blind, none of 49 flagged; 1.000 / 0.898 after its
/// round.
#[test]
fn three_hundred_and_eleventh_paraphrase_corpus() {
    assert_level("para311.jsonl", 0.99, 0.88, 0);
}

/// The three hundred and twelfth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 321-400): 0.979 / 0.971 blind, none of 50 flagged; 0.993 / 0.979 after its round.
#[test]
fn three_hundred_and_twelfth_paraphrase_corpus() {
    assert_level("para312.jsonl", 0.98, 0.96, 0);
}

/// The three hundred and thirteenth paraphrase corpus (`tests/corpus/FRESH.md`; car insurance,
/// breakdown cover and roadside assistance): 0.944 / 0.863 blind, 2 of 52 flagged; 0.959 / 0.863
/// after its round.
#[test]
fn three_hundred_and_thirteenth_paraphrase_corpus() {
    assert_level("para313.jsonl", 0.94, 0.85, 1);
}

/// The three hundred and fourteenth paraphrase corpus (`tests/corpus/FRESH.md`; toys, baby products
/// and school uniforms; worried parents): 0.974 / 0.793 blind, 1 of 50 flagged; 0.983 / 0.843 after
/// its round.
#[test]
fn three_hundred_and_fourteenth_paraphrase_corpus() {
    assert_level("para314.jsonl", 0.97, 0.83, 0);
}

/// The three hundred and fifteenth paraphrase corpus (`tests/corpus/FRESH.md`; B2B wholesale and
/// trade accounts; invoices, credit limits, minimum orders): 0.991 / 0.764 blind, none of 48
/// flagged; 0.992 / 0.900 after its round.
#[test]
fn three_hundred_and_fifteenth_paraphrase_corpus() {
    assert_level("para315.jsonl", 0.98, 0.89, 0);
}

/// The three hundred and sixteenth paraphrase corpus (`tests/corpus/FRESH.md`; replies drafted in a
/// hurry on a phone; one or two sentences): 0.993 / 0.951 blind, none of 50 flagged; 1.000 / 0.979
/// after its round.
#[test]
fn three_hundred_and_sixteenth_paraphrase_corpus() {
    assert_level("para316.jsonl", 0.99, 0.96, 0);
}

/// The three hundred and seventeenth paraphrase corpus (`tests/corpus/FRESH.md`; vets, pet
/// insurance and pet-food subscriptions; clipped reception staff): 0.967 / 0.807 blind, 2 of 50
/// flagged; 0.984 / 0.862 after its round.
#[test]
fn three_hundred_and_seventeenth_paraphrase_corpus() {
    assert_level("para317.jsonl", 0.97, 0.85, 0);
}

/// The three hundred and eighteenth paraphrase corpus (`tests/corpus/FRESH.md`; letting agents and
/// property management; repairs, deposits and arrears): 0.992 / 0.808 blind, 1 of 50 flagged;
/// 1.000 / 0.890 after its round.
#[test]
fn three_hundred_and_eighteenth_paraphrase_corpus() {
    assert_level("para318.jsonl", 0.99, 0.88, 0);
}

/// The three hundred and nineteenth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 1-80): 0.985 / 0.909 blind, none of 50 flagged; 0.985 / 0.958 after its round.
#[test]
fn three_hundred_and_nineteenth_paraphrase_corpus() {
    assert_level("para319.jsonl", 0.97, 0.94, 0);
}

/// The three hundred and twentieth paraphrase corpus (`tests/corpus/FRESH.md`; event and concert
/// ticketing; cancelled shows, resale and late refunds): 0.924 / 0.804 blind, none of 50 flagged;
/// 0.949 / 0.878 after its round.
#[test]
fn three_hundred_and_twentieth_paraphrase_corpus() {
    assert_level("para320.jsonl", 0.93, 0.86, 0);
}

/// The three hundred and twenty-first paraphrase corpus (`tests/corpus/FRESH.md`; developer tools
/// and API platforms; jargon-heavy support engineers): 0.923 / 0.766 blind, 3 of 50 flagged;
/// 0.929 / 0.857 after its round.
#[test]
fn three_hundred_and_twenty_first_paraphrase_corpus() {
    assert_level("para321.jsonl", 0.91, 0.84, 2);
}

/// The three hundred and twenty-second paraphrase corpus (`tests/corpus/FRESH.md`; grocery delivery
/// and meal kits; substitutions, spoiled items, missed slots): 0.982 / 0.830 blind, none of 52
/// flagged; 0.983 / 0.844 after its round.
#[test]
fn three_hundred_and_twenty_second_paraphrase_corpus() {
    assert_level("para322.jsonl", 0.97, 0.83, 0);
}

/// The three hundred and twenty-third paraphrase corpus (`tests/corpus/FRESH.md`; energy suppliers,
/// solar and heat-pump installers; bills, meters, delays): 0.963 / 0.763 blind, none of 50 flagged;
/// 0.973 / 0.799 after its round.
#[test]
fn three_hundred_and_twenty_third_paraphrase_corpus() {
    assert_level("para323.jsonl", 0.96, 0.78, 0);
}

/// The three hundred and twenty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; video game and
/// gaming platform support; bans, purchases, chargebacks): 0.977 / 0.891 blind, none of 50 flagged;
/// 0.977 / 0.935 after its round.
#[test]
fn three_hundred_and_twenty_fourth_paraphrase_corpus() {
    assert_level("para324.jsonl", 0.96, 0.92, 0);
}

/// The three hundred and twenty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 161-240): 0.978 / 0.937 blind, 1 of 52 flagged; 0.978 / 0.958 after its round.
#[test]
fn three_hundred_and_twenty_fifth_paraphrase_corpus() {
    assert_level("para325.jsonl", 0.96, 0.94, 1);
}

/// The three hundred and twenty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dental practices,
/// opticians and private clinics; fees and cancellations): 1.000 / 0.935 blind, none of 50 flagged;
/// 1.000 / 0.950 after its round.
#[test]
fn three_hundred_and_twenty_sixth_paraphrase_corpus() {
    assert_level("para326.jsonl", 0.99, 0.94, 0);
}

/// The three hundred and twenty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; charities and
/// membership bodies; donations, Gift Aid, renewals): 0.977 / 0.883 blind, 1 of 50 flagged;
/// 0.977 / 0.897 after its round.
#[test]
fn three_hundred_and_twenty_seventh_paraphrase_corpus() {
    assert_level("para327.jsonl", 0.96, 0.88, 1);
}

/// The three hundred and twenty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; car dealerships
/// and garages; servicing, MOT, warranty repairs): 0.985 / 0.889 blind, 1 of 50 flagged;
/// 0.985 / 0.917 after its round.
#[test]
fn three_hundred_and_twenty_eighth_paraphrase_corpus() {
    assert_level("para328.jsonl", 0.97, 0.90, 1);
}

/// The three hundred and twenty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 241-320): 0.975 / 0.838 blind, none of 50 flagged; 0.976 / 0.866 after its
/// round.
#[test]
fn three_hundred_and_twenty_ninth_paraphrase_corpus() {
    assert_level("para329.jsonl", 0.96, 0.85, 0);
}

/// The three hundred and thirtieth paraphrase corpus (`tests/corpus/FRESH.md`; hotels, holiday lets
/// and campsites; deposits, cleanliness, noise): 0.983 / 0.737 blind, 1 of 50 flagged;
/// 0.983 / 0.763 after its round.
#[test]
fn three_hundred_and_thirtieth_paraphrase_corpus() {
    assert_level("para330.jsonl", 0.97, 0.75, 1);
}

/// The three hundred and thirty-first paraphrase corpus (`tests/corpus/FRESH.md`; council and
/// public-service contractors; permits, fines, bin collections): 0.966 / 0.803 blind, none of 49
/// flagged; 0.966 / 0.810 after its round.
#[test]
fn three_hundred_and_thirty_first_paraphrase_corpus() {
    assert_level("para331.jsonl", 0.95, 0.80, 0);
}

/// The three hundred and thirty-second paraphrase corpus (`tests/corpus/FRESH.md`; streaming
/// services and subscription boxes; cancellations and renewals): 0.992 / 0.922 blind, none of 52
/// flagged; 0.991 / 0.915 after its round.
#[test]
fn three_hundred_and_thirty_second_paraphrase_corpus() {
    assert_level("para332.jsonl", 0.98, 0.90, 0);
}

/// The three hundred and thirty-third paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 321-400): 0.985 / 0.964 blind, 1 of 50 flagged; 0.985 / 0.964 after its round.
#[test]
fn three_hundred_and_thirty_third_paraphrase_corpus() {
    assert_level("para333.jsonl", 0.97, 0.95, 1);
}

/// The three hundred and thirty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; pharmacies and
/// online prescriptions; shortages and repeat orders): 0.957 / 0.825 blind, 2 of 49 flagged;
/// 0.965 / 0.832 after its round.
#[test]
fn three_hundred_and_thirty_fourth_paraphrase_corpus() {
    assert_level("para334.jsonl", 0.95, 0.82, 2);
}

/// The three hundred and thirty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; removals, storage
/// and man-with-a-van firms; damage, quotes, late crews): 0.984 / 0.845 blind, 1 of 50 flagged;
/// 0.984 / 0.865 after its round.
#[test]
fn three_hundred_and_thirty_fifth_paraphrase_corpus() {
    assert_level("para335.jsonl", 0.97, 0.85, 1);
}

/// The three hundred and thirty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; recruitment
/// agencies, job boards and HR; rejections, payslips, timesheets): 0.982 / 0.788 blind, 1 of 52
/// flagged; 0.982 / 0.796 after its round.
#[test]
fn three_hundred_and_thirty_sixth_paraphrase_corpus() {
    assert_level("para336.jsonl", 0.97, 0.78, 1);
}

/// The three hundred and thirty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 1-80): 0.985 / 0.913 blind, none of 50 flagged; 0.986 / 0.933 after its round.
#[test]
fn three_hundred_and_thirty_seventh_paraphrase_corpus() {
    assert_level("para337.jsonl", 0.97, 0.92, 0);
}

/// The three hundred and thirty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; nurseries and
/// childcare; fees, sickness rules, parents who feel judged): 0.991 / 0.868 blind, 1 of 49 flagged;
/// 1.000 / 0.890 after its round.
#[test]
fn three_hundred_and_thirty_eighth_paraphrase_corpus() {
    assert_level("para338.jsonl", 0.99, 0.88, 0);
}

/// The three hundred and thirty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; second-hand
/// marketplaces; buyer-seller disputes, scams, moderators): 0.975 / 0.863 blind, 1 of 50 flagged;
/// 0.992 / 0.899 after its round.
#[test]
fn three_hundred_and_thirty_ninth_paraphrase_corpus() {
    assert_level("para339.jsonl", 0.98, 0.88, 0);
}

/// The three hundred and fortieth paraphrase corpus (`tests/corpus/FRESH.md`; wedding venues,
/// caterers and party hire; deposits and guest numbers): 0.992 / 0.870 blind, none of 52 flagged;
/// 0.992 / 0.890 after its round.
#[test]
fn three_hundred_and_fortieth_paraphrase_corpus() {
    assert_level("para340.jsonl", 0.98, 0.88, 0);
}

/// The three hundred and forty-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 41-120): 0.984 / 0.846 blind, none of 51 flagged; 0.984 / 0.866 after its
/// round.
#[test]
fn three_hundred_and_forty_first_paraphrase_corpus() {
    assert_level("para341.jsonl", 0.97, 0.85, 0);
}

/// The three hundred and forty-second paraphrase corpus (`tests/corpus/FRESH.md`; opticians,
/// hearing aids and mobility equipment; older customers): 0.974 / 0.804 blind, none of 50 flagged;
/// 0.975 / 0.825 after its round.
#[test]
fn three_hundred_and_forty_second_paraphrase_corpus() {
    assert_level("para342.jsonl", 0.96, 0.81, 0);
}

/// The three hundred and forty-third paraphrase corpus (`tests/corpus/FRESH.md`; bike shops,
/// outdoor gear and sports retail; warranty and servicing): 0.993 / 0.905 blind, none of 50
/// flagged; 0.993 / 0.932 after its round.
#[test]
fn three_hundred_and_forty_third_paraphrase_corpus() {
    assert_level("para343.jsonl", 0.98, 0.92, 0);
}

/// The three hundred and forty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; SaaS billing and
/// accounts; seats, invoices, failed card payments): 0.992 / 0.934 blind, 1 of 50 flagged;
/// 0.992 / 0.942 after its round.
#[test]
fn three_hundred_and_forty_fourth_paraphrase_corpus() {
    assert_level("para344.jsonl", 0.98, 0.93, 1);
}

/// The three hundred and forty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 81-160): 0.984 / 0.933 blind, 1 of 50 flagged; 0.984 / 0.933 after its round.
#[test]
fn three_hundred_and_forty_fifth_paraphrase_corpus() {
    assert_level("para345.jsonl", 0.97, 0.92, 1);
}

/// The three hundred and forty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; university
/// admissions, student services and accommodation): 1.000 / 0.803 blind, none of 51 flagged;
/// 1.000 / 0.810 after its round.
#[test]
fn three_hundred_and_forty_sixth_paraphrase_corpus() {
    assert_level("para346.jsonl", 0.99, 0.80, 0);
}

/// The three hundred and forty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; printing, photo
/// books and personalised gifts; proofs and deadlines): 0.983 / 0.871 blind, 1 of 52 flagged;
/// 0.992 / 0.871 after its round.
#[test]
fn three_hundred_and_forty_seventh_paraphrase_corpus() {
    assert_level("para347.jsonl", 0.98, 0.86, 0);
}

/// The three hundred and forty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; funeral
/// directors, memorials and bereavement lines; grieving customers): 0.969 / 0.875 blind, 2 of 50
/// flagged; 0.977 / 0.889 after its round.
#[test]
fn three_hundred_and_forty_eighth_paraphrase_corpus() {
    assert_level("para348.jsonl", 0.96, 0.87, 1);
}

/// The three hundred and forty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; online pharmacies
/// and prescription delivery): 1.000 / 0.831 blind, none of 50 flagged; 1.000 / 0.865 after its
/// round.
#[test]
fn three_hundred_and_forty_ninth_paraphrase_corpus() {
    assert_level("para349.jsonl", 0.99, 0.85, 0);
}

/// The three hundred and fiftieth paraphrase corpus (`tests/corpus/FRESH.md`; laundry, dry cleaning
/// and car-wash subscriptions): 0.976 / 0.920 blind, 1 of 50 flagged; 0.984 / 0.942 after its
/// round.
#[test]
fn three_hundred_and_fiftieth_paraphrase_corpus() {
    assert_level("para350.jsonl", 0.97, 0.93, 0);
}

/// The three hundred and fifty-first paraphrase corpus (`tests/corpus/FRESH.md`; private tutoring
/// and exam-prep courses; parents and students): 0.983 / 0.875 blind, 1 of 51 flagged;
/// 0.992 / 0.882 after its round.
#[test]
fn three_hundred_and_fifty_first_paraphrase_corpus() {
    assert_level("para351.jsonl", 0.98, 0.87, 0);
}

/// The three hundred and fifty-second paraphrase corpus (`tests/corpus/FRESH.md`; removal firms,
/// man-and-van and self-storage): 0.992 / 0.826 blind, none of 50 flagged; 0.992 / 0.868 after its
/// round.
#[test]
fn three_hundred_and_fifty_second_paraphrase_corpus() {
    assert_level("para352.jsonl", 0.98, 0.85, 0);
}

/// The three hundred and fifty-third paraphrase corpus (`tests/corpus/FRESH.md`; estate and letting
/// agents; tenants, landlords and buyers): 1.000 / 0.879 blind, none of 50 flagged; 1.000 / 0.907
/// after its round.
#[test]
fn three_hundred_and_fifty_third_paraphrase_corpus() {
    assert_level("para353.jsonl", 0.99, 0.89, 0);
}

/// The three hundred and fifty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 201-280): 0.984 / 0.949 blind, none of 50 flagged; 0.984 / 0.949 after its
/// round.
#[test]
fn three_hundred_and_fifty_fourth_paraphrase_corpus() {
    assert_level("para354.jsonl", 0.97, 0.93, 0);
}

/// The three hundred and fifty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; pest control,
/// cleaning and gardening services): 0.945 / 0.781 blind, none of 50 flagged; 0.947 / 0.810 after
/// its round.
#[test]
fn three_hundred_and_fifty_fifth_paraphrase_corpus() {
    assert_level("para355.jsonl", 0.93, 0.80, 0);
}

/// The three hundred and fifty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; language-learning
/// apps and online courses): 0.992 / 0.886 blind, none of 50 flagged; 0.992 / 0.914 after its
/// round.
#[test]
fn three_hundred_and_fifty_sixth_paraphrase_corpus() {
    assert_level("para356.jsonl", 0.98, 0.90, 0);
}

/// The three hundred and fifty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; locksmiths,
/// alarms and home-security installers): 1.000 / 0.854 blind, none of 50 flagged; 1.000 / 0.868
/// after its round.
#[test]
fn three_hundred_and_fifty_seventh_paraphrase_corpus() {
    assert_level("para357.jsonl", 0.99, 0.85, 0);
}

/// The three hundred and fifty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; museums, zoos,
/// theme parks and annual passes): 1.000 / 0.919 blind, none of 52 flagged; 1.000 / 0.919 after its
/// round.
#[test]
fn three_hundred_and_fifty_eighth_paraphrase_corpus() {
    assert_level("para358.jsonl", 0.99, 0.90, 0);
}

/// The three hundred and fifty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 281-360): 0.992 / 0.871 blind, none of 50 flagged; 0.992 / 0.900 after its
/// round.
#[test]
fn three_hundred_and_fifty_ninth_paraphrase_corpus() {
    assert_level("para359.jsonl", 0.98, 0.89, 0);
}

/// The three hundred and sixtieth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no twist,
/// dev lines 41-120): 0.986 / 0.927 blind, 1 of 52 flagged; 0.986 / 0.927 after its round.
#[test]
fn three_hundred_and_sixtieth_paraphrase_corpus() {
    assert_level("para360.jsonl", 0.97, 0.91, 1);
}

/// The three hundred and sixty-first paraphrase corpus (`tests/corpus/FRESH.md`; airport parking,
/// car hire and ride-hailing): 0.983 / 0.830 blind, none of 50 flagged; 0.983 / 0.844 after its
/// round.
#[test]
fn three_hundred_and_sixty_first_paraphrase_corpus() {
    assert_level("para361.jsonl", 0.97, 0.83, 0);
}

/// The three hundred and sixty-second paraphrase corpus (`tests/corpus/FRESH.md`; handmade-goods
/// marketplaces and their sellers): 0.984 / 0.836 blind, 1 of 50 flagged; 0.984 / 0.842 after its
/// round.
#[test]
fn three_hundred_and_sixty_second_paraphrase_corpus() {
    assert_level("para362.jsonl", 0.97, 0.83, 1);
}

/// The three hundred and sixty-third paraphrase corpus (`tests/corpus/FRESH.md`; broadband installs
/// and TV packages; half live chat): 0.986 / 0.890 blind, none of 50 flagged; 0.986 / 0.897 after
/// its round.
#[test]
fn three_hundred_and_sixty_third_paraphrase_corpus() {
    assert_level("para363.jsonl", 0.97, 0.88, 0);
}

/// The three hundred and sixty-fourth paraphrase corpus (`tests/corpus/FRESH.md`; children's sports
/// camps, swimming lessons and holiday clubs): 0.985 / 0.886 blind, 1 of 50 flagged; 0.985 / 0.899
/// after its round.
#[test]
fn three_hundred_and_sixty_fourth_paraphrase_corpus() {
    assert_level("para364.jsonl", 0.97, 0.88, 1);
}

/// The three hundred and sixty-fifth paraphrase corpus (`tests/corpus/FRESH.md`; wholesale
/// suppliers to cafes and restaurants): 0.967 / 0.831 blind, 1 of 50 flagged; 0.967 / 0.831 after
/// its round.
#[test]
fn three_hundred_and_sixty_fifth_paraphrase_corpus() {
    assert_level("para365.jsonl", 0.95, 0.82, 1);
}

/// The three hundred and sixty-sixth paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 161-240): 1.000 / 0.957 blind, none of 51 flagged; 1.000 / 0.971 after its
/// round.
#[test]
fn three_hundred_and_sixty_sixth_paraphrase_corpus() {
    assert_level("para366.jsonl", 0.99, 0.96, 0);
}

/// The three hundred and sixty-seventh paraphrase corpus (`tests/corpus/FRESH.md`; dog groomers,
/// kennels and pet-sitting apps): 0.976 / 0.886 blind, none of 49 flagged; 0.976 / 0.886 after its
/// round.
#[test]
fn three_hundred_and_sixty_seventh_paraphrase_corpus() {
    assert_level("para367.jsonl", 0.96, 0.87, 0);
}

/// The three hundred and sixty-eighth paraphrase corpus (`tests/corpus/FRESH.md`; credit-card and
/// loan servicing; formal emails): 0.972 / 0.746 blind, 1 of 50 flagged; 0.972 / 0.746 after its
/// round.
#[test]
fn three_hundred_and_sixty_eighth_paraphrase_corpus() {
    assert_level("para368.jsonl", 0.96, 0.73, 1);
}

/// The three hundred and sixty-ninth paraphrase corpus (`tests/corpus/FRESH.md`; festival and
/// concert organisers; social replies): 1.000 / 0.944 blind, none of 50 flagged; 1.000 / 0.944
/// after its round.
#[test]
fn three_hundred_and_sixty_ninth_paraphrase_corpus() {
    assert_level("para369.jsonl", 0.99, 0.93, 0);
}

/// The three hundred and seventieth paraphrase corpus (`tests/corpus/FRESH.md`; kitchen and
/// bathroom fitters; texts and emails): 0.992 / 0.891 blind, 1 of 50 flagged; 0.992 / 0.891 after
/// its round.
#[test]
fn three_hundred_and_seventieth_paraphrase_corpus() {
    assert_level("para370.jsonl", 0.98, 0.88, 1);
}

/// The three hundred and seventy-first paraphrase corpus (`tests/corpus/FRESH.md`; dev-shaped, no
/// twist, dev lines 321-400): 0.975 / 0.886 blind, none of 50 flagged; 0.975 / 0.886 after its
/// round.
#[test]
fn three_hundred_and_seventy_first_paraphrase_corpus() {
    assert_level("para371.jsonl", 0.96, 0.87, 0);
}

/// The thirty-sixth fresh corpus (`tests/corpus/FRESH.md`; terse, tired agents at a gym chain, a
/// car rental firm, an admissions office, a pet insurer and a food-delivery app; sarcasm and
/// clipped orders): 0.981 / 0.505 blind, the same after the round on the thirty-seventh; then a
/// round of its own: 0.986 / 0.667, none of 48 clean drafts flagged.
#[test]
fn thirty_sixth_fresh_corpus() {
    assert_level("fresh36.jsonl", 0.97, 0.66, 0);
}

/// The thirty-seventh fresh corpus (`tests/corpus/FRESH.md`; formal, bureaucratic British English
/// at a water utility, a council tax office, a pension provider, a train operator and a mobile
/// network): 0.873 / 0.471 blind (1 of 48 clean drafts flagged), then a round of its own: 0.956 /
/// 0.853, that draft no longer flagged.
#[test]
fn thirty_seventh_fresh_corpus() {
    assert_level("fresh37.jsonl", 0.95, 0.85, 0);
}

/// The thirty-eighth fresh corpus (`tests/corpus/FRESH.md`; casual American startup support:
/// project-management software, meal kits, a crypto wallet, smart-home devices, a dating app):
/// 0.973 / 0.730 blind, the same after the rounds on the thirty-sixth and thirty-seventh; then a
/// round of its own: 0.978 / 0.880, none of 48 clean drafts flagged.
#[test]
fn thirty_eighth_fresh_corpus() {
    assert_level("fresh38.jsonl", 0.97, 0.87, 0);
}

/// The three hundred and seventy-second paraphrase corpus (`tests/corpus/FRESH.md`; veterinary
/// clinics and pet insurance): 0.985 / 0.956 blind, 2 of 50 flagged; 1.000 / 0.956 after round 81.
#[test]
fn three_hundred_and_seventy_second_paraphrase_corpus() {
    assert_level("para372.jsonl", 0.99, 0.94, 0);
}

/// The three hundred and seventy-third paraphrase corpus (`tests/corpus/FRESH.md`; university
/// admissions, student housing and tuition): 0.968 / 0.890 blind, 1 of 50 flagged; 0.977 / 0.926
/// after round 81.
#[test]
fn three_hundred_and_seventy_third_paraphrase_corpus() {
    assert_level("para373.jsonl", 0.97, 0.91, 0);
}

/// The three hundred and seventy-fifth paraphrase corpus (`tests/corpus/FRESH.md`; online grocery
/// delivery slots, substitutions and refunds): 0.992 / 0.933 blind, 1 of 50 flagged; 1.000 / 0.941
/// after round 81.
#[test]
fn three_hundred_and_seventy_fifth_paraphrase_corpus() {
    assert_level("para375.jsonl", 0.99, 0.93, 0);
}

/// The three hundred and seventy-sixth paraphrase corpus (`tests/corpus/FRESH.md`; gym and
/// fitness-class memberships, terse agents): 0.985 / 0.963 blind, 1 of 50 flagged; 0.992 / 0.970
/// after round 82.
#[test]
fn three_hundred_and_seventy_sixth_paraphrase_corpus() {
    assert_level("para376.jsonl", 0.99, 0.96, 0);
}

/// The three hundred and seventy-seventh paraphrase corpus (`tests/corpus/FRESH.md`; water and
/// sewerage utility, formal emails): 0.984 / 0.919 blind, 1 of 50 flagged; 0.992 / 0.941 after
/// round 83.
#[test]
fn three_hundred_and_seventy_seventh_paraphrase_corpus() {
    assert_level("para377.jsonl", 0.99, 0.93, 0);
}

/// The three hundred and seventy-fourth paraphrase corpus (`tests/corpus/FRESH.md`; solar panels,
/// home batteries and energy tariffs): 0.977 / 0.948 blind, 2 of 50 flagged; 0.992 / 0.970 after
/// round 83.
#[test]
fn three_hundred_and_seventy_fourth_paraphrase_corpus() {
    assert_level("para374.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper, rules rounds 84 to 86.
#[test]
fn para378_fresh_corpus() {
    assert_level("para378.jsonl", 0.96, 0.96, 1);
}

/// Blind from a fresh helper, rules rounds 84 to 86.
#[test]
fn para379_fresh_corpus() {
    assert_level("para379.jsonl", 0.99, 0.98, 1);
}

/// Blind from a fresh helper, rules rounds 84 to 86.
#[test]
fn para380_fresh_corpus() {
    assert_level("para380.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper, rules rounds 84 to 86.
#[test]
fn para381_fresh_corpus() {
    assert_level("para381.jsonl", 0.99, 0.94, 1);
}

/// Blind from a fresh helper, rules rounds 84 to 86.
#[test]
fn para382_fresh_corpus() {
    assert_level("para382.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (pet food and dog walking), rules round 87.
#[test]
fn para383_fresh_corpus() {
    assert_level("para383.jsonl", 0.95, 0.95, 2);
}

/// Blind from a fresh helper (solar panels and home batteries), rules round 88.
#[test]
fn para385_fresh_corpus() {
    assert_level("para385.jsonl", 0.97, 0.97, 1);
}

/// Blind from a fresh helper (online grocery delivery), rules round 88.
#[test]
fn para386_fresh_corpus() {
    assert_level("para386.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (printing and photo books), rules round 88.
#[test]
fn para388_fresh_corpus() {
    assert_level("para388.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (bike-share and e-scooters), rules round 88.
#[test]
fn para389_fresh_corpus() {
    assert_level("para389.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (coworking spaces), rules round 89.
#[test]
fn para387_fresh_corpus() {
    assert_level("para387.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (veterinary clinics and pet insurance), rules round 90.
#[test]
fn para384_fresh_corpus() {
    assert_level("para384.jsonl", 0.98, 0.99, 1);
}

/// Blind from a fresh helper (second-hand electronics marketplaces), rules round 90.
#[test]
fn para391_fresh_corpus() {
    assert_level("para391.jsonl", 0.97, 0.95, 0);
}

/// Blind from a fresh helper (household removals), rules round 91.
#[test]
fn para392_fresh_corpus() {
    assert_level("para392.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (public libraries and e-book lending), rules round 91.
#[test]
fn para393_fresh_corpus() {
    assert_level("para393.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (veterinary clinics and pet pharmacies), rules round 91.
#[test]
fn para394_fresh_corpus() {
    assert_level("para394.jsonl", 0.97, 0.97, 0);
}

/// Blind from a fresh helper (children's holiday camps and clubs), rules round 92.
#[test]
fn para395_fresh_corpus() {
    assert_level("para395.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (boat hire, marinas and river cruises), rules round 93.
#[test]
fn para397_fresh_corpus() {
    assert_level("para397.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (dental practices and orthodontics), rules round 94.
#[test]
fn para390_fresh_corpus() {
    assert_level("para390.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (accounting and invoicing software), rules round 94.
#[test]
fn para396_fresh_corpus() {
    assert_level("para396.jsonl", 0.98, 0.95, 1);
}

/// Blind from a fresh helper (electric vehicle charging), rules round 95.
#[test]
fn para398_fresh_corpus() {
    assert_level("para398.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (wedding and event venues), rules round 96.
#[test]
fn para400_fresh_corpus() {
    assert_level("para400.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (plumbing and heating engineers), rules round 97.
#[test]
fn para401_fresh_corpus() {
    assert_level("para401.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (hotel chains and loyalty programmes), rules round 98.
#[test]
fn para402_fresh_corpus() {
    assert_level("para402.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (language schools and online tutoring), rules round 99.
#[test]
fn para399_fresh_corpus() {
    assert_level("para399.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (pension providers), rules round 100.
#[test]
fn para403_fresh_corpus() {
    assert_level("para403.jsonl", 0.97, 0.95, 0);
}

/// Blind from a fresh helper (university IT help desks), rules round 100.
#[test]
fn para404_fresh_corpus() {
    assert_level("para404.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (car dealerships and servicing garages), rules round 101.
#[test]
fn para405_fresh_corpus() {
    assert_level("para405.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (streaming subscriptions), rules round 102.
#[test]
fn para406_fresh_corpus() {
    assert_level("para406.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (council services), rules round 102.
#[test]
fn para407_fresh_corpus() {
    assert_level("para407.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (fitness trackers and smart watches), rules round 102.
#[test]
fn para408_fresh_corpus() {
    assert_level("para408.jsonl", 0.97, 0.96, 1);
}

/// Blind from a fresh helper (craft and hobby supply shops), rules round 102.
#[test]
fn para409_fresh_corpus() {
    assert_level("para409.jsonl", 0.98, 0.94, 0);
}

/// Blind from a fresh helper (food delivery apps), rules round 103.
#[test]
fn para411_fresh_corpus() {
    assert_level("para411.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (home insurance claims), rules round 104.
#[test]
fn para410_fresh_corpus() {
    assert_level("para410.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (online courses and certification), rules round 105.
#[test]
fn para412_fresh_corpus() {
    assert_level("para412.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (mobile phone networks), rules round 106.
#[test]
fn para414_fresh_corpus() {
    assert_level("para414.jsonl", 0.98, 0.98, 0);
}

/// Blind from a fresh helper (parcel lockers and couriers), rules round 106.
#[test]
fn para418_fresh_corpus() {
    assert_level("para418.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (veterinary clinics and pet pharmacies), rules round 107.
#[test]
fn para413_fresh_corpus() {
    assert_level("para413.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (solar panel and heat pump installers), rules round 107.
#[test]
fn para415_fresh_corpus() {
    assert_level("para415.jsonl", 0.98, 0.96, 1);
}

/// Blind from a fresh helper (university admissions and student finance), rules round 107.
#[test]
fn para416_fresh_corpus() {
    assert_level("para416.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (wedding and events venues), rules round 107.
#[test]
fn para417_fresh_corpus() {
    assert_level("para417.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (rail operators), rules round 108.
#[test]
fn para419_fresh_corpus() {
    assert_level("para419.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (children's nurseries and after-school clubs), rules round 108.
#[test]
fn para420_fresh_corpus() {
    assert_level("para420.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (an online marketplace's seller support), rules round 108.
#[test]
fn para421_fresh_corpus() {
    assert_level("para421.jsonl", 0.98, 0.87, 0);
}

/// Blind from a fresh helper (mortgage brokers and conveyancers), rules round 108.
#[test]
fn para422_fresh_corpus() {
    assert_level("para422.jsonl", 0.99, 0.88, 0);
}

/// Blind from a fresh helper (theme parks and ski resorts), rules round 108.
#[test]
fn para423_fresh_corpus() {
    assert_level("para423.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (hearing aid and optician chains), rules round 108.
#[test]
fn para424_fresh_corpus() {
    assert_level("para424.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (boarding kennels and grooming salons), rules round 109.
#[test]
fn para425_fresh_corpus() {
    assert_level("para425.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (a water utility), rules round 109.
#[test]
fn para426_fresh_corpus() {
    assert_level("para426.jsonl", 0.97, 0.93, 0);
}

/// Blind from a fresh helper (a B2B office furniture supplier), rules round 109.
#[test]
fn para427_fresh_corpus() {
    assert_level("para427.jsonl", 0.91, 0.93, 4);
}

/// Blind from a fresh helper (a tax return and bookkeeping service), rules round 109.
#[test]
fn para428_fresh_corpus() {
    assert_level("para428.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a car rental company), rules round 109.
#[test]
fn para430_fresh_corpus() {
    assert_level("para430.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a charity's supporter care team), rules round 110.
#[test]
fn para429_fresh_corpus() {
    assert_level("para429.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a driving school), rules round 111.
#[test]
fn para431_fresh_corpus() {
    assert_level("para431.jsonl", 0.98, 0.94, 1);
}

/// Blind from a fresh helper (a bicycle shop and repair workshop), rules round 111.
#[test]
fn para432_fresh_corpus() {
    assert_level("para432.jsonl", 0.97, 0.92, 0);
}

/// Blind from a fresh helper (a home cleaning service), rules round 111.
#[test]
fn para433_fresh_corpus() {
    assert_level("para433.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a domestic appliance repair company), rules round 111.
#[test]
fn para434_fresh_corpus() {
    assert_level("para434.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a concert venue box office), rules round 111.
#[test]
fn para435_fresh_corpus() {
    assert_level("para435.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a translation and interpreting agency), rules round 111.
#[test]
fn para436_fresh_corpus() {
    assert_level("para436.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (an online video game store), rules round 112.
#[test]
fn para438_fresh_corpus() {
    assert_level("para438.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a broadband installation team), rules round 112.
#[test]
fn para442_fresh_corpus() {
    assert_level("para442.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a student accommodation provider), rules round 113.
#[test]
fn para441_fresh_corpus() {
    assert_level("para441.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a hospital outpatient appointments office), rules round 113.
#[test]
fn para439_fresh_corpus() {
    assert_level("para439.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a garden centre and landscaping service), rules round 113.
#[test]
fn para437_fresh_corpus() {
    assert_level("para437.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a home gym equipment retailer), rules round 113.
#[test]
fn para440_fresh_corpus() {
    assert_level("para440.jsonl", 0.97, 0.93, 1);
}

/// Blind from a fresh helper (a wedding photographer and videographer), rules round 114.
#[test]
fn para445_fresh_corpus() {
    assert_level("para445.jsonl", 0.99, 0.88, 0);
}

/// Blind from a fresh helper (a music streaming and concert ticketing platform), rules round 114.
#[test]
fn para450_fresh_corpus() {
    assert_level("para450.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a dental practice), rules round 114.
#[test]
fn para443_fresh_corpus() {
    assert_level("para443.jsonl", 0.98, 0.93, 0);
}

/// Blind from a fresh helper (a self-storage company), rules round 114.
#[test]
fn para444_fresh_corpus() {
    assert_level("para444.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a removals and moving company), rules round 114.
#[test]
fn para449_fresh_corpus() {
    assert_level("para449.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a tax preparation service), rules round 115.
#[test]
fn para448_fresh_corpus() {
    assert_level("para448.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a coworking space), rules round 116.
#[test]
fn para447_fresh_corpus() {
    assert_level("para447.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a car park and parking permit operator), rules round 116.
#[test]
fn para452_fresh_corpus() {
    assert_level("para452.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an airline's baggage services desk), rules round 116.
#[test]
fn para455_fresh_corpus() {
    assert_level("para455.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an online pharmacy), rules round 117.
#[test]
fn para446_fresh_corpus() {
    assert_level("para446.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a pest control company), rules round 117.
#[test]
fn para451_fresh_corpus() {
    assert_level("para451.jsonl", 0.96, 0.89, 0);
}

/// Blind from a fresh helper (an IT managed-services provider), rules round 117.
#[test]
fn para453_fresh_corpus() {
    assert_level("para453.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a children's swimming and sports club), rules round 117.
#[test]
fn para454_fresh_corpus() {
    assert_level("para454.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a home solar and battery installer), rules round 117.
#[test]
fn para456_fresh_corpus() {
    assert_level("para456.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a handmade-crafts marketplace's seller support), rules round 118.
#[test]
fn para458_fresh_corpus() {
    assert_level("para458.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a florist and plant delivery service), rules round 118.
#[test]
fn para461_fresh_corpus() {
    assert_level("para461.jsonl", 0.99, 0.87, 0);
}

/// Blind from a fresh helper (a language-learning app's subscriber support), rules round 119.
#[test]
fn para462_fresh_corpus() {
    assert_level("para462.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an electric vehicle charging network), rules round 120.
#[test]
fn para464_fresh_corpus() {
    assert_level("para464.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a fertility clinic's patient coordinators), rules round 121.
#[test]
fn para457_fresh_corpus() {
    assert_level("para457.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a bus and tram operator), rules round 121.
#[test]
fn para459_fresh_corpus() {
    assert_level("para459.jsonl", 0.97, 0.98, 0);
}

/// Blind from a fresh helper (a mortgage broker), rules round 121.
#[test]
fn para460_fresh_corpus() {
    assert_level("para460.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a camping and caravan park), rules round 122.
#[test]
fn para463_fresh_corpus() {
    assert_level("para463.jsonl", 0.97, 0.94, 0);
}

/// Blind from a fresh helper (a travel insurance claims team), rules round 123.
#[test]
fn para469_fresh_corpus() {
    assert_level("para469.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a home cleaning and laundry service), rules round 124.
#[test]
fn para465_fresh_corpus() {
    assert_level("para465.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a regional newspaper's subscriptions desk), rules round 124.
#[test]
fn para466_fresh_corpus() {
    assert_level("para466.jsonl", 0.99, 0.88, 0);
}

/// Blind from a fresh helper (a private tutoring agency), rules round 124.
#[test]
fn para467_fresh_corpus() {
    assert_level("para467.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a kitchen and bathroom fitting company), rules round 124.
#[test]
fn para468_fresh_corpus() {
    assert_level("para468.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a craft brewery's shop and taproom), rules round 125.
#[test]
fn para470_fresh_corpus() {
    assert_level("para470.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a driving test booking service), rules round 125.
#[test]
fn para471_fresh_corpus() {
    assert_level("para471.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a cloud accounting vendor's support), rules round 125.
#[test]
fn para472_fresh_corpus() {
    assert_level("para472.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a museum membership team), rules round 125.
#[test]
fn para473_fresh_corpus() {
    assert_level("para473.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an opticians and contact lens subscription), rules round 125.
#[test]
fn para474_fresh_corpus() {
    assert_level("para474.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a wedding dress boutique), rules round 125.
#[test]
fn para475_fresh_corpus() {
    assert_level("para475.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a taxi and private hire app), rules round 125.
#[test]
fn para476_fresh_corpus() {
    assert_level("para476.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a community leisure centre), rules round 125.
#[test]
fn para477_fresh_corpus() {
    assert_level("para477.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a furniture rental company), rules round 126.
#[test]
fn para478_fresh_corpus() {
    assert_level("para478.jsonl", 0.99, 0.90, 0);
}

/// Blind from a fresh helper (an online grocery delivery service), rules round 126.
#[test]
fn para479_fresh_corpus() {
    assert_level("para479.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a home alarm and CCTV monitoring service), rules round 126.
#[test]
fn para480_fresh_corpus() {
    assert_level("para480.jsonl", 0.98, 0.99, 0);
}

/// Blind from a fresh helper (a university library and IT helpdesk), rules round 126.
#[test]
fn para481_fresh_corpus() {
    assert_level("para481.jsonl", 0.97, 0.90, 0);
}

/// Blind from a fresh helper (a pet insurance claims team), rules round 126.
#[test]
fn para482_fresh_corpus() {
    assert_level("para482.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a festival ticketing company), rules round 126.
#[test]
fn para483_fresh_corpus() {
    assert_level("para483.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a piano and music lessons school), rules round 127.
#[test]
fn para484_fresh_corpus() {
    assert_level("para484.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a boat and marina berth operator), rules round 127.
#[test]
fn para485_fresh_corpus() {
    assert_level("para485.jsonl", 0.99, 0.97, 1);
}

/// Blind from a fresh helper (a wholesale coffee bean supplier to cafes), rules round 127.
#[test]
fn para486_fresh_corpus() {
    assert_level("para486.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a council waste and recycling collection service), rules round 127.
#[test]
fn para487_fresh_corpus() {
    assert_level("para487.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a ski-resort sports equipment rental shop), rules round 127.
#[test]
fn para488_fresh_corpus() {
    assert_level("para488.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a hearing aid clinic), rules round 127.
#[test]
fn para489_fresh_corpus() {
    assert_level("para489.jsonl", 0.97, 0.96, 0);
}

/// Blind from a fresh helper (a window cleaning and gutter clearing company), rules round 127.
#[test]
fn para490_fresh_corpus() {
    assert_level("para490.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (an online print shop), rules round 127.
#[test]
fn para491_fresh_corpus() {
    assert_level("para491.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a veterinary practice's front desk), rules round 128.
#[test]
fn para492_fresh_corpus() {
    assert_level("para492.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a smart thermostat and home energy app), rules round 128.
#[test]
fn para493_fresh_corpus() {
    assert_level("para493.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a bicycle shop and repair workshop), rules round 128.
#[test]
fn para494_fresh_corpus() {
    assert_level("para494.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a holiday cottage rental agency), rules round 128.
#[test]
fn para495_fresh_corpus() {
    assert_level("para495.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a mobile phone repair shop), rules round 128.
#[test]
fn para496_fresh_corpus() {
    assert_level("para496.jsonl", 0.98, 0.94, 0);
}

/// Blind from a fresh helper (a sports club's membership and season-ticket office), rules round 128.
#[test]
fn para497_fresh_corpus() {
    assert_level("para497.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a meal kit subscription), rules round 128.
#[test]
fn para498_fresh_corpus() {
    assert_level("para498.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a vehicle licensing and MOT booking service), rules round 128.
#[test]
fn para499_fresh_corpus() {
    assert_level("para499.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a hotel spa and wellness centre), rules round 129.
#[test]
fn para500_fresh_corpus() {
    assert_level("para500.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a home insurance claims team), rules round 129.
#[test]
fn para501_fresh_corpus() {
    assert_level("para501.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a recruitment agency's candidate support), rules round 129.
#[test]
fn para502_fresh_corpus() {
    assert_level("para502.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a garden centre and landscaping service), rules round 129.
#[test]
fn para503_fresh_corpus() {
    assert_level("para503.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a scooter and e-bike sharing app), rules round 129.
#[test]
fn para504_fresh_corpus() {
    assert_level("para504.jsonl", 0.98, 0.98, 0);
}

/// Blind from a fresh helper (a dance school), rules round 129.
#[test]
fn para505_fresh_corpus() {
    assert_level("para505.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (an online second-hand electronics marketplace), rules round 129.
#[test]
fn para506_fresh_corpus() {
    assert_level("para506.jsonl", 0.99, 0.98, 1);
}

/// Blind from a fresh helper (a water utility's customer service), rules round 129.
#[test]
fn para507_fresh_corpus() {
    assert_level("para507.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a children's nursery and after-school club), rules round 130.
#[test]
fn para508_fresh_corpus() {
    assert_level("para508.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a laptop manufacturer's warranty desk), rules round 130.
#[test]
fn para509_fresh_corpus() {
    assert_level("para509.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a car hire company), rules round 130.
#[test]
fn para510_fresh_corpus() {
    assert_level("para510.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a local theatre box office), rules round 130.
#[test]
fn para511_fresh_corpus() {
    assert_level("para511.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a mobile network's roaming and data team), rules round 130.
#[test]
fn para512_fresh_corpus() {
    assert_level("para512.jsonl", 0.98, 0.90, 0);
}

/// Blind from a fresh helper (an estate agent's lettings team), rules round 130.
#[test]
fn para513_fresh_corpus() {
    assert_level("para513.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a golf club), rules round 130.
#[test]
fn para514_fresh_corpus() {
    assert_level("para514.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a charity's donor care team), rules round 130.
#[test]
fn para515_fresh_corpus() {
    assert_level("para515.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a care-home pharmacy delivery app), rules round 131.
#[test]
fn para516_fresh_corpus() {
    assert_level("para516.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a motorbike dealership and service centre), rules round 131.
#[test]
fn para517_fresh_corpus() {
    assert_level("para517.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a podcast hosting platform's creator support), rules round 131.
#[test]
fn para518_fresh_corpus() {
    assert_level("para518.jsonl", 0.97, 0.96, 0);
}

/// Blind from a fresh helper (a cinema chain), rules round 131.
#[test]
fn para519_fresh_corpus() {
    assert_level("para519.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a boiler and heating engineer company), rules round 131.
#[test]
fn para520_fresh_corpus() {
    assert_level("para520.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a translation and interpreting agency), rules round 131.
#[test]
fn para521_fresh_corpus() {
    assert_level("para521.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (an e-learning platform for professional certificates), rules round 131.
#[test]
fn para522_fresh_corpus() {
    assert_level("para522.jsonl", 0.97, 0.96, 0);
}

/// Blind from a fresh helper (a business storage and shredding company), rules round 131.
#[test]
fn para523_fresh_corpus() {
    assert_level("para523.jsonl", 0.99, 0.95, 1);
}

/// Blind from a fresh helper (a pet food subscription), rules round 132.
#[test]
fn para524_fresh_corpus() {
    assert_level("para524.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a broadband provider's billing team), rules round 132.
#[test]
fn para525_fresh_corpus() {
    assert_level("para525.jsonl", 0.99, 0.90, 0);
}

/// Blind from a fresh helper (a climbing and bouldering gym), rules round 132.
#[test]
fn para526_fresh_corpus() {
    assert_level("para526.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (an airport parking and lounge booking service), rules round 132.
#[test]
fn para527_fresh_corpus() {
    assert_level("para527.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a print-on-demand merchandise store), rules round 132.
#[test]
fn para528_fresh_corpus() {
    assert_level("para528.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a community health clinic's reception), rules round 132.
#[test]
fn para529_fresh_corpus() {
    assert_level("para529.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a used car dealer's aftersales team), rules round 132.
#[test]
fn para530_fresh_corpus() {
    assert_level("para530.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a music festival's volunteer and crew desk), rules round 132.
#[test]
fn para531_fresh_corpus() {
    assert_level("para531.jsonl", 0.99, 0.90, 0);
}

/// Blind from a fresh helper (a parcel locker network), rules round 133.
#[test]
fn para532_fresh_corpus() {
    assert_level("para532.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an interior design and blinds fitting company), rules round 133.
#[test]
fn para533_fresh_corpus() {
    assert_level("para533.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a student loan and grants helpline), rules round 133.
#[test]
fn para534_fresh_corpus() {
    assert_level("para534.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a wedding venue's events team), rules round 133.
#[test]
fn para535_fresh_corpus() {
    assert_level("para535.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an online chess and puzzle app), rules round 133.
#[test]
fn para536_fresh_corpus() {
    assert_level("para536.jsonl", 0.98, 0.94, 0);
}

/// Blind from a fresh helper (a self-publishing platform for authors), rules round 133.
#[test]
fn para537_fresh_corpus() {
    assert_level("para537.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a smart meter installation team), rules round 133.
#[test]
fn para538_fresh_corpus() {
    assert_level("para538.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a dog grooming salon and daycare), rules round 133.
#[test]
fn para539_fresh_corpus() {
    assert_level("para539.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a vintage clothing resale shop), rules round 134.
#[test]
fn para540_fresh_corpus() {
    assert_level("para540.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a fitness tracker and smartwatch brand), rules round 134.
#[test]
fn para541_fresh_corpus() {
    assert_level("para541.jsonl", 0.97, 0.92, 0);
}

/// Blind from a fresh helper (a council parking and blue badge team), rules round 134.
#[test]
fn para542_fresh_corpus() {
    assert_level("para542.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an emergency plumbing and drainage company), rules round 134.
#[test]
fn para543_fresh_corpus() {
    assert_level("para543.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a sailing school), rules round 134.
#[test]
fn para544_fresh_corpus() {
    assert_level("para544.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a payroll bureau for small firms), rules round 134.
#[test]
fn para545_fresh_corpus() {
    assert_level("para545.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a toy shop with online orders), rules round 134.
#[test]
fn para546_fresh_corpus() {
    assert_level("para546.jsonl", 0.97, 0.98, 0);
}

/// Blind from a fresh helper (a housing association repairs line), rules round 134.
#[test]
fn para547_fresh_corpus() {
    assert_level("para547.jsonl", 0.98, 0.87, 0);
}

/// Blind from a fresh helper (a funeral director), rules round 135.
#[test]
fn para548_fresh_corpus() {
    assert_level("para548.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a party entertainer and soft-play venue), rules round 135.
#[test]
fn para549_fresh_corpus() {
    assert_level("para549.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a password manager app), rules round 135.
#[test]
fn para550_fresh_corpus() {
    assert_level("para550.jsonl", 0.92, 0.96, 2);
}

/// Blind from a fresh helper (a custom cake bakery), rules round 135.
#[test]
fn para551_fresh_corpus() {
    assert_level("para551.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a ferry operator), rules round 135.
#[test]
fn para552_fresh_corpus() {
    assert_level("para552.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a roofing and scaffolding contractor), rules round 135.
#[test]
fn para553_fresh_corpus() {
    assert_level("para553.jsonl", 0.99, 0.97, 1);
}

/// Blind from a fresh helper (a block management company), rules round 135.
#[test]
fn para554_fresh_corpus() {
    assert_level("para554.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (an online mattress retailer), rules round 135.
#[test]
fn para555_fresh_corpus() {
    assert_level("para555.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a school uniform supplier), rules round 136.
#[test]
fn para556_fresh_corpus() {
    assert_level("para556.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an escape room venue), rules round 136.
#[test]
fn para557_fresh_corpus() {
    assert_level("para557.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a patient transport service), rules round 136.
#[test]
fn para558_fresh_corpus() {
    assert_level("para558.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a will-writing and probate service), rules round 136.
#[test]
fn para559_fresh_corpus() {
    assert_level("para559.jsonl", 0.98, 0.93, 2);
}

/// Blind from a fresh helper (a mobile tyre fitter), rules round 136.
#[test]
fn para560_fresh_corpus() {
    assert_level("para560.jsonl", 0.99, 0.96, 1);
}

/// Blind from a fresh helper (a backpacker hostel chain), rules round 136.
#[test]
fn para561_fresh_corpus() {
    assert_level("para561.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (an allotment society), rules round 136.
#[test]
fn para562_fresh_corpus() {
    assert_level("para562.jsonl", 0.99, 0.96, 1);
}

/// Blind from a fresh helper (a 3D printing bureau), rules round 136.
#[test]
fn para563_fresh_corpus() {
    assert_level("para563.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an indoor trampoline park), rules round 137.
#[test]
fn para564_fresh_corpus() {
    assert_level("para564.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a fishing tackle shop), rules round 137.
#[test]
fn para565_fresh_corpus() {
    assert_level("para565.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a private GP subscription clinic), rules round 137.
#[test]
fn para566_fresh_corpus() {
    assert_level("para566.jsonl", 0.96, 0.92, 1);
}

/// Blind from a fresh helper (an office coffee and vending supplier), rules round 137.
#[test]
fn para567_fresh_corpus() {
    assert_level("para567.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a DNA ancestry kit company), rules round 137.
#[test]
fn para568_fresh_corpus() {
    assert_level("para568.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a tattoo studio), rules round 137.
#[test]
fn para569_fresh_corpus() {
    assert_level("para569.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (an international household removals firm), rules round 137.
#[test]
fn para570_fresh_corpus() {
    assert_level("para570.jsonl", 0.95, 0.87, 0);
}

/// Blind from a fresh helper (an English language test centre), rules round 137.
#[test]
fn para571_fresh_corpus() {
    assert_level("para571.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a cycling holiday operator), rules round 138.
#[test]
fn para572_fresh_corpus() {
    assert_level("para572.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (an energy supplier's arrears team), rules round 138.
#[test]
fn para573_fresh_corpus() {
    assert_level("para573.jsonl", 0.99, 0.90, 0);
}

/// Blind from a fresh helper (a children's book subscription), rules round 138.
#[test]
fn para574_fresh_corpus() {
    assert_level("para574.jsonl", 0.97, 0.94, 0);
}

/// Blind from a fresh helper (a car wash subscription), rules round 138.
#[test]
fn para575_fresh_corpus() {
    assert_level("para575.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a tailoring and alterations shop), rules round 138.
#[test]
fn para576_fresh_corpus() {
    assert_level("para576.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a community pharmacy), rules round 138.
#[test]
fn para577_fresh_corpus() {
    assert_level("para577.jsonl", 0.99, 0.88, 0);
}

/// Blind from a fresh helper (a regional airport help desk), rules round 138.
#[test]
fn para578_fresh_corpus() {
    assert_level("para578.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (an email marketing platform), rules round 138.
#[test]
fn para579_fresh_corpus() {
    assert_level("para579.jsonl", 0.99, 0.95, 1);
}

/// Blind from a fresh helper (a kitchen appliance warranty desk), rules round 139.
#[test]
fn para580_fresh_corpus() {
    assert_level("para580.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a yoga and pilates studio), rules round 139.
#[test]
fn para581_fresh_corpus() {
    assert_level("para581.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a second-hand bookshop), rules round 139.
#[test]
fn para582_fresh_corpus() {
    assert_level("para582.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a council planning team), rules round 139.
#[test]
fn para583_fresh_corpus() {
    assert_level("para583.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a cruise line's guest services), rules round 139.
#[test]
fn para584_fresh_corpus() {
    assert_level("para584.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a smart lock app), rules round 139.
#[test]
fn para585_fresh_corpus() {
    assert_level("para585.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a camera rental house), rules round 139.
#[test]
fn para586_fresh_corpus() {
    assert_level("para586.jsonl", 0.97, 0.94, 1);
}

/// Blind from a fresh helper (a dog training school), rules round 139.
#[test]
fn para587_fresh_corpus() {
    assert_level("para587.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a parking payment app), rules round 140.
#[test]
fn para588_fresh_corpus() {
    assert_level("para588.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a handmade jewellery shop), rules round 140.
#[test]
fn para589_fresh_corpus() {
    assert_level("para589.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a meals-on-wheels service), rules round 140.
#[test]
fn para590_fresh_corpus() {
    assert_level("para590.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a VPN service), rules round 140.
#[test]
fn para591_fresh_corpus() {
    assert_level("para591.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a bowling alley and games bar), rules round 140.
#[test]
fn para592_fresh_corpus() {
    assert_level("para592.jsonl", 0.98, 0.93, 0);
}

/// Blind from a fresh helper (a wine merchant and club), rules round 140.
#[test]
fn para593_fresh_corpus() {
    assert_level("para593.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an audiobook app), rules round 140.
#[test]
fn para594_fresh_corpus() {
    assert_level("para594.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (a catered ski chalet company), rules round 140.
#[test]
fn para595_fresh_corpus() {
    assert_level("para595.jsonl", 0.98, 0.86, 0);
}

/// Blind from a fresh helper (a bathroom showroom and fitter), rules round 141.
#[test]
fn para596_fresh_corpus() {
    assert_level("para596.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a youth football league), rules round 141.
#[test]
fn para597_fresh_corpus() {
    assert_level("para597.jsonl", 0.98, 0.91, 1);
}

/// Blind from a fresh helper (a laundrette and dry cleaner), rules round 141.
#[test]
fn para598_fresh_corpus() {
    assert_level("para598.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a broadband router support line), rules round 141.
#[test]
fn para599_fresh_corpus() {
    assert_level("para599.jsonl", 0.98, 0.98, 0);
}

/// Blind from a fresh helper (a concert hall's access team), rules round 141.
#[test]
fn para600_fresh_corpus() {
    assert_level("para600.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (an art supplies store), rules round 141.
#[test]
fn para601_fresh_corpus() {
    assert_level("para601.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a garage door installer), rules round 141.
#[test]
fn para602_fresh_corpus() {
    assert_level("para602.jsonl", 0.97, 0.94, 0);
}

/// Blind from a fresh helper (a university accommodation office), rules round 141.
#[test]
fn para603_fresh_corpus() {
    assert_level("para603.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a pet microchip registry), rules round 142.
#[test]
fn para604_fresh_corpus() {
    assert_level("para604.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a solar garden lighting webshop), rules round 142.
#[test]
fn para605_fresh_corpus() {
    assert_level("para605.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a sports physiotherapy clinic), rules round 142.
#[test]
fn para606_fresh_corpus() {
    assert_level("para606.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a textbook buyback service), rules round 142.
#[test]
fn para607_fresh_corpus() {
    assert_level("para607.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a marquee hire company), rules round 142.
#[test]
fn para608_fresh_corpus() {
    assert_level("para608.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a train ticket app), rules round 142.
#[test]
fn para609_fresh_corpus() {
    assert_level("para609.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a mail-order plant nursery), rules round 142.
#[test]
fn para610_fresh_corpus() {
    assert_level("para610.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a freelance marketplace), rules round 142.
#[test]
fn para611_fresh_corpus() {
    assert_level("para611.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (an emergency locksmith), rules round 143.
#[test]
fn para612_fresh_corpus() {
    assert_level("para612.jsonl", 0.99, 0.96, 1);
}

/// Blind from a fresh helper (a carpet and flooring retailer), rules round 143.
#[test]
fn para613_fresh_corpus() {
    assert_level("para613.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a skip hire firm), rules round 143.
#[test]
fn para614_fresh_corpus() {
    assert_level("para614.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (an independent bike shop), rules round 143.
#[test]
fn para615_fresh_corpus() {
    assert_level("para615.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a chimney sweep and stove installer), rules round 143.
#[test]
fn para616_fresh_corpus() {
    assert_level("para616.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a hot tub dealer), rules round 143.
#[test]
fn para617_fresh_corpus() {
    assert_level("para617.jsonl", 0.98, 0.97, 0);
}

/// Blind from a fresh helper (a zoo and wildlife park), rules round 143.
#[test]
fn para618_fresh_corpus() {
    assert_level("para618.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a vinyl record shop), rules round 143.
#[test]
fn para619_fresh_corpus() {
    assert_level("para619.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an aquarium and tropical fish shop), rules round 144.
#[test]
fn para620_fresh_corpus() {
    assert_level("para620.jsonl", 0.98, 0.94, 0);
}

/// Blind from a fresh helper (a childminder and nursery placements agency), rules round 144.
#[test]
fn para621_fresh_corpus() {
    assert_level("para621.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a riding school and livery yard), rules round 144.
#[test]
fn para622_fresh_corpus() {
    assert_level("para622.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a made-to-measure curtains and blinds company), rules round 144.
#[test]
fn para623_fresh_corpus() {
    assert_level("para623.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a guitar and music shop), rules round 144.
#[test]
fn para624_fresh_corpus() {
    assert_level("para624.jsonl", 0.99, 0.97, 1);
}

/// Blind from a fresh helper (a stairlift and mobility equipment supplier), rules round 144.
#[test]
fn para625_fresh_corpus() {
    assert_level("para625.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a pottery painting cafe), rules round 144.
#[test]
fn para626_fresh_corpus() {
    assert_level("para626.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a shoe repair and watch battery kiosk chain), rules round 144.
#[test]
fn para627_fresh_corpus() {
    assert_level("para627.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a ticket resale marketplace), rules round 145.
#[test]
fn para628_fresh_corpus() {
    assert_level("para628.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a cattery and dog kennels), rules round 145.
#[test]
fn para629_fresh_corpus() {
    assert_level("para629.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a farm shop and butcher's online orders), rules round 145.
#[test]
fn para630_fresh_corpus() {
    assert_level("para630.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (an upholstery workshop), rules round 145.
#[test]
fn para631_fresh_corpus() {
    assert_level("para631.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a piano tuning and removals service), rules round 145.
#[test]
fn para632_fresh_corpus() {
    assert_level("para632.jsonl", 0.97, 0.93, 0);
}

/// Blind from a fresh helper (a car sharing club), rules round 145.
#[test]
fn para633_fresh_corpus() {
    assert_level("para633.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (an ice rink and skating school), rules round 145.
#[test]
fn para634_fresh_corpus() {
    assert_level("para634.jsonl", 0.99, 0.99, 0);
}

/// Blind from a fresh helper (a perfume and cosmetics webshop), rules round 145.
#[test]
fn para635_fresh_corpus() {
    assert_level("para635.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a sunglasses and eyewear webshop), rules round 146.
#[test]
fn para636_fresh_corpus() {
    assert_level("para636.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a greenhouse and garden building supplier), rules round 146.
#[test]
fn para637_fresh_corpus() {
    assert_level("para637.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a kayak and paddleboard hire centre), rules round 146.
#[test]
fn para638_fresh_corpus() {
    assert_level("para638.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a trophy and engraving shop), rules round 146.
#[test]
fn para639_fresh_corpus() {
    assert_level("para639.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a nail and beauty salon), rules round 146.
#[test]
fn para640_fresh_corpus() {
    assert_level("para640.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (a board game cafe and shop), rules round 146.
#[test]
fn para641_fresh_corpus() {
    assert_level("para641.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a glamping and campsite operator), rules round 146.
#[test]
fn para642_fresh_corpus() {
    assert_level("para642.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a go-karting and laser tag venue), rules round 146.
#[test]
fn para643_fresh_corpus() {
    assert_level("para643.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a tennis and padel club), rules round 147.
#[test]
fn para644_fresh_corpus() {
    assert_level("para644.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a scuba diving school), rules round 147.
#[test]
fn para645_fresh_corpus() {
    assert_level("para645.jsonl", 0.99, 0.90, 0);
}

/// Blind from a fresh helper (a paintball and airsoft site), rules round 147.
#[test]
fn para646_fresh_corpus() {
    assert_level("para646.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a charity bingo and raffle operator), rules round 147.
#[test]
fn para647_fresh_corpus() {
    assert_level("para647.jsonl", 0.98, 0.98, 0);
}

/// Blind from a fresh helper (a headstone and memorial mason), rules round 147.
#[test]
fn para648_fresh_corpus() {
    assert_level("para648.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a bridal and suit hire shop), rules round 147.
#[test]
fn para649_fresh_corpus() {
    assert_level("para649.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a heating oil and firewood delivery firm), rules round 147.
#[test]
fn para650_fresh_corpus() {
    assert_level("para650.jsonl", 0.97, 0.91, 0);
}

/// Blind from a fresh helper (a water softener servicing company), rules round 147.
#[test]
fn para651_fresh_corpus() {
    assert_level("para651.jsonl", 0.97, 0.96, 0);
}

/// Blind from a fresh helper (a cricket club and indoor nets), rules round 148.
#[test]
fn para652_fresh_corpus() {
    assert_level("para652.jsonl", 0.98, 0.94, 0);
}

/// Blind from a fresh helper (a surf school and board shop), rules round 148.
#[test]
fn para653_fresh_corpus() {
    assert_level("para653.jsonl", 0.98, 0.98, 0);
}

/// Blind from a fresh helper (an archery and axe-throwing venue), rules round 148.
#[test]
fn para654_fresh_corpus() {
    assert_level("para654.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a party supplies and balloon decor company), rules round 148.
#[test]
fn para655_fresh_corpus() {
    assert_level("para655.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a fireworks retailer), rules round 148.
#[test]
fn para656_fresh_corpus() {
    assert_level("para656.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a Christmas tree farm), rules round 148.
#[test]
fn para657_fresh_corpus() {
    assert_level("para657.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a septic tank and drain emptying service), rules round 148.
#[test]
fn para658_fresh_corpus() {
    assert_level("para658.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a door entry and CCTV installer), rules round 148.
#[test]
fn para659_fresh_corpus() {
    assert_level("para659.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a rugby club's membership and hospitality desk), rules round 149.
#[test]
fn para660_fresh_corpus() {
    assert_level("para660.jsonl", 0.96, 0.97, 1);
}

/// Blind from a fresh helper (a crematorium and bereavement office), rules round 149.
#[test]
fn para661_fresh_corpus() {
    assert_level("para661.jsonl", 0.97, 0.94, 0);
}

/// Blind from a fresh helper (a snowboard and ski equipment webshop), rules round 149.
#[test]
fn para662_fresh_corpus() {
    assert_level("para662.jsonl", 0.96, 0.97, 0);
}

/// Blind from a fresh helper (a lottery syndicate app), rules round 149.
#[test]
fn para663_fresh_corpus() {
    assert_level("para663.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a lift maintenance contractor), rules round 149.
#[test]
fn para664_fresh_corpus() {
    assert_level("para664.jsonl", 0.99, 0.93, 0);
}

/// Blind from a fresh helper (a sauna and hot yoga studio), rules round 149.
#[test]
fn para665_fresh_corpus() {
    assert_level("para665.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a cheese and deli hamper webshop), rules round 149.
#[test]
fn para666_fresh_corpus() {
    assert_level("para666.jsonl", 0.98, 0.95, 0);
}

/// Blind from a fresh helper (a distillery tour and gin school), rules round 149.
#[test]
fn para667_fresh_corpus() {
    assert_level("para667.jsonl", 0.98, 0.96, 0);
}

/// Blind from a fresh helper (a ferry port car hire desk), rules round 150.
#[test]
fn para668_fresh_corpus() {
    assert_level("para668.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a home adaptations grant advice line), rules round 150.
#[test]
fn para669_fresh_corpus() {
    assert_level("para669.jsonl", 0.99, 0.95, 0);
}

/// Blind from a fresh helper (a coffee bean subscription roastery), rules round 150.
#[test]
fn para670_fresh_corpus() {
    assert_level("para670.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (an adult organ and piano school), rules round 150.
#[test]
fn para671_fresh_corpus() {
    assert_level("para671.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a kennel club show entries office), rules round 150.
#[test]
fn para672_fresh_corpus() {
    assert_level("para672.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a scooter and moped service desk), rules round 150.
#[test]
fn para673_fresh_corpus() {
    assert_level("para673.jsonl", 0.96, 0.97, 3);
}

/// Blind from a fresh helper (a shoe and trainer webshop), rules round 150.
#[test]
fn para674_fresh_corpus() {
    assert_level("para674.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (a leisure centre's swimming lessons team), rules round 150.
#[test]
fn para675_fresh_corpus() {
    assert_level("para675.jsonl", 0.99, 0.94, 0);
}

/// Blind from a fresh helper (an office vending and micro-market operator), rules round 151.
#[test]
fn para676_fresh_corpus() {
    assert_level("para676.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a tap manufacturer's spares desk), rules round 151.
#[test]
fn para677_fresh_corpus() {
    assert_level("para677.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a climbing wall's membership desk), rules round 151.
#[test]
fn para678_fresh_corpus() {
    assert_level("para678.jsonl", 0.97, 0.88, 0);
}

/// Blind from a fresh helper (a coach day-trip operator), rules round 151.
#[test]
fn para679_fresh_corpus() {
    assert_level("para679.jsonl", 0.99, 0.91, 0);
}

/// Blind from a fresh helper (a phone repair kiosk), rules round 151.
#[test]
fn para680_fresh_corpus() {
    assert_level("para680.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a wedding cake caterer), rules round 151.
#[test]
fn para681_fresh_corpus() {
    assert_level("para681.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a tool hire depot), rules round 151.
#[test]
fn para682_fresh_corpus() {
    assert_level("para682.jsonl", 0.97, 0.87, 1);
}

/// Blind from a fresh helper (a hearing loop installer), rules round 151.
#[test]
fn para683_fresh_corpus() {
    assert_level("para683.jsonl", 0.98, 0.95, 1);
}

/// Blind from a fresh helper (a self-storage company), rules round 152.
#[test]
fn para684_fresh_corpus() {
    assert_level("para684.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a private tutoring agency), rules round 152.
#[test]
fn para685_fresh_corpus() {
    assert_level("para685.jsonl", 0.99, 0.92, 0);
}

/// Blind from a fresh helper (a home EV charger installer), rules round 152.
#[test]
fn para686_fresh_corpus() {
    assert_level("para686.jsonl", 0.99, 0.97, 0);
}

/// Blind from a fresh helper (a meal kit delivery service), rules round 152.
#[test]
fn para687_fresh_corpus() {
    assert_level("para687.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a motorhome rental firm), rules round 152.
#[test]
fn para688_fresh_corpus() {
    assert_level("para688.jsonl", 0.99, 0.98, 0);
}

/// Blind from a fresh helper (a translation app), rules round 152.
#[test]
fn para689_fresh_corpus() {
    assert_level("para689.jsonl", 0.99, 0.96, 0);
}

/// Blind from a fresh helper (a cat cafe and rescue), rules round 152.
#[test]
fn para690_fresh_corpus() {
    assert_level("para690.jsonl", 0.99, 0.94, 1);
}

/// Blind from a fresh helper (a poster and banner print shop), rules round 152.
#[test]
fn para691_fresh_corpus() {
    assert_level("para691.jsonl", 0.99, 0.94, 0);
}
