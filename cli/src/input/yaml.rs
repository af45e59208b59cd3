//! YAML libraries: parsed with yaml-rust2's event parser (which gives where each scalar starts);
//! each string's decoded value is then aligned with its source bytes (quotes, escapes, folding,
//! block indentation), so findings point into the file and fixes touch only the flagged words.
//! Where the alignment cannot be proven, findings point at the scalar's start and are not fixed.

use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::scanner::{Marker, TScalarStyle};

use super::tree::{Leaf, Node};
use super::{Escape, Layer, ParseError};
use crate::span::{LineIndex, MapBuilder, OffsetMap};

/// Parse a YAML file (several documents become a sequence).
pub fn parse(source: &str) -> Result<Node, ParseError> {
    let li = LineIndex::new(source);
    let mut parser = Parser::new_from_str(source);
    let mut stack: Vec<Frame> = Vec::new();
    let mut docs: Vec<Node> = Vec::new();
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            let m = e.marker();
            ParseError {
                line: m.line().max(1),
                column: m.col() + 1,
                message: format!("invalid YAML: {}", e.info()),
            }
        })?;
        let node = match event {
            Event::StreamEnd => break,
            Event::MappingStart(..) => {
                stack.push(Frame::Map(Vec::new(), None));
                continue;
            }
            Event::SequenceStart(..) => {
                stack.push(Frame::Seq(Vec::new()));
                continue;
            }
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map(entries, _)) => Node::Map(entries),
                _ => continue,
            },
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::Seq(items)) => Node::Seq(items),
                _ => continue,
            },
            Event::Scalar(value, style, _, tag) => {
                if style == TScalarStyle::Plain && tag.is_none() && is_non_string(&value) {
                    Node::Other(value)
                } else {
                    Node::Str(leaf(source, &li, mark, style, value))
                }
            }
            Event::Alias(_) => Node::Other("*alias".into()),
            _ => continue,
        };
        match stack.last_mut() {
            Some(Frame::Seq(items)) => items.push(node),
            Some(Frame::Map(entries, key)) => match key.take() {
                None => {
                    *key = Some(match node {
                        Node::Str(l) => l.value,
                        Node::Other(s) => s,
                        _ => "?".into(),
                    })
                }
                Some(k) => entries.push((k, node)),
            },
            None => docs.push(node),
        }
    }
    Ok(if docs.len() == 1 {
        docs.pop().unwrap_or(Node::Other(String::new()))
    } else {
        Node::Seq(docs)
    })
}

enum Frame {
    Map(Vec<(String, Node)>, Option<String>),
    Seq(Vec<Node>),
}

/// Plain scalars that YAML reads as something other than a string.
fn is_non_string(v: &str) -> bool {
    matches!(
        v,
        "" | "~"
            | "null"
            | "Null"
            | "NULL"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
    ) || v.parse::<f64>().is_ok()
}

/// Byte offset of a marker: from its line and (char) column, checked against what must be there.
fn marker_offset(source: &str, li: &LineIndex, mark: Marker, expect: Option<char>) -> usize {
    let (ls, le) = li.line_range(source, mark.line().max(1));
    let at_col = |col: usize| {
        source[ls..le]
            .char_indices()
            .nth(col)
            .map_or(le, |(i, _)| ls + i)
    };
    let zero = at_col(mark.col());
    match expect {
        Some(c) if !source[zero..].starts_with(c) && mark.col() > 0 => {
            let one = at_col(mark.col() - 1);
            if source[one..].starts_with(c) {
                one
            } else {
                zero
            }
        }
        _ => zero,
    }
}

/// A string leaf with the best map we can prove.
fn leaf(source: &str, li: &LineIndex, mark: Marker, style: TScalarStyle, value: String) -> Leaf {
    let expect = match style {
        TScalarStyle::SingleQuoted => Some('\''),
        TScalarStyle::DoubleQuoted => Some('"'),
        TScalarStyle::Literal => Some('|'),
        TScalarStyle::Folded => Some('>'),
        _ => value.chars().next(),
    };
    let at = marker_offset(source, li, mark, expect);
    let escape = match style {
        TScalarStyle::SingleQuoted => Escape::YamlSingle,
        TScalarStyle::DoubleQuoted => Escape::YamlDouble,
        _ => Escape::YamlPlain,
    };
    match align(source, at, style, &value) {
        Some(map) => Leaf {
            value,
            layer: Layer { map, escape },
        },
        None => {
            let mut b = MapBuilder::new();
            b.decoded(at, 0, &value);
            Leaf {
                value,
                layer: Layer {
                    map: b.finish().1,
                    escape: Escape::Never,
                },
            }
        }
    }
}

/// Align a scalar's decoded `value` with its source starting at `at`.
fn align(source: &str, at: usize, style: TScalarStyle, value: &str) -> Option<OffsetMap> {
    let mut i = match style {
        TScalarStyle::SingleQuoted | TScalarStyle::DoubleQuoted => at + 1,
        TScalarStyle::Literal | TScalarStyle::Folded if source[at..].starts_with(['|', '>']) => {
            at + source[at..].find('\n')? + 1
        }
        _ => at,
    };
    let s = source.as_bytes();
    let mut b = MapBuilder::new();
    let mut j = 0;
    let is_ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r');
    while j < value.len() {
        let vc = value[j..].chars().next()?;
        let sc = source.get(i..)?.chars().next()?;
        if style == TScalarStyle::DoubleQuoted && sc == '\\' {
            let next = *s.get(i + 1)?;
            if next == b'\n' || next == b'\r' {
                // An escaped line break: nothing in the value; leading blanks go too.
                let mut k = i + 1;
                while k < s.len() && is_ws(s[k]) {
                    k += 1;
                }
                b.decoded(i, k - i, "");
                i = k;
                continue;
            }
            let (ch, len) = yaml_escape(&source[i..])?;
            if ch != vc {
                return None;
            }
            b.decoded(i, len, ch.encode_utf8(&mut [0; 4]));
            i += len;
            j += vc.len_utf8();
        } else if style == TScalarStyle::SingleQuoted && source[i..].starts_with("''") {
            if vc != '\'' {
                return None;
            }
            b.decoded(i, 2, "'");
            i += 2;
            j += 1;
        } else if sc == vc && !(sc == '\n' || sc == '\r') {
            b.verbatim(i, &source[i..i + sc.len_utf8()]);
            i += sc.len_utf8();
            j += vc.len_utf8();
        } else if sc.is_ascii() && is_ws(sc as u8) {
            let mut k = i;
            while k < s.len() && is_ws(s[k]) {
                k += 1;
            }
            let vb = value.as_bytes();
            let mut vk = j;
            while vk < vb.len() && matches!(vb[vk], b' ' | b'\t' | b'\n') {
                vk += 1;
            }
            // A literal block keeps the inner spaces after indentation: those stay in the value.
            b.decoded(i, k - i, &value[j..vk]);
            i = k;
            j = vk;
        } else {
            return None;
        }
    }
    Some(b.finish().1)
}

/// Decode a YAML double-quoted escape at the start of `s`: (char, bytes used).
fn yaml_escape(s: &str) -> Option<(char, usize)> {
    let e = s.as_bytes().get(1)?;
    let hex = |n: usize| -> Option<(char, usize)> {
        let code = u32::from_str_radix(s.get(2..2 + n)?, 16).ok()?;
        Some((char::from_u32(code)?, 2 + n))
    };
    Some(match e {
        b'0' => ('\0', 2),
        b'a' => ('\u{7}', 2),
        b'b' => ('\u{8}', 2),
        b't' | b'\t' => ('\t', 2),
        b'n' => ('\n', 2),
        b'v' => ('\u{b}', 2),
        b'f' => ('\u{c}', 2),
        b'r' => ('\r', 2),
        b'e' => ('\u{1b}', 2),
        b' ' => (' ', 2),
        b'"' => ('"', 2),
        b'/' => ('/', 2),
        b'\\' => ('\\', 2),
        b'N' => ('\u{85}', 2),
        b'_' => ('\u{a0}', 2),
        b'L' => ('\u{2028}', 2),
        b'P' => ('\u{2029}', 2),
        b'x' => return hex(2),
        b'u' => return hex(4),
        b'U' => return hex(8),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf_of(src: &str, key: &str) -> Leaf {
        let Node::Map(entries) = parse(src).unwrap() else {
            panic!("not a map")
        };
        match entries.into_iter().find(|(k, _)| k == key).unwrap().1 {
            Node::Str(l) => l,
            other => panic!("{other:?}"),
        }
    }

    fn check(src: &str, key: &str, phrase: &str, expect_src: &str) {
        let l = leaf_of(src, key);
        let s = l
            .value
            .find(phrase)
            .unwrap_or_else(|| panic!("{:?}", l.value));
        let m = &l.layer.map;
        assert_eq!(
            &src[m.start(s)..m.end(s + phrase.len())],
            expect_src,
            "{key}"
        );
    }

    #[test]
    fn scalar_styles_align() {
        let src = "a: Hi, calm down now\nb: 'it''s calm down'\nc: \"caf\\u00e9 \\\"calm down\\\"\"\nd: |\n  Line one.\n    calm down here\ne: >\n  folded calm\n  down text\nf: plain multi\n  line calm down\ng: 3\n";
        check(src, "a", "calm down", "calm down");
        check(src, "b", "it's", "it''s");
        check(src, "c", "calm down", "calm down");
        check(src, "c", "\u{e9}", "\\u00e9");
        check(src, "d", "calm down", "calm down");
        check(src, "e", "calm down", "calm\n  down");
        check(src, "f", "calm down", "calm down");
        let Node::Map(e) = parse(src).unwrap() else {
            panic!()
        };
        assert!(matches!(e.last().unwrap().1, Node::Other(_)));
    }

    #[test]
    fn errors_have_lines() {
        let e = parse("a: [1, 2\nb: c\n").unwrap_err();
        assert!(e.message.contains("invalid YAML"), "{}", e.message);
    }
}
