//! Offset maps from an extracted text back to the bytes it came from, and line/column lookup.
//!
//! Every input format hands the linter a *text* (the visible words of an HTML file, the decoded
//! value of a JSON string, ...) and keeps an [`OffsetMap`] from that text back to the source, so
//! findings can be reported at, and fixes written to, the right bytes of the file.

/// One run of the extracted text and the source bytes it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Start of the run in the extracted text.
    text_start: usize,
    /// Start of the run in the source.
    src_start: usize,
    /// Length of the run in the text.
    text_len: usize,
    /// Length of the source bytes it stands for.
    src_len: usize,
    /// Text and source are byte-for-byte the same (so inner offsets map linearly).
    verbatim: bool,
}

/// A map from byte offsets in an extracted text to byte offsets in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OffsetMap {
    /// The text is the source from byte `0` on, shifted by a constant (a skipped BOM).
    Shift(usize),
    /// The text was assembled from verbatim runs and decoded units (entities, escapes).
    Pieces(Vec<Piece>),
}

impl Default for OffsetMap {
    fn default() -> Self {
        OffsetMap::Shift(0)
    }
}

impl OffsetMap {
    /// The piece that holds text byte `t` (the last piece starting at or before it).
    fn piece_at(pieces: &[Piece], t: usize) -> Option<&Piece> {
        let i = pieces.partition_point(|p| p.text_start <= t);
        if i == 0 {
            pieces.first()
        } else {
            Some(&pieces[i - 1])
        }
    }

    /// Source offset of text offset `t` used as the start of a span.
    pub fn start(&self, t: usize) -> usize {
        match self {
            OffsetMap::Shift(s) => t + s,
            OffsetMap::Pieces(pieces) => match Self::piece_at(pieces, t) {
                None => 0,
                Some(p) if p.verbatim => p.src_start + (t - p.text_start).min(p.text_len),
                Some(p) if t == p.text_start => p.src_start,
                Some(p) => p.src_start + p.src_len,
            },
        }
    }

    /// Source offset of text offset `t` used as the (exclusive) end of a span.
    pub fn end(&self, t: usize) -> usize {
        match self {
            OffsetMap::Shift(s) => t + s,
            OffsetMap::Pieces(pieces) => {
                if t == 0 {
                    return self.start(0);
                }
                match Self::piece_at(pieces, t - 1) {
                    None => 0,
                    Some(p) if p.verbatim => p.src_start + (t - p.text_start).min(p.text_len),
                    Some(p) => p.src_start + p.src_len,
                }
            }
        }
    }

    /// Is the text span `start..end` one contiguous run of the source (nothing skipped inside)?
    pub fn contiguous(&self, start: usize, end: usize) -> bool {
        match self {
            OffsetMap::Shift(_) => true,
            OffsetMap::Pieces(pieces) => {
                if start >= end {
                    return true;
                }
                let first = pieces.partition_point(|p| p.text_start + p.text_len <= start);
                let mut expected = None;
                for p in &pieces[first..] {
                    if p.text_start >= end {
                        break;
                    }
                    if p.text_len == 0 {
                        // A skipped region (a tag) inside the span.
                        if p.text_start > start && p.src_len > 0 {
                            return false;
                        }
                        continue;
                    }
                    if let Some(e) = expected {
                        if p.src_start != e {
                            return false;
                        }
                    }
                    expected = Some(p.src_start + p.src_len);
                }
                true
            }
        }
    }
}

/// Builds an extracted text and its [`OffsetMap`] together.
#[derive(Debug, Default)]
pub struct MapBuilder {
    text: String,
    pieces: Vec<Piece>,
}

impl MapBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty builder with room for `text` bytes of text in `pieces` pieces.
    pub fn with_capacity(text: usize, pieces: usize) -> Self {
        MapBuilder {
            text: String::with_capacity(text),
            pieces: Vec::with_capacity(pieces),
        }
    }

    /// Append `s`, which is exactly the source bytes at `src..src + s.len()`.
    pub fn verbatim(&mut self, src: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim
                && last.src_start + last.src_len == src
                && last.text_start + last.text_len == self.text.len()
            {
                last.text_len += s.len();
                last.src_len += s.len();
                self.text.push_str(s);
                return;
            }
        }
        self.pieces.push(Piece {
            text_start: self.text.len(),
            src_start: src,
            text_len: s.len(),
            src_len: s.len(),
            verbatim: true,
        });
        self.text.push_str(s);
    }

    /// Append `s`, decoded from the source bytes `src..src + src_len` (an entity, an escape).
    /// An empty `s` records a skipped region (a tag), which breaks contiguity.
    pub fn decoded(&mut self, src: usize, src_len: usize, s: &str) {
        self.pieces.push(Piece {
            text_start: self.text.len(),
            src_start: src,
            text_len: s.len(),
            src_len,
            verbatim: false,
        });
        self.text.push_str(s);
    }

    /// Finish: the text and its map.
    pub fn finish(self) -> (String, OffsetMap) {
        (self.text, OffsetMap::Pieces(self.pieces))
    }
}

/// Line starts of a text, for 1-based line and char-column lookup.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Index the lines of `text` (a line ends after `\n`).
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        for_each_newline(text.as_bytes(), |i| starts.push(i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based column (in chars) of byte `offset` in `text`.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        self.position_near(text, offset, &mut LineHint::default())
    }

    /// [`LineIndex::position`], trying first the line of `hint` and the one after it, and
    /// counting chars on from (or back to) the hint's offset on the same line; leaves the found
    /// place in `hint`. Cheap for offsets looked up in text order, even on a very long line.
    pub fn position_near(&self, text: &str, offset: usize, hint: &mut LineHint) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        // `line` is the number of line starts at or before `offset` (they increase strictly).
        let holds = |i: usize| {
            self.starts.get(i).is_some_and(|&s| s <= offset)
                && self.starts.get(i + 1).is_none_or(|&n| offset < n)
        };
        let line = if holds(hint.line) {
            hint.line + 1
        } else if holds(hint.line + 1) {
            hint.line + 2
        } else {
            self.starts.partition_point(|&s| s <= offset)
        };
        let start = self.starts[line - 1];
        let same_line = hint.line == line - 1 && hint.at >= start && hint.at <= text.len();
        let chars = if same_line && hint.at <= offset {
            hint.chars + text[hint.at..offset].chars().count()
        } else if same_line && offset - start > hint.at - offset {
            hint.chars - text[offset..hint.at].chars().count()
        } else {
            text[start..offset].chars().count()
        };
        *hint = LineHint {
            line: line - 1,
            at: offset,
            chars,
        };
        (line, chars + 1)
    }

    /// Byte range of 1-based `line` without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && (bytes[end - 1] == b'\n' || bytes[end - 1] == b'\r') {
            end -= 1;
        }
        (start, end)
    }
}

/// Where the last [`LineIndex::position_near`] lookup landed: its 0-based line, its byte
/// offset (a char boundary) and the chars between the line's start and it.
#[derive(Debug, Default, Clone, Copy)]
pub struct LineHint {
    line: usize,
    at: usize,
    chars: usize,
}

/// Call `f` with the offset of every `\n` in `hay`, in order; eight bytes at a time.
fn for_each_newline(hay: &[u8], mut f: impl FnMut(usize)) {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const NL: u64 = 0x0a0a_0a0a_0a0a_0a0a;
    let mut i = 0;
    while let Some(chunk) = hay.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ NL;
        // The high bit of each byte that is zero in `w` (exact, no borrow between bytes).
        let mut zeros = !(((w & LOW7) + LOW7) | w | LOW7);
        while zeros != 0 {
            f(i + zeros.trailing_zeros() as usize / 8);
            zeros &= zeros - 1;
        }
        i += 8;
    }
    for (j, &b) in hay[i..].iter().enumerate() {
        if b == b'\n' {
            f(i + j);
        }
    }
}

/// 1-based char columns of byte offsets in one line, counted on from the last offset asked
/// for when the offsets come in increasing order.
#[derive(Debug)]
pub struct CharColumns<'a> {
    line: &'a str,
    /// A char boundary of `line` and the number of chars before it.
    at: usize,
    chars: usize,
}

impl<'a> CharColumns<'a> {
    /// Columns in `line`.
    pub fn new(line: &'a str) -> Self {
        CharColumns {
            line,
            at: 0,
            chars: 0,
        }
    }

    /// The 1-based char column of byte `offset` (clamped to the line, floored to a char).
    pub fn column(&mut self, offset: usize) -> usize {
        let b = floor_char_boundary(self.line, offset.min(self.line.len()));
        if b < self.at {
            self.at = 0;
            self.chars = 0;
        }
        self.chars += self.line[self.at..b].chars().count();
        self.at = b;
        self.chars + 1
    }
}

/// The largest char boundary at or before `i`.
pub fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_map_adds_the_bom() {
        let m = OffsetMap::Shift(3);
        assert_eq!((m.start(0), m.end(4)), (3, 7));
    }

    #[test]
    fn pieces_map_entities_and_tags() {
        // source: "<b>don&rsquo;t</b> go"
        let src = "<b>don&rsquo;t</b> go";
        let mut b = MapBuilder::new();
        b.decoded(0, 3, "");
        b.verbatim(3, "don");
        b.decoded(6, 7, "\u{2019}");
        b.verbatim(13, "t");
        b.decoded(14, 4, "");
        b.verbatim(18, " go");
        let (text, map) = b.finish();
        assert_eq!(text, "don\u{2019}t go");
        assert_eq!(map.start(0), 3);
        assert_eq!(map.end(7), 14);
        assert_eq!(&src[map.start(0)..map.end(7)], "don&rsquo;t");
        assert!(map.contiguous(0, 7));
        assert!(!map.contiguous(0, text.len()));
        assert_eq!(&src[map.start(8)..map.end(10)], "go");
    }

    #[test]
    fn line_index_finds_every_line() {
        let texts = [
            String::new(),
            "\n".into(),
            "no newline".into(),
            "a\nb\n\n\ncd\r\n\u{e9}\u{1f600}\nlast".into(),
            "x\n".repeat(37),
            "0123456\n01234567\n\n\n\n\n\n\n\n\n\u{a0a}\u{10a0a}".into(),
        ];
        for t in &texts {
            let li = LineIndex::new(t);
            let mut want = vec![0];
            want.extend(
                t.bytes()
                    .enumerate()
                    .filter(|(_, b)| *b == b'\n')
                    .map(|(i, _)| i + 1),
            );
            assert_eq!(li.starts, want, "{t:?}");
            // Every offset, in order, backwards and from a stale hint.
            let mut hint = LineHint::default();
            for o in 0..=t.len() + 2 {
                let p = li.position(t, o);
                assert_eq!(li.position_near(t, o, &mut hint), p);
                let mut far = LineHint {
                    line: li.starts.len() + 3,
                    ..LineHint::default()
                };
                assert_eq!(li.position_near(t, o, &mut far), p);
            }
            for o in (0..=t.len()).rev() {
                let p = li.position(t, o);
                assert_eq!(li.position_near(t, o, &mut hint), p);
            }
        }
    }

    #[test]
    fn char_columns_in_any_order() {
        let line = "ab \u{e9}\u{1f600} c\td \u{2019}end";
        let direct = |o: usize| {
            line[..floor_char_boundary(line, o.min(line.len()))]
                .chars()
                .count()
                + 1
        };
        let mut forward = CharColumns::new(line);
        for o in 0..line.len() + 3 {
            assert_eq!(forward.column(o), direct(o), "{o}");
        }
        let mut mixed = CharColumns::new(line);
        for o in [5, 3, 9, 9, 0, line.len(), 7, 100, 2] {
            assert_eq!(mixed.column(o), direct(o), "{o}");
        }
    }

    #[test]
    fn line_index_counts_chars() {
        let t = "ab\né😀x\r\nz";
        let li = LineIndex::new(t);
        assert_eq!(li.position(t, 0), (1, 1));
        assert_eq!(li.position(t, t.find('x').unwrap()), (2, 3));
        assert_eq!(li.position(t, t.len() - 1), (3, 1));
        assert_eq!(li.line_range(t, 2), (3, t.find('\r').unwrap()));
    }
}
