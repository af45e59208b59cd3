//! HTML: only the visible text is checked. Tags are skipped (block-level tags end a line),
//! `<script>`, `<style>` and `<head>` are skipped whole, entities are decoded, and every
//! character of the text maps back to its bytes in the source.

use super::suppress::{parse_directive, Suppressions};
use crate::span::{MapBuilder, OffsetMap};

/// Tags that start a new block of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose content is never visible text.
const HIDDEN: &[&str] = &["script", "style", "head", "template", "noscript", "code"];

/// Extract the visible text of an HTML document or fragment.
pub fn extract(source: &str) -> (String, OffsetMap, Suppressions) {
    let mut b = MapBuilder::new();
    let mut sup = Suppressions::default();
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut run_start = 0;
    macro_rules! flush {
        ($upto:expr) => {
            if run_start < $upto {
                push_text(&mut b, source, run_start, $upto);
            }
        };
    }
    while i < bytes.len() {
        match bytes[i] {
            b'<' if source[i..].starts_with("<!--") => {
                flush!(i);
                // An unclosed comment runs to the end of the text.
                let (inner_end, end) = match source[i + 4..].find("-->") {
                    Some(j) => (i + 4 + j, i + 4 + j + 3),
                    None => (bytes.len(), bytes.len()),
                };
                let inner = source[i + 4..inner_end].trim_start();
                if inner.starts_with("warmly-ignore") {
                    let line = source[..i].matches('\n').count() + 1;
                    let ls = source[..i].rfind('\n').map_or(0, |p| p + 1);
                    let le = source[end..].find('\n').map_or(source.len(), |p| end + p);
                    let alone = source[ls..i].trim().is_empty() && strip_tags(&source[end..le]);
                    let (file_wide, list, _) = parse_directive(inner, Some("-->"));
                    sup.add(source, line, list, file_wide, alone);
                }
                b.decoded(i, end - i, "");
                i = end;
                run_start = i;
            }
            b'<' if is_tag_start(&source[i + 1..]) => {
                flush!(i);
                let end = tag_end(source, i);
                let name = tag_name(&source[i + 1..end]);
                let closing = source[i + 1..].starts_with('/');
                if !closing && HIDDEN.contains(&name.as_str()) {
                    let close = format!("</{name}");
                    let stop =
                        find_ci(source, end, &close).map_or(bytes.len(), |j| tag_end(source, j));
                    b.decoded(i, stop - i, "\n");
                    i = stop;
                } else {
                    let text = if BLOCK_TAGS.contains(&name.as_str()) {
                        "\n"
                    } else {
                        ""
                    };
                    b.decoded(i, end - i, text);
                    i = end;
                }
                run_start = i;
            }
            b'&' => {
                if let Some((len, decoded)) = entity(&source[i..]) {
                    flush!(i);
                    b.decoded(i, len, &decoded);
                    i += len;
                    run_start = i;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    flush!(bytes.len());
    let (text, map) = b.finish();
    (text, map, sup)
}

/// Append source text `start..end`: line breaks and tabs read as spaces (HTML whitespace).
fn push_text(b: &mut MapBuilder, source: &str, start: usize, end: usize) {
    let mut run = start;
    for (j, c) in source[start..end].char_indices() {
        if matches!(c, '\n' | '\r' | '\t') {
            let at = start + j;
            b.verbatim(run, &source[run..at]);
            b.decoded(at, 1, " ");
            run = at + 1;
        }
    }
    b.verbatim(run, &source[run..end]);
}

/// Does only markup (or nothing) remain in `s`?
fn strip_tags(s: &str) -> bool {
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '<' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            c if depth == 0 && !c.is_whitespace() => return false,
            _ => {}
        }
    }
    true
}

/// Is `rest` (after a `<`) the start of a tag?
fn is_tag_start(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some('/') => chars.next().is_some_and(|c| c.is_ascii_alphabetic()),
        Some('!') | Some('?') => true,
        Some(c) => c.is_ascii_alphabetic(),
        None => false,
    }
}

/// The offset just past the `>` that closes the tag starting at `start` (quotes respected).
fn tag_end(source: &str, start: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (j, &c) in source.as_bytes()[start + 1..].iter().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, b'"') | (None, b'\'') => quote = Some(c),
            (None, b'>') => return start + 1 + j + 1,
            _ => {}
        }
    }
    source.len()
}

/// The lower-cased element name of a tag's inside (`/p`, `br/`, `a href=..`).
fn tag_name(inner: &str) -> String {
    inner
        .trim_start_matches(['<', '/', '!'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Case-insensitive find of ASCII `needle` in `hay` from `from`.
fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    (from..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// Decode the entity at the start of `s` (which starts with `&`): (bytes used, text).
fn entity(s: &str) -> Option<(usize, String)> {
    // (Bytes: the 40th may be inside a char; `;` never is.)
    let semi = s.as_bytes()[..s.len().min(40)]
        .iter()
        .position(|&b| b == b';')?;
    let name = &s[1..semi];
    let decoded = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?.to_string()
    } else {
        named_entity(name)?.to_string()
    };
    let decoded = if decoded == "\u{a0}" {
        " ".to_string()
    } else {
        decoded
    };
    Some((semi + 1, decoded))
}

/// The common named entities of reply templates.
fn named_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "rsquo" => "\u{2019}",
        "lsquo" => "\u{2018}",
        "rdquo" => "\u{201d}",
        "ldquo" => "\u{201c}",
        "hellip" => "\u{2026}",
        "mdash" => "\u{2014}",
        "ndash" => "\u{2013}",
        "copy" => "\u{a9}",
        "reg" => "\u{ae}",
        "trade" => "\u{2122}",
        "euro" => "\u{20ac}",
        "pound" => "\u{a3}",
        "eacute" => "\u{e9}",
        "egrave" => "\u{e8}",
        "aacute" => "\u{e1}",
        "agrave" => "\u{e0}",
        "ouml" => "\u{f6}",
        "uuml" => "\u{fc}",
        "auml" => "\u{e4}",
        "szlig" => "\u{df}",
        "ccedil" => "\u{e7}",
        "ntilde" => "\u{f1}",
        "middot" => "\u{b7}",
        "bull" => "\u{2022}",
        "zwj" => "\u{200d}",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_with_entities() {
        let src = "<p>Hi&nbsp;Sam,</p>\n<p>Please <b>calm</b> down &amp; don&rsquo;t worry \u{1f600}</p><script>x</script>";
        let (text, map, _) = extract(src);
        assert_eq!(
            text,
            "\nHi Sam,\n \nPlease calm down & don\u{2019}t worry \u{1f600}\n\n"
        );
        let s = text.find("don").unwrap();
        let e = s + "don\u{2019}t".len();
        assert_eq!(&src[map.start(s)..map.end(e)], "don&rsquo;t");
        let s = text.find('\u{1f600}').unwrap();
        assert_eq!(&src[map.start(s)..map.end(s + 4)], "\u{1f600}");
        let c = text.find("calm").unwrap();
        assert!(!map.contiguous(c, c + "calm down".len()));
    }

    #[test]
    fn comment_directive() {
        let src = "<p>ok</p>\n<!-- warmly-ignore hostile -->\n<p>calm down</p>\n";
        let (_, _, sup) = extract(src);
        assert!(sup.suppressed(3, "hostile/calm-down", "hostile"));
    }

    #[test]
    fn an_ampersand_far_from_a_semicolon_is_text() {
        for n in 36..42 {
            let src = format!("&{}\u{feff}; calm down", "a".repeat(n));
            let (text, _, _) = extract(&src);
            assert_eq!(text, src, "{n}");
        }
        assert_eq!(extract("&amp;\u{feff}").0, "&\u{feff}");
    }

    #[test]
    fn an_unclosed_comment_runs_to_the_end_whatever_its_last_char() {
        for tail in ["\u{feff}", "\u{e9}", "\u{1f600}", "a", "--"] {
            let src = format!("<p>Calm down.</p><!-- note {tail}");
            let (text, _, _) = extract(&src);
            assert_eq!(text, "\nCalm down.\n", "{tail:?}");
        }
    }
}
