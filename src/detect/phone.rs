//! UK phone numbers in the forms people write them (Ofcom's numbering plan).
//!
//! A number starts with a trunk `0`, `(0`, `+44` or `0044` (optionally with a
//! `(0)` after the country code), continues with digits separated by spaces,
//! dashes, dots or brackets, and must come to a valid UK length: 11 digits for
//! mobiles (07), geographic (01, 02), non-geographic (03, 05, 08, 09) numbers,
//! 10 for the few short geographic and freephone ones. Prices, times, scores,
//! dates and reference numbers never start that way at a word boundary, or
//! fail the length check.

use crate::pattern::tree::Node;
use crate::pattern::{NearDigits, Pattern, Reach};
use std::sync::LazyLock;

use super::{Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::{char_at, char_before, Span};

/// A run that may hold a phone number: a prefix, then digits and separators. It starts at most two bytes
/// before its first digit ("+ 4"), ends with a digit, and has at most 24 separators between two digits.
const CANDIDATE_REACH: Reach = Reach { before: 2, after: 0, gap: 24 };

static CANDIDATE: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&CANDIDATE_TREE, || r"(?:\+ ?44|0044|\(0|0)[0-9() .\-]{0,24}[0-9]".into()));

static CANDIDATE_TREE: Node = Node::Seq(&[
    Node::Alt(&[
        Node::Seq(&[Node::Lit("+"), Node::Repeat(&Node::Class(&[(b' ', b' ')]), 0, 1), Node::Lit("44")]),
        Node::Lit("0044"),
        Node::Lit("(0"),
        Node::Lit("0"),
    ]),
    Node::Repeat(&Node::Class(&[(b'0', b'9'), (b'(', b')'), (b' ', b' '), (b'.', b'.'), (b'-', b'-')]), 0, 24),
    Node::Class(&[(b'0', b'9')]),
]);

/// The longest run of separators allowed between two digit groups.
const MAX_SEPARATOR_RUN: usize = 3;

/// Finds UK phone numbers.
#[derive(Debug, Default)]
pub struct PhoneDetector;

impl Detector for PhoneDetector {
    fn name(&self) -> &'static str {
        "phone"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::PhoneNumber]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        for (span, _) in doc.phones() {
            out.push(Candidate::new(Kind::PhoneNumber, *span));
        }
    }
}

/// Every UK phone number in `text`, with its national form (`01184960000`).
pub fn find_all(text: &str) -> Vec<(Span, String)> {
    let mut found = Vec::new();
    if !text.bytes().any(|b| b == b'0' || b == b'+') {
        return found;
    }
    let mut at = 0;
    let mut candidates = NearDigits::new(&*CANDIDATE, text, CANDIDATE_REACH);
    while let Some((m_start, m_end)) = candidates.find_at(at) {
        if !starts_cleanly(text, m_start) {
            at = m_end;
            continue;
        }
        // "(07700 900123)": a bracket around the whole number is not part of it.
        let attempt = longest_number(text, m_start, m_end).map(|(end, n)| (m_start, end, n)).or_else(|| {
            let inner = m_start + 1;
            (text[m_start..].starts_with('('))
                .then(|| longest_number(text, inner, m_end))
                .flatten()
                .map(|(end, n)| (inner, end, n))
        });
        match attempt {
            Some((start, end, national)) => {
                found.push((Span::new(start, end), national));
                at = end;
            }
            None => at = m_end,
        }
    }
    found
}

/// The national digits (`07700900123`) of a string that is exactly one UK number.
pub fn national_digits(s: &str) -> Option<String> {
    let m = CANDIDATE.find(s)?;
    if m.start() != 0 || m.end() != s.len() {
        return None;
    }
    national(s)
}

/// A number must not continue a word, an amount, an ID or a decimal.
fn starts_cleanly(text: &str, start: usize) -> bool {
    match char_before(text, start) {
        None => true,
        Some(c) => !(c.is_alphanumeric() || "£$€#@/=.,+-_&%".contains(c)),
    }
}

/// The longest prefix of `text[start..end]` that ends a digit group where the
/// text does not go on with more of the same number, and is a valid UK number.
fn longest_number(text: &str, start: usize, end: usize) -> Option<(usize, String)> {
    let run = &text[start..end];
    let cuts: Vec<usize> = run
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !run[i + 1..].starts_with(|d: char| d.is_ascii_digit()))
        .map(|(i, _)| start + i + 1)
        .collect();
    cuts.into_iter().rev().find_map(|cut| {
        let candidate = &text[start..cut];
        (ends_cleanly(text, cut) && separators_are_plausible(candidate))
            .then(|| national(candidate))
            .flatten()
            .map(|n| (cut, n))
    })
}

/// The number ends here unless a letter, a digit or a tight separator and digit follow.
fn ends_cleanly(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    match char_at(text, end) {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '%' => false,
        Some('-' | '.' | '/' | ':' | ',') => !rest[1..].starts_with(|d: char| d.is_ascii_digit()),
        Some(_) => true,
    }
}

/// People group digits with single separators; long runs of punctuation mean a list, not a number.
fn separators_are_plausible(candidate: &str) -> bool {
    let mut run = 0;
    for c in candidate.chars() {
        if c.is_ascii_digit() {
            run = 0;
        } else {
            run += 1;
            if run > MAX_SEPARATOR_RUN {
                return false;
            }
        }
    }
    let opens = candidate.matches('(').count();
    opens == candidate.matches(')').count() && opens <= 2
}

/// The national form of a written number, if it is a valid UK number.
fn national(written: &str) -> Option<String> {
    let compact: String = written.chars().filter(|c| !matches!(c, ' ' | '-' | '.')).collect();
    let international = compact.strip_prefix("+44").or_else(|| compact.strip_prefix("0044"));
    let rest = match international {
        Some(rest) => rest.strip_prefix("(0)").or_else(|| rest.strip_prefix('0')).unwrap_or(rest),
        None => compact.strip_prefix('0').or_else(|| compact.strip_prefix("(0"))?,
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if rest.chars().any(|c| !(c.is_ascii_digit() || c == '(' || c == ')')) {
        return None;
    }
    let national = format!("0{digits}");
    is_valid_national(&national).then_some(national)
}

/// Ofcom's plan: which national numbers exist, by prefix and length.
fn is_valid_national(n: &str) -> bool {
    let b = n.as_bytes();
    if b.len() < 10 || b[0] != b'0' {
        return false;
    }
    match (b[1], b.len()) {
        (b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9', 11) => true,
        // A few geographic areas (016977) and freephone 0800 have 9 digits after the 0.
        (b'1', 10) => true,
        (b'8', 10) => n.starts_with("0800"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::tree::testing::{assert_same, texts};

    proptest::proptest! {
        /// The browser's tree finds what the regular expression finds.
        #[test]
        fn the_tree_finds_what_the_regex_finds(text in texts(CANDIDATE.regex().as_str(), &[
            "0", "07700", " ", "900", "1", "+", "+ ", "44", "0044", "(", ")", "(0", ".", "-", "x", "é", "  ", "9",
        ])) {
            assert_same(CANDIDATE.tree(), CANDIDATE.regex(), &text);
        }
    }

    fn found(text: &str) -> Vec<&str> {
        find_all(text).into_iter().map(|(s, _)| &text[s.start..s.end]).collect()
    }

    const NUMBERS: &[&str] = &[
        "07700 900123",
        "07700900123",
        "07700-900-217",
        "07700 900 228",
        "+44 7700 900123",
        "+447700900317",
        "+44 (0)7700 900123",
        "+44 (0)113 496 0596",
        "+44 113 496 0596",
        "0044 7700 900656",
        "(0118) 496 0123",
        "0118-496-0123",
        "0118.496.0123",
        "0118 496 0000",
        "020 7946 0018",
        "(020) 7946 0018",
        "01632 960123",
        "0300 123 4567",
        "0800 123 4567",
        "0800 123456",
        "016977 3456",
    ];

    const NOT_NUMBERS: &[&str] = &[
        "£45 each",
        "£38.99",
        "doors open at 10:45",
        "won 5-3",
        "in 2026",
        "Order 203-4761457-6898026",
        "booking ref 89587533182",
        "tracking number 6649270655500",
        "GB224068475",
        "ISBN 978-0-19-840821-4",
        "born 05.08.2013",
        "16/02/14",
        "Order #028129",
        "0118 496",
        "07700 9001234 5",
        "0118-496-0123-5",
        "04 1234 5678 90",
        "0012 345 6789",
        "https://x.org/?id=07700900123",
    ];

    #[test]
    fn finds_every_common_written_form() {
        for n in NUMBERS {
            let text = format!("Ring me on {n} tonight");
            assert_eq!(found(&text), [*n], "{text}");
        }
    }

    #[test]
    fn ignores_prices_times_scores_and_references() {
        for t in NOT_NUMBERS {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn stops_at_the_end_of_the_number() {
        assert_eq!(found("Text 07700 900123 2 times."), ["07700 900123"]);
        assert_eq!(found("07700 900123 07700 900456"), ["07700 900123", "07700 900456"]);
        assert_eq!(found("call 07700900123."), ["07700900123"]);
        assert_eq!(found("(07700 900123)"), ["07700 900123"]);
    }

    #[test]
    fn national_form_ignores_formatting() {
        assert_eq!(national_digits("+44 (0)118 496 0000").as_deref(), Some("01184960000"));
        assert_eq!(national_digits("0118-496-0000").as_deref(), Some("01184960000"));
        assert_eq!(national_digits("not a number"), None);
    }
}
