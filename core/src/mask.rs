//! The regions of a text that are never linted (template placeholders, URLs, e-mail addresses,
//! handles, agents' initials, code spans, quoted lines and quoted words), found by hand.
//!
//! The scan reads the text as a leftmost-first search for the alternatives below would, in this
//! order at each position, going on after the end of each region it finds. A region never spans
//! lines, but for `{{ }}` and `{% %}` placeholders; `^` and `$` are a line's start and end.
//!
//! 1. `{{` … the first `}}` after it; 2. `{%` … the first `%}`; 3. `${` then anything but `}` and
//!    a line break, then `}`; 4. `{` a letter or `_`, then letters, digits, `_`, `.`, `-`, then
//!    `}`; 5. `[` a capital, then letters, digits, `_`, ` `, `.`, `-`, then `]`; 6. `%` a letter or
//!    `_`, then letters, digits, `_`, `.`, then `%`; 6b. `*|` then letters, digits, `_`, `:`,
//!    `-`, then `|*` (a Mailchimp-style merge tag: `*|FNAME|*`);
//! 7. `http://`, `https://` or `www.`, then one or more bytes but ASCII white space, `<`, `>`, `"`;
//! 8. an e-mail address: `[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}` (the domain as long as it
//!    can be);
//! 9. a handle: `@` and word bytes, at a line start or after a space, tab or `(` (which the region
//!    holds);
//! 10. `^` and one to four letters (an agent's initials);
//! 11. `` ` `` … `` ` `` on one line, not empty;
//! 12. a line whose first byte but spaces and tabs is `>` (the whole line);
//! 13. `"` … `"` on one line, not empty; 14. `“` … the first `”` on the line, not empty;
//! 15. `‘` at a line start or after white space, `(` or `:` (which the region holds), then as
//!     little as can be up to a `’` that no letter, digit or byte outside ASCII follows (that byte
//!     is part of the region), where a `’` inside must have a letter right after it; 16. the same
//!     with straight `'`.
//!
//! A body between quotes or braces on one line holds at most [`MAX_BODY`] bytes: longer is no
//! quotation, and the bound keeps a line full of unclosed quotes linear to scan.
//!
//! The tests check the scan against a regular expression written from this list.

/// The most bytes between an opening and a closing quote, backtick or brace on one line.
pub(crate) const MAX_BODY: usize = 2048;

/// Bytes that can start or hold a region (lines without one are skipped whole).
static TRIGGERS: [bool; 256] = {
    let mut t = [false; 256];
    let bytes = b"{[%$@`>\"':w\xE2^*";
    let mut i = 0;
    while i < bytes.len() {
        t[bytes[i] as usize] = true;
        i += 1;
    }
    t
};

/// Can a region touch the line holding byte `i` (a byte in [`TRIGGERS`])?
fn is_trigger(bytes: &[u8], i: usize, line_start: usize) -> bool {
    let after = |s: &[u8]| bytes[i..].starts_with(s);
    let opens_quote = i == line_start
        || matches!(
            bytes[i - 1],
            b' ' | b'\t' | 0x0b | 0x0c | b'\r' | b'(' | b':'
        );
    match bytes[i] {
        b'\'' => opens_quote,
        b':' => after(b"://"),
        b'w' => after(b"www."),
        // Opening curly quotes.
        0xE2 => after("\u{201C}".as_bytes()) || (opens_quote && after("\u{2018}".as_bytes())),
        _ => true,
    }
}

const OPEN_DOUBLE: &[u8] = "\u{201C}".as_bytes();
const CLOSE_DOUBLE: &[u8] = "\u{201D}".as_bytes();
const OPEN_SINGLE: &[u8] = "\u{2018}".as_bytes();
const CLOSE_SINGLE: &[u8] = "\u{2019}".as_bytes();

/// ASCII white space but the line break (`\s` within a line).
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | 0x0b | 0x0c | b'\r')
}

/// A letter for a quoted word: ASCII or any byte outside ASCII.
fn is_letter(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0x80
}

/// Where the run of bytes from `from` that `class` accepts ends.
fn run(bytes: &[u8], from: usize, class: impl Fn(u8) -> bool) -> usize {
    from + bytes
        .get(from..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| class(b)).count())
}

/// Where `needle` (not empty) first occurs in `bytes` at or after `from`: a scan for its first
/// byte, then a comparison (the needles are a few bytes long).
pub(crate) fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let (&first, _) = needle.split_first()?;
    let mut at = from;
    while at + needle.len() <= bytes.len() {
        let i = at
            + bytes[at..=bytes.len() - needle.len()]
                .iter()
                .position(|&b| b == first)?;
        if bytes[i..].starts_with(needle) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// The first occurrence of a placeholder's closing pair at or after a position, remembered: the
/// next search from a later position reuses it (a text full of `{{` without `}}` is read once).
struct Close {
    needle: &'static [u8],
    /// The last search: from where, and what it found.
    from: usize,
    at: Option<usize>,
}

impl Close {
    fn new(needle: &'static [u8]) -> Close {
        Close {
            needle,
            from: usize::MAX,
            at: None,
        }
    }

    fn find(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        // No closing pair between the last search's start and what it found.
        if self.from <= from && self.at.is_none_or(|a| a >= from) {
            return self.at;
        }
        self.from = from;
        self.at = find(bytes, from, self.needle);
        self.at
    }
}

/// The end of a body from `body` on a line ending at `line_end`: at most [`MAX_BODY`] bytes on.
fn body_end(body: usize, line_end: usize) -> usize {
    line_end.min(body + MAX_BODY + 1)
}

/// `open`, then one or more bytes up to `close`, all before `line_end` (and no `close` between).
fn closed(bytes: &[u8], p: usize, open: usize, close: u8, line_end: usize) -> Option<usize> {
    let body = p + open;
    let k = body
        + bytes[body..body_end(body, line_end)]
            .iter()
            .position(|&b| b == close)?;
    (k > body).then_some(k + 1)
}

/// A quoted word or phrase from `body` (alternatives 15 and 16): as few units as can be, at least
/// one, then `close` and a byte that is no letter, digit or byte outside ASCII, or the line end.
/// `Err(())` when that takes more than `limit` units to tell (the scan then asks [`Closings`]).
fn quoted(
    bytes: &[u8],
    mut j: usize,
    close: &[u8],
    line_end: usize,
    limit: usize,
) -> Result<Option<usize>, ()> {
    let mut units = 0;
    let last = body_end(j, line_end);
    loop {
        if units > limit {
            return Err(());
        }
        if j >= last && last < line_end {
            return Ok(None);
        }
        if units > 0 && bytes[j..line_end].starts_with(close) {
            let after = j + close.len();
            if after == line_end {
                return Ok(Some(after));
            }
            let b = bytes[after];
            if !(b.is_ascii_alphanumeric() || b >= 0x80) {
                return Ok(Some(after + 1));
            }
        }
        if j >= line_end {
            return Ok(None);
        }
        if bytes[j..line_end].starts_with(close) {
            // A closing quote inside the phrase needs a letter right after it ("it’s").
            let after = j + close.len();
            if after < line_end && is_letter(bytes[after]) {
                j = after + 1;
            } else {
                return Ok(None);
            }
        } else if close.len() == 3 && bytes[j] == 0xE2 {
            // One unit: the lead byte and the next, and the third when the next is 0x80 (the
            // text is UTF-8, so a lead byte always has its continuation bytes).
            j += if bytes.get(j + 1) == Some(&0x80) {
                3
            } else {
                2
            };
        } else {
            j += 1;
        }
        units += 1;
    }
}

/// Where a quoted phrase read from each position of a line would close (alternatives 15 and 16),
/// found once per line from its end: reading on from one position reads on exactly as from the
/// position its first unit leads to, so a line full of openers is read once, not once per opener.
struct Closings {
    line_start: usize,
    line_end: usize,
    close: &'static [u8],
    /// Per position of the line (and its end): the closing quote reading from there reaches,
    /// relative to the line start, or [`Closings::NONE`].
    at: Vec<u32>,
}

impl Closings {
    const NONE: u32 = u32::MAX;

    fn new(bytes: &[u8], line_start: usize, line_end: usize, close: &'static [u8]) -> Closings {
        let len = line_end - line_start;
        let mut at = vec![Closings::NONE; len + 1];
        for j in (line_start..line_end).rev() {
            let k = j - line_start;
            at[k] = if bytes[j..line_end].starts_with(close) {
                let after = j + close.len();
                if after == line_end
                    || !(bytes[after].is_ascii_alphanumeric() || bytes[after] >= 0x80)
                {
                    k as u32
                } else if is_letter(bytes[after]) {
                    // A closing quote inside the phrase, a letter right after it ("it’s").
                    at[after + 1 - line_start]
                } else {
                    Closings::NONE
                }
            } else {
                at[Closings::unit_end(bytes, j, close, line_end) - line_start]
            };
        }
        Closings {
            line_start,
            line_end,
            close,
            at,
        }
    }

    /// Where the unit at `j` that is no closing quote ends: one byte, or for curly quotes a lead
    /// byte and the next, and the third when the next is 0x80 (the text is UTF-8).
    fn unit_end(bytes: &[u8], j: usize, close: &[u8], line_end: usize) -> usize {
        let step = if close.len() == 3 && bytes[j] == 0xE2 {
            if bytes.get(j + 1) == Some(&0x80) {
                3
            } else {
                2
            }
        } else {
            1
        };
        (j + step).min(line_end)
    }

    /// The end of the quoted phrase whose body starts at `body` (as `quoted` reads it).
    fn from(&self, bytes: &[u8], body: usize) -> Option<usize> {
        let (close, line_end) = (self.close, self.line_end);
        if body >= line_end {
            return None;
        }
        // The first unit: a closing quote right at the start closes nothing (the phrase holds a
        // unit at least), unless a letter follows it.
        let next = if bytes[body..line_end].starts_with(close) {
            let after = body + close.len();
            if after < line_end && is_letter(bytes[after]) {
                after + 1
            } else {
                return None;
            }
        } else {
            Closings::unit_end(bytes, body, close, line_end)
        };
        let found = self.at[next - self.line_start];
        if found == Closings::NONE {
            return None;
        }
        let c = self.line_start + found as usize;
        if c > body + MAX_BODY {
            return None;
        }
        let after = c + close.len();
        Some(if after == line_end { after } else { after + 1 })
    }
}

/// The e-mail address starting at `p`, if one does (alternative 8); `run_end`: where the run of
/// address bytes from `p` ends.
fn email(bytes: &[u8], run_end: usize) -> Option<usize> {
    if bytes.get(run_end) != Some(&b'@') {
        return None;
    }
    let domain = run_end + 1;
    let domain_end = run(bytes, domain, |b| {
        b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
    });
    // The last dot with something before it and two letters or more after it.
    (domain + 1..domain_end).rev().find_map(|d| {
        let letters = run(bytes, d + 1, |b| b.is_ascii_alphabetic()) - (d + 1);
        (bytes[d] == b'.' && letters >= 2).then_some(d + 1 + letters)
    })
}

/// Is `b` a byte of an e-mail address before its `@`?
fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// The line being scanned: where it starts and ends, whether it holds an `@`, and up to where
/// no e-mail address can start (a run of address bytes already found not to lead to one).
struct Line {
    start: usize,
    end: usize,
    has_at: bool,
    no_email_before: usize,
    /// Where quoted phrases close, found on first need: curly quotes, straight quotes.
    closings: [Option<Closings>; 2],
}

/// The closing pairs of `{{ }}` and `{% %}`, the `}` of `${ }` and the curly closing double
/// quote.
struct Closes {
    braces: Close,
    percent: Close,
    brace: Close,
    double: Close,
}

/// The region starting at `p`, if one does: its end.
fn region_at(bytes: &[u8], p: usize, line: &mut Line, closes: &mut Closes) -> Option<usize> {
    let b = bytes[p];
    let next = bytes.get(p + 1).copied().unwrap_or(0);
    let end = line.end;
    let at_line_start = p == line.start;
    if b == b'{' {
        if next == b'{' {
            if let Some(k) = closes.braces.find(bytes, p + 2) {
                return Some(k + 2);
            }
        }
        if next == b'%' {
            if let Some(k) = closes.percent.find(bytes, p + 2) {
                return Some(k + 2);
            }
        }
        if next.is_ascii_alphabetic() || next == b'_' {
            let k = run(bytes, p + 2, |c| {
                c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-')
            });
            if bytes.get(k) == Some(&b'}') {
                return Some(k + 1);
            }
        }
    }
    if b == b'$' && next == b'{' {
        // The first `}` after it, on the line and within the bound.
        if let Some(k) = closes.brace.find(bytes, p + 2) {
            if k < body_end(p + 2, end) {
                return Some(k + 1);
            }
        }
    }
    if b == b'[' && next.is_ascii_uppercase() {
        let k = run(bytes, p + 2, |c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b' ' | b'.' | b'-')
        });
        if bytes.get(k) == Some(&b']') {
            return Some(k + 1);
        }
    }
    if b == b'%' && (next.is_ascii_alphabetic() || next == b'_') {
        let k = run(bytes, p + 2, |c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.')
        });
        if bytes.get(k) == Some(&b'%') {
            return Some(k + 1);
        }
    }
    if b == b'*' && next == b'|' {
        let k = run(bytes, p + 2, |c| {
            c.is_ascii_alphanumeric() || matches!(c, b'_' | b':' | b'-')
        });
        if k > p + 2 && bytes[k..].starts_with(b"|*") {
            return Some(k + 2);
        }
    }
    if b == b'h' || b == b'w' {
        let rest = &bytes[p..];
        let prefix = [&b"http://"[..], b"https://", b"www."]
            .into_iter()
            .find(|s| rest.starts_with(s));
        if let Some(prefix) = prefix {
            let from = p + prefix.len();
            let k = run(bytes, from, |c| {
                !(c.is_ascii_whitespace() || c == 0x0b || matches!(c, b'<' | b'>' | b'"'))
            });
            if k > from {
                return Some(k);
            }
        }
    }
    if line.has_at && p >= line.no_email_before && is_local(b) {
        let run_end = run(bytes, p, is_local);
        match email(bytes, run_end) {
            Some(k) => return Some(k),
            // Every start in this run reaches the same `@` and domain.
            None => line.no_email_before = run_end,
        }
    }
    let handle_at = if at_line_start && b == b'@' {
        Some(p + 1)
    } else if (is_blank(b) || b == b'(') && next == b'@' {
        Some(p + 2)
    } else {
        None
    };
    if let Some(from) = handle_at {
        let k = run(bytes, from, |c| c.is_ascii_alphanumeric() || c == b'_');
        if k > from {
            return Some(k);
        }
    }
    if b == b'^' && next.is_ascii_alphabetic() {
        let letters = bytes[p + 1..end]
            .iter()
            .take(4)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        return Some(p + 1 + letters);
    }
    if b == b'`' {
        if let Some(k) = closed(bytes, p, 1, b'`', end) {
            return Some(k);
        }
    }
    if at_line_start && bytes.get(run(bytes, p, |c| c == b' ' || c == b'\t')) == Some(&b'>') {
        return Some(end);
    }
    if b == b'"' {
        if let Some(k) = closed(bytes, p, 1, b'"', end) {
            return Some(k);
        }
    }
    if bytes[p..end].starts_with(OPEN_DOUBLE) {
        let body = p + OPEN_DOUBLE.len();
        if let Some(k) = closes.double.find(bytes, body) {
            if k > body && k + CLOSE_DOUBLE.len() <= end && k <= body + MAX_BODY {
                return Some(k + CLOSE_DOUBLE.len());
            }
        }
    }
    let opener = |quote: &[u8]| {
        if at_line_start && bytes[p..end].starts_with(quote) {
            Some(p + quote.len())
        } else if (is_blank(b) || b == b'(' || b == b':') && bytes[p + 1..end].starts_with(quote) {
            Some(p + 1 + quote.len())
        } else {
            None
        }
    };
    for (k, (open, close)) in [(OPEN_SINGLE, CLOSE_SINGLE), (&b"'"[..], &b"'"[..])]
        .into_iter()
        .enumerate()
    {
        if let Some(body) = opener(open) {
            // Most quotations close within a few words: read those directly, and a line's
            // closings only when one reads on further.
            let found = quoted(bytes, body, close, end, 64).unwrap_or_else(|()| {
                line.closings[k]
                    .get_or_insert_with(|| Closings::new(bytes, line.start, end, close))
                    .from(bytes, body)
            });
            if let Some(k) = found {
                return Some(k);
            }
        }
    }
    None
}

/// What a byte may be for the scan: [`NEWLINE`], [`TRIGGER`] (in [`TRIGGERS`]), or 0.
const NEWLINE: u8 = 1;
const TRIGGER: u8 = 2;
static KINDS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        if TRIGGERS[b] {
            t[b] = TRIGGER;
        }
        b += 1;
    }
    t[b'\n' as usize] = NEWLINE;
    t
};

/// How a byte may start a region: 1, it may ({ $ [ % * h w @ ^ ` " ' and a curly quote's lead
/// byte); 2, when a handle or a quote follows (white space but line breaks, `(`); 3, when a quote
/// follows (`:`); 0, not at all (but at a line start, or as part of an e-mail address).
static STARTS: [u8; 256] = {
    let mut t = [0u8; 256];
    let ones = b"{$[%hw@^`\"'\xE2*";
    let mut i = 0;
    while i < ones.len() {
        t[ones[i] as usize] = 1;
        i += 1;
    }
    t[b' ' as usize] = 2;
    t[b'\t' as usize] = 2;
    t[0x0b] = 2;
    t[0x0c] = 2;
    t[b'\r' as usize] = 2;
    t[b'(' as usize] = 2;
    t[b':' as usize] = 3;
    t
};

/// May a region start at `p` of `line` (a quick test before [`region_at`])?
fn may_start(bytes: &[u8], p: usize, line: &Line) -> bool {
    let b = bytes[p];
    let next = || bytes.get(p + 1).copied().unwrap_or(0);
    p == line.start
        || match STARTS[b as usize] {
            1 => true,
            2 => matches!(next(), b'@' | b'\'' | 0xE2),
            3 => matches!(next(), b'\'' | 0xE2),
            _ => false,
        }
        || (line.has_at && p >= line.no_email_before && is_local(b))
}

/// The line of `bytes` that starts at `start`.
fn line_at(bytes: &[u8], start: usize) -> Line {
    let rest = &bytes[start..];
    let len = rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
    Line {
        start,
        end: start + len,
        has_at: rest[..len].contains(&b'@'),
        no_email_before: 0,
        closings: [None, None],
    }
}

/// The never-linted regions of `text`, as sorted, merged byte ranges.
pub(crate) fn masked_regions(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut add = |s: usize, e: usize| match out.last_mut() {
        Some(last) if s <= last.1 => last.1 = last.1.max(e),
        _ => out.push((s, e)),
    };
    let mut closes = Closes {
        braces: Close::new(b"}}"),
        percent: Close::new(b"%}"),
        brace: Close::new(b"}"),
        double: Close::new(CLOSE_DOUBLE),
    };
    let (mut p, mut line_start) = (0, 0);
    while p < bytes.len() {
        // Lines without a trigger hold no region: read on to the next trigger or line break,
        // eight bytes at a time while none is among them.
        while let Some(chunk) = bytes.get(p..p + 8) {
            if chunk.iter().fold(0, |k, &c| k | KINDS[c as usize]) != 0 {
                break;
            }
            p += 8;
        }
        p += bytes[p..]
            .iter()
            .position(|&c| KINDS[c as usize] != 0)
            .unwrap_or(bytes.len() - p);
        if p == bytes.len() {
            break;
        }
        if bytes[p] == b'\n' {
            p += 1;
            line_start = p;
            continue;
        }
        if !is_trigger(bytes, p, line_start) {
            p += 1;
            continue;
        }
        // Scan the line from its start, byte by byte, and on through the lines a placeholder
        // runs over.
        let mut line = line_at(bytes, line_start);
        p = line_start;
        while p < line.end {
            if !may_start(bytes, p, &line) {
                p += 1;
                continue;
            }
            match region_at(bytes, p, &mut line, &mut closes) {
                Some(end) => {
                    add(p, end);
                    if end > line.end {
                        // A placeholder over several lines: go on in the line it ends in.
                        let start = bytes[..end]
                            .iter()
                            .rposition(|&c| c == b'\n')
                            .map_or(0, |k| k + 1);
                        line = line_at(bytes, start);
                    }
                    p = end;
                }
                None => p += 1,
            }
        }
        p = line.end + 1;
        line_start = p;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex_automata::meta::Regex;

    /// The alternatives of the module's list as one regular expression (on bytes, ASCII classes;
    /// curly quotes written as their UTF-8 bytes). `whole`: searched leftmost-first over the whole
    /// text, a line's start and end standing for `^` and `$` — what the scan must find. Else the
    /// pattern the engine once searched each line with (`^` and `$` the searched line's ends).
    fn pattern(whole: bool) -> Regex {
        // Any byte but a newline and the first byte of the closing quote's encoding, or that byte
        // when the rest of the encoding differs.
        let not_close = |last: &str| format!(r"(?:[^\n\xE2]|\xE2[^\x80]|\xE2\x80[^{last}])");
        let letter = r"[A-Za-z\x80-\xFF]";
        let (start, blank, end) = if whole {
            (
                r"(?m:^)",
                r"\t\x0B\x0C\r ",
                r"(?:[^A-Za-z0-9\x80-\xFF\n]|(?m:$))",
            )
        } else {
            ("^", r"\s", r"(?:[^A-Za-z0-9\x80-\xFF]|$)")
        };
        let parts = [
            r"(?s)\{\{.*?\}\}".to_string(),
            r"(?s)\{%.*?%\}".to_string(),
            r"\$\{[^}\n]*\}".to_string(),
            r"\{[A-Za-z_][A-Za-z0-9_.\-]*\}".to_string(),
            r"\[[A-Z][A-Za-z0-9_ .\-]*\]".to_string(),
            r"%[A-Za-z_][A-Za-z0-9_.]*%".to_string(),
            r"\*\|[A-Za-z0-9_:\-]+\|\*".to_string(),
            r#"(?:https?://|www\.)[^\s<>"]+"#.to_string(),
            r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}".to_string(),
            format!(r"(?:{start}|[{blank}(])@[A-Za-z0-9_]+"),
            r"\^[A-Za-z]{1,4}".to_string(),
            r"`[^`\n]+`".to_string(),
            r"(?m)^[ \t]*>.*$".to_string(),
            r#""[^"\n]+""#.to_string(),
            format!(r"\xE2\x80\x9C{}+\xE2\x80\x9D", not_close(r"\x9D")),
            format!(
                r"(?:{start}|[{blank}(:])\xE2\x80\x98(?:{}|\xE2\x80\x99{letter})+?\xE2\x80\x99{end}",
                not_close(r"\x99")
            ),
            format!(r"(?:{start}|[{blank}(:])'(?:[^'\n]|'{letter})+?'{end}"),
        ];
        // Each part in its own group, so that its flags stay inside it.
        let alternation: Vec<String> = parts.iter().map(|p| format!("(?:{p})")).collect();
        crate::text::bytes_regex(&alternation.join("|"))
    }

    fn oracle() -> Regex {
        pattern(true)
    }

    /// Sorted ranges merged where they touch or overlap, as the scan gives them.
    fn merged(ranges: impl IntoIterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (s, e) in ranges {
            match out.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }

    fn by_oracle(re: &Regex, text: &str) -> Vec<(usize, usize)> {
        merged(re.find_iter(text.as_bytes()).map(|m| (m.start(), m.end())))
    }

    #[test]
    fn the_scan_finds_what_the_list_says() {
        let cases: &[(&str, &[&str])] = &[
            ("Hi {{name}}, see {% if x %}", &["{{name}}", "{% if x %}"]),
            ("{{ first\nsecond }} after", &["{{ first\nsecond }}"]),
            (
                "${x} {first} [NAME] %AGENT% [lower] {9} %9%",
                &["${x}", "{first}", "[NAME]", "%AGENT%"],
            ),
            ("Hi *|FNAME|*, *|| and *|a b|* stay", &["*|FNAME|*"]),
            (
                "go to https://x.io/a?b=1, or www.x.io",
                &["https://x.io/a?b=1,", "www.x.io"],
            ),
            (
                "write to jo.b+1@mail.example.co.uk.",
                &["jo.b+1@mail.example.co.uk"],
            ),
            ("@sam hi (@jo) a@b", &["@sam", "(@jo"]),
            ("thanks ^TBZQX and `code`", &["^TBZQ", "`code`"]),
            ("  > quoted line\nnot quoted", &["  > quoted line"]),
            (
                "you said \"never again\" and \u{201C}so slow\u{201D}",
                &["\"never again\"", "\u{201C}so slow\u{201D}"],
            ),
            (
                "you called it \u{2018}a joke\u{2019}, and 'it\u{2019}s bad' too",
                &[" \u{2018}a joke\u{2019},", " 'it\u{2019}s bad' "],
            ),
            ("I can't, it's not 'mine'", &[" 'mine'"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = masked_regions(text)
                .iter()
                .map(|&(s, e)| &text[s..e])
                .collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    #[test]
    fn a_quotation_holds_at_most_max_body_bytes() {
        for (open, close) in [
            ("\"", "\""),
            ("\u{201C}", "\u{201D}"),
            (" '", "' "),
            ("`", "`"),
        ] {
            for (len, masked) in [(MAX_BODY, true), (MAX_BODY + 1, false)] {
                let text = format!("a{open}{}{close}b", "x".repeat(len));
                assert_eq!(
                    !masked_regions(&text).is_empty(),
                    masked,
                    "{open:?} with {len} bytes"
                );
            }
        }
    }

    #[test]
    fn the_oracle_reads_lines_as_the_old_search_did() {
        // Without `{{` or `{%` the engine searched each line with the old pattern: the oracle
        // must agree with that search.
        let old = pattern(false);
        let re = oracle();
        let text =
            "Hi [NAME],\n> you said 'no'\n@jo see “this” and ‘that’.\n(‘x’) 'y'\nmail a.b@c.de now";
        let mut by_line: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        for line in text.split('\n') {
            for m in old.find_iter(line.as_bytes()) {
                by_line.push((start + m.start(), start + m.end()));
            }
            start += line.len() + 1;
        }
        assert_eq!(by_oracle(&re, text), merged(by_line));
    }

    /// Pieces that make regions, almost-regions and the text around them.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "{{",
            "}}",
            "*|",
            "|*",
            "{%",
            "%}",
            "${",
            "{",
            "}",
            "[",
            "]",
            "%",
            "$",
            "@",
            "^",
            "`",
            ">",
            "\"",
            "'",
            "\u{2018}",
            "\u{2019}",
            "\u{201C}",
            "\u{201D}",
            "http://",
            "https://",
            "www.",
            ".",
            "-",
            "_",
            "+",
            ":",
            "(",
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "a",
            "B",
            "NAME",
            "x",
            "com",
            "9",
            "é",
            "\u{2014}",
            "😀",
            "you",
            "it\u{2019}s",
            "can't",
            " > ",
            ".io",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn closings_read_as_the_plain_definition(pieces in prop::collection::vec(piece(), 0..40)) {
            let text: String = pieces.concat();
            let bytes = text.as_bytes();
            let line_end = text.find('\n').unwrap_or(text.len());
            for close in [CLOSE_SINGLE, &b"'"[..]] {
                let closings = Closings::new(bytes, 0, line_end, close);
                for body in (0..=line_end).filter(|&b| text.is_char_boundary(b)) {
                    prop_assert_eq!(
                        closings.from(bytes, body),
                        quoted(bytes, body, close, line_end, usize::MAX).unwrap(),
                        "{:?} from {}", text, body
                    );
                }
            }
        }

        #[test]
        fn the_scan_agrees_with_the_oracle(pieces in prop::collection::vec(piece(), 0..40)) {
            let text: String = pieces.concat();
            let re = oracle();
            prop_assert_eq!(masked_regions(&text), by_oracle(&re, &text), "{:?}", text);
        }
    }
}
