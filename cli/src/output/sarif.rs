//! `sarif`: SARIF 2.1.0 for code-scanning tools, with rule metadata (message, why, category,
//! default level) for every enabled rule. Columns count Unicode code points.

use std::io::{self, Write};

use serde_json::{json, Value};
use warmly::Severity;

use super::{DraftResult, Emitter, Summary};

/// The SARIF format (buffered: one document).
#[derive(Default)]
pub struct Sarif {
    results: Vec<Value>,
    min_score_used: bool,
}

/// SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference (forward slashes, reserved characters escaped).
fn uri(path: &str) -> String {
    let mut o = String::new();
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            o.push(b as char);
        } else {
            o.push_str(&format!("%{b:02X}"));
        }
    }
    o
}

impl Emitter for Sarif {
    fn draft(&mut self, _out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let location = |line: usize, col: usize, end_line: usize, end_col: usize| {
            json!([{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&d.path) },
                    "region": {
                        "startLine": line, "startColumn": col,
                        "endLine": end_line, "endColumn": end_col
                    }
                }
            }])
        };
        for x in &d.diags {
            let mut props = json!({
                "category": x.category,
                "start": x.start,
                "end": x.end,
                "score": d.score,
                "suggestions": x.suggestions,
            });
            if let Some(r) = &d.record {
                props["record"] = json!(r);
            }
            if let Some(l) = &d.label {
                props["label"] = json!(l);
            }
            let text = match x.suggestions.first() {
                Some(s) => format!("{} Try: \"{}\"", x.message, s.text),
                None => x.message.to_string(),
            };
            self.results.push(json!({
                "ruleId": x.rule,
                "level": level(x.severity),
                "message": { "text": text },
                "locations": location(x.line, x.column, x.end_line, x.end_column),
                "properties": props,
            }));
        }
        if let Some(min) = d.below_min_score {
            self.min_score_used = true;
            let mut props = json!({ "score": d.score, "minScore": min });
            if let Some(r) = &d.record {
                props["record"] = json!(r);
            }
            self.results.push(json!({
                "ruleId": "min-score",
                "level": "error",
                "message": { "text": format!("Warmth score {} is below {min}.", d.score) },
                "locations": location(d.line, 1, d.line, 1),
                "properties": props,
            }));
        }
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, summary: &Summary) -> io::Result<()> {
        let mut rules: Vec<Value> = summary
            .rules
            .iter()
            .map(|r| {
                json!({
                    "id": r.id,
                    "name": r.id.replace(['/', '-', '_'], " "),
                    "shortDescription": { "text": r.message },
                    "fullDescription": { "text": r.why },
                    "help": { "text": format!("{}\n\n{}\n\nRun `warmly explain {}` for examples.", r.message, r.why, r.id) },
                    "defaultConfiguration": { "level": level(r.severity) },
                    "properties": { "category": r.category, "source": r.source },
                })
            })
            .collect();
        if self.min_score_used {
            rules.push(json!({
                "id": "min-score",
                "shortDescription": { "text": "Warmth score below the minimum." },
                "fullDescription": { "text": "The draft's warmth score (0-100) is below --min-score / min-score." },
                "defaultConfiguration": { "level": "error" },
            }));
        }
        let index: std::collections::HashMap<String, usize> = rules
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r["id"].as_str().map(|s| (s.to_string(), i)))
            .collect();
        for r in &mut self.results {
            if let Some(i) = r["ruleId"].as_str().and_then(|id| index.get(id)) {
                r["ruleIndex"] = json!(i);
            }
        }
        let doc = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "warmly",
                    "version": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/warmly-dev/warmly",
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }]
        });
        serde_json::to_writer_pretty(&mut *out, &doc)?;
        writeln!(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn snapshot() {
        let out = super::super::fixture::render(Box::<super::Sarif>::default());
        insta::assert_snapshot!(out.replace(env!("CARGO_PKG_VERSION"), "[VERSION]"));
    }

    #[test]
    fn uri_escapes() {
        assert_eq!(super::uri("a b/c#d.txt"), "a%20b/c%23d.txt");
    }
}
