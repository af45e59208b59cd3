//! The shared tree of JSON and YAML libraries, and which of its strings are replies.
//!
//! Built-in shapes (no configuration needed):
//! - Zendesk macros: an object with `"field": "comment_value"` (or `comment_value_html`) and a
//!   string `"value"`; the label is the macro's `title`;
//! - Freshdesk canned responses: `content_html` (or `content` when there is no HTML twin);
//! - Help Scout saved replies: `text` (HTML is detected); label `name`;
//! - GitHub-style saved replies and most other lists: `body`, `body_html`, `text`, `content`.
//!
//! Other shapes: `fields = ["replies.*.message", "**.answer"]` in `warmly.toml` (`*` is any one
//! key or index, `**` any number of them).

use super::html;
use super::suppress::RuleSet;
use super::{Draft, Escape, ExtractOptions, Layer};

/// A JSON or YAML value with source positions for its strings.
#[derive(Debug, Clone)]
pub enum Node {
    /// An object / mapping, in source order.
    Map(Vec<(String, Node)>),
    /// An array / sequence.
    Seq(Vec<Node>),
    /// A string with its map into the file.
    Str(Leaf),
    /// Any other scalar (number, bool, null), as written.
    Other(String),
}

/// A string value and how its decoded text maps to the file.
#[derive(Debug, Clone)]
pub struct Leaf {
    /// The decoded string.
    pub value: String,
    /// Decoded string offsets to file offsets, and how to write into the literal.
    pub layer: Layer,
}

/// Keys whose string value is a reply, and whether the value is HTML.
const REPLY_KEYS: &[(&str, bool)] = &[
    ("content_html", true),
    ("body_html", true),
    ("html_body", true),
    ("content", false),
    ("body", false),
    ("text", false),
];

/// Keys that name a reply for reports.
const TITLE_KEYS: &[&str] = &["title", "name", "subject"];

/// Does a string look like HTML markup?
pub fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    [
        "</", "<br", "<p>", "<p ", "<div", "<span", "<ul", "<li>", "<strong>", "<a href",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// The segments of a path pattern: `macros[*].actions.*.value` -> `macros * actions * value`.
fn pattern_segments(p: &str) -> Vec<String> {
    p.replace('[', ".")
        .replace(']', "")
        .split('.')
        .filter(|s| !s.is_empty() && *s != "$")
        .map(str::to_string)
        .collect()
}

/// Does `path` match the pattern segments?
fn path_matches(pattern: &[String], path: &[String]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((first, rest)) if first == "**" => {
            (0..=path.len()).any(|k| path_matches(rest, &path[k..]))
        }
        Some((first, rest)) => match path.split_first() {
            Some((seg, prest)) => (first == "*" || first == seg) && path_matches(rest, prest),
            None => false,
        },
    }
}

/// Render a path as `macros[0].actions[1].value`.
fn render_path(path: &[String]) -> String {
    let mut s = String::new();
    for seg in path {
        if seg.parse::<usize>().is_ok() {
            s.push('[');
            s.push_str(seg);
            s.push(']');
        } else {
            if !s.is_empty() {
                s.push('.');
            }
            s.push_str(seg);
        }
    }
    s
}

/// The `warmly_ignore` value of an object as a rule set.
fn ignore_of(entries: &[(String, Node)]) -> RuleSet {
    match entries
        .iter()
        .find(|(k, _)| k == "warmly_ignore")
        .map(|(_, v)| v)
    {
        Some(Node::Other(v)) if v == "true" => RuleSet::All,
        Some(Node::Str(l)) if l.value == "all" || l.value == "*" => RuleSet::All,
        Some(Node::Str(l)) => RuleSet::parse_list(&l.value),
        Some(Node::Seq(items)) => RuleSet::Some(
            items
                .iter()
                .filter_map(|n| match n {
                    Node::Str(l) => Some(l.value.clone()),
                    _ => None,
                })
                .collect(),
        ),
        _ => RuleSet::None,
    }
}

/// The string value of `key` in an object.
fn get_str<'a>(entries: &'a [(String, Node)], key: &str) -> Option<&'a Leaf> {
    entries.iter().find_map(|(k, v)| match v {
        Node::Str(l) if k == key => Some(l),
        _ => None,
    })
}

struct Walker<'a> {
    patterns: Vec<Vec<String>>,
    out: Vec<Draft>,
    _options: &'a ExtractOptions,
}

impl Walker<'_> {
    fn walk(&mut self, node: &Node, path: &mut Vec<String>, title: Option<&str>, ignore: &RuleSet) {
        match node {
            Node::Map(entries) => {
                let title = TITLE_KEYS
                    .iter()
                    .find_map(|k| get_str(entries, k))
                    .map(|l| l.value.as_str())
                    .or(title);
                let ignore = ignore.union(&ignore_of(entries));
                let action_field = get_str(entries, "field").map(|l| l.value.as_str());
                let has_html_twin = get_str(entries, "content_html").is_some();
                for (key, value) in entries {
                    if key == "warmly_ignore" {
                        continue;
                    }
                    path.push(key.clone());
                    let builtin = match (key.as_str(), value) {
                        ("value", Node::Str(_)) => match action_field {
                            Some("comment_value") => Some(false),
                            Some("comment_value_html") => Some(true),
                            _ => None,
                        },
                        ("content", _) if has_html_twin => None,
                        (k, Node::Str(_)) => REPLY_KEYS
                            .iter()
                            .find(|(rk, _)| *rk == k)
                            .map(|&(_, html)| html),
                        _ => None,
                    };
                    match (builtin, value) {
                        (Some(html), Node::Str(leaf)) => {
                            self.push(leaf, html, path, title, &ignore)
                        }
                        _ => self.walk(value, path, title, &ignore),
                    }
                    path.pop();
                }
            }
            Node::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    self.walk(item, path, title, ignore);
                    path.pop();
                }
            }
            Node::Str(leaf) => {
                if self.patterns.iter().any(|p| path_matches(p, path)) {
                    self.push(leaf, false, path, title, ignore);
                }
            }
            Node::Other(_) => {}
        }
    }

    fn push(
        &mut self,
        leaf: &Leaf,
        html: bool,
        path: &[String],
        title: Option<&str>,
        ignore: &RuleSet,
    ) {
        if leaf.value.trim().is_empty() {
            return;
        }
        let html = html || looks_like_html(&leaf.value);
        let label = match title {
            Some(t) => format!("{} ({t:?})", render_path(path)),
            None => render_path(path),
        };
        let (text, layers, value_depth) = if html {
            let (text, map, _) = html::extract(&leaf.value);
            (
                text,
                vec![
                    Layer {
                        map,
                        escape: Escape::Html,
                    },
                    leaf.layer.clone(),
                ],
                1,
            )
        } else {
            (leaf.value.clone(), vec![leaf.layer.clone()], 0)
        };
        self.out.push(Draft {
            text,
            layers,
            value_depth,
            record: None,
            label: Some(label),
            ignore: ignore.clone(),
        });
    }
}

/// The reply drafts of a JSON/YAML library tree, in document order.
pub fn drafts(root: &Node, options: &ExtractOptions) -> Vec<Draft> {
    let mut w = Walker {
        patterns: options.fields.iter().map(|p| pattern_segments(p)).collect(),
        out: Vec::new(),
        _options: options,
    };
    w.walk(root, &mut Vec::new(), None, &RuleSet::None);
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_patterns() {
        let p = pattern_segments("replies[*].message");
        let path: Vec<String> = ["replies", "3", "message"].map(String::from).to_vec();
        assert!(path_matches(&p, &path));
        assert!(path_matches(&pattern_segments("**.message"), &path));
        assert!(!path_matches(&pattern_segments("replies.*"), &path));
        assert_eq!(render_path(&path), "replies[3].message");
    }
}
