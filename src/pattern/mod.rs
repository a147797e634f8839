//! The detectors' patterns: each a regular expression, run by `regex` natively
//! (its fast engines make the CLI and benchmarks quick) and as a tree of nodes
//! in the browser bundle ([`tree`]: no regex engine in the bundle). Each tree
//! is tested against its regular expression, and `./build.sh test` runs the
//! unit, property and eval tests both ways (`--features browser-patterns`).

// Natively the trees run only in the tests (and with `--features browser-patterns`).
#[cfg_attr(not(browser_patterns), allow(dead_code))]
pub mod tree;

use tree::Node;

/// A detector's pattern: its tree, and natively (and in the tests) its regular expression, which runs there.
#[derive(Debug)]
pub struct Pattern {
    #[cfg_attr(not(browser_patterns), allow(dead_code))]
    tree: &'static Node,
    #[cfg(browser_patterns)]
    starts: tree::Starts,
    #[cfg(any(test, not(browser_patterns)))]
    regex: regex::Regex,
}

/// One match of a [`Pattern`]: bytes `start..end` of the text searched.
#[derive(Debug, Clone, Copy)]
pub struct Match<'t> {
    haystack: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    #[cfg(test)]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    pub fn as_str(&self) -> &'t str {
        &self.haystack[self.start..self.end]
    }
}

impl Pattern {
    /// The pattern `tree`, which stands for the regular expression `source` makes (only natively and in tests:
    /// the browser bundle carries no regular expressions).
    #[cfg_attr(browser_patterns, allow(unused_variables))]
    pub fn new(tree: &'static Node, source: impl FnOnce() -> String) -> Pattern {
        Pattern {
            tree,
            #[cfg(browser_patterns)]
            starts: tree.starts(),
            #[cfg(any(test, not(browser_patterns)))]
            regex: regex::Regex::new(&source()).expect("the pattern's regular expression compiles"),
        }
    }

    /// The leftmost-first match starting at or after byte `at` (`^` and `$` still mean the ends of `haystack`).
    pub fn find_at<'t>(&self, haystack: &'t str, at: usize) -> Option<Match<'t>> {
        #[cfg(browser_patterns)]
        let found = self.tree.find_at_from(haystack, at, &self.starts);
        #[cfg(not(browser_patterns))]
        let found = self.regex.find_at(haystack, at).map(|m| (m.start(), m.end()));
        found.map(|(start, end)| Match { haystack, start, end })
    }

    pub fn find<'t>(&self, haystack: &'t str) -> Option<Match<'t>> {
        self.find_at(haystack, 0)
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        self.find(haystack).is_some()
    }

    /// Every match, each search starting where the last match ended (no pattern here matches empty text).
    pub fn find_iter<'p, 't>(&'p self, haystack: &'t str) -> impl Iterator<Item = Match<'t>> + 'p
    where
        't: 'p,
    {
        let mut at = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(haystack, at)?;
            at = next_search(haystack, m.start, m.end);
            Some(m)
        })
    }

    /// The regular expression the pattern stands for (tests compare the tree with it).
    #[cfg(test)]
    pub fn regex(&self) -> &regex::Regex {
        &self.regex
    }

    /// The tree (tests compare it with the regular expression).
    #[cfg(test)]
    pub fn tree(&self) -> &'static Node {
        self.tree
    }
}

/// Where the search after a match at `start..end` begins (as `regex`'s `find_iter` does it): its end, or past
/// the next character when the match is empty.
fn next_search(haystack: &str, start: usize, end: usize) -> usize {
    if end > start {
        end
    } else {
        end + haystack[end..].chars().next().map_or(1, char::len_utf8)
    }
}

/// Searches for `pattern` in `text` only near ASCII digits, for patterns whose matches hold a digit and stay
/// within a [`Reach`] of their digits (phone numbers, postcodes, house numbers) — or whose only useful matches
/// stand within one of a digit (the words before a date of birth).
///
/// The pattern runs only in windows around the digits, so prose costs one byte scan rather than a pattern
/// scan (the browser's `regex-lite`, before the trees, took over a second on a megabyte of pasted text).
/// Leftmost-first semantics are kept: the digits of one match are never further apart than the reach's gap, so
/// they fall in one window, which runs from the reach before its first digit to the reach after its last; a
/// match that starts before a window would need a digit before the window's first.
#[derive(Debug)]
pub struct NearDigits<'p, 't, S: Search + ?Sized = Pattern> {
    pattern: &'p S,
    text: &'t str,
    reach: Reach,
    /// The first and last digit of the cluster the last window covered: searches through one long cluster
    /// (a list of numbers) reuse it instead of measuring the rest of the cluster again each time.
    cluster: Option<(usize, usize)>,
}

/// How far a pattern's matches stand from their digits, in bytes.
#[derive(Debug, Clone, Copy)]
pub struct Reach {
    /// The most bytes a match starts before its first digit.
    pub before: usize,
    /// The most bytes a match ends after its last digit.
    pub after: usize,
    /// The most bytes between two digits of one match.
    pub gap: usize,
}

impl Reach {
    /// `bytes` either side of the digits, and digits up to twice that apart.
    pub const fn around(bytes: usize) -> Reach {
        Reach { before: bytes, after: bytes, gap: 2 * bytes }
    }
}

/// What [`NearDigits`] runs in its windows: the leftmost-first match in `haystack` starting at or after `at`.
pub trait Search {
    /// The match, as (start, end) byte offsets of `haystack`.
    fn find_at(&self, haystack: &str, at: usize) -> Option<(usize, usize)>;
}

impl Search for Pattern {
    fn find_at(&self, haystack: &str, at: usize) -> Option<(usize, usize)> {
        Pattern::find_at(self, haystack, at).map(|m| (m.start(), m.end()))
    }
}

#[cfg(test)]
impl Search for regex::Regex {
    fn find_at(&self, haystack: &str, at: usize) -> Option<(usize, usize)> {
        regex::Regex::find_at(self, haystack, at).map(|m| (m.start(), m.end()))
    }
}

impl<'p, 't, S: Search + ?Sized> NearDigits<'p, 't, S> {
    /// A search for `pattern` within `reach` of the digits of `text`.
    pub fn new(pattern: &'p S, text: &'t str, reach: Reach) -> Self {
        NearDigits { pattern, text, reach, cluster: None }
    }

    /// The next match at or after byte `at`, as (start, end). `at` never goes back from one call to the next.
    pub fn find_at(&mut self, mut at: usize) -> Option<(usize, usize)> {
        let (text, reach) = (self.text, self.reach);
        let bytes = text.as_bytes();
        while at < bytes.len() {
            let first = at + position_of_digit(&bytes[at..])?;
            // The window covers a cluster of digits (each within the gap of the next) and the reach either
            // side. From any digit of a cluster the chain runs to the same last digit.
            let last = match self.cluster {
                Some((cluster_first, cluster_last)) if (cluster_first..=cluster_last).contains(&first) => cluster_last,
                _ => {
                    let mut last = first;
                    // Any digit the window reaches joins its cluster: a match around it must be searched whole,
                    // not cut off at this window's end.
                    let chain = reach.gap.max(reach.before).max(reach.after);
                    while let Some(next) = position_of_digit(&bytes[last + 1..(last + 2 + chain).min(bytes.len())]) {
                        last += 1 + next;
                    }
                    self.cluster = Some((first, last));
                    last
                }
            };
            let start = crate::text::floor_char_boundary(text, first.saturating_sub(reach.before).max(at));
            let end = crate::text::ceil_char_boundary(text, (last + 1 + reach.after).min(bytes.len()));
            if let Some(found) = self.pattern.find_at(&text[..end], start) {
                return Some(found);
            }
            at = end;
        }
        None
    }
}

/// Where the first ASCII digit of `bytes` is. Every check scans the text for digits several times (phone
/// numbers, postcodes, addresses, dates), so it reads eight bytes at a step: a byte is a digit when, XORed
/// with `0x30`, it is below 10, and "some byte below 10" is one subtraction and mask for all eight.
fn position_of_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ (0x30 * ONES);
        if x.wrapping_sub(10 * ONES) & !x & (0x80 * ONES) != 0 {
            return chunk.iter().position(u8::is_ascii_digit).map(|i| base + i);
        }
        base += 8;
    }
    chunks.remainder().iter().position(u8::is_ascii_digit).map(|i| base + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a whole-text search, and the same through the digit windows.
    type Matches = Vec<(usize, usize)>;

    fn both(pattern: &str, text: &str, reach: Reach) -> (Matches, Matches) {
        let re = regex::Regex::new(pattern).unwrap();
        let whole = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
        let mut windowed = Vec::new();
        let mut near_digits = NearDigits::new(&re, text, reach);
        let mut at = 0;
        while let Some((s, e)) = near_digits.find_at(at) {
            windowed.push((s, e));
            at = e.max(s + 1);
        }
        (whole, windowed)
    }

    #[test]
    fn digits_are_found_eight_bytes_at_a_time_as_one_at_a_time() {
        let texts = ["", "7", "abc", "abcdefgh9", "£3.50 and 07700", "/:;<=>?@ 0 9 \u{ff10}", "éééééééé1ùùù"];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = bytes[from..].iter().position(u8::is_ascii_digit);
                assert_eq!(position_of_digit(&bytes[from..]), expected, "{text:?} from {from}");
            }
        }
        // Every byte value, at every place in a chunk.
        for byte in 0..=255u8 {
            for place in 0..16 {
                let mut bytes = [b'x'; 16];
                bytes[place] = byte;
                let expected = bytes.iter().position(u8::is_ascii_digit);
                assert_eq!(position_of_digit(&bytes), expected, "{byte:#x} at {place}");
            }
        }
    }

    #[test]
    fn windows_find_what_a_whole_scan_finds() {
        let cases = [
            (r"0[0-9 ]{0,12}[0-9]", "call 07700 900123 or 0118 496 0000, not 12", 16),
            (r"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", "RG7 6PL and SW1A 1AA 🎉 and XX", 8),
            (r"[0-9]{1,4} [A-Z][a-z]+ (?:Lane|Road)", "at 12 Mill Lane; 3 Long Road … 7 no", 40),
            (r"[0-9]+", "", 4),
            (r"[0-9]+", "no digits at all, only words and é accents", 4),
            (r"[0-9]+", "1 2 3 ……… 45 ………………………………………… 6789", 2),
            // Long clusters of digits, searched a match at a time.
            (r"[0-9]{2}", "1 22 333 4444 55555 666666 7 88 999 0 1 23 456 7890 12 3 45", 3),
            (r"9 [0-9]", "1 22 333 4444 55555 666666 7 88 999 0 1 23 456 7890 12 3 45 9 9 9", 3),
        ];
        for (pattern, text, reach) in cases {
            let (whole, windowed) = both(pattern, text, Reach::around(reach));
            assert_eq!(whole, windowed, "{pattern} in {text:?}");
        }
    }

    /// Reaches that differ before and after the digits (a match that starts with its digits, or ends with them),
    /// on the texts where they are tightest: the pattern's longest run of separators, its furthest first digit.
    #[test]
    fn one_sided_reaches_find_what_a_whole_scan_finds() {
        let phone = (r"(?:\+ ?44|0044|\(0|0)[0-9() .\-]{0,24}[0-9]", Reach { before: 2, after: 0, gap: 24 });
        let postcode = (
            r"[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}|[Gg][Ii][Rr] ?0[Aa][Aa]",
            Reach { before: 4, after: 2, gap: 2 },
        );
        let address =
            (r"[0-9]{1,4}[A-Za-z]? +(?:[A-Z][a-z]+ +){1,3}(?:Lane|Road)", Reach { before: 0, after: 60, gap: 0 });
        let cases = [
            (phone, "ring + 44 7700 900123 or (0118) 496 0000 or 0 . - ( ) . - ( ) . - ( ) . - ( ) . - ( ) . 1 ok"),
            (phone, "x 0------------------------1 y 0-------------------------1 £3.50 07700"),
            (postcode, "GIR 0AA, gir0aa, RG7 6PL, SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, 7A 6, XRG7 6PL 123"),
            (address, "at 12 Mill Lane; 3b Long Old Stone Road … 7 no, 1234 A B C D Road, 99 Upper Lane"),
            // A number whose window reaches into the next address's words.
            (
                address,
                "at 10 the ivy off the shed for the flowers, mine came christmas cards: 27b Orchard Lane, Larkfield",
            ),
            (postcode, "LS6 4BA; B4 7DA 9 x BS31 2QE 1 2 3 4 5 6 7 M1 1AE"),
        ];
        for ((pattern, reach), text) in cases {
            let (whole, windowed) = both(pattern, text, reach);
            assert_eq!(whole, windowed, "{pattern} in {text:?}");
        }
    }
}
