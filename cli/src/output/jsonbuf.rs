//! Hand-written JSON for the per-finding and per-draft objects of the JSON formats, appended to
//! a byte buffer. The bytes are exactly what `serde_json::to_writer` writes for [`FindingJson`],
//! [`DraftJson`] and a [`Diag`] (compact, same key order, same string escapes), without the
//! per-field trait calls; the tests below check it against serde_json.
//!
//! [`FindingJson`]: super::FindingJson
//! [`DraftJson`]: super::DraftJson

use warmly::{Applicability, Suggestion};

use super::{Diag, DraftResult};

/// How serde_json escapes each byte: 0 for none, `u` for `\u00XX`, else the letter after `\`.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0A] = b'n';
    t[0x0C] = b'f';
    t[0x0D] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// `b` repeated in every byte of a word.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// Does any byte of `w` need escaping (below 0x20, `"` or `\`)? Exact: the borrow tricks only
/// misfire above a byte that really matches.
#[inline]
fn word_needs_escape(w: u64) -> bool {
    const HIGH: u64 = splat(0x80);
    let control = w.wrapping_sub(splat(0x20)) & !w;
    let q = w ^ splat(b'"');
    let quote = q.wrapping_sub(splat(1)) & !q;
    let b = w ^ splat(b'\\');
    let backslash = b.wrapping_sub(splat(1)) & !b;
    (control | quote | backslash) & HIGH != 0
}

/// Escape byte `i` of `bytes` if it needs it, flushing the unescaped run before it.
#[inline]
fn escape_byte(buf: &mut Vec<u8>, bytes: &[u8], i: usize, run: &mut usize) {
    let b = bytes[i];
    let e = ESCAPE[b as usize];
    if e == 0 {
        return;
    }
    buf.extend_from_slice(&bytes[*run..i]);
    *run = i + 1;
    if e == b'u' {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        buf.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[(b >> 4) as usize],
            HEX[(b & 0xF) as usize],
        ]);
    } else {
        buf.extend_from_slice(&[b'\\', e]);
    }
}

/// Append `s` as a JSON string literal.
pub fn str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut run = 0;
    let mut i = 0;
    // Eight bytes at a time; only a word holding a byte to escape is looked at bytewise.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if word_needs_escape(w) {
            for j in i..i + 8 {
                escape_byte(buf, bytes, j, &mut run);
            }
        }
        i += 8;
    }
    for j in i..bytes.len() {
        escape_byte(buf, bytes, j, &mut run);
    }
    buf.extend_from_slice(&bytes[run..]);
    buf.push(b'"');
}

/// Two-digit decimal strings of 0..100.
static DIGITS: [u8; 200] = {
    let mut t = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        t[2 * i] = b'0' + (i / 10) as u8;
        t[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    t
};

/// Append an unsigned integer.
pub fn uint(buf: &mut Vec<u8>, mut n: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    while n >= 100 {
        let d = (n % 100) as usize * 2;
        n /= 100;
        i -= 2;
        tmp[i..i + 2].copy_from_slice(&DIGITS[d..d + 2]);
    }
    if n >= 10 {
        let d = n as usize * 2;
        i -= 2;
        tmp[i..i + 2].copy_from_slice(&DIGITS[d..d + 2]);
    } else {
        i -= 1;
        tmp[i] = b'0' + n as u8;
    }
    buf.extend_from_slice(&tmp[i..]);
}

/// Append `true` or `false`.
fn boolean(buf: &mut Vec<u8>, b: bool) {
    buf.extend_from_slice(if b { b"true" } else { b"false" });
}

/// The serialised name of an applicability.
fn applicability(a: Applicability) -> &'static str {
    match a {
        Applicability::Safe => "safe",
        Applicability::Unsafe => "unsafe",
    }
}

/// Append a list of suggestions.
fn suggestions(buf: &mut Vec<u8>, list: &[Suggestion]) {
    buf.push(b'[');
    for (i, s) in list.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        buf.extend_from_slice(b"{\"text\":");
        str(buf, &s.text);
        buf.extend_from_slice(b",\"applicability\":\"");
        buf.extend_from_slice(applicability(s.applicability).as_bytes());
        buf.extend_from_slice(b"\"}");
    }
    buf.push(b']');
}

/// Append the fields of a diagnostic, from `"rule"` on, without braces (the first key has no
/// leading comma).
fn diag_fields(buf: &mut Vec<u8>, x: &Diag) {
    buf.extend_from_slice(b"\"rule\":");
    str(buf, &x.rule);
    buf.extend_from_slice(b",\"category\":\"");
    buf.extend_from_slice(x.category.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"severity\":\"");
    buf.extend_from_slice(x.severity.as_str().as_bytes());
    buf.extend_from_slice(b"\",\"message\":");
    str(buf, &x.message);
    buf.extend_from_slice(b",\"start\":");
    uint(buf, x.start as u64);
    buf.extend_from_slice(b",\"end\":");
    uint(buf, x.end as u64);
    buf.extend_from_slice(b",\"line\":");
    uint(buf, x.line as u64);
    buf.extend_from_slice(b",\"column\":");
    uint(buf, x.column as u64);
    buf.extend_from_slice(b",\"end_line\":");
    uint(buf, x.end_line as u64);
    buf.extend_from_slice(b",\"end_column\":");
    uint(buf, x.end_column as u64);
    buf.extend_from_slice(b",\"suggestions\":");
    suggestions(buf, &x.suggestions);
    if !x.also.is_empty() {
        buf.extend_from_slice(b",\"also\":[");
        for (i, rule) in x.also.iter().enumerate() {
            if i > 0 {
                buf.push(b',');
            }
            str(buf, rule);
        }
        buf.push(b']');
    }
    buf.extend_from_slice(b",\"fixable\":");
    boolean(buf, x.fixable);
}

/// Append a diagnostic as its own object (as `serde_json` writes a [`Diag`]).
pub fn diag(buf: &mut Vec<u8>, x: &Diag) {
    buf.push(b'{');
    diag_fields(buf, x);
    buf.push(b'}');
}

/// Append `"path":..` and the optional `"record"` and `"label"` (no braces).
fn place(buf: &mut Vec<u8>, d: &DraftResult) {
    buf.extend_from_slice(b"\"path\":");
    str(buf, &d.path);
    if let Some(r) = &d.record {
        buf.extend_from_slice(b",\"record\":");
        str(buf, r);
    }
    if let Some(l) = &d.label {
        buf.extend_from_slice(b",\"label\":");
        str(buf, l);
    }
}

/// Append finding `x` of draft `d` (as `serde_json` writes a [`super::FindingJson`]).
#[cfg(test)]
pub fn finding(buf: &mut Vec<u8>, d: &DraftResult, x: &Diag) {
    finding_after(buf, &finding_head(d), x);
}

/// What a finding's JSON object starts with, before its own fields: the same for every finding
/// of draft `d`.
pub fn finding_head(d: &DraftResult) -> Vec<u8> {
    let mut head = vec![b'{'];
    place(&mut head, d);
    head.push(b',');
    head
}

/// Append finding `x` of a draft, given the draft's [`finding_head`] (as `serde_json` writes a
/// `FindingJson`).
pub fn finding_after(buf: &mut Vec<u8>, head: &[u8], x: &Diag) {
    buf.extend_from_slice(head);
    diag_fields(buf, x);
    buf.push(b'}');
}

/// Append the summary object of draft `d` (as `serde_json` writes a [`super::DraftJson`]).
pub fn draft(buf: &mut Vec<u8>, d: &DraftResult) {
    buf.push(b'{');
    place(buf, d);
    buf.extend_from_slice(b",\"line\":");
    uint(buf, d.line as u64);
    buf.extend_from_slice(b",\"score\":");
    uint(buf, u64::from(d.score));
    buf.extend_from_slice(b",\"findings\":");
    uint(buf, d.diags.len() as u64);
    buf.extend_from_slice(b",\"failed\":");
    boolean(buf, d.failed);
    if let Some(m) = d.below_min_score {
        buf.extend_from_slice(b",\"below_min_score\":");
        uint(buf, u64::from(m));
    }
    buf.push(b'}');
}

/// Append the record-mode line object of draft `d` (without the newline).
pub fn record_line(buf: &mut Vec<u8>, d: &DraftResult) {
    buf.extend_from_slice(b"{\"record\":");
    match &d.record {
        Some(r) => str(buf, r),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"path\":");
    str(buf, &d.path);
    buf.extend_from_slice(b",\"line\":");
    uint(buf, d.line as u64);
    buf.extend_from_slice(b",\"score\":");
    uint(buf, u64::from(d.score));
    buf.extend_from_slice(b",\"failed\":");
    boolean(buf, d.failed);
    if let Some(m) = d.below_min_score {
        buf.extend_from_slice(b",\"below_min_score\":");
        uint(buf, u64::from(m));
    }
    buf.extend_from_slice(b",\"findings\":[");
    for (i, x) in d.diags.iter().enumerate() {
        if i > 0 {
            buf.push(b',');
        }
        diag(buf, x);
    }
    buf.extend_from_slice(b"]}");
}

#[cfg(test)]
mod tests {
    use super::super::{fixture, DraftJson, FindingJson};
    use super::*;
    use warmly::{Category, Severity};

    #[test]
    fn strings_match_serde_json() {
        let mut all = String::new();
        for c in (0u32..0x80).chain([0xe9, 0x2028, 0x2029, 0xfeff, 0x1f600]) {
            all.push(char::from_u32(c).unwrap());
        }
        let long = format!("{all}{all}x\"y{all}");
        for s in [
            "",
            "plain",
            "exactly8",
            "seven 7",
            "nine 9 ok",
            "sixteen bytes ok",
            "a longer plain sentence of text",
            "0123456\"89abcdef\\",
            "\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}\u{1f}",
            "\u{ff}\u{fe}\u{80}\u{7ff}\u{800}\u{ffff}",
            long.as_str(),
            "\"",
            "\\",
            "a\"b\\c\nd\re\tf\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "caf\u{e9} \u{1f600}",
            all.as_str(),
        ] {
            let mut buf = Vec::new();
            str(&mut buf, s);
            assert_eq!(buf, serde_json::to_vec(s).unwrap(), "{s:?}");
        }
        // Pseudo-random strings mixing plain text, escapes and multi-byte chars.
        let pool: Vec<char> = "ab \"\\\n\t\u{1}\u{1f}\u{7f}\u{e9}\u{2019}\u{1f600}"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..2000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(pool[(seed % pool.len() as u64) as usize]);
            }
            let mut buf = Vec::new();
            str(&mut buf, &s);
            assert_eq!(buf, serde_json::to_vec(&s).unwrap(), "{s:?}");
        }
        for n in (0u64..2000).chain([12345, 99999, 100000, u64::from(u32::MAX), u64::MAX]) {
            let mut buf = Vec::new();
            uint(&mut buf, n);
            assert_eq!(buf, serde_json::to_vec(&n).unwrap());
        }
    }

    #[test]
    fn enums_match_serde_json() {
        for c in Category::ALL {
            assert_eq!(
                format!("\"{}\"", c.as_str()),
                serde_json::to_string(&c).unwrap()
            );
        }
        for s in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(
                format!("\"{}\"", s.as_str()),
                serde_json::to_string(&s).unwrap()
            );
        }
        for a in [Applicability::Safe, Applicability::Unsafe] {
            assert_eq!(
                format!("\"{}\"", applicability(a)),
                serde_json::to_string(&a).unwrap()
            );
        }
    }

    #[test]
    fn objects_match_serde_json() {
        let (mut drafts, _) = fixture::results();
        // Labels, odd paths and records, several or no suggestions, `also`.
        let mut extra = drafts[0].clone();
        extra.path = "we\"ird\\pa\tth".into();
        extra.label = Some("[0].body \u{1}".into());
        extra.record = None;
        extra.below_min_score = Some(3);
        extra.diags[0].suggestions.push(Suggestion {
            text: "a \"b\"".into(),
            applicability: Applicability::Safe,
        });
        extra.diags[1].suggestions.clear();
        // A finding that takes in neighbouring phrases of other rules.
        extra.diags[0].also = vec!["policy_wall/no-exceptions".into(), "a\"b".into()];
        drafts.push(extra);
        for d in &drafts {
            let mut buf = Vec::new();
            draft(&mut buf, d);
            assert_eq!(buf, serde_json::to_vec(&DraftJson::of(d)).unwrap());
            for x in &d.diags {
                let mut buf = Vec::new();
                finding(&mut buf, d, x);
                assert_eq!(buf, serde_json::to_vec(&FindingJson::of(d, x)).unwrap());
                let mut buf = Vec::new();
                diag(&mut buf, x);
                assert_eq!(buf, serde_json::to_vec(x).unwrap());
            }
        }
    }
}
