//! A small JSON parser that keeps, for every string, a map from its decoded text to the bytes of
//! the literal in the file (serde_json cannot tell where a value was). Used for JSON libraries
//! and to place record-mode findings on the line of a JSON Lines file.

use std::borrow::Cow;

use super::tree::{Leaf, Node};
use super::{Escape, Layer, ParseError};
use crate::span::{LineIndex, MapBuilder};

/// Parse a JSON document.
pub fn parse(source: &str) -> Result<Node, ParseError> {
    let mut p = Parser {
        src: source,
        pos: 0,
        depth: 0,
        strict: false,
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
        strict: false,
    };
    p.ws();
    if !p.eat(b'{') {
        return None;
    }
    loop {
        p.ws();
        let is_key = p.key_is(key).ok()?;
        p.ws();
        if !p.eat(b':') {
            return None;
        }
        p.ws();
        if is_key && p.peek() == Some(b'"') {
            return p.string().ok();
        }
        p.skip_value().ok()?;
        p.ws();
        if !p.eat(b',') {
            return None;
        }
    }
}

/// The fields of a JSON Lines record that record mode reads, from [`record`].
#[derive(Debug)]
pub struct RecordText {
    /// The text field: its decoded string and its map into the line.
    pub text: Leaf,
    /// The id field when it is a string; `None` when it is absent or `null`.
    pub id: Option<String>,
}

/// Read a JSON Lines record (one line, no line break) in one pass: the string value of
/// `text_key` with its map into the line, and the string id of `id_key`.
///
/// Only for plainly valid records, which `serde_json` reads to the same values: `None` (read
/// it with `serde_json` then) for anything else, such as a syntax error, an escape or number
/// serde_json might judge differently, deep nesting, a repeated text or id key, a text that is
/// not a string, an id that is not a string or `null`, or a `warmly_ignore` key. The text's map
/// is the one [`top_level_string`] gives, as the text key appears once.
pub fn record(line: &str, text_key: &str, id_key: &str) -> Option<RecordText> {
    const IGNORE_KEY: &str = "warmly_ignore";
    if text_key == id_key || text_key == IGNORE_KEY || id_key == IGNORE_KEY {
        return None;
    }
    let mut p = Parser {
        src: line,
        pos: 0,
        depth: 0,
        strict: true,
    };
    p.ws();
    if !p.eat(b'{') {
        return None;
    }
    let mut text = None;
    let mut id: Option<Option<String>> = None;
    p.ws();
    if !p.eat(b'}') {
        loop {
            p.ws();
            if p.peek() != Some(b'"') {
                return None;
            }
            let open = p.pos;
            let key = if p.skip_string().ok()? {
                p.pos = open;
                Cow::Owned(p.string().ok()?.value)
            } else {
                Cow::Borrowed(&line[open + 1..p.pos - 1])
            };
            p.ws();
            if !p.eat(b':') {
                return None;
            }
            p.ws();
            if key == text_key {
                if text.is_some() || p.peek() != Some(b'"') {
                    return None;
                }
                text = Some(p.string().ok()?);
            } else if key == id_key {
                if id.is_some() {
                    return None;
                }
                id = Some(match p.peek() {
                    Some(b'"') => Some(p.string_value().ok()?),
                    Some(b'n') if p.scalar_word().ok()? == "null" => None,
                    _ => return None,
                });
            } else if key == IGNORE_KEY {
                return None;
            } else {
                p.skip_value().ok()?;
            }
            p.ws();
            if p.eat(b',') {
                continue;
            }
            if p.eat(b'}') {
                break;
            }
            return None;
        }
    }
    p.ws();
    if p.pos != line.len() {
        return None;
    }
    Some(RecordText {
        text: text?,
        id: id.flatten(),
    })
}

type PResult<T> = Result<T, (usize, String)>;

/// The first offset at or after `i` of a `"`, a `\` or a control character in `bytes` (or the
/// length), looking at eight bytes at a time.
fn next_special(bytes: &[u8], mut i: usize) -> usize {
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    const LOW7: u64 = splat(0x7f);
    // The high bit of each zero byte of `x`, exactly (no carry between bytes).
    let zero = |x: u64| !(((x & LOW7) + LOW7) | x | LOW7);
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // High bit of each byte below 0x20: its low seven bits plus 0x60 stay below 0x80.
        let control = !(((w & LOW7) + splat(0x60)) | w) & splat(0x80);
        let hits = control | zero(w ^ splat(b'"')) | zero(w ^ splat(b'\\'));
        if hits != 0 {
            return i + hits.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while i < bytes.len() && !matches!(bytes[i], b'"' | b'\\' | 0..=0x1f) {
        i += 1;
    }
    i
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    depth: usize,
    /// Refuse what serde_json might not take: lone surrogates, `\u` escapes that are not four
    /// hex digits, deep nesting (for [`record`], which falls back to serde_json on any refusal).
    strict: bool,
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
        self.scalar_word().map(|w| Node::Other(w.to_string()))
    }

    /// A `true`, `false`, `null` or number, checked.
    fn scalar_word(&mut self) -> PResult<&str> {
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
            Ok(word)
        } else {
            Err((start, format!("invalid JSON literal `{word}`")))
        }
    }

    /// Like [`Parser::value`] (same checks, same errors) without building the node.
    fn skip_value(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > if self.strict { 100 } else { 256 } {
            return Err((self.pos, "JSON nested too deeply".into()));
        }
        let v = match self.peek() {
            Some(b'{') => self.skip_object(),
            Some(b'[') => self.skip_array(),
            Some(b'"') => self.skip_string().map(drop),
            Some(b't' | b'f' | b'n' | b'-' | b'0'..=b'9') => self.scalar_word().map(drop),
            Some(c) => Err((
                self.pos,
                format!("expected a JSON value, found `{}`", c as char),
            )),
            None => Err((self.pos, "unexpected end of file".into())),
        };
        self.depth -= 1;
        v
    }

    /// Like [`Parser::object`] without building the node.
    fn skip_object(&mut self) -> PResult<()> {
        self.pos += 1;
        self.ws();
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err((self.pos, "expected a string key in the object".into()));
            }
            self.skip_string()?;
            self.ws();
            if !self.eat(b':') {
                return Err((self.pos, "expected `:` after the object key".into()));
            }
            self.ws();
            self.skip_value()?;
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b'}') {
                return Ok(());
            }
            return Err((self.pos, "expected `,` or `}` in the object".into()));
        }
    }

    /// Like [`Parser::array`] without building the node.
    fn skip_array(&mut self) -> PResult<()> {
        self.pos += 1;
        self.ws();
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            self.ws();
            self.skip_value()?;
            self.ws();
            if self.eat(b',') {
                continue;
            }
            if self.eat(b']') {
                return Ok(());
            }
            return Err((self.pos, "expected `,` or `]` in the array".into()));
        }
    }

    /// Like [`Parser::string`] (same checks, same errors) without decoding or mapping it;
    /// returns whether the literal has an escape.
    fn skip_string(&mut self) -> PResult<bool> {
        self.scan_string().map(|n| n > 0)
    }

    /// Like [`Parser::string`] (same checks, same errors) without decoding or mapping it;
    /// returns the number of escapes.
    fn scan_string(&mut self) -> PResult<usize> {
        let open = self.pos;
        self.pos += 1;
        let bytes = self.src.as_bytes();
        let mut escapes = 0;
        loop {
            let Some(&c) = bytes.get(self.pos) else {
                return Err((open, "unterminated string".into()));
            };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(escapes);
                }
                b'\\' => {
                    escapes += 1;
                    let (_, len) = self.escape(self.pos)?;
                    self.pos += len;
                }
                0..=0x1f => return Err((self.pos, "control character in string".into())),
                _ => self.pos = next_special(bytes, self.pos + 1),
            }
        }
    }

    /// Read a string literal (like [`Parser::string`]) and return only its value.
    fn string_value(&mut self) -> PResult<String> {
        let open = self.pos;
        if !self.skip_string()? {
            return Ok(self.src[open + 1..self.pos - 1].to_string());
        }
        self.pos = open;
        Ok(self.string()?.value)
    }

    /// Read a string literal (like [`Parser::string`]) and tell whether its value is `key`.
    fn key_is(&mut self, key: &str) -> PResult<bool> {
        let open = self.pos;
        if !self.skip_string()? {
            // No escape: the value is the literal's inside.
            return Ok(self.src.get(open + 1..self.pos - 1) == Some(key));
        }
        self.pos = open;
        Ok(self.string()?.value == key)
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

    /// The char and length of the escape at `at` (a backslash) in a string literal.
    fn escape(&self, at: usize) -> PResult<(char, usize)> {
        let e = self.src.as_bytes().get(at + 1).copied().unwrap_or(0);
        Ok(match e {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => ('/', 2),
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' if self.strict => {
                let hex = |i: usize| {
                    let h = self.src.as_bytes().get(i..i + 4)?;
                    h.iter()
                        .all(u8::is_ascii_hexdigit)
                        .then(|| self.hex4(i).ok())
                        .flatten()
                };
                let pair = || {
                    (self.src.get(at + 6..at + 8) == Some("\\u"))
                        .then(|| hex(at + 8))
                        .flatten()
                        .filter(|lo| (0xDC00..0xE000).contains(lo))
                };
                let code = match hex(at + 2) {
                    Some(c) if !(0xD800..0xE000).contains(&c) => Some((c, 6)),
                    Some(hi) if hi < 0xDC00 => {
                        pair().map(|lo| (0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00), 12))
                    }
                    _ => None,
                };
                match code.and_then(|(c, len)| Some((char::from_u32(c)?, len))) {
                    Some(x) => x,
                    None => return Err((at, "escape left to serde_json".into())),
                }
            }
            b'u' => {
                let hi = self.hex4(at + 2)?;
                if (0xD800..0xDC00).contains(&hi) && self.src.get(at + 6..at + 8) == Some("\\u") {
                    let lo = self.hex4(at + 8)?;
                    let code = 0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                    (char::from_u32(code).unwrap_or('\u{fffd}'), 12)
                } else {
                    (char::from_u32(hi).unwrap_or('\u{fffd}'), 6)
                }
            }
            _ => return Err((at, "invalid escape in string".into())),
        })
    }

    fn string(&mut self) -> PResult<Leaf> {
        let open = self.pos;
        // A first pass (same checks, same errors) sizes the text and its map.
        let escapes = self.scan_string()?;
        let (raw, pieces) = (self.pos - open, 2 * escapes + 1);
        self.pos = open + 1;
        let bytes = self.src.as_bytes();
        let mut b = MapBuilder::with_capacity(raw, pieces);
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
                    let (ch, len) = self.escape(at)?;
                    b.decoded(at, len, ch.encode_utf8(&mut [0; 4]));
                    self.pos = at + len;
                    run = self.pos;
                }
                0..=0x1f => return Err((self.pos, "control character in string".into())),
                _ => self.pos = next_special(bytes, self.pos + 1),
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

    /// `top_level_string` as it was, building every skipped value.
    fn top_level_string_by_nodes(source: &str, key: &str) -> Option<Leaf> {
        let mut p = Parser {
            src: source,
            pos: 0,
            depth: 0,
            strict: false,
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

    #[test]
    fn top_level_string_skips_like_parse() {
        let deep = format!(
            "{{\"a\": {}1{}, \"text\": \"x\"}}",
            "[".repeat(300),
            "]".repeat(300)
        );
        let lines = [
            r#"{"id": "r-1", "text": "Hi \"Sam\", calm\u0020down \ud83d\ude00"}"#,
            r#"{"te\u0078t": "escaped key", "text": "b"}"#,
            r#"{"text": 5, "text": "second"}"#,
            r#"{"text": "first", "text": "second"}"#,
            r#"{"a": {"b": [1, 2.5e3, -0, true, null, "\n"]}, "text": "x"}"#,
            r#"{"a": tru, "text": "x"}"#,
            r#"{"a": 1e, "text": "x"}"#,
            r#"{"a": "\q", "text": "x"}"#,
            r#"{"a": "\u12", "text": "x"}"#,
            r#"{"a": "\ud800\u+123", "text": "x"}"#,
            r#"{"a": [1, 2,], "text": "x"}"#,
            r#"{"a": {"k" 1}, "text": "x"}"#,
            r#"{"a": {1: 1}, "text": "x"}"#,
            r#"{"a": "unterminated"#,
            "{\"a\": \"ctl\u{1}\", \"text\": \"x\"}",
            r#"{"text": 1}"#,
            r#"{}"#,
            r#"[]"#,
            &deep,
        ];
        for line in lines {
            let got = top_level_string(line, "text");
            let want = top_level_string_by_nodes(line, "text");
            assert_eq!(got.is_some(), want.is_some(), "{line}");
            if let (Some(g), Some(w)) = (got, want) {
                assert_eq!(g.value, w.value, "{line}");
                assert_eq!(g.layer.map, w.layer.map, "{line}");
            }
        }
    }

    #[test]
    fn next_special_finds_the_first() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let pool = [
            b'a', b' ', b'"', b'\\', 0x01, 0x1f, 0x20, 0x7f, 0x80, 0xe9, 0xff,
        ];
        for _ in 0..3000 {
            let mut bytes = Vec::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..seed % 30 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                // Mostly plain bytes.
                let k = (seed % 64) as usize;
                bytes.push(if k < pool.len() { pool[k] } else { b'x' });
            }
            for from in 0..=bytes.len() {
                let want = (from..bytes.len())
                    .find(|&i| matches!(bytes[i], b'"' | b'\\' | 0..=0x1f))
                    .unwrap_or(bytes.len());
                assert_eq!(next_special(&bytes, from), want, "{bytes:?} {from}");
            }
        }
    }

    #[test]
    fn finds_top_level_string() {
        let l = top_level_string(r#"{"id": {"x": [1]}, "text": "a\nb"}"#, "text").unwrap();
        assert_eq!(l.value, "a\nb");
    }
}
