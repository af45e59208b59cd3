//! `junit`: JUnit XML, one test suite a file and one test case a draft; a draft with findings
//! (or below the minimum score) fails with every finding listed.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::{DraftResult, Emitter, Summary};

/// The JUnit format (buffered: the counts come first in XML).
#[derive(Default)]
pub struct Junit {
    suites: BTreeMap<String, Vec<Case>>,
    order: Vec<String>,
}

struct Case {
    name: String,
    failure: Option<(String, String)>,
}

/// Escape text for XML.
fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => o.push(c),
        }
    }
    o
}

impl Emitter for Junit {
    fn draft(&mut self, _out: &mut dyn Write, d: &DraftResult) -> io::Result<()> {
        let name = match (&d.record, &d.label) {
            (Some(r), _) => format!("record {r}"),
            (None, Some(l)) => l.clone(),
            _ => format!("line {}", d.line),
        };
        let failure = if d.diags.is_empty() && d.below_min_score.is_none() {
            None
        } else {
            let mut body = String::new();
            for x in &d.diags {
                body.push_str(&format!(
                    "{}:{}:{}: {} [{}] {}\n",
                    d.path, x.line, x.column, x.rule, x.severity, x.message
                ));
            }
            if let Some(min) = d.below_min_score {
                body.push_str(&format!("warmth score {} is below {min}\n", d.score));
            }
            let message = format!("{} finding(s), warmth score {}", d.diags.len(), d.score);
            Some((message, body))
        };
        let key = d.path.to_string();
        if !self.suites.contains_key(&key) {
            self.order.push(key.clone());
        }
        self.suites
            .entry(key)
            .or_default()
            .push(Case { name, failure });
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write, _summary: &Summary) -> io::Result<()> {
        let total: usize = self.suites.values().map(Vec::len).sum();
        let failures: usize = self
            .suites
            .values()
            .flatten()
            .filter(|c| c.failure.is_some())
            .count();
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"warmly\" tests=\"{total}\" failures=\"{failures}\" errors=\"0\">"
        )?;
        for path in &self.order {
            let cases = &self.suites[path];
            let f = cases.iter().filter(|c| c.failure.is_some()).count();
            writeln!(
                out,
                "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{f}\" errors=\"0\">",
                xml(path),
                cases.len()
            )?;
            for c in cases {
                write!(
                    out,
                    "    <testcase name=\"{}\" classname=\"{}\"",
                    xml(&c.name),
                    xml(path)
                )?;
                match &c.failure {
                    None => writeln!(out, " />")?,
                    Some((message, body)) => {
                        writeln!(out, ">")?;
                        writeln!(
                            out,
                            "      <failure message=\"{}\" type=\"warmly\">{}</failure>",
                            xml(message),
                            xml(body)
                        )?;
                        writeln!(out, "    </testcase>")?;
                    }
                }
            }
            writeln!(out, "  </testsuite>")?;
        }
        writeln!(out, "</testsuites>")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn snapshot() {
        let out = super::super::fixture::render(Box::<super::Junit>::default());
        insta::assert_snapshot!(out);
    }
}
