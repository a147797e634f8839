//! Text normalisation shared by every detector.
//!
//! People type names without accents ("Zoe" for "Zoë"), with either apostrophe
//! (O'Neill / O’Neill), in any case and with stray spaces. Detectors that match
//! roster names and school identifiers therefore work on a *folded* copy of the
//! text, and map every match back to exact offsets in the original.
//!
//! Folding rules (applied identically to the text and to the patterns):
//! - letters are lower-cased and stripped of diacritics (`Ł` → `l`, `ß` → `ss`);
//! - typographic apostrophes and hyphens become `'` and `-`;
//! - runs of horizontal whitespace become one space; line breaks stay line
//!   breaks, so the last word of one line never joins the first of the next.

mod fold_table {
    include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));
}

/// A byte range `[start, end)` in a Rust string.
///
/// The core works in UTF-8 byte offsets; [`Utf16Index`] converts them once, at
/// the boundary to JavaScript and the JSON output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span; `start <= end` is the caller's promise.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Whether two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A folded copy of a text with a map back to the original byte offsets.
#[derive(Debug, Clone)]
pub struct FoldedText<'t> {
    original: &'t str,
    folded: String,
    /// Where the folded text stops being a byte-for-byte copy of the original
    /// or starts again, in folded order (see [`Segment`]).
    segments: Vec<Segment>,
}

/// A stretch of folded text and where it came from. Plain ASCII maps byte for
/// byte (a linear segment); the folded form of one non-ASCII character maps,
/// every byte of it, to that character (a collapsed segment).
#[derive(Debug, Clone, Copy)]
struct Segment {
    folded: u32,
    original: u32,
    linear: bool,
}

impl<'t> FoldedText<'t> {
    /// Folds `original` (see the module docs for the rules).
    pub fn new(original: &'t str) -> Self {
        let bytes = original.as_bytes();
        let mut folded: Vec<u8> = Vec::with_capacity(original.len());
        let mut segments = Vec::with_capacity(8);
        segments.push(Segment { folded: 0, original: 0, linear: true });
        let mut i = 0;
        while i < bytes.len() {
            // Plain ASCII (most of any post) is copied in bulk, up to the next
            // non-ASCII character, tab or second space.
            let mut j = i;
            let mut after_space = folded.last() == Some(&b' ');
            while j < bytes.len() {
                let b = bytes[j];
                if !b.is_ascii() || b == b'\t' || (b == b' ' && after_space) {
                    break;
                }
                after_space = b == b' ';
                j += 1;
            }
            let run = j - i;
            if run > 0 {
                if !segments
                    .last()
                    .is_some_and(|s| s.linear && (i - s.original as usize) == folded.len() - s.folded as usize)
                {
                    segments.push(Segment { folded: folded.len() as u32, original: i as u32, linear: true });
                }
                let from = folded.len();
                folded.extend_from_slice(&bytes[i..i + run]);
                folded[from..].make_ascii_lowercase();
                i += run;
                continue;
            }
            let c = original[i..].chars().next().expect("i is a char boundary");
            if is_horizontal_space(c) {
                if folded.last() != Some(&b' ') {
                    segments.push(Segment { folded: folded.len() as u32, original: i as u32, linear: false });
                    folded.push(b' ');
                }
            } else {
                segments.push(Segment { folded: folded.len() as u32, original: i as u32, linear: false });
                fold_char(c, |f| {
                    let mut buf = [0; 4];
                    folded.extend_from_slice(f.encode_utf8(&mut buf).as_bytes());
                });
            }
            i += c.len_utf8();
        }
        let folded = String::from_utf8(folded).expect("folding emits whole characters");
        FoldedText { original, folded, segments }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The original byte offset where the character behind folded byte `at` starts.
    fn source_of(&self, at: usize) -> usize {
        if at >= self.folded.len() {
            return self.original.len();
        }
        let k = self.segments.partition_point(|s| s.folded as usize <= at) - 1;
        let s = self.segments[k];
        if s.linear {
            s.original as usize + (at - s.folded as usize)
        } else {
            s.original as usize
        }
    }

    /// Maps a span of the folded text back to the original text.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.source_of(span.start);
        if span.is_empty() {
            return Span::new(start, start);
        }
        let last = self.source_of(span.end - 1);
        let end = last + self.original[last..].chars().next().map_or(0, char::len_utf8);
        Span::new(start, end)
    }
}

/// Folds one pattern (a name, an alias) exactly as [`FoldedText`] folds text.
pub fn fold(s: &str) -> String {
    FoldedText::new(s.trim()).folded
}

/// Spaces that separate words on one line (not line breaks).
pub fn is_horizontal_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}')
}

/// Emits the folded form of one character.
fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '`' => emit('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => emit('-'),
        _ => {
            for lower in c.to_lowercase() {
                fold_lower(lower, &mut emit);
            }
        }
    }
}

fn fold_lower(c: char, emit: &mut impl FnMut(char)) {
    // Letters that Unicode does not decompose into base + accent.
    let special: Option<&str> = match c {
        'ł' => Some("l"),
        'ø' => Some("o"),
        'đ' | 'ð' => Some("d"),
        'ħ' => Some("h"),
        'ı' => Some("i"),
        'ŀ' => Some("l"),
        'ß' => Some("ss"),
        'æ' => Some("ae"),
        'œ' => Some("oe"),
        'þ' => Some("th"),
        _ => None,
    };
    if let Some(s) = special {
        s.chars().for_each(emit);
        return;
    }
    if is_combining_mark(c) {
        return; // an accent typed on its own ("Zoe\u{308}")
    }
    match fold_table::STRIPPED.binary_search_by_key(&c, |&(letter, _)| letter) {
        Ok(i) => fold_table::STRIPPED[i].1.chars().for_each(emit),
        Err(_) => emit(c),
    }
}

/// Combining marks (accents typed as separate characters) in the blocks names use.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Converts UTF-8 byte offsets of one text to UTF-16 code units, as
/// JavaScript indexes strings (an emoji outside the BMP counts 2).
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
}

impl<'t> Utf16Index<'t> {
    /// Prepares conversions for `text`.
    pub fn new(text: &'t str) -> Self {
        Utf16Index { text }
    }

    /// UTF-16 offset of byte offset `byte` (which must be a char boundary).
    pub fn offset(&self, byte: usize) -> usize {
        utf16_len(&self.text[..byte])
    }

    /// Converts a byte span to a UTF-16 span.
    pub fn span(&self, span: Span) -> (usize, usize) {
        let start = self.offset(span.start);
        (start, start + utf16_len(&self.text[span.start..span.end]))
    }
}

/// Length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Byte offset in `text` of UTF-16 offset `unit`, or `None` when `unit` falls
/// inside a surrogate pair or past the end.
pub fn byte_offset_of_utf16(text: &str, unit: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units == unit {
            return Some(i);
        }
        units += c.len_utf16();
        if units > unit {
            return None;
        }
    }
    (units == unit).then_some(text.len())
}

/// The largest char boundary of `s` at or before `at` (clamped to the end).
pub fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `s` at or after `at` (clamped to the end).
pub fn ceil_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Whether `c` can be part of a word (letters and digits of any script).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The character before byte offset `at`, if any.
pub fn char_before(s: &str, at: usize) -> Option<char> {
    s[..at].chars().next_back()
}

/// The character at byte offset `at`, if any.
pub fn char_at(s: &str, at: usize) -> Option<char> {
    s[at..].chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(fold("Zoë"), "zoe");
        assert_eq!(fold("Łukasz"), "lukasz");
        assert_eq!(fold("O’Neill"), "o'neill");
        assert_eq!(fold("Şükrü Yılmaz"), "sukru yilmaz");
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("Ó  Briain"), "o briain");
        assert_eq!(fold("Straße"), "strasse");
    }

    #[test]
    fn keeps_line_breaks_apart_from_spaces() {
        assert_eq!(fold("Mary\nClark"), "mary\nclark");
        assert_eq!(fold("Mary \t Clark"), "mary clark");
    }

    #[test]
    fn maps_folded_spans_back_to_the_original() {
        let original = "Hi  Zoë Smith–Jones!";
        let folded = FoldedText::new(original);
        let at = folded.as_str().find("zoe smith-jones").unwrap();
        let span = folded.to_original(Span::new(at, at + "zoe smith-jones".len()));
        assert_eq!(&original[span.start..span.end], "Zoë Smith–Jones");
    }

    #[test]
    fn expanding_letters_map_to_the_whole_source_letter() {
        let original = "Weiß";
        let folded = FoldedText::new(original);
        assert_eq!(folded.as_str(), "weiss");
        let span = folded.to_original(Span::new(3, 5));
        assert_eq!(&original[span.start..span.end], "ß");
    }

    /// The obvious, slow folding: one entry per folded byte, for checking the fast one.
    fn reference_sources(original: &str) -> (String, Vec<usize>) {
        let (mut folded, mut sources) = (String::new(), Vec::new());
        for (i, c) in original.char_indices() {
            if is_horizontal_space(c) {
                if !folded.ends_with(' ') {
                    folded.push(' ');
                    sources.push(i);
                }
                continue;
            }
            fold_char(c, |f| {
                folded.push(f);
                sources.extend(std::iter::repeat_n(i, f.len_utf8()));
            });
        }
        (folded, sources)
    }

    proptest::proptest! {
        #[test]
        fn fast_folding_maps_like_the_obvious_one(original in "(?s)(\\PC|[ \t\u{a0}]|[a-zA-Z ]{1,6}|ß|Ł|É|😀|\u{301}){0,40}") {
            let fast = FoldedText::new(&original);
            let (folded, sources) = reference_sources(&original);
            proptest::prop_assert_eq!(fast.as_str(), folded.as_str());
            for (at, &source) in sources.iter().enumerate() {
                proptest::prop_assert_eq!(fast.source_of(at), source, "folded byte {}", at);
            }
        }
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "😀 Millie";
        let index = Utf16Index::new(text);
        let at = text.find("Millie").unwrap();
        assert_eq!(index.span(Span::new(at, at + 6)), (3, 9));
        assert_eq!(byte_offset_of_utf16(text, 3), Some(at));
        assert_eq!(byte_offset_of_utf16(text, 1), None);
        assert_eq!(byte_offset_of_utf16(text, 9), Some(text.len()));
    }
}
