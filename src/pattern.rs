//! The regular-expression engine the detectors use: `regex` natively (its
//! fast engines make the CLI and benchmarks quick), `regex-lite` in the browser
//! bundle (a fraction of the size). Both take the same syntax and API for the
//! ASCII patterns the detectors use, and `./build.sh test` runs the unit,
//! property and eval tests with each (`--features regex-lite`).

#[cfg(not(any(target_arch = "wasm32", feature = "regex-lite")))]
pub use regex::Regex;
#[cfg(any(target_arch = "wasm32", feature = "regex-lite"))]
pub use regex_lite::Regex;

/// The next match of `pattern` in `text` at or after byte `at`, as (start, end), for patterns whose matches
/// hold an ASCII digit and reach at most `reach` bytes from it (phone numbers, postcodes, house numbers) — or
/// whose only useful matches stand within `reach` of one (the words before a date of birth).
///
/// The pattern runs only in windows around the digits, so prose costs one byte scan rather than a pattern
/// scan: `regex-lite`, in the browser, has no literal prefilter of its own, and took over a second on a
/// megabyte of pasted text. Leftmost-first semantics are kept: a match that starts before a window would
/// need a digit before the window's first one.
pub fn find_near_digits(pattern: &Regex, text: &str, mut at: usize, reach: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let first = at + bytes[at..].iter().position(u8::is_ascii_digit)?;
        // The window covers a cluster of digits (each within two reaches of the next) and a reach either side.
        let mut last = first;
        while let Some(next) = bytes[last + 1..].iter().take(2 * reach).position(u8::is_ascii_digit) {
            last += 1 + next;
        }
        let start = crate::text::floor_char_boundary(text, first.saturating_sub(reach).max(at));
        let end = crate::text::ceil_char_boundary(text, (last + 1 + reach).min(bytes.len()));
        if let Some(m) = pattern.find_at(&text[..end], start) {
            return Some((m.start(), m.end()));
        }
        at = end;
    }
    None
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
        let mut at = 0;
        while let Some((s, e)) = find_near_digits(&re, text, at, reach) {
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
        ];
        for (pattern, text, reach) in cases {
            let (whole, windowed) = both(pattern, text, reach);
            assert_eq!(whole, windowed, "{pattern} in {text:?}");
        }
    }
}
