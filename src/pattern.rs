//! The regular-expression engine the detectors use: `regex` natively (its
//! fast engines make the CLI and benchmarks quick), `regex-lite` in the browser
//! bundle (a fraction of the size). Both take the same syntax and API for the
//! ASCII patterns the detectors use, and `./build.sh test` runs the unit,
//! property and eval tests with each (`--features regex-lite`).

#[cfg(not(any(target_arch = "wasm32", feature = "regex-lite")))]
pub use regex::Regex;
#[cfg(any(target_arch = "wasm32", feature = "regex-lite"))]
pub use regex_lite::Regex;

/// Searches for `pattern` in `text` only near ASCII digits, for patterns whose matches hold a digit and reach at
/// most `reach` bytes from it (phone numbers, postcodes, house numbers) — or whose only useful matches stand
/// within `reach` of one (the words before a date of birth).
///
/// The pattern runs only in windows around the digits, so prose costs one byte scan rather than a pattern
/// scan: `regex-lite`, in the browser, has no literal prefilter of its own, and took over a second on a
/// megabyte of pasted text. Leftmost-first semantics are kept: a match that starts before a window would
/// need a digit before the window's first one.
#[derive(Debug)]
pub struct NearDigits<'p, 't> {
    pattern: &'p Regex,
    text: &'t str,
    reach: usize,
    /// The first and last digit of the cluster the last window covered: searches through one long cluster
    /// (a list of numbers) reuse it instead of measuring the rest of the cluster again each time.
    cluster: Option<(usize, usize)>,
}

impl<'p, 't> NearDigits<'p, 't> {
    /// A search for `pattern` within `reach` bytes of the digits of `text`.
    pub fn new(pattern: &'p Regex, text: &'t str, reach: usize) -> Self {
        NearDigits { pattern, text, reach, cluster: None }
    }

    /// The next match at or after byte `at`, as (start, end). `at` never goes back from one call to the next.
    pub fn find_at(&mut self, mut at: usize) -> Option<(usize, usize)> {
        let (text, reach) = (self.text, self.reach);
        let bytes = text.as_bytes();
        while at < bytes.len() {
            let first = at + bytes[at..].iter().position(u8::is_ascii_digit)?;
            // The window covers a cluster of digits (each within two reaches of the next) and a reach either
            // side. From any digit of a cluster the chain runs to the same last digit.
            let last = match self.cluster {
                Some((cluster_first, cluster_last)) if (cluster_first..=cluster_last).contains(&first) => cluster_last,
                _ => {
                    let mut last = first;
                    while let Some(next) = bytes[last + 1..].iter().take(2 * reach).position(u8::is_ascii_digit) {
                        last += 1 + next;
                    }
                    self.cluster = Some((first, last));
                    last
                }
            };
            let start = crate::text::floor_char_boundary(text, first.saturating_sub(reach).max(at));
            let end = crate::text::ceil_char_boundary(text, (last + 1 + reach).min(bytes.len()));
            if let Some(m) = self.pattern.find_at(&text[..end], start) {
                return Some((m.start(), m.end()));
            }
            at = end;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a whole-text search, and the same through the digit windows.
    type Matches = Vec<(usize, usize)>;

    fn both(pattern: &str, text: &str, reach: usize) -> (Matches, Matches) {
        let re = Regex::new(pattern).unwrap();
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
            let (whole, windowed) = both(pattern, text, reach);
            assert_eq!(whole, windowed, "{pattern} in {text:?}");
        }
    }
}
