//! A small JSON parser that keeps, for every string, a map from its decoded text to the bytes of
//! the literal in the file (serde_json cannot tell where a value was). Used for JSON libraries
//! and to place record-mode findings on the line of a JSON Lines file.

use super::tree::{Leaf, Node};
use super::{Escape, Layer, ParseError};
use crate::span::{LineIndex, MapBuilder};

/// Parse a JSON document.
pub fn parse(source: &str) -> Result<Node, ParseError> {
    let mut p = Parser {
        src: source,
        pos: 0,
        depth: 0,
    };
    p.ws();
    let node = p.value().map_err(|(at, msg)| p.error(at, msg))?;
    p.ws();
    if p.pos < source.len() {
        return Err(p.error(p.pos, "unexpected text after the JSON value".into()));
    }
    Ok(node)
}

/// Find the literal of the string value of top-level key `key` in a one-object JSON text.
pub fn top_level_string(source: &str, key: &str) -> Option<Leaf> {
    let mut p = Parser {
        src: source,
        pos: 0,
        depth: 0,
    };
    p.ws();
    if !p.eat(b'{') {
        return None;
    }
    loop {
        p.ws();
        let k = p.string().ok()?;
        p.ws();
        if !p.eat(b':') {
            return None;
        }
        p.ws();
        if k.value == key && p.peek() == Some(b'"') {
            return p.string().ok();
        }
        p.value().ok()?;
        p.ws();
        if !p.eat(b',') {
            return None;
        }
    }
}

type PResult<T> = Result<T, (usize, String)>;

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn error(&self, at: usize, message: String) -> ParseError {
        let li = LineIndex::new(self.src);
        let (line, column) = li.position(self.src, at);
        ParseError {
            line,
            column,
            message,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> PResult<Node> {
        self.depth += 1;
        if self.depth > 256 {
            return Err((self.pos, "JSON nested too deeply".into()));
        }
        let v = match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(Node::Str),
            Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => self.scalar(),
            Some(c) => Err((
                self.pos,
                format!("expected a JSON value, found `{}`", c as char),
            )),
            None => Err((self.pos, "unexpected end of file".into())),
        };
        self.depth -= 1;
        v
    }

    fn scalar(&mut self) -> PResult<Node> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'a'..=b'z' | b'0'..=b'9' | b'-' | b'+' | b'.' | b'E')
        ) {
            self.pos += 1;
        }
        let word = &self.src[start..self.pos];
        let ok = matches!(word, "true" | "false" | "null")
            || serde_json::from_str::<serde_json::Number>(word).is_ok();
        if ok {
            Ok(Node::Other(word.to_string()))
        } else {
            Err((start, format!("invalid JSON literal `{word}`")))
        }
    }

    fn object(&mut self) -> PResult<Node> {
        self.pos += 1;
        let mut entries = Vec::new();
        self.ws();
        if self.eat(b'}') {
            return Ok(Node::Map(entries));
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err((self.pos, "expected a string key in the object".into()));
            }
            let key = self.string()?.value;
            self.ws();
            if !self.eat(b':') {
                return Err((self.pos, "expected `:` after the object key".into()));
            }
            self.ws();
            let v = self.value()?;
            entries.push((key, v));
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(Node::Map(entries));
            }
            return Err((self.pos, "expected `,` or `}` in the object".into()));
        }
    }

    fn array(&mut self) -> PResult<Node> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.eat(b']') {
            return Ok(Node::Seq(items));
        }
        loop {
            self.ws();
            items.push(self.value()?);
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(Node::Seq(items));
            }
            return Err((self.pos, "expected `,` or `]` in the array".into()));
        }
    }

    fn hex4(&self, at: usize) -> PResult<u32> {
        self.src
            .get(at..at + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .ok_or((at, "invalid \\u escape".into()))
    }

    fn string(&mut self) -> PResult<Leaf> {
        let open = self.pos;
        self.pos += 1;
        let bytes = self.src.as_bytes();
        let mut b = MapBuilder::new();
        let mut run = self.pos;
        loop {
            let Some(&c) = bytes.get(self.pos) else {
                return Err((open, "unterminated string".into()));
            };
            match c {
                b'"' => {
                    b.verbatim(run, &self.src[run..self.pos]);
                    self.pos += 1;
                    break;
                }
                b'\\' => {
                    b.verbatim(run, &self.src[run..self.pos]);
                    let at = self.pos;
                    let e = bytes.get(at + 1).copied().unwrap_or(0);
                    let (ch, len) = match e {
                        b'"' => ('"', 2),
                        b'\\' => ('\\', 2),
                        b'/' => ('/', 2),
                        b'b' => ('\u{8}', 2),
                        b'f' => ('\u{c}', 2),
                        b'n' => ('\n', 2),
                        b'r' => ('\r', 2),
                        b't' => ('\t', 2),
                        b'u' => {
                            let hi = self.hex4(at + 2)?;
                            if (0xD800..0xDC00).contains(&hi)
                                && self.src.get(at + 6..at + 8) == Some("\\u")
                            {
                                let lo = self.hex4(at + 8)?;
                                let code = 0x10000
                                    + ((hi - 0xD800) << 10)
                                    + (lo.wrapping_sub(0xDC00) & 0x3FF);
                                (char::from_u32(code).unwrap_or('\u{fffd}'), 12)
                            } else {
                                (char::from_u32(hi).unwrap_or('\u{fffd}'), 6)
                            }
                        }
                        _ => return Err((at, "invalid escape in string".into())),
                    };
                    b.decoded(at, len, ch.encode_utf8(&mut [0; 4]));
                    self.pos = at + len;
                    run = self.pos;
                }
                0..=0x1f => return Err((self.pos, "control character in string".into())),
                _ => self.pos += 1,
            }
        }
        let (value, map) = b.finish();
        Ok(Leaf {
            value,
            layer: Layer {
                map,
                escape: Escape::Json,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_map_back_through_escapes() {
        let src = r#"{"a": [1, true, {"t": "Hi \"Sam\", calm\u0020down \ud83d\ude00 ok"}]}"#;
        let Node::Map(root) = parse(src).unwrap() else {
            panic!()
        };
        let Node::Seq(items) = &root[0].1 else {
            panic!()
        };
        let Node::Map(obj) = &items[2] else { panic!() };
        let Node::Str(leaf) = &obj[0].1 else { panic!() };
        assert_eq!(leaf.value, "Hi \"Sam\", calm down \u{1f600} ok");
        let s = leaf.value.find("calm").unwrap();
        let e = s + "calm down".len();
        let m = &leaf.layer.map;
        assert_eq!(&src[m.start(s)..m.end(e)], "calm\\u0020down");
        let s = leaf.value.find('\u{1f600}').unwrap();
        assert_eq!(&src[m.start(s)..m.end(s + 4)], "\\ud83d\\ude00");
    }

    #[test]
    fn errors_have_positions() {
        let e = parse("{\n  \"a\": tru\n}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
        let e = parse("[1,]").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn finds_top_level_string() {
        let l = top_level_string(r#"{"id": {"x": [1]}, "text": "a\nb"}"#, "text").unwrap();
        assert_eq!(l.value, "a\nb");
    }
}
