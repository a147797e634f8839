//! Full UK postcodes (BS 7666), in any case and with or without the space.
//!
//! An outward code in one of six shapes (A9, A99, A9A, AA9, AA99, AA9A) and an
//! inward code 9AA. The letter rules rule out look-alikes: the first letter is
//! never Q, V or X; the second never I, J or Z; inward letters never C, I, K,
//! M, O or V. Outward codes alone ("RG7") and road names ("M25") are not postcodes.

use crate::pattern::tree::{Node, ALNUM, DIGIT, LETTER, OPTIONAL_SPACE};
use crate::pattern::{NearDigits, Pattern, Reach};
use std::sync::LazyLock;

use super::{Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::{char_at, char_before, Span};

/// How far a candidate reaches from its digits: two letters before the first ("RG7"; four in "GIR 0AA"), two
/// after the last ("6PL"), and at most a letter and a space between two ("1A 1AA").
const CANDIDATE_REACH: Reach = Reach { before: 4, after: 2, gap: 2 };

static CANDIDATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&CANDIDATE_TREE, || r"[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}|[Gg][Ii][Rr] ?0[Aa][Aa]".into())
});

static CANDIDATE_TREE: Node = Node::Alt(&[
    Node::Seq(&[
        Node::Repeat(&LETTER, 1, 2),
        DIGIT,
        Node::Repeat(&ALNUM, 0, 1),
        OPTIONAL_SPACE,
        DIGIT,
        Node::Repeat(&LETTER, 2, 2),
    ]),
    Node::Seq(&[
        Node::Class(&[(b'G', b'G'), (b'g', b'g')]),
        Node::Class(&[(b'I', b'I'), (b'i', b'i')]),
        Node::Class(&[(b'R', b'R'), (b'r', b'r')]),
        OPTIONAL_SPACE,
        Node::Lit("0"),
        Node::Class(&[(b'A', b'A'), (b'a', b'a')]),
        Node::Class(&[(b'A', b'A'), (b'a', b'a')]),
    ]),
]);

/// Finds UK postcodes.
#[derive(Debug, Default)]
pub struct PostcodeDetector;

impl Detector for PostcodeDetector {
    fn name(&self) -> &'static str {
        "postcode"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::Postcode]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        for (span, _) in doc.postcodes() {
            out.push(Candidate::new(Kind::Postcode, *span));
        }
    }
}

/// Every valid postcode in `text`, with its normal form ("RG7 6PL").
pub fn find_all(text: &str) -> Vec<(Span, String)> {
    let mut found = Vec::new();
    if !has_inward_code(text.as_bytes()) {
        return found;
    }
    let mut at = 0;
    let mut candidates = NearDigits::new(&*CANDIDATE, text, CANDIDATE_REACH);
    while let Some((start, end)) = candidates.find_at(at) {
        let clean_start = char_before(text, start).is_none_or(|c| !c.is_alphanumeric());
        let clean_end = char_at(text, end).is_none_or(|c| !c.is_alphanumeric());
        match normalise(&text[start..end]).filter(|_| clean_start && clean_end) {
            Some(normal) => {
                found.push((Span::new(start, end), normal));
                at = end;
            }
            // Try again one character on: "XRG7 6PL" must not hide a later match.
            None => at = start + 1,
        }
    }
    found
}

/// Every postcode ends with an inward code, a digit and two letters: a cheap
/// test that lets most posts skip the pattern search.
fn has_inward_code(b: &[u8]) -> bool {
    b.windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_alphabetic()
            && w[2].is_ascii_alphabetic()
            && b.get(i + 3).is_none_or(|c| !c.is_ascii_alphanumeric())
    })
}

/// The normal form ("RG7 6PL") of a string that is exactly one valid postcode.
pub fn normalise(s: &str) -> Option<String> {
    let compact: String = s.chars().filter(|c| *c != ' ').map(|c| c.to_ascii_uppercase()).collect();
    if compact == "GIR0AA" {
        return Some("GIR 0AA".into());
    }
    if !(5..=7).contains(&compact.len()) || !compact.is_ascii() {
        return None;
    }
    let (outward, inward) = compact.split_at(compact.len() - 3);
    (valid_outward(outward.as_bytes()) && valid_inward(inward.as_bytes())).then(|| format!("{outward} {inward}"))
}

fn first_letter(c: u8) -> bool {
    c.is_ascii_uppercase() && !matches!(c, b'Q' | b'V' | b'X')
}

fn second_letter(c: u8) -> bool {
    c.is_ascii_uppercase() && !matches!(c, b'I' | b'J' | b'Z')
}

fn valid_outward(o: &[u8]) -> bool {
    let digit = |c: u8| c.is_ascii_digit();
    match *o {
        // A9, A99, A9A
        [a, n] => first_letter(a) && digit(n),
        [a, n, x] if digit(n) => first_letter(a) && (digit(x) || b"ABCDEFGHJKPSTUW".contains(&x)),
        // AA9, AA99, AA9A
        [a, b, n] => first_letter(a) && second_letter(b) && digit(n),
        [a, b, n, x] => first_letter(a) && second_letter(b) && digit(n) && (digit(x) || b"ABEHMNPRVWXY".contains(&x)),
        _ => false,
    }
}

fn valid_inward(i: &[u8]) -> bool {
    let letter = |c: u8| c.is_ascii_uppercase() && !matches!(c, b'C' | b'I' | b'K' | b'M' | b'O' | b'V');
    matches!(*i, [n, a, b] if n.is_ascii_digit() && letter(a) && letter(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::tree::testing::{assert_same, texts};

    proptest::proptest! {
        /// The browser's tree finds what the regular expression finds.
        #[test]
        fn the_tree_finds_what_the_regex_finds(text in texts(CANDIDATE.regex().as_str(), &[
            "R", "G", "7", " ", "6", "PL", "SW1A", "1AA", "gir", "GIR", "0AA", "0aa", "a", "1", "12", "é", "x",
        ])) {
            assert_same(CANDIDATE.tree(), CANDIDATE.regex(), &text);
        }
    }

    fn found(text: &str) -> Vec<&str> {
        find_all(text).into_iter().map(|(s, _)| &text[s.start..s.end]).collect()
    }

    #[test]
    fn accepts_all_six_shapes_any_case_with_or_without_space() {
        for pc in [
            "M1 1AE", "B33 8TH", "W1A 0AX", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "GU247SF", "rg7 6pl", "NW1V 8RF",
            "GIR 0AA",
        ] {
            let text = format!("We're at {pc}, come by");
            assert_eq!(found(&text), [pc], "{text}");
        }
    }

    #[test]
    fn rejects_impossible_and_partial_codes() {
        for t in [
            "QV1 1CI",
            "ZZ9 9ZZ",
            "KV7 2CM",
            "RG7",
            "the M25 was shut",
            "A1 road",
            "AB12 3CDE",
            "XRG7 6PL",
            "RG7 6PLX",
            "B33 8IK",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }

    #[test]
    fn normal_form_is_upper_case_with_one_space() {
        assert_eq!(normalise("rg76pl").as_deref(), Some("RG7 6PL"));
        assert_eq!(normalise("RG7 6PL!"), None);
    }
}
