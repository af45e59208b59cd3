//! Input formats: turning a file into the drafts (reply texts) to lint, each with a map back
//! into the file so findings point at the right line and column and fixes rewrite only the
//! flagged words.

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod record;
pub mod suppress;
pub mod tree;
pub mod yaml;

use std::path::Path;

use crate::span::OffsetMap;
pub use suppress::{RuleSet, Suppressions};

/// The input formats warmly reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text: the whole file is one draft.
    Txt,
    /// Markdown: code blocks, link targets and HTML comments are skipped.
    Md,
    /// HTML: only visible text is checked.
    Html,
    /// A JSON canned-response library (Zendesk, Freshdesk, Help Scout, saved replies, ...).
    Json,
    /// A YAML canned-response library.
    Yaml,
    /// CSV with a header row; the text column is `--text-field`.
    Csv,
    /// JSON Lines: one record a line (record mode).
    Jsonl,
}

impl InputFormat {
    /// The format for a file name, from its extension.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => InputFormat::Txt,
            "md" | "markdown" => InputFormat::Md,
            "html" | "htm" => InputFormat::Html,
            "json" => InputFormat::Json,
            "yaml" | "yml" => InputFormat::Yaml,
            "csv" => InputFormat::Csv,
            "jsonl" | "ndjson" => InputFormat::Jsonl,
            _ => return None,
        })
    }
}

/// How a replacement must be written into the layer a draft's text was decoded from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    /// Written as is.
    Raw,
    /// Inside HTML text: `&`, `<` and `>` become entities.
    Html,
    /// Inside a JSON string literal.
    Json,
    /// Inside a YAML double-quoted scalar.
    YamlDouble,
    /// Inside a YAML single-quoted scalar.
    YamlSingle,
    /// Inside a YAML plain or block scalar: only text that needs no quoting, on one line.
    YamlPlain,
    /// Inside a quoted CSV field.
    CsvQuoted,
    /// Inside an unquoted CSV field: only text without commas, quotes or line breaks.
    CsvPlain,
    /// Not writable (the map back to the file is approximate).
    Never,
}

impl Escape {
    /// `text` written for this layer, or `None` when it cannot be written safely.
    pub fn encode(self, text: String) -> Option<String> {
        match self {
            Escape::Raw => Some(text),
            Escape::Html => Some(if text.contains(['&', '<', '>']) {
                text.replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
            } else {
                text
            }),
            Escape::Json | Escape::YamlDouble => {
                let quoted = serde_json::to_string(&text).ok()?;
                Some(quoted[1..quoted.len() - 1].to_string())
            }
            Escape::YamlSingle => (!text.contains('\n')).then(|| text.replace('\'', "''")),
            Escape::YamlPlain => {
                let bad = text.contains('\n')
                    || text.contains(": ")
                    || text.contains(" #")
                    || text.ends_with(':');
                (!bad).then_some(text)
            }
            Escape::CsvQuoted => Some(text.replace('"', "\"\"")),
            Escape::CsvPlain => {
                let bad = text.contains([',', '"', '\n', '\r']);
                (!bad).then_some(text)
            }
            Escape::Never => None,
        }
    }
}

/// One layer between a draft's text and the file: a map and how to write into it.
#[derive(Debug, Clone)]
pub struct Layer {
    /// Offsets of this layer's text into the next layer out (or the file).
    pub map: OffsetMap,
    /// How replacement text is written into this layer.
    pub escape: Escape,
}

/// One reply text to lint, with where it lives.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The text handed to the linter.
    pub text: String,
    /// From the text outwards: first the map into the draft's *value* (what `start`/`end` of a
    /// finding count in), then further layers into the file.
    pub layers: Vec<Layer>,
    /// How many layers lead from the text to the value (0: the text is the value).
    pub value_depth: usize,
    /// The record id (JSON Lines, CSV).
    pub record: Option<String>,
    /// Where in the file: a JSON path, a macro title, a CSV row.
    pub label: Option<String>,
    /// Rules suppressed for the whole draft (`warmly_ignore`).
    pub ignore: RuleSet,
}

impl Draft {
    /// A draft whose text is the whole (BOM-less) source, shifted by `bom` bytes.
    pub fn whole(text: String, bom: usize, escape: Escape) -> Draft {
        Draft {
            text,
            layers: vec![Layer {
                map: OffsetMap::Shift(bom),
                escape,
            }],
            value_depth: 1,
            record: None,
            label: None,
            ignore: RuleSet::None,
        }
    }

    /// Map a text span into the value (`start`/`end` reported in findings).
    pub fn value_span(&self, start: usize, end: usize) -> (usize, usize) {
        let (mut s, mut e) = (start, end);
        for layer in &self.layers[..self.value_depth] {
            let (ns, ne) = (layer.map.start(s), layer.map.end(e));
            s = ns;
            e = ne.max(ns);
        }
        (s, e)
    }

    /// Map a text span into the file.
    pub fn file_span(&self, start: usize, end: usize) -> (usize, usize) {
        let (mut s, mut e) = (start, end);
        for layer in &self.layers {
            let (ns, ne) = (layer.map.start(s), layer.map.end(e));
            s = ns;
            e = ne.max(ns);
        }
        (s, e)
    }

    /// The file span and the encoded replacement for replacing text `start..end` with
    /// `replacement`, or `None` when that cannot be done without touching anything else.
    pub fn file_edit(
        &self,
        source: &str,
        start: usize,
        end: usize,
        replacement: &str,
    ) -> Option<(usize, usize, String)> {
        let (mut s, mut e) = (start, end);
        let mut text = replacement.to_string();
        for layer in &self.layers {
            if !layer.map.contiguous(s, e) {
                return None;
            }
            text = layer.escape.encode(text)?;
            let (ns, ne) = (layer.map.start(s), layer.map.end(e));
            s = ns;
            e = ne;
            if e < s {
                return None;
            }
        }
        let original = source.get(s..e)?;
        // Never touch markup, placeholders or line structure.
        if original.bytes().any(|b| {
            matches!(
                b,
                b'<' | b'>' | b'{' | b'}' | b'[' | b']' | b'%' | b'$' | b'\n' | b'\r'
            )
        }) {
            return None;
        }
        Some((s, e, text))
    }
}

/// Strip a UTF-8 byte-order mark: the text without it and its length.
pub fn strip_bom(source: &str) -> (&str, usize) {
    match source.strip_prefix('\u{feff}') {
        Some(rest) => (rest, 3),
        None => (source, 0),
    }
}

/// Settings that shape extraction (from the command line and `warmly.toml`).
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Extra JSON/YAML field paths holding replies (`replies.*.body`, `**.message`).
    pub fields: Vec<String>,
    /// The CSV column (and JSON Lines field) holding the text, when given.
    pub text_field: Option<String>,
    /// The CSV column (and JSON Lines field) holding the id, when given.
    pub id_field: Option<String>,
    /// Extra placeholder syntaxes as (open, close) delimiters, e.g. `("<<", ">>")`.
    pub placeholders: Vec<(String, String)>,
}

/// An input that cannot be read as its format, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column of the problem.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Extract the drafts of a (BOM-less, UTF-8) file in the given format; `bom` is the length of
/// the stripped BOM. Returns the drafts and the file's inline suppressions.
pub fn extract(
    source: &str,
    bom: usize,
    format: InputFormat,
    options: &ExtractOptions,
) -> Result<(Vec<Draft>, Suppressions), ParseError> {
    let mut drafts = match format {
        InputFormat::Txt => {
            let (text, sup) = suppress::mask_plain(source);
            return Ok((
                vec![mask_placeholders(
                    Draft::whole(text, bom, Escape::Raw),
                    options,
                )],
                sup,
            ));
        }
        InputFormat::Md => {
            let (text, sup) = markdown::extract(source);
            return Ok((
                vec![mask_placeholders(
                    Draft::whole(text, bom, Escape::Raw),
                    options,
                )],
                sup,
            ));
        }
        InputFormat::Html => {
            let (text, map, sup) = html::extract(source);
            let draft = Draft {
                text,
                layers: vec![
                    Layer {
                        map,
                        escape: Escape::Html,
                    },
                    Layer {
                        map: OffsetMap::Shift(bom),
                        escape: Escape::Raw,
                    },
                ],
                value_depth: 2,
                record: None,
                label: None,
                ignore: RuleSet::None,
            };
            return Ok((vec![mask_placeholders(draft, options)], sup));
        }
        InputFormat::Json => {
            let root = json::parse(source)?;
            tree::drafts(&root, options)
        }
        InputFormat::Yaml => {
            let root = yaml::parse(source)?;
            tree::drafts(&root, options)
        }
        InputFormat::Csv => csv::drafts(source, options)?,
        InputFormat::Jsonl => {
            return Err(ParseError {
                line: 1,
                column: 1,
                message: "JSON Lines files are read in record mode".into(),
            })
        }
    };
    if bom > 0 {
        for d in &mut drafts {
            d.layers.push(Layer {
                map: OffsetMap::Shift(bom),
                escape: Escape::Raw,
            });
        }
    }
    let drafts = drafts
        .into_iter()
        .map(|d| mask_placeholders(d, options))
        .collect();
    Ok((drafts, Suppressions::default()))
}

/// Replace extra placeholder syntaxes by a same-length `{xxx}` placeholder the core masks.
pub fn mask_placeholders(mut draft: Draft, options: &ExtractOptions) -> Draft {
    if options.placeholders.is_empty() {
        return draft;
    }
    let mut out = draft.text.clone().into_bytes();
    for (open, close) in &options.placeholders {
        if open.is_empty() || close.is_empty() {
            continue;
        }
        let mut from = 0;
        while let Some(i) = draft.text[from..].find(open.as_str()) {
            let s = from + i;
            let Some(j) = draft.text[s + open.len()..].find(close.as_str()) else {
                break;
            };
            let e = s + open.len() + j + close.len();
            if e - s >= 3 && !draft.text[s..e].contains('\n') {
                out[s] = b'{';
                out[e - 1] = b'}';
                for b in &mut out[s + 1..e - 1] {
                    *b = b'x';
                }
            }
            from = e;
        }
    }
    // Only ASCII bytes were written over whole placeholders, so the text stays UTF-8.
    draft.text = String::from_utf8(out).unwrap_or(draft.text);
    draft
}
