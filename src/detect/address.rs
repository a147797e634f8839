//! Street addresses: a house number (optionally with a letter, "12a"), a street
//! name and a street type ("Church Lane"), plus ", Town" when the town is
//! written straight after. A street named without a number ("Church Lane is
//! closed") is not an address; the postcode after it is its own finding.

use crate::pattern::tree::{Node, DIGIT, LETTER, LOWER, MANY, SPACE, UPPER};
use crate::pattern::{NearDigits, Pattern, Reach};
use std::sync::LazyLock;

use super::{words, Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::{char_at, char_before, Span};

/// Street types, full and abbreviated, as they end a street name (tried in this order).
const STREET_TYPES: &[&str] = &[
    "Road",
    "Rd",
    "Street",
    "St",
    "Lane",
    "Ln",
    "Avenue",
    "Ave",
    "Av",
    "Close",
    "Cl",
    "Drive",
    "Dr",
    "Way",
    "Crescent",
    "Cres",
    "Gardens",
    "Gdns",
    "Grove",
    "Gr",
    "Court",
    "Ct",
    "Place",
    "Pl",
    "Terrace",
    "Tce",
    "Terr",
    "Mews",
    "Rise",
    "Hill",
    "View",
    "Row",
    "Square",
    "Sq",
    "Walk",
    "Park",
    "Green",
    "Parade",
    "Vale",
    "Wharf",
    "Yard",
    "Croft",
    "End",
    "Gate",
    "Chase",
    "Circus",
    "Boulevard",
    "Approach",
    "Broadway",
    "Crest",
    "Embankment",
    "Quay",
    "Heights",
    "Meadow",
    "Meadows",
    "Fields",
    "Hollow",
    "Mount",
    "Wynd",
    "Lea",
    "Glade",
    "Dell",
    "Path",
    "Orchard",
    "Brow",
    "Grange",
    "Paddock",
    "Bank",
    "Drove",
];

/// How far an address reaches from its house number: it starts with the number's digits (the only digits in
/// it), then up to three words and a street type (120 bytes covers words of 25 letters).
const ADDRESS_REACH: Reach = Reach { before: 0, after: 120, gap: 0 };

static ADDRESS: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&ADDRESS_TREE, || {
        let word = r"[A-Z][A-Za-z'’\-]*\.?";
        let types = STREET_TYPES.join("|");
        format!(r"(?P<number>[0-9]{{1,4}}[A-Za-z]?)[ ]+(?:{word}[ ]+){{1,3}}(?:{types})")
    })
});

/// A capitalised word of a street's name: `[A-Z][A-Za-z'’\-]*\.?`.
const STREET_WORD: Node = Node::Seq(&[
    UPPER,
    Node::Repeat(
        &Node::Alt(&[Node::Class(&[(b'A', b'Z'), (b'a', b'z'), (b'\'', b'\''), (b'-', b'-')]), Node::Lit("’")]),
        0,
        MANY,
    ),
    Node::Repeat(&Node::Class(&[(b'.', b'.')]), 0, 1),
]);

static ADDRESS_TREE: Node = Node::Seq(&[
    Node::Repeat(&DIGIT, 1, 4),
    Node::Repeat(&LETTER, 0, 1),
    Node::Repeat(&SPACE, 1, MANY),
    Node::Repeat(&Node::Seq(&[STREET_WORD, Node::Repeat(&SPACE, 1, MANY)]), 1, 3),
    Node::Words(STREET_TYPES),
]);

/// ", Town" straight after the street: capitalised words, with the small
/// connecting words of town names ("Newcastle upon Tyne", "Stratford-upon-Avon").
static TOWN: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&TOWN_TREE, || {
        r"^,[ ]*[A-Z][a-z]+(?:(?:[ \-](?:upon|on|under|le|en|by|in|the)[ \-]|[ \-])[A-Z][a-z]+){0,2}".into()
    })
});

/// `[ \-]`
const SPACE_OR_HYPHEN: Node = Node::Class(&[(b' ', b' '), (b'-', b'-')]);
/// `[A-Z][a-z]+`
const TOWN_WORD: Node = Node::Seq(&[UPPER, Node::Repeat(&LOWER, 1, MANY)]);

static TOWN_TREE: Node = Node::Seq(&[
    Node::Start,
    Node::Lit(","),
    Node::Repeat(&SPACE, 0, MANY),
    TOWN_WORD,
    Node::Repeat(
        &Node::Seq(&[
            Node::Alt(&[
                Node::Seq(&[
                    SPACE_OR_HYPHEN,
                    Node::Words(&["upon", "on", "under", "le", "en", "by", "in", "the"]),
                    SPACE_OR_HYPHEN,
                ]),
                SPACE_OR_HYPHEN,
            ]),
            TOWN_WORD,
        ]),
        0,
        2,
    ),
]);

/// Finds street addresses.
#[derive(Debug, Default)]
pub struct AddressDetector;

impl Detector for AddressDetector {
    fn name(&self) -> &'static str {
        "address"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::StreetAddress]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        for found in doc.addresses() {
            out.push(Candidate::new(Kind::StreetAddress, found.with_town()));
        }
    }
}

/// One street address found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundAddress {
    /// The number and street ("12 Church Lane").
    pub street: Span,
    /// The ", Town" after it, when there is one.
    pub town: Option<Span>,
}

impl FoundAddress {
    /// The street and the town together.
    pub fn with_town(&self) -> Span {
        Span::new(self.street.start, self.town.map_or(self.street.end, |t| t.end))
    }
}

/// Every street address in `text`.
pub fn find_all(text: &str) -> Vec<FoundAddress> {
    // A house number, a space, a capital: a cheap test that lets most posts skip the pattern search.
    let b = text.as_bytes();
    let numbered = b.windows(3).any(|w| w[0].is_ascii_alphanumeric() && w[1] == b' ' && w[2].is_ascii_uppercase())
        && b.iter().any(u8::is_ascii_digit);
    if !numbered {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut at = 0;
    let mut candidates = NearDigits::new(&*ADDRESS, text, ADDRESS_REACH);
    while let Some((m_start, m_end)) = candidates.find_at(at) {
        let starts_cleanly =
            char_before(text, m_start).is_none_or(|c| !(c.is_alphanumeric() || "£$€#.,:/-".contains(c)));
        let ends_cleanly = char_at(text, m_end).is_none_or(|c| !c.is_alphanumeric());
        if starts_cleanly && ends_cleanly {
            let street = Span::new(m_start, m_end);
            found.push(FoundAddress { street, town: town_after(text, street.end) });
            at = m_end;
        } else {
            at = m_start + text[m_start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The ", Town" starting at `at`, unless what follows the comma is the start of a new sentence.
fn town_after(text: &str, at: usize) -> Option<Span> {
    let m = TOWN.find(&text[at..])?;
    let name_start = at + m.as_str().find(|c: char| c.is_ascii_uppercase())?;
    let end = at + m.end();
    let first_word: String = text[name_start..end].split([' ', '-']).next()?.to_ascii_lowercase();
    if words::is_sentence_word(&first_word) {
        return None;
    }
    char_at(text, end).is_none_or(|c| !c.is_alphanumeric()).then(|| Span::new(at, end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::tree::testing::{assert_same, texts};

    const PIECES: &[&str] = &[
        "12",
        "3b",
        "1234",
        "5",
        " ",
        "  ",
        "Church",
        "O’Neil",
        "St.",
        "Mary's",
        "Lane",
        "Road",
        "Rd",
        "Street",
        "St",
        "Mews",
        "x",
        "the",
        ",",
        ", ",
        "Newcastle",
        "upon",
        "-",
        "Tyne",
        "on",
        "é",
        "Ab",
        "Green",
        "End",
    ];

    proptest::proptest! {
        /// The browser's tree finds what the regular expression finds.
        #[test]
        fn the_address_tree_finds_what_the_regex_finds(text in texts(ADDRESS.regex().as_str(), PIECES)) {
            assert_same(ADDRESS.tree(), ADDRESS.regex(), &text);
        }

        #[test]
        fn the_town_tree_finds_what_the_regex_finds(text in texts(TOWN.regex().as_str(), PIECES)) {
            assert_same(TOWN.tree(), TOWN.regex(), &text);
        }
    }

    /// A street word's letters are matched one by one (it may hold "’", which is not one byte), but only within
    /// the reach of a house number: a megabyte of letters costs no stack.
    #[test]
    fn a_megabyte_word_after_a_number_is_read_within_its_reach() {
        let long = format!("12 A{} Road, and 3 Mill Lane", "a".repeat(1 << 20));
        assert_eq!(found(&long), ["3 Mill Lane"]);
    }

    fn found(text: &str) -> Vec<&str> {
        find_all(text)
            .into_iter()
            .map(|a| {
                let s = a.with_town();
                &text[s.start..s.end]
            })
            .collect()
    }

    #[test]
    fn finds_number_street_and_type() {
        assert_eq!(found("Party at 228 Windsor Terrace GU27 9YW, 2.30 till 5"), ["228 Windsor Terrace"]);
        assert_eq!(found("at 194b Meadow Street WC2E 3XP"), ["194b Meadow Street"]);
        assert_eq!(found("at 156b Willow Lane, 2.30 till 5"), ["156b Willow Lane"]);
        assert_eq!(found("at 12 St John's Road."), ["12 St John's Road"]);
        assert_eq!(found("at 3 Park Road"), ["3 Park Road"]);
    }

    #[test]
    fn takes_the_town_written_straight_after() {
        assert_eq!(found("We've moved! 192 Elm Drive, Manchester GU247SF."), ["192 Elm Drive, Manchester"]);
        assert_eq!(found("217a York Avenue, Reading, 1:30 till 5"), ["217a York Avenue, Reading"]);
        assert_eq!(found("165 Hawthorn Mews, Nottingham, W1A 5YZ"), ["165 Hawthorn Mews, Nottingham"]);
        assert_eq!(found("4 Mill Lane, Newcastle upon Tyne"), ["4 Mill Lane, Newcastle upon Tyne"]);
        assert_eq!(found("Swap shop at 12a Ashley Road, Bristol this Sat"), ["12a Ashley Road, Bristol"]);
    }

    #[test]
    fn a_new_sentence_after_the_comma_is_not_a_town() {
        assert_eq!(found("50 Meadow Way, RSVP on 07700 900032"), ["50 Meadow Way"]);
        assert_eq!(found("50 Oak Crescent, Thanks everyone"), ["50 Oak Crescent"]);
        assert_eq!(found("50 Oak Crescent, Bring a bottle"), ["50 Oak Crescent"]);
    }

    #[test]
    fn streets_without_numbers_and_other_numbers_are_not_addresses() {
        for t in [
            "whoever parked on Windsor Place please move",
            "York Road is closed from 8/4/2026",
            "we walked 3 miles down the lane",
            "£5 Oak Lane",
            "Year 2 went to the park",
            "12 Churchlanes",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
