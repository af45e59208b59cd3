//! Drafts whose behaviour the product promises, config validation, spans and fixes.

use warmly::{
    apply_suggestion, fix, linter_for_pack, Applicability, Category, Config, Linter, Pack, Severity,
};

fn flagged(text: &str) -> Vec<(Category, &str)> {
    Linter::builtin()
        .lint(text)
        .iter()
        .map(|f| (f.category, &text[f.start..f.end]))
        .collect()
}

#[test]
fn promised_drafts_behave_as_stated() {
    let t = "I can't break the rules for you nor am I going to.";
    assert!(
        flagged(t).iter().any(|f| f.0 == Category::PolicyWall),
        "{:?}",
        flagged(t)
    );
    let t = "I don't know what else to tell you at that point.";
    assert!(
        flagged(t).iter().any(|f| f.0 == Category::Dismissive),
        "{:?}",
        flagged(t)
    );
    let t = "If you don't like that I don't know how else you want me to help you.";
    assert!(
        flagged(t).iter().any(|f| f.0 == Category::Dismissive),
        "{:?}",
        flagged(t)
    );

    let warm =
        "I understand how this situation could be frustrating for you, and I'm here to help.";
    let report = Linter::builtin().check(warm);
    assert_eq!(report.findings, vec![]);
    assert!(
        report.score.score >= 90,
        "warm draft scored {}",
        report.score.score
    );

    let cold = "Calm down. Per my last email, you failed to attach the receipt.";
    let report = Linter::builtin().check(cold);
    let got: Vec<(Category, &str)> = report
        .findings
        .iter()
        .map(|f| (f.category, &cold[f.start..f.end]))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0], (Category::Hostile, "Calm down"));
    assert_eq!(got[1].0, Category::PassiveAggressive);
    assert!(got[1].1.starts_with("Per my last email"), "{got:?}");
    assert_eq!(got[2].0, Category::Blame);
    assert!(got[2].1.starts_with("you failed to"), "{got:?}");
    assert!(
        report.score.score < 40,
        "cold draft scored {}",
        report.score.score
    );
}

#[test]
fn a_bare_reply_is_judged_as_a_reply_before_its_words() {
    // The same words are an order inside a longer reply and a curt reply on their own.
    assert_eq!(
        flagged("Read the FAQ."),
        vec![(Category::Curt, "Read the FAQ")]
    );
    assert_eq!(
        flagged("That's a feature, not a bug. Read the docs."),
        vec![
            (Category::Dismissive, "That's a feature, not a bug"),
            (Category::Commanding, "Read the docs")
        ]
    );
}

#[test]
fn initials_signing_a_social_reply_are_not_part_of_its_body() {
    // "^MJ" signs the reply off; the body is one clipped word all the same.
    assert_eq!(flagged("@kat_w Sent. ^MJ"), vec![(Category::Curt, "Sent")]);
    assert_eq!(flagged("@kat_w Sent! Enjoy the trip. ^MJ"), vec![]);
    // A caret inside the text is not a signature.
    assert_eq!(flagged("Sent ^ received."), vec![]);
}

#[test]
fn jargon_explained_where_it_stands_is_not_jargon() {
    // Found by a phrase rule, not the acronym check: the explanation counts all the same.
    assert_eq!(
        flagged("I've passed your case to our tier 2 team."),
        vec![(Category::Jargon, "tier 2")]
    );
    assert_eq!(
        flagged("I've passed your case to our tier 2 team (the engineers who handle line faults)."),
        vec![]
    );
    // Spelled out right after it, set off by a comma, a dash or a colon: explained. Words
    // whose initials do not spell it are no explanation of that kind.
    assert_eq!(
        flagged("CAF, the Charities Aid Foundation, runs the scheme your employer uses."),
        vec![]
    );
    assert_eq!(
        flagged("The SLA \u{2013} service level agreement \u{2013} gives us five days."),
        vec![]
    );
    assert_eq!(
        flagged("Your CAF, the claim form and the receipt are late."),
        vec![(Category::Jargon, "CAF")]
    );
    // A definition right after the term explains it; "is on the email" does not.
    assert_eq!(
        flagged("Your PNR is the six-letter booking code on your confirmation email."),
        vec![]
    );
    assert_eq!(
        flagged("Your PNR is on the confirmation email."),
        vec![(Category::Jargon, "PNR")]
    );
    assert_eq!(
        flagged("Put simply, the ERC is the fee for leaving a fixed deal early."),
        vec![]
    );
    assert_eq!(
        flagged("The ERC is due when you leave."),
        vec![(Category::Jargon, "ERC")]
    );
    // ", which" glosses a term when it says what the term is, not what happened to it.
    assert_eq!(
        flagged("It was held for a KYC check, which confirms who you are."),
        vec![]
    );
    assert_eq!(
        flagged("It was held for a KYC check, which is now complete."),
        vec![(Category::Jargon, "KYC")]
    );
    // A gloss set off by a comma inside a parenthesis; the same words outside one are a list.
    assert_eq!(
        flagged("You'll hear back within 4 hours (that's our SLA, the reply time we commit to)."),
        vec![]
    );
    assert_eq!(
        flagged("Your RMA, the label and the box go in the bag."),
        vec![(Category::Jargon, "RMA")]
    );
    // A gloss set off by a dash, as a hyphen, an en dash or an em dash.
    assert_eq!(
        flagged("Our SLA \u{2013} that's the time we promise to fix faults within \u{2013} is 48 hours."),
        vec![]
    );
    assert_eq!(
        flagged("Our SLA is 48 hours \u{2013} we're well inside it."),
        vec![(Category::Jargon, "SLA")]
    );
    assert_eq!(
        flagged(
            "We've created an RMA for your return \u{2014} that's a return authorization number."
        ),
        vec![]
    );
    assert_eq!(
        flagged("We've created an RMA for your return \u{2014} print the label."),
        vec![(Category::Jargon, "RMA")]
    );
    // The prefix of a reference code is no acronym, whether the number is written or a placeholder.
    assert_eq!(
        flagged("Your request has been logged as INC-{{ticket.id}} and assigned."),
        vec![]
    );
}

#[test]
fn a_negated_offer_does_not_excuse_a_refusal() {
    // "so I can ..." offers help and cancels the refusal; "so I can't ..." does not.
    assert_eq!(
        flagged("That isn't my department, so I can pass you to the pensions team."),
        vec![]
    );
    assert_eq!(
        flagged("That isn't my department, so I can't comment on the transfer."),
        vec![(Category::Dismissive, "isn't my department")]
    );
    // "I have" owning a next step excuses giving up; "I have got" (possession) does not.
    assert_eq!(
        flagged("I've got nothing more to add about the sync bug."),
        vec![(Category::Dismissive, "nothing more to add")]
    );
    // Nor does "I have" before talk already had: answering is not a step taken.
    assert_eq!(
        flagged("This conversation is over, I\u{2019}ve answered your question."),
        vec![(Category::Dismissive, "This conversation is over")]
    );
    assert_eq!(
        flagged("This conversation is over for today, I've asked the team to call you."),
        vec![]
    );
    // "let me" offers help ("let me check"); "will not let me" is a refusal, not an offer.
    assert_eq!(
        flagged("The system won't let me refund a gift card, that's just how it is."),
        vec![
            (Category::PolicyWall, "The system won't let me"),
            (Category::Dismissive, "that's just how it is")
        ]
    );
}

#[test]
fn developers_acronyms_need_no_gloss_for_a_developer() {
    // To a shopper, "SDK" is jargon.
    let t = "Please update the SDK and try again.";
    assert_eq!(flagged(t), [(Category::Jargon, "SDK")]);
    let f = &Linter::builtin().lint(t)[0];
    assert_eq!(f.rule.as_ref(), "jargon/technical-acronym");
    assert_eq!(f.suggestions[0].text.as_ref(), "software kit (SDK)");
    // Two developers' words in its paragraph tell who reads it: no finding.
    let t = "The installer drops the CLI binary in the wrong folder; I've attached a script.";
    assert_eq!(flagged(t), []);
    // One alone ("build") says too little.
    let t = "The SSO settings moved in the last build.";
    assert_eq!(flagged(t), [(Category::Jargon, "SSO")]);
    // Only the paragraph counts: a blank line ends it.
    let t = "Your build failed on staging.\n\nThe SSO settings moved in the installer.";
    assert_eq!(flagged(t), [(Category::Jargon, "SSO")]);
    assert_eq!(Linter::builtin().lint(t)[0].start, t.find("SSO").unwrap());
    assert_eq!(
        flagged("Your build failed on staging, and the SSO settings moved in the installer."),
        []
    );
}

#[test]
fn a_hard_wrapped_email_is_read_across_its_line_breaks() {
    // Wrapped at about 70 columns, as plain-text mail clients do: the phrases run on across the
    // breaks, and the spans hold them.
    let t = "I looked into your order this morning and, as stated in my previous\nemail, you failed to send the photos, so per my last email\nyou need to send them again.";
    assert_eq!(
        flagged(t),
        [
            (
                Category::PassiveAggressive,
                "as stated in my previous\nemail"
            ),
            (Category::Blame, "you failed to"),
            (Category::PassiveAggressive, "per my last email"),
            (Category::Commanding, "you need to"),
        ]
    );
    // CRLF line endings wrap the same way.
    let crlf = t.replace('\n', "\r\n");
    assert_eq!(
        flagged(&crlf)[0],
        (
            Category::PassiveAggressive,
            "as stated in my previous\r\nemail"
        )
    );
    // A short line is a line of its own (a greeting, a list item, a sign-off), and so is one
    // before a capital: no phrase runs on across those breaks.
    assert_eq!(flagged("Things to try first:\nper my\nlast email"), []);
    assert_eq!(
        flagged("I looked into your order this morning and I saw that you\nFailed To Launch is the film you ordered."),
        []
    );
}

#[test]
fn a_sign_named_in_capitals_is_not_shouting() {
    let t =
        "I've checked and the NO ENTRY sign on Mill Lane was missing, so I've cancelled the fine.";
    assert_eq!(flagged(t), []);
    assert_eq!(
        flagged("Press the \u{201C}DO NOT DISTURB\u{201D} button to stop the calls."),
        []
    );
    // Without a determiner, "sign" is the order's verb: still shouting.
    let t = "YOU MUST sign the form before Friday.";
    assert_eq!(flagged(t), [(Category::Hostile, "YOU MUST")]);
}

#[test]
fn an_order_is_to_the_customer_not_about_a_third() {
    // "You need to calm down" tells the customer off; "the horse needs to" does not.
    assert_eq!(
        flagged("You need to calm down."),
        [(Category::Hostile, "You need to calm down")]
    );
    assert_eq!(
        flagged("The horse needs to calm down before the farrier starts, so we start at 10:30."),
        []
    );
    // "You only have to click" belittles; "you only have to deal with me" reassures.
    assert_eq!(
        flagged("I'll stay on this case myself, so you only have to deal with me from now on."),
        []
    );
    // A parenthesis after the acronym's hyphenated next word explains it.
    assert_eq!(
        flagged("Your SSO sign-in (the option to log in with your work account) is now on."),
        []
    );
    assert_eq!(
        flagged("Your SSO sign-in is now on."),
        [(Category::Jargon, "SSO")]
    );
}

#[test]
fn harmless_senses_stay_quiet() {
    for t in [
        "I just checked your order and it shipped this morning.",
        "You must be exhausted after all of this; thank you for your patience.",
        "No problem! I've sent the label.",
        "Done! Your refund is on its way.",
        "The policy gives you 30 days, so I've started the refund.",
        "We sent an RMA (return authorisation) number to your email.",
        "You wrote 'this is ridiculous' and I completely understand why.",
        "Hi {{ticket.requester.first_name}}, [NAME] and %AGENT% are placeholders.",
        "> Calm down, you said.\nI'm sorry, that was never my intention.",
    ] {
        assert_eq!(flagged(t), vec![], "{t}");
    }
}

const PACK: &str = r#"
[[rule]]
id = "hostile/calm-down"
category = "hostile"
message = "Telling the customer how to feel."
why = "Being told to calm down makes an upset person more upset."
phrases = ["calm down"]
unless_after = ["the dog"]
suggest = ["I hear you"]

[[rule]]
id = "jargon/utilize"
category = "jargon"
message = "Bureaucratic word."
why = "Plain words read as friendlier."
phrases = ["utilize", "utilise"]
suggest = ["use"]
applicability = "safe"

[[rule]]
id = "jargon/acronym"
category = "jargon"
message = "Unexplained acronym."
why = "Customers do not know internal acronyms."
terms = ["RMA"]
suggest = ["return authorisation"]

[[rule]]
id = "curt/bare"
category = "curt"
message = "Bare reply."
why = "A one-word answer reads as cold."
check = "bare-reply"
phrases = ["no", "not possible", "k"]
suggest = ["Unfortunately that isn't possible, but here's what I can do:"]

[[rule]]
id = "hostile/shouting"
category = "hostile"
message = "Shouting."
why = "Capitals read as shouting."
check = "shouting"
allow = ["FAQ", "PDF"]
suggest = ["Please don't"]

[[marker]]
kind = "thank"
phrases = ["thank you"]
"#;

fn pack_linter() -> Linter {
    linter_for_pack("test.toml", toml_pack(PACK)).unwrap()
}

fn toml_pack(s: &str) -> Pack {
    toml::from_str(s).unwrap()
}

#[test]
fn spans_line_column_and_utf16_on_unicode_text() {
    let linter = pack_linter();
    let text = "😀 Ça va?\n日本語 — calm down, thank you";
    let found = linter.lint(text);
    assert_eq!(found.len(), 1);
    let f = &found[0];
    assert_eq!(&text[f.start..f.end], "calm down");
    assert_eq!((f.line, f.column), (2, 7));
    assert_eq!((f.end_line, f.end_column), (2, 16));
    let utf16: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&utf16[f.utf16_start..f.utf16_end]).unwrap(),
        "calm down"
    );
    assert_eq!(&*f.suggestions[0].text, "I hear you");
    assert_eq!(f.suggestions[0].applicability, Applicability::Unsafe);
}

#[test]
fn context_exceptions_masks_and_case() {
    let linter = pack_linter();
    assert!(linter.lint("Please calm down the dog.").is_empty());
    assert!(linter.lint("You said “calm down” to me.").is_empty());
    let f = &linter.lint("Calm down.")[0];
    assert_eq!(&*f.suggestions[0].text, "I hear you");
    let f = &linter.lint("We utilize it.")[0];
    assert_eq!(&*f.suggestions[0].text, "use");
    let f = &linter.lint("Utilize it.")[0];
    assert_eq!(&*f.suggestions[0].text, "Use");
}

#[test]
fn acronyms_flag_unless_explained() {
    let linter = pack_linter();
    let t = "Send the RMA today.";
    let f = linter.lint(t);
    assert_eq!(f.len(), 1);
    assert_eq!(&t[f[0].start..f[0].end], "RMA");
    assert!(linter
        .lint("Send the RMA (return authorisation) today.")
        .is_empty());
    assert!(linter
        .lint("Send the return authorisation (RMA) today.")
        .is_empty());
    assert!(linter
        .lint("Send the rma form; the RMAs are here.")
        .is_empty());
    assert!(linter
        .lint("The APN settings (the mobile data settings on your phone) changed.")
        .is_empty());
    // An acronym closing a short parenthesis after the words it stands for.
    assert!(linter
        .lint("Your return number (also called an RMA) is below.")
        .is_empty());
    // A gloss set off by a comma, after the acronym or after its next word.
    assert!(linter
        .lint("I've passed this to our RMA team, that's our returns desk, today.")
        .is_empty());
    assert!(linter
        .lint("Your RMA, i.e. the return number, is below.")
        .is_empty());
    let builtin = warmly::Linter::builtin();
    assert!(builtin
        .lint("The reference on your letter, FTTP, stands for fibre to the premises.")
        .is_empty());
    assert!(builtin
        .lint("Your IMEI, the 15-digit number printed on the box, is all I need.")
        .is_empty());
    assert_eq!(
        linter.lint("Your RMA team, sadly, is closed today.").len(),
        1
    );
    // An acronym customers rarely know is flagged when nothing explains it.
    let f = builtin.lint("Please share the IMEI of the handset.");
    assert_eq!(
        (f.len(), &*f[0].rule, f[0].start, f[0].end),
        (1, "jargon/undefined-acronym", 17, 21)
    );
    // Explained once, an acronym needs no explanation again in the same paragraph; after a blank
    // line it does.
    assert!(linter
        .lint("I raised an RMA (return authorisation). Your RMA number is below.")
        .is_empty());
    let t = "I raised an RMA (return authorisation).\n\nYour RMA number is below.";
    let f = linter.lint(t);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].start, t.rfind("RMA").unwrap());
    assert_eq!(&t[f[0].start..f[0].end], "RMA");
    // An agent's initials signing a social reply are a name, not an acronym.
    assert!(linter
        .lint("@sam Your refund is on its way. ^RMA")
        .is_empty());
    let t = "@sam The RMA is below. ^TB";
    let f = linter.lint(t);
    assert_eq!(f.len(), 1);
    assert_eq!(&t[f[0].start..f[0].end], "RMA");
    // With the built-in rules: an acronym made a verb is still one; capitals in a contraction
    // are emphasis.
    for t in ["The parcel was RMA'd last week.", "We’re RMA’ing it now."] {
        assert_eq!(flagged(t), [(Category::Jargon, "RMA")], "{t}");
    }
    assert_eq!(
        flagged("We WON'T charge you, and I CAN'T wait."),
        [(Category::Hostile, "WON'T"), (Category::Hostile, "I CAN'T")]
    );
}

#[test]
fn bare_replies_are_curt_but_longer_replies_are_not() {
    let linter = pack_linter();
    let t = "Hi Sam,\n\nNo. Not possible.\n\nBest,\nAl";
    let f = linter.lint(t);
    assert_eq!(f.len(), 1);
    assert_eq!(&t[f[0].start..f[0].end], "No. Not possible");
    let t = "@jess_k K. DM us.";
    let f = linter.lint(t);
    assert_eq!(&t[f[0].start..f[0].end], "K");
    assert!(linter
        .lint("No problem at all, I have sent the label and the refund today.")
        .is_empty());
    assert!(linter
        .lint("Is there a fee? No. We cover the shipping both ways, and I have sent the label.")
        .is_empty());
}

#[test]
fn shouting_is_found_and_acronyms_are_not() {
    let linter = pack_linter();
    let t = "Hello,\nDO NOT contact us again. WE HAVE TOLD YOU.";
    let f = linter.lint(t);
    let spans: Vec<&str> = f.iter().map(|f| &t[f.start..f.end]).collect();
    assert_eq!(spans, vec!["DO NOT", "WE HAVE TOLD YOU"]);
    assert!(linter
        .lint("See the FAQ PDF at [NAME] for the USA.")
        .is_empty());
    assert!(linter.lint("I am in the UK.").is_empty());
    // Runs end at punctuation and line breaks; curly apostrophes join a word; a run is found
    // wherever on the line it sits, and two runs on one line are both found.
    let t = "Order (RMA) ok. WE WON\u{2019}T PAY, as I SAID BEFORE.\nSTOP\nNOW PLEASE (ÉTÉ ÇA)";
    let f = linter.lint(t);
    let spans: Vec<&str> = f.iter().map(|f| &t[f.start..f.end]).collect();
    assert_eq!(
        spans,
        vec![
            "WE WON\u{2019}T PAY",
            "I SAID BEFORE",
            "NOW PLEASE",
            "ÉTÉ ÇA"
        ]
    );
}

#[test]
fn fix_applies_safe_suggestions_once() {
    let linter = pack_linter();
    let t = "Calm down, we utilize it.";
    let found = linter.lint(t);
    let fixed = fix(t, &found, false);
    assert_eq!(fixed.text, "Calm down, we use it.");
    assert_eq!(fixed.applied, 1);
    let again = fix(&fixed.text, &linter.lint(&fixed.text), false);
    assert_eq!(again.text, fixed.text);
    assert_eq!(again.applied, 0);
    let all = fix(t, &found, true);
    assert_eq!(all.text, "I hear you, we use it.");
    assert_eq!(
        apply_suggestion(t, &found[0], 0).unwrap(),
        "I hear you, we utilize it."
    );
    assert_eq!(apply_suggestion(t, &found[0], 5), None);
}

#[test]
fn config_selects_ignores_overrides_and_allows() {
    let pack = toml_pack(PACK);
    let base = Config {
        packs: vec![("t.toml".into(), pack.clone())],
        no_builtin: true,
        ..Config::default()
    };
    let l = Linter::new(&Config {
        ignore: vec!["hostile".into()],
        ..base.clone()
    })
    .unwrap();
    assert!(l.lint("Calm down.").is_empty());
    let l = Linter::new(&Config {
        select: vec!["jargon/utilize".into()],
        ..base.clone()
    })
    .unwrap();
    assert_eq!(l.rules().len(), 1);
    let mut sev = std::collections::BTreeMap::new();
    sev.insert("hostile/calm-down".to_string(), Severity::Info);
    let l = Linter::new(&Config {
        severity: sev,
        ..base.clone()
    })
    .unwrap();
    assert_eq!(l.lint("Calm down.")[0].severity, Severity::Info);
    let l = Linter::new(&Config {
        allow: vec!["calm down".into()],
        ..base.clone()
    })
    .unwrap();
    assert!(l.lint("Calm down.").is_empty());
    let e = Linter::new(&Config {
        select: vec!["hostile/nope".into()],
        ..base
    })
    .unwrap_err();
    assert_eq!(e.to_string(), "config: field `select`: unknown rule id or category `hostile/nope`; `warmly rules` lists them");
}

/// A swap is offered first for its own words (compared normalised, intensifiers aside), fitted
/// to where they stand; other words of the rule get the rule's suggestions.
#[test]
fn swaps_rewrite_their_own_words_first() {
    let mut p = toml_pack(PACK);
    p.rule[0].phrases = vec!["calm down".into(), "settle down".into()];
    p.rule[0].patterns = vec!["(really )?(chill|relax) out".into()];
    p.rule[0].suggest = vec!["I hear you".into()];
    p.rule[0].swap = vec![
        "chill out = which I understand".into(),
        "settle down = I hear you, and I'm on it".into(),
    ];
    let l = linter_for_pack("team.toml", p).unwrap();
    let offered = |text: &str| -> Vec<String> {
        let f = l.lint(text);
        assert_eq!(f.len(), 1, "{text}: {f:?}");
        f[0].suggestions
            .iter()
            .map(|s| s.text.to_string())
            .collect()
    };
    // A tail goes on with the clause before it: not at a sentence start.
    assert_eq!(
        offered("It's late, really chill out."),
        ["which I understand", "I hear you"]
    );
    assert_eq!(offered("Chill out."), ["I hear you"]);
    // Capitals do not matter; a swap opening with "I" fits anywhere.
    assert_eq!(
        offered("Please SETTLE DOWN while I check."),
        ["I hear you, and I'm on it"]
    );
    assert_eq!(offered("Calm down."), ["I hear you"]);
}

#[test]
fn bad_packs_name_file_rule_and_field() {
    let bad = |edit: &dyn Fn(&mut Pack)| {
        let mut p = toml_pack(PACK);
        edit(&mut p);
        linter_for_pack("team.toml", p).unwrap_err().to_string()
    };
    assert_eq!(
        bad(&|p| p.rule[0].category = "rude".into()),
        "team.toml: rule `hostile/calm-down`: field `category`: unknown category `rude` (expected one of: hostile, blame, dismissive, condescending, passive_aggressive, policy_wall, commanding, curt, jargon)"
    );
    assert!(
        bad(&|p| p.rule[0].patterns = vec!["(unclosed".into()]).starts_with(
            "team.toml: rule `hostile/calm-down`: field `patterns`: bad regex `(unclosed`"
        )
    );
    assert_eq!(
        bad(&|p| p.rule[1].id = "hostile/calm-down".into()),
        "team.toml: rule `hostile/calm-down`: field `id`: duplicate rule id in this pack; give each rule its own id"
    );
    assert_eq!(
        bad(&|p| p.rule[0].suggest = vec![" ".into()]),
        "team.toml: rule `hostile/calm-down`: field `suggest`: suggestion 1 is empty; write the replacement words"
    );
    assert_eq!(
        bad(&|p| p.rule[0].swap = vec!["calm down".into()]),
        "team.toml: rule `hostile/calm-down`: field `swap`: `calm down` is not `PHRASE = replacement` (the flagged words, `=`, then what to say instead)"
    );
    assert_eq!(
        bad(&|p| p.rule[0].swap = vec!["!! = I hear you".into()]),
        "team.toml: rule `hostile/calm-down`: field `swap`: `!! = I hear you` replaces no words: write `PHRASE = replacement`"
    );
    assert_eq!(
        bad(&|p| p.rule[0].check = Some("vibes".into())),
        "team.toml: rule `hostile/calm-down`: field `check`: unknown check `vibes` (expected `bare-reply`, `terse-reply`, `cold-opener`, `shouting`, `acronym` or `tautology`)"
    );
    assert_eq!(
        bad(&|p| p.rule[0].severity = Some("fatal".into())),
        "team.toml: rule `hostile/calm-down`: field `severity`: unknown severity `fatal` (expected one of: error, warning, info)"
    );
}

#[test]
fn user_pack_overrides_builtin_rule_with_same_id() {
    let builtin = Linter::builtin();
    let Some(first) = builtin.rules().first() else {
        return;
    };
    let mut pack = toml_pack(PACK);
    pack.rule.truncate(1);
    pack.rule[0].id = first.id.clone();
    pack.rule[0].category = first.category.as_str().into();
    pack.rule[0].phrases = vec!["zebra crossing".into()];
    let l = Linter::new(&Config {
        packs: vec![("mine.toml".into(), pack)],
        ..Config::default()
    })
    .unwrap();
    assert_eq!(l.rule(&first.id).unwrap().source, "mine.toml");
    assert_eq!(*l.lint("Mind the zebra crossing.")[0].rule, *first.id);
}

/// A linter reuses the buffers of earlier lints: what it finds in a text must not depend on
/// what it linted before (a longer text, a text with more hits, a check with markers).
#[test]
fn reused_buffers_do_not_change_findings() {
    let fresh = || Linter::new(&Config::default()).unwrap();
    let long = "Calm down. Per my last email, you failed to attach the receipt. ".repeat(200)
        + "I understand how frustrating this is, and I'm sorry. Thank you for waiting.";
    let short = "Hi Sam,\n\nYou need to restart the router. Obviously it's not our fault.\n\nBest";
    let expected = fresh().lint(short);
    let expected_check = fresh().check(short);
    assert!(!expected.is_empty());
    let linter = fresh();
    for _ in 0..3 {
        assert!(!linter.lint(&long).is_empty());
        assert_eq!(linter.lint(short), expected);
        let _ = linter.check(&long);
        assert_eq!(linter.check(short), expected_check);
        assert_eq!(linter.lint(""), vec![]);
    }
}

/// An intensifier after the subject ("I really can't", "we honestly don't") does not hide a
/// phrase, and the finding's span covers it.
#[test]
fn intensifiers_after_the_subject_do_not_hide_phrases() {
    let linter = Linter::builtin();
    for (t, rule, flagged) in [
        (
            "Sorry. I really can’t bend the rules.",
            "policy_wall/cannot-bend-rules",
            "I really can’t bend the rules",
        ),
        (
            "We honestly don't make exceptions.",
            "policy_wall/no-exceptions",
            "We honestly don't make exceptions",
        ),
        (
            "I’m really not allowed to do that.",
            "policy_wall/not-allowed",
            "I’m really not allowed to",
        ),
    ] {
        let f = linter.lint(t);
        assert_eq!(f.len(), 1, "{t}: {f:?}");
        assert_eq!(&*f[0].rule, rule, "{t}");
        assert_eq!(&t[f[0].start..f[0].end], flagged, "{t}");
    }
}

#[test]
fn words_a_pattern_needs_are_checked_only_where_it_could_match() {
    // Gated on "policy", and every match needs "states" or "says": the engine skips windows
    // without either word, and must still find every match, next to non-ASCII text too.
    let pack = toml_pack(
        r#"
[[rule]]
id = "policy_wall/policy-states"
category = "policy_wall"
message = "Quoting policy."
why = "Quoting policy puts a wall between you and the customer."
patterns = ['\b(our |the )?policy (clearly )?(states|says)\b']
suggest = ["Here's what I can do:"]
"#,
    );
    let linter = linter_for_pack("needs.toml", pack).unwrap();
    let spans = |t: &str| -> Vec<(usize, usize)> {
        linter.lint(t).iter().map(|f| (f.start, f.end)).collect()
    };
    assert_eq!(spans("Our policy clearly states that."), vec![(0, 25)]);
    assert_eq!(spans("Sorry, the policy SAYS no."), vec![(7, 22)]);
    assert_eq!(spans("Café: the policy says no."), vec![(7, 22)]);
    assert_eq!(spans("Ünïcödé policy says"), vec![(12, 23)]);
    assert_eq!(spans("The policy is clear, and it says so."), vec![]);
    assert_eq!(spans("The policy statement is here."), vec![]);
}

#[test]
fn a_pattern_with_stops_at_its_edges_is_searched_within_its_sentence() {
    // The pattern may hold a stop in its first two bytes (a sentence start) and its last one
    // (the closing mark) only: the engine searches each sentence around "send" or "pay", and
    // must still find the matches that start on the previous sentence's stop.
    let pack = toml_pack(
        r#"
[[rule]]
id = "commanding/pay-now"
category = "commanding"
message = "A deadline as an order."
why = "Orders with deadlines read as threats."
patterns = ['(^|[.!?\n:] ?)(send|pay) (it|the form) [^.!?\n]{0,20}?\b(?P<span>today|now)[.!]']
suggest = ["when you can"]
"#,
    );
    let linter = linter_for_pack("edges.toml", pack).unwrap();
    let flagged = |t: &str| -> Vec<(usize, usize)> {
        linter.lint(t).iter().map(|f| (f.start, f.end)).collect()
    };
    assert_eq!(flagged("Send it today."), vec![(8, 13)]);
    assert_eq!(flagged("Thanks. Pay it now!"), vec![(15, 18)]);
    assert_eq!(
        flagged("Thanks.\nPay the form by noon now."),
        vec![(29, 32)]
    );
    assert_eq!(
        flagged("Ok. Send it now. Pay it today."),
        vec![(12, 15), (24, 29)]
    );
    assert_eq!(flagged("Note:send the form today!"), vec![(19, 24)]);
    // Not at a sentence start, a stop before the deadline, no closing mark.
    assert_eq!(flagged("Please send it today."), vec![]);
    assert_eq!(flagged("Send it. Today."), vec![]);
    assert_eq!(flagged("Send it by. Now."), vec![]);
    assert_eq!(flagged("Send it today"), vec![]);
}

#[test]
fn a_score_from_fewer_findings_keeps_the_markers_check_found() {
    // Callers that drop suppressed findings score the rest with the markers `check` already
    // found (`warmly::score::score`) instead of calling `Linter::score`, which finds them again.
    let linter = Linter::builtin();
    let dev = include_str!("../../tests/corpus/dev.jsonl");
    let mut with_markers = 0;
    for line in dev.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let report = linter.check(text);
        let fewer = &report.findings[report.findings.len() / 2..];
        let again = linter.score(text, fewer);
        assert_eq!(again.markers, report.score.markers, "{text}");
        assert_eq!(
            again,
            warmly::score::score(fewer, report.score.markers.clone()),
            "{text}"
        );
        with_markers += usize::from(!report.score.markers.is_empty());
    }
    assert!(with_markers > 100, "{with_markers}");
}

#[test]
fn a_name_alone_on_the_last_line_signs_a_bare_reply_off() {
    // The name is not part of the body, so a five-word redirect is still a bare reply.
    assert_eq!(
        flagged("Hi,\n\nRefer to my last reply.\n\nMo"),
        vec![(Category::Curt, "Refer to my last reply")]
    );
    assert_eq!(flagged("Sorted.\n\nDana"), vec![(Category::Curt, "Sorted")]);
    // A glad "Sorted!" with a warm line after it is not curt.
    assert_eq!(flagged("Sorted! Enjoy your weekend.\n\nDana"), vec![]);
}

#[test]
fn chat_spellings_read_as_the_words_they_stand_for() {
    assert_eq!(
        flagged("youll need to send the serial number"),
        vec![(Category::Commanding, "youll need to")]
    );
    assert_eq!(
        flagged("@zed_k ur being unreasonable tbh ^RB"),
        vec![(Category::Hostile, "ur being unreasonable")]
    );
    assert_eq!(
        flagged("its in the T&Cs, cant change it"),
        vec![(Category::PolicyWall, "its in the T&Cs")]
    );
    // A possessive "its" stays a possessive.
    assert_eq!(flagged("The app and its settings are in the menu."), vec![]);
    // A hedge after "not" is left out, as after a subject.
    assert_eq!(
        flagged("cant really help you there, sorry"),
        vec![(Category::Dismissive, "cant really help you there")]
    );
}

#[test]
fn a_shouted_word_that_opens_an_order_is_shouting() {
    assert_eq!(
        flagged("Hey Yusuf! DON’T open another ticket, it slows everything down."),
        vec![(Category::Hostile, "DON’T")]
    );
    assert_eq!(
        flagged("Thanks for your message. STOP calling the helpline about this."),
        vec![(Category::Hostile, "STOP")]
    );
    // In normal case the same words are an order.
    assert_eq!(
        flagged("Thanks for your message. Stop calling the helpline about this."),
        vec![(Category::Commanding, "Stop calling")]
    );
}

#[test]
fn a_phrase_written_in_capitals_is_shouting() {
    assert_eq!(
        flagged("Hello, YOU ARE NOT LISTENING. The refund was approved yesterday."),
        vec![(Category::Hostile, "YOU ARE NOT LISTENING")]
    );
    // In normal case the same words put the fault on the customer.
    assert_eq!(
        flagged("Hello, you are not listening. The refund was approved yesterday."),
        vec![(Category::Blame, "you are not listening")]
    );
}

#[test]
fn a_phrase_around_a_quote_is_the_writer_s_but_one_inside_it_is_not() {
    assert_eq!(
        flagged("Hi Hamish, what part of “non-refundable” don’t you understand?"),
        vec![(
            Category::Hostile,
            "what part of “non-refundable” don’t you understand"
        )]
    );
    // The customer's own words, quoted back, are never linted.
    assert_eq!(
        flagged("You wrote 'calm down, it is what it is' and I hear you."),
        vec![]
    );
}

#[test]
fn an_acronym_glossed_a_word_or_two_later_is_explained() {
    assert_eq!(
        flagged("Please write the RMA number below (that's your return code) on the label."),
        vec![]
    );
    assert_eq!(
        flagged("Please write the RMA number on the label."),
        vec![(Category::Jargon, "RMA")]
    );
}

#[test]
fn a_bare_reply_below_or_above_a_quoted_message_is_still_bare() {
    let below = "Hi Leah,\n\n> Is there any way I could get my deposit back early?\n\nNo chance.";
    assert_eq!(flagged(below), vec![(Category::Curt, "No chance")]);
    let above = "Check the website.\n\n> Is the Manchester store open on Boxing Day?";
    assert_eq!(flagged(above), vec![(Category::Curt, "Check the website")]);
    // A real answer under the quote is not bare.
    let answered = "> Is the store open on Boxing Day?\n\nYes, from 10 to 4, and the cafe too.";
    assert_eq!(flagged(answered), vec![]);
}

#[test]
fn sympathy_taken_back_by_but_does_not_excuse_what_follows() {
    assert_eq!(
        flagged("I understand the appeal, but that's ridiculous as a reason to cancel."),
        vec![(Category::Hostile, "ridiculous")]
    );
    assert_eq!(
        flagged("I understand why you called it ridiculous, and you're right."),
        vec![]
    );
}

#[test]
fn an_acronym_followed_by_what_it_is_for_is_explained() {
    assert_eq!(
        flagged("I've sent your PAC, the code you need to move your number, by text."),
        vec![]
    );
    // A list is no explanation.
    assert_eq!(
        flagged("Please send the RMA, the receipt and the photos."),
        vec![(Category::Jargon, "RMA")]
    );
}

#[test]
fn capitals_naming_a_product_or_titling_a_section_are_not_shouting() {
    for text in [
        "I checked the line on your FIBRE MAX 500 connection and it looks healthy.",
        "Your HOME ESSENTIALS plan and price stay exactly the same.",
        "I've added a week of free UNLIMITED DATA to your account.",
        "Hi Sam,\n\nYOUR NEW BILL EXPLAINED\n\nThis month includes a one-off charge for the line move.",
        "Hi Sam,\n\nIMPORTANT: PLANNED MAINTENANCE\n\nWe'll be upgrading the network in your area tonight.",
    ] {
        assert_eq!(flagged(text), vec![], "{text}");
    }
    // A line of capitals above a sign-off, or one that gives an order, is shouting.
    assert_eq!(
        flagged("Hi Sam,\n\nSTOP CALLING US\n\nRegards,\nTom"),
        vec![(Category::Hostile, "STOP CALLING US")]
    );
    assert_eq!(
        flagged(
            "DO NOT CALL US AGAIN\n\nYour refund was processed last week and will arrive soon."
        ),
        vec![(Category::Hostile, "DO NOT CALL US AGAIN")]
    );
    // Its normal case keeps acronyms, but "US" after a verb is the pronoun.
    let shout = Linter::builtin().lint("@holly STOP MESSAGING US about the delay.");
    assert_eq!(&*shout[0].suggestions[0].text, "Stop messaging us");
    let shout = Linter::builtin().lint("IT IS NOT OUR FAULT THE BANK DELAYED IT.");
    assert_eq!(
        &*shout[0].suggestions[0].text,
        "It is not our fault the bank delayed it"
    );
    let shout = Linter::builtin().lint("WE DO NOT SHIP TO THE US, SORRY.");
    assert_eq!(&*shout[0].suggestions[0].text, "We do not ship to the US");
}

#[test]
fn a_mailchimp_merge_tag_is_a_placeholder() {
    assert_eq!(flagged("Hi *|FNAME|*, your order is on its way."), vec![]);
    assert_eq!(
        flagged("Hi *|FNAME|*, read them properly this time. RMA attached."),
        vec![
            (Category::PassiveAggressive, "read them properly this time"),
            (Category::Jargon, "RMA")
        ]
    );
}

#[test]
fn a_team_name_signing_the_reply_off_is_no_jargon() {
    assert_eq!(
        flagged("Thanks for reporting the bug. A fix goes out tonight.\n\nKind regards,\nDevOps Support"),
        vec![]
    );
    // In the body it is jargon.
    assert_eq!(
        flagged("I've passed it to DevOps.\n\nKind regards,\nSam"),
        vec![(Category::Jargon, "DevOps")]
    );
}

#[test]
fn a_term_described_after_its_noun_or_by_our_is_explained() {
    assert_eq!(
        flagged("I've passed it to our DevOps team, the engineers who run our servers."),
        vec![]
    );
    assert_eq!(
        flagged("It's with our Tier 3 engineers, the team that works on the product code."),
        vec![]
    );
    assert_eq!(
        flagged("I've attached the PIR, our post-incident report, which explains the outage."),
        vec![]
    );
    assert_eq!(
        flagged(
            "The ONT, the small white box where the fibre enters your home, shows a red light."
        ),
        vec![]
    );
    // After the next word, only a relative straight after the noun describes the term.
    assert_eq!(
        flagged(
            "With reference to the above-captioned claim, the undersigned wishes to inform you."
        ),
        vec![
            (Category::Jargon, "above-captioned"),
            (Category::Jargon, "the undersigned")
        ]
    );
}

#[test]
fn a_term_explained_later_in_its_paragraph_is_explained() {
    assert_eq!(
        flagged("Text PAC to 65075. You'll get a PAC (porting authorisation code) back."),
        vec![]
    );
    // Not from another paragraph.
    assert_eq!(
        flagged("Send the PAC today.\n\nYou'll get a PAC (porting authorisation code) back."),
        vec![(Category::Jargon, "PAC"), (Category::Commanding, "today")]
    );
}

#[test]
fn a_pattern_at_a_sentence_start_flags_the_phrase_not_the_previous_stop() {
    let linter = linter_for_pack(
        "test.toml",
        toml_pack(
            r#"
[[rule]]
id = "passive_aggressive/try-reading"
category = "passive_aggressive"
message = "Pointed advice to read."
why = "It tells the customer they did not read."
patterns = ['(^|[.!?] )try reading the manual', '\?\?\?']
suggest = ["Page 12 of the manual covers this:"]
"#,
        ),
    )
    .unwrap();
    let spans = |text: &str| -> Vec<(usize, usize)> {
        linter.lint(text).iter().map(|f| (f.start, f.end)).collect()
    };
    // The matched ". " before the phrase is left out of the span.
    assert_eq!(spans("Fine. Try reading the manual."), [(6, 28)]);
    assert_eq!(spans("Try reading the manual."), [(0, 22)]);
    // A match of punctuation only keeps its span.
    assert_eq!(spans("Why??? I see."), [(3, 6)]);
}

#[test]
fn a_page_of_shouted_replies_is_judged_reply_by_reply() {
    // Each shouted sentence holds the phrases inside it, whatever else the page shouts: the
    // findings of the page are those of one reply, once per copy, at the same places.
    let one =
        "Hello, YOU ARE NOT LISTENING. SEND THE RECEIPT ASAP. Per my last email, calm down.\n\n";
    let page = one.repeat(500);
    let want: Vec<(Category, &str)> = flagged(one);
    assert_eq!(
        want,
        vec![
            (Category::Hostile, "YOU ARE NOT LISTENING"),
            (Category::Hostile, "SEND THE RECEIPT ASAP"),
            (Category::PassiveAggressive, "Per my last email"),
            (Category::Hostile, "calm down"),
        ]
    );
    let got = flagged(&page);
    assert_eq!(got.len(), want.len() * 500);
    assert!(got.chunks(want.len()).all(|c| c == want.as_slice()));
}

#[test]
fn a_code_after_a_brand_names_a_model_not_a_tier() {
    // "T3" after a title-case word that does not open the sentence is the product's model; the
    // same code alone is a support tier the customer cannot know.
    assert_eq!(
        flagged("Thanks for your order, Sam. Your Ember T3 ships today and arrives on Friday."),
        vec![]
    );
    assert_eq!(
        flagged("Your ticket has gone to T3 for review."),
        vec![(Category::Jargon, "T3")]
    );
    // A team's name before it, or a queue after it: still the tier.
    assert_eq!(
        flagged("Your transfer has been escalated to the Ops L2 queue for review."),
        vec![(Category::Jargon, "L2")]
    );
    let text = "Hi Kenji, your Ember T3 has been escalated to T3.";
    let found: Vec<(usize, usize)> = Linter::builtin()
        .lint(text)
        .iter()
        .map(|f| (f.start, f.end))
        .collect();
    assert_eq!(found, [(text.len() - 3, text.len() - 1)]);
}

#[test]
fn a_term_glossed_between_commas_before_its_verb_is_explained() {
    // The gloss closes with a comma and the sentence goes on with its verb.
    assert_eq!(
        flagged(
            "Thanks for letting us know you've moved! Your MPAN, the 13-digit supply number \
             printed on your bill, is now linked to your new address."
        ),
        vec![]
    );
    assert_eq!(
        flagged("Your RMA, or return authorisation code, is below. Pop it on the parcel and any post office will take it."),
        vec![]
    );
    // Or after the term's next word.
    assert_eq!(
        flagged("Hi Ana, the L2 team, our senior repair technicians, will look at the motherboard tomorrow."),
        vec![]
    );
    // Or with "so" and what followed.
    assert_eq!(
        flagged("The game was voided after a fault with the RNG, our random number generator, so every stake was returned."),
        vec![]
    );
    // No second comma: what follows is the sentence, not a gloss.
    assert_eq!(
        flagged("Thanks for waiting, Paolo. Per our SOP, a third attempt is not possible."),
        vec![(Category::Jargon, "SOP")]
    );
}

#[test]
fn a_code_to_type_in_is_no_acronym() {
    // Capitals right after "code" are what the customer types, not an acronym to explain.
    assert_eq!(
        flagged("Calm weather this weekend! Use code SUNNY for a free unlock on Saturday."),
        vec![]
    );
    assert_eq!(
        flagged("Enter the promo code SPRING at checkout and the discount applies."),
        vec![]
    );
    assert_eq!(
        flagged("Your case is with the RTQ desk now, and they will reply soon."),
        vec![(Category::Jargon, "RTQ")]
    );
}

#[test]
fn a_keyword_to_text_and_a_named_gloss_are_no_jargon() {
    // Capitals sent to a short number are what the customer types.
    assert_eq!(
        flagged("Your data pack is active, and you can check what's left any time by texting BAL to 150."),
        vec![]
    );
    // The term, a name in apposition, then what it is in brackets.
    assert_eq!(
        flagged("Hi Lucy, our SENCO, Gareth (he's our special educational needs coordinator), would love to meet you."),
        vec![]
    );
    // A name alone explains nothing.
    assert_eq!(
        flagged("Hi Lucy, our SENCO, Gareth, would love to meet you on Tuesday."),
        vec![(Category::Jargon, "SENCO")]
    );
}

#[test]
fn capitals_a_thing_reads_are_no_shouting() {
    // A label word up to two words before the capitals: what the envelope or locker reads.
    assert_eq!(
        flagged("I've marked the envelope DO NOT BEND so your certificate arrives flat."),
        vec![]
    );
    assert_eq!(
        flagged("You're right that the locker displayed DO NOT USE all weekend. It's fixed now."),
        vec![]
    );
    assert_eq!(
        flagged("I told you DO NOT USE the locker."),
        vec![(Category::Hostile, "DO NOT USE")]
    );
}

#[test]
fn a_rule_given_as_its_own_reason_is_a_policy_wall() {
    // Any thing said to be itself, with or without a determiner, in any word form of the copula.
    assert_eq!(
        flagged("Sorry, Graham, the bylaws are the bylaws and juniors can’t play before 10am."),
        vec![(Category::PolicyWall, "the bylaws are the bylaws")]
    );
    assert_eq!(
        flagged("A deadline’s a deadline. We can't accept late entries."),
        vec![(Category::PolicyWall, "A deadline’s a deadline")]
    );
    assert_eq!(
        flagged("I'm afraid the surgery's protocol is the surgery's protocol."),
        vec![(
            Category::PolicyWall,
            "the surgery's protocol is the surgery's protocol"
        )]
    );
    // The right side may name the thing by its head, with a determiner.
    assert_eq!(
        flagged("The warranty terms are the terms. Your scratch is cosmetic."),
        vec![(Category::PolicyWall, "The warranty terms are the terms")]
    );
    // Not a clause of its own, or a thing other rules judge.
    assert_eq!(
        flagged("A fixed rate means the rate stays the same, so your payments won't change."),
        vec![]
    );
    assert_eq!(
        flagged("Same-day means the day you order, as long as it's before 2pm."),
        vec![]
    );
    assert_eq!(
        flagged("Hi Jo, the price is the price you saw at checkout: nothing is added."),
        vec![]
    );
}
