//! End-to-end tests of the `warmly` binary over `tests/fixtures/`.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// `warmly ARGS` run in `dir`.
fn warmly_in(dir: &Path, args: &[&str]) -> Output {
    Command::cargo_bin("warmly")
        .unwrap()
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("CI", "true")
        .args(args)
        .output()
        .unwrap()
}

/// `warmly ARGS` run in the fixtures directory.
fn warmly(args: &[&str]) -> Output {
    warmly_in(&fixtures(), args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(o)))
}

/// A temporary directory holding copies of some fixtures.
fn scratch(files: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for f in files {
        std::fs::copy(fixtures().join(f), dir.path().join(f)).unwrap();
    }
    dir
}

/// (rule, the flagged text) of every finding of a JSON document, sliced from `value_of`.
fn flagged(doc: &Value, value_of: impl Fn(&Value) -> String) -> Vec<(String, String)> {
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let v = value_of(f);
            let (s, e) = (
                f["start"].as_u64().unwrap() as usize,
                f["end"].as_u64().unwrap() as usize,
            );
            (f["rule"].as_str().unwrap().to_string(), v[s..e].to_string())
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn every_input_format_concise() {
    for f in [
        "draft.txt",
        "reply.md",
        "reply.html",
        "zendesk-macros.json",
        "freshdesk-canned.json",
        "helpscout-saved-replies.json",
        "saved-replies.yaml",
        "macros.csv",
        "sent.jsonl",
    ] {
        let o = warmly(&["check", f]);
        assert_eq!(o.status.code(), Some(1), "{f}: {}", stderr(&o));
        insta::assert_snapshot!(format!("concise_{f}"), stdout(&o));
    }
}

#[test]
fn txt_spans_are_file_offsets_and_skip_placeholders() {
    let o = warmly(&["check", "--format", "json", "draft.txt"]);
    let text = std::fs::read_to_string(fixtures().join("draft.txt")).unwrap();
    let got = flagged(&json(&o), |_| text.clone());
    assert_eq!(
        got,
        pairs(&[
            ("hostile/calm-down", "Please calm down"),
            ("passive_aggressive/per-my-last-email", "Per my last email"),
            ("blame/you-failed-to", "you failed to"),
            ("jargon/kindly-revert", "Kindly revert"),
            ("jargon/unexplained-acronym", "RMA"),
            ("commanding/asap", "ASAP"),
        ])
    );
    let doc = json(&o);
    let first = &doc["findings"][0];
    assert_eq!(
        (first["line"].as_u64(), first["column"].as_u64()),
        (Some(3), Some(1))
    );
    assert_eq!(doc["drafts"].as_array().unwrap().len(), 1);
}

#[test]
fn html_visible_text_only_with_spans_into_the_file() {
    let o = warmly(&["check", "--format", "json", "reply.html"]);
    let text = std::fs::read_to_string(fixtures().join("reply.html")).unwrap();
    let doc = json(&o);
    let got = flagged(&doc, |_| text.clone());
    // `<title>` and attributes are not checked; the flagged words point into the file.
    assert!(
        got.contains(&("hostile/calm-down".into(), "Please <b>calm</b> down".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "dismissive/not-my-department".into(),
            "not my department &mdash; caf&eacute; orders go elsewhere".into()
        )),
        "{got:?}"
    );
    assert!(got.iter().all(|(_, t)| !t.contains("title")));
    let calm = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "hostile/calm-down")
        .unwrap();
    assert_eq!(
        (calm["line"].as_u64(), calm["column"].as_u64()),
        (Some(5), Some(4))
    );
    // Not fixable: the flagged words straddle a tag.
    assert_eq!(calm["fixable"], false);
}

#[test]
fn markdown_skips_code_links_and_honours_comments() {
    let o = warmly(&["check", "--format", "json", "reply.md"]);
    let text = std::fs::read_to_string(fixtures().join("reply.md")).unwrap();
    let got = flagged(&json(&o), |_| text.clone());
    assert_eq!(
        got,
        pairs(&[
            ("condescending/obviously", "Obviously"),
            ("hostile/calm-down", "calm down"),
            ("commanding/you-need-to", "You need to"),
        ])
    );
    // The `calm down` flagged is the link text (line 5), not the link target or the code block.
    assert_eq!(json(&o)["findings"][1]["line"], 5);
}

/// The decoded string at a finding's JSON path in a parsed JSON library.
fn json_value_at(doc: &Value, label: &str) -> String {
    let path = label.split(" (").next().unwrap();
    let mut v = doc;
    for seg in path
        .replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty())
    {
        v = match seg.parse::<usize>() {
            Ok(i) => &v[i],
            Err(_) => &v[seg],
        };
    }
    v.as_str().unwrap().to_string()
}

#[test]
fn zendesk_macros_with_paths_titles_and_html() {
    let o = warmly(&["check", "--format", "json", "zendesk-macros.json"]);
    let src: Value = serde_json::from_str(
        &std::fs::read_to_string(fixtures().join("zendesk-macros.json")).unwrap(),
    )
    .unwrap();
    let doc = json(&o);
    let got = flagged(&doc, |f| json_value_at(&src, f["label"].as_str().unwrap()));
    assert_eq!(
        got,
        pairs(&[
            ("policy_wall/policy-is-policy", "It's company policy"),
            ("passive_aggressive/per-my-last-email", "Per my last email"),
            ("policy_wall/no-exceptions", "we don't make exceptions"),
            ("jargon/utilize", "utilize"),
            ("jargon/kindly-revert", "Kindly revert"),
            ("commanding/asap", "ASAP"),
        ])
    );
    let f = &doc["findings"][3];
    assert_eq!(
        f["label"],
        "macros[1].actions[0].value (\"Shipping::Delay (HTML)\")"
    );
    // Line and column point at the word inside the JSON string literal in the file.
    let file = std::fs::read_to_string(fixtures().join("zendesk-macros.json")).unwrap();
    let line = file
        .lines()
        .nth(f["line"].as_u64().unwrap() as usize - 1)
        .unwrap();
    let col = f["column"].as_u64().unwrap() as usize - 1;
    assert!(line
        .chars()
        .skip(col)
        .collect::<String>()
        .starts_with("utilize"));
    // The macro with `warmly_ignore: ["jargon"]` reports nothing.
    assert!(doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| !f["label"].as_str().unwrap().starts_with("macros[2]")));
    assert_eq!(doc["drafts"].as_array().unwrap().len(), 3);
}

#[test]
fn yaml_saved_replies_point_into_the_file() {
    let o = warmly(&["check", "--format", "json", "saved-replies.yaml"]);
    let file = std::fs::read_to_string(fixtures().join("saved-replies.yaml")).unwrap();
    let doc = json(&o);
    for f in doc["findings"].as_array().unwrap() {
        let line = file
            .lines()
            .nth(f["line"].as_u64().unwrap() as usize - 1)
            .unwrap();
        let rest: String = line
            .chars()
            .skip(f["column"].as_u64().unwrap() as usize - 1)
            .collect();
        let first = match f["rule"].as_str().unwrap() {
            "passive_aggressive/already-explained" => "As I already explained",
            "commanding/you-need-to" => "You need to",
            "commanding/you-must" => "You must",
            "jargon/kindly-revert" => "Kindly revert",
            "jargon/utilize" => "utilize",
            "condescending/its-easy" => "it's simple",
            // The swap rewrites these words alone: "It's something another team handles".
            "dismissive/not-my-department" => "not my department, sorry.'",
            other => panic!("unexpected {other}"),
        };
        assert!(rest.starts_with(first), "{f}: {rest:?}");
    }
    assert_eq!(doc["findings"].as_array().unwrap().len(), 7);
}

#[test]
fn csv_rows_are_records() {
    let o = warmly(&["check", "--format", "json", "macros.csv"]);
    let doc = json(&o);
    let recs: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["record"].as_str().unwrap())
        .collect();
    assert_eq!(recs, ["1", "1", "3", "3"]);
    let f = &doc["findings"][2];
    assert_eq!(
        (
            f["line"].as_u64(),
            f["column"].as_u64(),
            f["start"].as_u64()
        ),
        (Some(4), Some(20), Some(7))
    );
}

#[test]
fn jsonl_records_carry_ids_and_text_offsets() {
    let o = warmly(&["check", "--format", "json", "sent.jsonl"]);
    let doc = json(&o);
    let texts: Vec<Value> = std::fs::read_to_string(fixtures().join("sent.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let text_of = |f: &Value| {
        let id = f["record"].as_str().unwrap();
        texts
            .iter()
            .find(|r| match &r["id"] {
                Value::String(s) => s == id,
                other => other.to_string().as_str() == id,
            })
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let got = flagged(&doc, text_of);
    assert_eq!(
        got,
        pairs(&[
            ("hostile/calm-down", "calm down"),
            ("blame/you-failed-to", "You failed to"),
            // Two policy-wall phrases in one sentence are one finding.
            (
                "policy_wall/policy-is-policy",
                "it's company policy, we don't make exceptions"
            ),
            ("curt/bare-refusal", "No"),
        ])
    );
    let joined = &doc["findings"][2];
    assert_eq!(
        joined["also"],
        serde_json::json!(["policy_wall/no-exceptions"])
    );
    assert!(doc["findings"][0].get("also").is_none());
    let recs: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["record"].as_str().unwrap())
        .collect();
    assert_eq!(recs, ["r-1", "r-1", "3", "r-4"]);
    let scores: Vec<(String, u64)> = doc["drafts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["record"].as_str().unwrap().to_string(),
                d["score"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(scores.len(), 4);
    assert!(scores[1].1 > scores[0].1, "{scores:?}");
}

/// The rules the output-format snapshots are taken with (so that new rules in the packs do not
/// change them; SARIF lists every enabled rule).
const FORMAT_RULES: &str = "hostile/calm-down,passive_aggressive/per-my-last-email,\
blame/you-failed-to,jargon/kindly-revert,commanding/asap,policy_wall/policy-is-policy,\
policy_wall/no-exceptions,curt/bare-refusal,passive_aggressive/repeating-myself,\
condescending/its-easy";

#[test]
fn every_output_format() {
    for fmt in [
        "human", "concise", "json", "jsonl", "sarif", "github", "junit",
    ] {
        let o = warmly(&[
            "check",
            "--format",
            fmt,
            "--color",
            "never",
            "--select",
            FORMAT_RULES,
            "draft.txt",
            "sent.jsonl",
            "helpscout-saved-replies.json",
        ]);
        assert_eq!(o.status.code(), Some(1), "{fmt}: {}", stderr(&o));
        let out = stdout(&o).replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
        insta::assert_snapshot!(format!("format_{fmt}"), out);
    }
    // Record mode alone: jsonl writes one line per record, findings or not.
    let o = warmly(&["check", "--format", "jsonl", "sent.jsonl"]);
    let lines: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[1]["record"], "r-2");
    assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn human_output_with_colour_and_verbose() {
    let o = warmly(&[
        "check", "--format", "human", "--color", "always", "-v", "bom.txt",
    ]);
    let out = stdout(&o);
    assert!(out.contains("\x1b[1;36minfo[jargon/utilize]"), "{out}");
    assert!(out.contains("why: "), "{out}");
    let o = warmly(&["check", "--format", "human", "bom.txt"]);
    assert!(!stdout(&o).contains('\x1b'), "no colour when piped");
}

#[test]
fn sarif_validates_against_the_schema() {
    let o = warmly(&[
        "check",
        "--format",
        "sarif",
        "--min-score",
        "90",
        "draft.txt",
        "sent.jsonl",
        "zendesk-macros.json",
    ]);
    let doc = json(&o);
    let schema: Value = serde_json::from_str(include_str!("data/sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::draft4::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &doc["runs"][0];
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().len() > 40);
    let r = &run["results"][0];
    assert_eq!(r["ruleId"], "hostile/calm-down");
    assert_eq!(r["level"], "error");
    let idx = r["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(
        run["tool"]["driver"]["rules"][idx]["id"],
        "hostile/calm-down"
    );
    // The schema check can fail: a result without a message is rejected.
    let mut broken = doc.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&broken));
}

/// Rules with safe suggestions whose wording is settled (the fix tests use only these, so rule
/// packs can grow without changing them).
const STABLE_SAFE: &str = "jargon/utilize,jargon/kindly-revert,commanding/asap";

#[test]
fn fix_keeps_crlf_bom_and_placeholders_and_is_idempotent() {
    let dir = scratch(&[
        "crlf.txt",
        "bom.txt",
        "draft.txt",
        "zendesk-macros.json",
        "saved-replies.yaml",
        "macros.csv",
    ]);
    let o = warmly_in(
        dir.path(),
        &["check", "--fix", "--select", STABLE_SAFE, "."],
    );
    // Everything the selected rules flagged was fixed: nothing is left to fail the run.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let read = |f: &str| std::fs::read(dir.path().join(f)).unwrap();
    // (The core title-cases the suggestion for an all-caps "ASAP"; either case is accepted.)
    let text = |f: &str| {
        String::from_utf8(read(f))
            .unwrap()
            .replace("As soon", "as soon")
    };
    assert_eq!(
        text("crlf.txt"),
        "Hi Sam,\r\nPlease use the portal as soon as you can.\r\nPlease reply with the photos.\r\n\r\nThanks,\r\n{{agent.name}}\r\n"
    );
    assert_eq!(
        text("bom.txt"),
        "\u{feff}Please use the portal, {first_name}. Please reply as soon as you can.\n"
    );
    let draft = text("draft.txt");
    assert!(draft.starts_with("Hi {{ticket.requester.first_name}},\n"));
    assert!(draft.contains("Please reply with the RMA number as soon as you can."));
    assert!(draft.ends_with("[AGENT]\n"));
    // Libraries: only the flagged words change, escaped for their format.
    let z = text("zendesk-macros.json");
    let orig = std::fs::read_to_string(fixtures().join("zendesk-macros.json")).unwrap();
    assert_eq!(
        z,
        orig.replace(
            "Please utilize the tracking page",
            "Please use the tracking page"
        )
        .replace("Kindly revert ASAP.", "Please reply as soon as you can.")
    );
    let y = String::from_utf8(read("saved-replies.yaml")).unwrap();
    let orig = std::fs::read_to_string(fixtures().join("saved-replies.yaml")).unwrap();
    assert_eq!(
        y,
        orig.replace("Kindly revert if", "Please reply if")
            .replace("Please utilize the FAQ", "Please use the FAQ")
    );
    let c = String::from_utf8(read("macros.csv")).unwrap();
    let orig = std::fs::read_to_string(fixtures().join("macros.csv")).unwrap();
    assert_eq!(c, orig.replace("Please utilize the", "Please use the"));
    assert!(
        stderr(&o).contains("Fixed 14 finding(s)."),
        "{}",
        stderr(&o)
    );
    // A second run changes nothing.
    let before: Vec<Vec<u8>> = [
        "crlf.txt",
        "bom.txt",
        "draft.txt",
        "zendesk-macros.json",
        "saved-replies.yaml",
        "macros.csv",
    ]
    .iter()
    .map(|f| read(f))
    .collect();
    let o = warmly_in(
        dir.path(),
        &["check", "--fix", "--select", STABLE_SAFE, "."],
    );
    assert!(!stderr(&o).contains("Fixed"), "{}", stderr(&o));
    let after: Vec<Vec<u8>> = [
        "crlf.txt",
        "bom.txt",
        "draft.txt",
        "zendesk-macros.json",
        "saved-replies.yaml",
        "macros.csv",
    ]
    .iter()
    .map(|f| read(f))
    .collect();
    assert_eq!(before, after);
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.starts_with(".warmly-")),
        "{names:?}"
    );
}

#[test]
fn unsafe_fixes_and_diff() {
    let dir = scratch(&["crlf.txt", "draft.txt"]);
    let sel = "jargon/kindly-revert,commanding/asap,hostile/calm-down,blame/you-failed-to";
    let o = warmly_in(
        dir.path(),
        &["check", "--diff", "--select", sel, "draft.txt"],
    );
    assert_eq!(o.status.code(), Some(1));
    insta::assert_snapshot!("diff_draft", stdout(&o));
    assert_eq!(
        std::fs::read(dir.path().join("draft.txt")).unwrap(),
        std::fs::read(fixtures().join("draft.txt")).unwrap(),
        "--diff writes nothing"
    );
    let o = warmly_in(
        dir.path(),
        &[
            "check",
            "--fix",
            "--unsafe-fixes",
            "--select",
            sel,
            "draft.txt",
        ],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "every finding had a suggestion: {}",
        stdout(&o)
    );
    let fixed = std::fs::read_to_string(dir.path().join("draft.txt")).unwrap();
    insta::assert_snapshot!("unsafe_fixed_draft", fixed);
    assert!(fixed.contains("{{ticket.requester.first_name}}") && fixed.contains("[AGENT]"));
    let o = warmly_in(dir.path(), &["check", "--unsafe-fixes", "draft.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--unsafe-fixes needs --fix or --diff"));
}

#[test]
fn malformed_json_line_is_reported_and_the_rest_checked() {
    let o = warmly(&["check", "--format", "json", "broken.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("error: broken.jsonl:2: malformed JSON record"),
        "{err}"
    );
    assert!(err.contains("help: fix or remove this line"), "{err}");
    let recs: Vec<String> = json(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["record"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(recs, ["b-1", "b-3", "b-3"]);
}

#[test]
fn broken_json_library_names_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lib.json"),
        "{\n  \"macros\": [\n    {\"title\": \"x\",}\n  ]\n}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("ok.txt"), "Calm down.\n").unwrap();
    let o = warmly_in(dir.path(), &["check", "lib.json", "ok.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("lib.json:3: cannot read as json: expected a string key in the object"),
        "{}",
        stderr(&o)
    );
    assert!(
        stdout(&o).contains("ok.txt:1:1: hostile/calm-down"),
        "the rest is still checked"
    );
}

#[test]
fn invalid_toml_config_names_the_line() {
    let o = warmly(&["check", "--config", "config/bad-toml.toml", "draft.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("error: config/bad-toml.toml:5: invalid config: invalid array"),
        "{err}"
    );
    assert!(err.contains("help: see `warmly init`"), "{err}");
    let o = warmly(&["check", "--config", "config/unknown-key.toml", "draft.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("config/unknown-key.toml:2: invalid config: unknown field `selct`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unknown_rule_id_in_config_suggests_the_right_one() {
    let o = warmly(&["check", "--config", "config/unknown-rule.toml", "draft.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("config/unknown-rule.toml:3: unknown rule id or category `hostile/calm-dwn` in `ignore`"), "{err}");
    assert!(err.contains("did you mean `hostile/calm-down`?"), "{err}");
    let o = warmly(&["check", "--select", "hostle", "draft.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("did you mean `hostile`?"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn non_utf8_binary_and_empty_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"calm down\0\x01\x02").unwrap();
    let o = warmly_in(dir.path(), &["check", "bin.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("warning: bin.txt: skipped: looks like a binary file"));
    std::fs::write(dir.path().join("utf16.txt"), b"\xff\xfec\0a\0l\0m\0").unwrap();
    let o = warmly_in(dir.path(), &["check", "utf16.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stderr(&o).contains("utf16.txt: skipped: UTF-16 text; re-encode it as UTF-8"));
    let o = warmly(&["check", "latin1.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stderr(&o),
        "warning: latin1.txt:1: skipped: not valid UTF-8 (byte 6); re-encode it as UTF-8, e.g. `iconv -f latin1 -t utf-8`\n"
    );
    assert_eq!(stdout(&o), "");
    let o = warmly(&["check", "--format", "human", "empty.txt"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "All good: no findings in 1 draft.\n");
    let o = warmly(&["check", "missing.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.txt: no such file or directory"));
}

#[test]
fn fifty_megabyte_inputs() {
    let dir = tempfile::tempdir().unwrap();
    // A 50 MB JSON Lines file: streamed, every record checked, findings in input order.
    let mut s = String::with_capacity(51 << 20);
    let mut n = 0;
    while s.len() < 50 << 20 {
        n += 1;
        if n % 1000 == 0 {
            s.push_str(&format!(
                "{{\"id\": {n}, \"text\": \"Calm down, I already answered this.\"}}\n"
            ));
        } else {
            s.push_str(&format!("{{\"id\": {n}, \"text\": \"Thanks for your patience, I'll look into order {n} today and get back to you with the tracking details.\"}}\n"));
        }
    }
    std::fs::write(dir.path().join("big.jsonl"), &s).unwrap();
    let o = warmly_in(
        dir.path(),
        &[
            "check",
            "--format",
            "jsonl",
            "--select",
            "hostile/calm-down",
            "big.jsonl",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), n);
    let flagged: Vec<u64> = out
        .lines()
        .filter(|l| l.contains("hostile/calm-down"))
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["record"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap()
        })
        .collect();
    assert_eq!(
        flagged,
        (1..=n as u64).filter(|i| i % 1000 == 0).collect::<Vec<_>>()
    );
}

#[test]
fn split_jsonl_chunks_give_the_same_findings_as_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let base: Vec<String> = std::fs::read_to_string(fixtures().join("sent.jsonl"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let mut all = String::new();
    for i in 0..3000 {
        let mut v: Value = serde_json::from_str(&base[i % base.len()]).unwrap();
        v["id"] = Value::String(format!("rec-{i}"));
        all.push_str(&v.to_string());
        all.push('\n');
    }
    std::fs::write(dir.path().join("all.jsonl"), &all).unwrap();
    let lines: Vec<&str> = all.lines().collect();
    for (k, chunk) in lines.chunks(700).enumerate() {
        std::fs::write(
            dir.path().join(format!("part-{k}.jsonl")),
            chunk.join("\n") + "\n",
        )
        .unwrap();
    }
    let key = |doc: &Value| -> Vec<(String, String, u64, u64)> {
        doc["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["record"].as_str().unwrap().to_string(),
                    f["rule"].as_str().unwrap().to_string(),
                    f["start"].as_u64().unwrap(),
                    f["end"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let one = key(&json(&warmly_in(
        dir.path(),
        &["check", "--format", "json", "all.jsonl"],
    )));
    let mut parts = Vec::new();
    for k in 0..lines.len().div_ceil(700) {
        let o = warmly_in(
            dir.path(),
            &["check", "--format", "json", &format!("part-{k}.jsonl")],
        );
        parts.extend(key(&json(&o)));
    }
    // Four findings in every four records (those of `sent.jsonl`, taken in turn).
    assert_eq!(one.len(), 3000 / 4 * 4);
    assert_eq!(one, parts);
    // One thread or many: the same findings in the same order.
    let single = key(&json(&warmly_in(
        dir.path(),
        &["check", "--format", "json", "-j", "1", "all.jsonl"],
    )));
    assert_eq!(single, one);
    // The same through stdin (as under GNU parallel --pipe or Spark's RDD.pipe).
    let o = Command::cargo_bin("warmly")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "--input-format", "jsonl", "-"])
        .write_stdin(all.clone())
        .output()
        .unwrap();
    assert_eq!(key(&json(&o)), one);
}

#[test]
fn cli_findings_match_the_core_on_the_dev_corpus() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/dev.jsonl");
    let o = warmly(&["check", "--format", "json", corpus.to_str().unwrap()]);
    let doc = json(&o);
    let mut cli: Vec<(String, String, u64, u64)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["record"].as_str().unwrap().to_string(),
                f["category"].as_str().unwrap().to_string(),
                f["start"].as_u64().unwrap(),
                f["end"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut core = Vec::new();
    for line in std::fs::read_to_string(&corpus)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        let rec: Value = serde_json::from_str(line).unwrap();
        for f in warmly::Linter::builtin().lint(rec["text"].as_str().unwrap()) {
            core.push((
                rec["id"].as_str().unwrap().to_string(),
                f.category.to_string(),
                f.start as u64,
                f.end as u64,
            ));
        }
    }
    cli.sort();
    core.sort();
    assert!(!core.is_empty());
    assert_eq!(cli, core);
    assert_eq!(
        doc["drafts"].as_array().unwrap().len(),
        std::fs::read_to_string(&corpus)
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count()
    );
}

#[test]
fn score_py_reads_the_json_output() {
    let score = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/score.py");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/dev.jsonl");
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if !score.exists() || python.is_err() {
        eprintln!("skipped: no shared/corpus/score.py or python3 here");
        return;
    }
    let o = warmly(&["check", "--format", "json", corpus.to_str().unwrap()]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.json");
    std::fs::write(&out, &o.stdout).unwrap();
    let r = std::process::Command::new("python3")
        .arg(&score)
        .arg(&corpus)
        .arg(&out)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let text = String::from_utf8(r.stdout).unwrap();
    assert!(text.contains("any: precision"), "{text}");
    assert!(!text.contains("any: precision 0.000"), "{text}");
}

#[test]
fn config_discovery_per_file_ignores_and_severity() {
    // tests/fixtures/project/warmly.toml ignores jargon under macros/ and makes blame a warning.
    let dir = fixtures().join("project");
    let o = warmly_in(&dir, &["check", "--format", "json", "."]);
    let doc = json(&o);
    let got: Vec<(String, String, String)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    insta::assert_debug_snapshot!("project_findings", got);
    // vendor/ is excluded; the allowed phrase is not flagged.
    assert!(got.iter().all(|(p, _, _)| !p.contains("vendor")));
    // fail-on = "error" and no errors left: exit 0 although there are warnings.
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Discovery also works from a subdirectory, and for a file named directly.
    let o = warmly_in(
        &dir.join("macros"),
        &["check", "--format", "json", "refund.txt"],
    );
    assert!(json(&o)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["category"] != "jargon"));
}

#[test]
fn min_score_fail_on_and_stats() {
    let o = warmly(&["check", "--min-score", "101", "bom.txt"]);
    assert_eq!(o.status.code(), Some(2), "101 is out of range");
    let o = warmly(&["check", "--fail-on", "error", "bom.txt"]);
    assert_eq!(o.status.code(), Some(0), "only info and warning findings");
    let o = warmly(&[
        "check",
        "--fail-on",
        "error",
        "--min-score",
        "99",
        "bom.txt",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("bom.txt:1:1: min-score warmth score"),
        "{}",
        stdout(&o)
    );
    let o = warmly(&["check", "--stats", "draft.txt", "sent.jsonl"]);
    insta::assert_snapshot!("stats", stdout(&o));
}

#[test]
fn stdin_and_stdin_filename() {
    let run = |args: &[&str], input: &str| {
        Command::cargo_bin("warmly")
            .unwrap()
            .current_dir(fixtures())
            .args(args)
            .write_stdin(input.to_string())
            .output()
            .unwrap()
    };
    let o = run(&["check", "-"], "Calm down, it's company policy.");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "-:1:1: hostile/calm-down Telling the customer to calm down.\n-:1:12: policy_wall/policy-is-policy Citing policy as the whole answer.\n"
    );
    let o = run(
        &["check", "--stdin-filename", "reply.html", "-"],
        "<p>Calm <i>down</i></p>",
    );
    assert_eq!(
        stdout(&o),
        "reply.html:1:4: hostile/calm-down Telling the customer to calm down.\n"
    );
    let o = run(&["check", "-"], "Thanks so much, I'll sort it out today!");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn a_finding_across_a_wrapped_line_shows_both_lines() {
    let draft = "Hi Sam,\n\nI have looked into this again and, as I said before, you\r\nfailed to attach the receipt.\r\n";
    let o = Command::cargo_bin("warmly")
        .unwrap()
        .current_dir(fixtures())
        .args([
            "check",
            "--format",
            "human",
            "--color",
            "never",
            "--select",
            "blame/you-failed-to",
            "-",
        ])
        .write_stdin(draft)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = stdout(&o);
    let expected = "\
error[blame/you-failed-to]: Accusing the customer of failing to do something.
 --> -:3:54
  |
3 | I have looked into this again and, as I said before, you
  |                                                      ^^^
4 | failed to attach the receipt.
  | ^^^^^^^^^
";
    assert!(out.starts_with(expected), "{out}");
}

#[test]
fn walking_honours_gitignore_and_hidden_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::create_dir_all(p.join("replies/ignored")).unwrap();
    std::fs::write(p.join(".gitignore"), "ignored/\n").unwrap();
    std::fs::write(p.join("replies/a.txt"), "Calm down.\n").unwrap();
    std::fs::write(p.join("replies/b.md"), "It is what it is.\n").unwrap();
    std::fs::write(p.join("replies/notes.rs"), "calm down\n").unwrap();
    std::fs::write(p.join("replies/ignored/c.txt"), "Calm down.\n").unwrap();
    std::fs::write(p.join("replies/.hidden.txt"), "Calm down.\n").unwrap();
    let o = warmly_in(p, &["check", "."]);
    let out = stdout(&o);
    let files: Vec<&str> = out.lines().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(files, ["./replies/a.txt", "./replies/b.md"], "{out}");
}

#[test]
fn rules_explain_and_init() {
    let o = warmly(&["rules", "--format", "json"]);
    let rules: Value = json(&o);
    let ids: Vec<&str> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"hostile/calm-down") && ids.contains(&"jargon/utilize"));
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let o = warmly(&["rules"]);
    assert!(stdout(&o).starts_with("ID "));
    assert!(stdout(&o).contains("\njargon/utilize "));
    let o = warmly(&["explain", "jargon/utilize"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(out.starts_with("jargon/utilize (jargon, info)\n"), "{out}");
    assert!(out.contains("\"use\" (safe: applied by --fix)"));
    assert!(out.contains("Flagged:\n  - "));
    let o = warmly(&["explain", "hostile/calm-dwon"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `hostile/calm-down`?"));
    let dir = tempfile::tempdir().unwrap();
    let o = warmly_in(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(0));
    let o = warmly_in(dir.path(), &["init"]);
    assert_eq!(o.status.code(), Some(2), "does not overwrite");
    std::fs::write(dir.path().join("a.txt"), "Calm down.").unwrap();
    let o = warmly_in(dir.path(), &["check", "a.txt"]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "the written config loads: {}",
        stderr(&o)
    );
}

#[test]
fn inline_suppressions_and_warmly_ignore_keys() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Calm down. # warmly-ignore hostile/calm-down\n# warmly-ignore\nIt is what it is, calm down.\nCalm down.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("lib.yaml"),
        "- title: a\n  warmly_ignore: hostile\n  body: Calm down.\n- title: b\n  body: Calm down.\n",
    )
    .unwrap();
    let o = warmly_in(dir.path(), &["check", "a.txt", "lib.yaml"]);
    assert_eq!(
        stdout(&o),
        "a.txt:4:1: hostile/calm-down Telling the customer to calm down.\nlib.yaml:5:9: hostile/calm-down Telling the customer to calm down.\n"
    );
}

#[test]
fn a_joined_finding_is_silenced_only_with_all_its_rules() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Sorry, it's company policy, we don't make exceptions.";
    std::fs::write(
        dir.path().join("a.txt"),
        format!(
            "{line} # warmly-ignore policy_wall/no-exceptions\n\n\
             {line} # warmly-ignore policy_wall/no-exceptions, policy_wall/policy-is-policy\n\n\
             {line} # warmly-ignore policy_wall\n"
        ),
    )
    .unwrap();
    let o = warmly_in(dir.path(), &["check", "--format", "json", "a.txt"]);
    let doc = json(&o);
    let found: Vec<(u64, &str, &str)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap(),
                f["also"][0].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            1,
            "policy_wall/policy-is-policy",
            "policy_wall/no-exceptions"
        )]
    );
    let f = &doc["findings"][0];
    let text = std::fs::read_to_string(dir.path().join("a.txt")).unwrap();
    assert_eq!(
        &text[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize],
        "it's company policy, we don't make exceptions"
    );
}

#[test]
fn extra_placeholders_and_field_paths() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("warmly.toml"),
        "placeholders = [[\"<<\", \">>\"]]\nfields = [\"templates.*.answer\"]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("lib.json"),
        r#"{"templates": {"refund": {"answer": "Hi <<CALM DOWN NOW>>, please utilize the portal."}, "other": {"note": "calm down"}}}"#,
    )
    .unwrap();
    let o = warmly_in(dir.path(), &["check", "--format", "json", "lib.json"]);
    let doc = json(&o);
    let rules: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["jargon/utilize"]);
    assert_eq!(doc["findings"][0]["label"], "templates.refund.answer");
    let o = warmly_in(dir.path(), &["check", "--fix", "lib.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let fixed = std::fs::read_to_string(dir.path().join("lib.json")).unwrap();
    assert!(
        fixed.contains("Hi <<CALM DOWN NOW>>, please use the portal."),
        "{fixed}"
    );
}
