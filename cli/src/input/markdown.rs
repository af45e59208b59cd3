//! Markdown: the prose is checked; fenced code blocks, front matter, link and image targets,
//! reference definitions, HTML tags and comments are blanked out (same length, so offsets into
//! the text are offsets into the file). `<!-- warmly-ignore ... -->` comments are honoured.

use super::suppress::{blank, bytes_to_string, parse_directive, Suppressions};

/// Mask the non-prose parts of a Markdown file. Returns the masked text and suppressions.
pub fn extract(source: &str) -> (String, Suppressions) {
    let mut out = source.as_bytes().to_vec();
    let mut sup = Suppressions::default();
    let bytes = source.as_bytes();

    // Line-level structure: front matter, fences, reference definitions.
    let mut pos = 0;
    let mut fence: Option<(u8, usize)> = None;
    let mut first = true;
    let mut in_front_matter = false;
    for line in source.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim_end_matches(['\n', '\r']);
        let indent = trimmed.len() - trimmed.trim_start_matches(' ').len();
        let body = trimmed.trim_start_matches(' ');
        if first && trimmed == "---" {
            in_front_matter = true;
            first = false;
            blank(&mut out, start, pos);
            continue;
        }
        first = false;
        if in_front_matter {
            blank(&mut out, start, pos);
            if trimmed == "---" || trimmed == "..." {
                in_front_matter = false;
            }
            continue;
        }
        if let Some((ch, n)) = fence {
            blank(&mut out, start, pos);
            let run = body.bytes().take_while(|&b| b == ch).count();
            if indent < 4 && run >= n && body[run..].trim().is_empty() {
                fence = None;
            }
            continue;
        }
        if indent < 4 {
            for ch in [b'`', b'~'] {
                let run = body.bytes().take_while(|&b| b == ch).count();
                if run >= 3 {
                    fence = Some((ch, run));
                    blank(&mut out, start, pos);
                    break;
                }
            }
            if fence.is_some() {
                continue;
            }
            if is_reference_definition(body) {
                blank(&mut out, start, pos);
                continue;
            }
        }
    }

    // Inline structure: comments, tags, link targets, autolinks.
    let mut i = 0;
    while i < bytes.len() {
        if out[i] == b' ' && bytes[i] != b' ' {
            i += 1;
            continue;
        }
        match bytes[i] {
            b'<' if source[i..].starts_with("<!--") => {
                // An unclosed comment runs to the end of the text.
                let (inner_end, end) = match source[i + 4..].find("-->") {
                    Some(j) => (i + 4 + j, i + 4 + j + 3),
                    None => (bytes.len(), bytes.len()),
                };
                let inner = source[i + 4..inner_end].trim_start();
                if inner.starts_with("warmly-ignore") {
                    let (line, alone) = comment_line(source, i, end);
                    let (file_wide, list, _) = parse_directive(inner, Some("-->"));
                    sup.add(source, line, list, file_wide, alone);
                }
                blank(&mut out, i, end);
                i = end;
            }
            b'<' => {
                let rest = &source[i + 1..];
                let tag_like = rest
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
                match (tag_like, rest.find('>')) {
                    (true, Some(j)) if !rest[..j].contains('\n') || rest[..j].contains('=') => {
                        blank(&mut out, i, i + j + 2);
                        i += j + 2;
                    }
                    _ => i += 1,
                }
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                if let Some(j) = matching_paren(&source[i + 1..]) {
                    blank(&mut out, i + 1, i + 1 + j + 1);
                    i += j + 2;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    (bytes_to_string(out, source), sup)
}

/// The 1-based line of a comment at `start..end`, and whether it is alone on its line.
fn comment_line(source: &str, start: usize, end: usize) -> (usize, bool) {
    let line = source[..start].matches('\n').count() + 1;
    let ls = source[..start].rfind('\n').map_or(0, |p| p + 1);
    let le = source[end..].find('\n').map_or(source.len(), |p| end + p);
    let alone = source[ls..start].trim().is_empty() && source[end..le].trim().is_empty();
    (line, alone)
}

/// `[label]: target` at the start of a line.
fn is_reference_definition(body: &str) -> bool {
    if !body.starts_with('[') || body.starts_with("[^") {
        return false;
    }
    match body.find("]:") {
        Some(j) => !body[1..j].contains(']'),
        None => false,
    }
}

/// Given `s` starting with `(`, the offset of its matching `)` on the same line.
fn matching_paren(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            '\n' => return None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_code_links_and_comments() {
        let src = "---\ntitle: x\n---\nSee [the guide](https://x.y/a_(b)) now.\n```\ncalm down\n```\n<!-- warmly-ignore jargon -->\nRMA <b>here</b>\n[ref]: http://z\n";
        let (text, sup) = extract(src);
        assert_eq!(text.len(), src.len());
        assert!(!text.contains("title"));
        assert!(text.contains("See [the guide]"));
        assert!(!text.contains("https"));
        assert!(!text.contains("calm down"));
        assert!(!text.contains("<b>"));
        assert!(text.contains("RMA"));
        assert!(text.contains("here"));
        assert!(!text.contains("http://z"));
        assert!(sup.suppressed(9, "jargon/rma", "jargon"));
    }

    #[test]
    fn an_unclosed_comment_runs_to_the_end_whatever_its_last_char() {
        for tail in ["\u{feff}", "\u{e9}", "\u{1f600}", "a", "--"] {
            let src = format!("Calm down.\n<!-- note {tail}");
            let (text, _) = extract(&src);
            assert_eq!(text.len(), src.len(), "{tail:?}");
            assert!(text.starts_with("Calm down.\n"), "{tail:?}");
            assert!(!text.contains("note"), "{tail:?}");
        }
    }
}
