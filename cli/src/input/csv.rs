//! CSV (RFC 4180, comma-separated, header row): each row's text column is a draft. Fields are
//! scanned with their byte spans so findings and fixes point into the file.

use super::suppress::RuleSet;
use super::{Draft, Escape, ExtractOptions, Layer, ParseError};
use crate::span::{LineIndex, MapBuilder, OffsetMap};

/// Columns tried, in order, when `--text-field` is not given and there is no `text` column.
const TEXT_COLUMNS: &[&str] = &["text", "body", "content", "message", "reply", "response"];

/// One field: its decoded value, map into the file and whether it was quoted.
struct Field {
    value: String,
    map: OffsetMap,
    quoted: bool,
}

/// Split a CSV file into rows of fields.
fn rows(source: &str) -> Result<Vec<Vec<Field>>, ParseError> {
    let s = source.as_bytes();
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut i = 0;
    if s.is_empty() {
        return Ok(rows);
    }
    loop {
        let start = i;
        let field = if s.get(i) == Some(&b'"') {
            let mut b = MapBuilder::new();
            i += 1;
            let mut run = i;
            loop {
                match s.get(i) {
                    None => {
                        let li = LineIndex::new(source);
                        let (line, column) = li.position(source, start);
                        return Err(ParseError {
                            line,
                            column,
                            message: "unterminated quoted CSV field".into(),
                        });
                    }
                    Some(b'"') if s.get(i + 1) == Some(&b'"') => {
                        b.verbatim(run, &source[run..i]);
                        b.decoded(i, 2, "\"");
                        i += 2;
                        run = i;
                    }
                    Some(b'"') => {
                        b.verbatim(run, &source[run..i]);
                        i += 1;
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            let (value, map) = b.finish();
            Field {
                value,
                map,
                quoted: true,
            }
        } else {
            while i < s.len() && !matches!(s[i], b',' | b'\n' | b'\r') {
                i += 1;
            }
            Field {
                value: source[start..i].to_string(),
                map: OffsetMap::Shift(start),
                quoted: false,
            }
        };
        row.push(field);
        match s.get(i) {
            Some(b',') => i += 1,
            Some(b'\r') | Some(b'\n') | None => {
                if s.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if s.get(i) == Some(&b'\n') {
                    i += 1;
                }
                let blank = row.len() == 1 && row[0].value.is_empty() && !row[0].quoted;
                if !blank {
                    rows.push(std::mem::take(&mut row));
                } else {
                    row.clear();
                }
                if i >= s.len() {
                    break;
                }
            }
            Some(_) => {
                let li = LineIndex::new(source);
                let (line, column) = li.position(source, i);
                return Err(ParseError {
                    line,
                    column,
                    message: "text after a closing quote in a CSV field (double the quote: \"\")"
                        .into(),
                });
            }
        }
    }
    Ok(rows)
}

/// The drafts of a CSV file.
pub fn drafts(source: &str, options: &ExtractOptions) -> Result<Vec<Draft>, ParseError> {
    let mut rows = rows(source)?.into_iter();
    let Some(header) = rows.next() else {
        return Ok(Vec::new());
    };
    let names: Vec<&str> = header.iter().map(|f| f.value.trim()).collect();
    let text_col = match &options.text_field {
        Some(name) => names.iter().position(|n| n == name),
        None => TEXT_COLUMNS
            .iter()
            .find_map(|c| names.iter().position(|n| n.eq_ignore_ascii_case(c))),
    }
    .ok_or_else(|| ParseError {
        line: 1,
        column: 1,
        message: format!(
            "no column `{}` in the header (columns: {}); name the text column with --text-field",
            options.text_field.as_deref().unwrap_or("text"),
            names.join(", ")
        ),
    })?;
    let id_name = options.id_field.as_deref().unwrap_or("id");
    let id_col = names.iter().position(|n| *n == id_name);
    let title_col = names.iter().position(|n| {
        matches!(
            n.to_ascii_lowercase().as_str(),
            "title" | "name" | "subject"
        )
    });
    let ignore_col = names.iter().position(|n| *n == "warmly_ignore");
    let mut out = Vec::new();
    for (r, row) in rows.enumerate() {
        if text_col >= row.len() {
            continue;
        }
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|f| f.value.clone());
        let record = get(id_col).unwrap_or_else(|| (r + 2).to_string());
        let label = match get(title_col) {
            Some(t) => format!("row {} ({t:?})", r + 2),
            None => format!("row {}", r + 2),
        };
        let ignore = match get(ignore_col) {
            Some(v) if v.trim().is_empty() => RuleSet::None,
            Some(v) if v.trim() == "all" => RuleSet::All,
            Some(v) => RuleSet::parse_list(&v),
            None => RuleSet::None,
        };
        let Some(field) = row.into_iter().nth(text_col) else {
            continue;
        };
        if field.value.trim().is_empty() {
            continue;
        }
        out.push(Draft {
            text: field.value,
            layers: vec![Layer {
                map: field.map,
                escape: if field.quoted {
                    Escape::CsvQuoted
                } else {
                    Escape::CsvPlain
                },
            }],
            value_depth: 0,
            record: Some(record),
            label: Some(label),
            ignore,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_map_back() {
        let src = "id,title,text\r\n1,Refund,\"He said \"\"hi\"\", calm down\nplease\"\r\n2,x,plain calm down\r\n";
        let d = drafts(src, &ExtractOptions::default()).unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].text, "He said \"hi\", calm down\nplease");
        assert_eq!(d[0].record.as_deref(), Some("1"));
        assert_eq!(d[0].label.as_deref(), Some("row 2 (\"Refund\")"));
        let s = d[0].text.find("calm").unwrap();
        let (fs, fe) = d[0].file_span(s, s + 9);
        assert_eq!(&src[fs..fe], "calm down");
        let s = d[1].text.find("calm").unwrap();
        let (fs, fe) = d[1].file_span(s, s + 9);
        assert_eq!(&src[fs..fe], "calm down");
    }
}
