//! Dates of birth: a date tied to someone's birth or age ("born 14/03/2015",
//! "DOB: 3 March 2015", "turns 9 on 3rd March"). The span is the date only. A
//! date on its own (a term date, a bake sale) is not a date of birth.

use crate::pattern::tree::{Node, DIGIT};
use crate::pattern::{NearDigits, Pattern, Reach, Search};
use std::sync::LazyLock;

use super::{Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::{ceil_char_boundary, floor_char_boundary, Span};

/// Months as people write them, folded (tried in this order).
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// Dates as people write them, matched on folded (lower-case) text.
static DATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&DATE_TREE, || {
        let day = r"(?:[0-3]?[0-9])(?:st|nd|rd|th)?";
        let months = MONTHS.join("|");
        format!(
            r"(?x)
            (?:[0-3]?[0-9][/.\-][01]?[0-9][/.\-](?:[0-9]{{4}}|[0-9]{{2}}))
            | (?:(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9])
            | (?:(?:the\x20)?{day}(?:\x20of)?\x20(?:{months})\.?(?:,?\x20(?:19|20)[0-9]{{2}})?)
            | (?:(?:{months})\.?\x20(?:the\x20)?{day}(?:,?\x20(?:19|20)[0-9]{{2}})?)
            ",
        )
    })
});

/// The numeric alternatives of [`DATE`] alone ("14/03/2015", "2015-03-14"), for text with no month's name in
/// it: most of the pattern is month names, and no place of such a text needs them tried.
static NUMERIC_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&NUMERIC_DATE_TREE, || {
        r"(?:[0-3]?[0-9][/.\-][01]?[0-9][/.\-](?:[0-9]{4}|[0-9]{2}))|(?:(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9])".into()
    })
});

/// `[/.\-]`
const DATE_SEPARATOR: Node = Node::Class(&[(b'/', b'/'), (b'.', b'.'), (b'-', b'-')]);
/// `[0-3]?[0-9]`
const DAY_NUMBER: Node = Node::Seq(&[Node::Repeat(&Node::Class(&[(b'0', b'3')]), 0, 1), DIGIT]);
/// `(?:19|20)[0-9]{2}`
const YEAR: Node = Node::Seq(&[Node::Words(&["19", "20"]), Node::Repeat(&DIGIT, 2, 2)]);
/// `[0-3]?[0-9][/.\-][01]?[0-9][/.\-](?:[0-9]{4}|[0-9]{2})`
const DAY_MONTH_YEAR: Node = Node::Seq(&[
    DAY_NUMBER,
    DATE_SEPARATOR,
    Node::Repeat(&Node::Class(&[(b'0', b'1')]), 0, 1),
    DIGIT,
    DATE_SEPARATOR,
    Node::Alt(&[Node::Repeat(&DIGIT, 4, 4), Node::Repeat(&DIGIT, 2, 2)]),
]);
/// `(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]`
const ISO_DATE: Node = Node::Seq(&[
    YEAR,
    Node::Lit("-"),
    Node::Class(&[(b'0', b'1')]),
    DIGIT,
    Node::Lit("-"),
    Node::Class(&[(b'0', b'3')]),
    DIGIT,
]);
/// `[0-3]?[0-9](?:st|nd|rd|th)?`
const DAY: Node = Node::Seq(&[DAY_NUMBER, Node::Repeat(&Node::Words(&["st", "nd", "rd", "th"]), 0, 1)]);
/// `(?:,?\x20(?:19|20)[0-9]{2})?`
const YEAR_AFTER: Node = Node::Repeat(&Node::Seq(&[Node::Repeat(&Node::Lit(","), 0, 1), Node::Lit(" "), YEAR]), 0, 1);
const OPTIONAL_DOT: Node = Node::Repeat(&Node::Lit("."), 0, 1);
const OPTIONAL_THE: Node = Node::Repeat(&Node::Lit("the "), 0, 1);

static DATE_TREE: Node = Node::Alt(&[
    DAY_MONTH_YEAR,
    ISO_DATE,
    Node::Seq(&[
        OPTIONAL_THE,
        DAY,
        Node::Repeat(&Node::Lit(" of"), 0, 1),
        Node::Lit(" "),
        Node::Words(MONTHS),
        OPTIONAL_DOT,
        YEAR_AFTER,
    ]),
    Node::Seq(&[Node::Words(MONTHS), OPTIONAL_DOT, Node::Lit(" "), OPTIONAL_THE, DAY, YEAR_AFTER]),
]);

static NUMERIC_DATE_TREE: Node = Node::Alt(&[DAY_MONTH_YEAR, ISO_DATE]);

/// The date pattern for `folded`: [`DATE`] where a month may be named (every name and short form starts with
/// its first three letters), else the same pattern without the month names, which finds the same there.
fn date_pattern(folded: &str) -> &'static Pattern {
    const MONTHS_START: [&[u8; 3]; 12] =
        [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"];
    let named = folded.as_bytes().windows(3).any(|w| MONTHS_START.iter().any(|m| w == *m));
    if named {
        &DATE
    } else {
        &NUMERIC_DATE
    }
}

/// Words before a date that tie it to a birth.
static BIRTH_CUE: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::new(&BIRTH_CUE_TREE, || {
        r"(?:born|dob|d\.o\.b\.?|date of birth|birth date|birthdate|birthday|bday|b'day|b-day)".into()
    })
});

static BIRTH_CUE_TREE: Node = Node::Alt(&[
    Node::Words(&["born", "dob"]),
    Node::Seq(&[Node::Lit("d.o.b"), OPTIONAL_DOT]),
    Node::Words(&["date of birth", "birth date", "birthdate", "birthday", "bday", "b'day", "b-day"]),
]);

/// "turns 9 on", "turned 10 on", "will be 7 on", "is 11 on": an age reached on the date.
static AGE_ON: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::new(&AGE_ON_TREE, || format!("(?:{}){AGE_TAIL_PATTERN}$", AGE_WORDS.join("|"))));

static AGE_ON_TREE: Node = Node::Seq(&[Node::Words(AGE_WORDS), AGE_TAIL_NODE, Node::End]);

/// The words of [`BIRTH_CUE`], in its order ("d.o.b", the third, may take one more full stop).
const BIRTH_WORDS: &[&str] =
    &["born", "dob", "d.o.b", "date of birth", "birth date", "birthdate", "birthday", "bday", "b'day", "b-day"];

/// The words that start [`AGE_ON`], in its order, and what must follow them.
const AGE_WORDS: &[&str] = &["turns", "turned", "turning", "turn", "will be", "is", "be", "was"];
const AGE_TAIL_PATTERN: &str =
    r"[ ][0-9]{1,2}(?:[ ]years?(?:[ ]old)?)?[ ]on[ ](?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[ ])?(?:the[ ])?";
const AGE_TAIL_NODE: Node = Node::Seq(&[
    Node::Lit(" "),
    Node::Repeat(&DIGIT, 1, 2),
    Node::Repeat(
        &Node::Seq(&[Node::Lit(" year"), Node::Repeat(&Node::Lit("s"), 0, 1), Node::Repeat(&Node::Lit(" old"), 0, 1)]),
        0,
        1,
    ),
    Node::Lit(" on "),
    Node::Repeat(
        &Node::Seq(&[Node::Words(&["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]), Node::Lit("day ")]),
        0,
        1,
    ),
    OPTIONAL_THE,
]);
static AGE_TAIL: LazyLock<Pattern> = LazyLock::new(|| Pattern::new(&AGE_TAIL_TREE, || format!("^{AGE_TAIL_PATTERN}")));
static AGE_TAIL_TREE: Node = Node::Seq(&[Node::Start, AGE_TAIL_NODE]);

/// The longest text [`AGE_ON`] matches: "turning 12 years old on wednesday the " is 38 bytes.
const LONGEST_AGE_ON: usize = 48;

/// Either kind of cue, to find where dates of birth may follow: what the pattern `BIRTH_CUE|AGE_ON` (without
/// its end anchor) finds, leftmost first, read as words. In the browser's former regex engine (a Pike VM) that
/// alternation cost most of a check, every byte near a digit stepping eighteen words at once; here a byte
/// that starts no cue word costs one comparison, and only "turns 9…" runs a pattern.
struct AnyCue;

impl AnyCue {
    /// The cue starting exactly at `at`, if any: its end.
    fn at(haystack: &str, at: usize) -> Option<usize> {
        let rest = &haystack.as_bytes()[at..];
        for word in BIRTH_WORDS {
            if rest.starts_with(word.as_bytes()) {
                let dot = *word == "d.o.b" && rest.get(word.len()) == Some(&b'.');
                return Some(at + word.len() + usize::from(dot));
            }
        }
        for word in AGE_WORDS {
            let after = at + word.len();
            let tail = rest.get(word.len()..).unwrap_or_default();
            if rest.starts_with(word.as_bytes())
                && tail.first() == Some(&b' ')
                && tail.get(1).is_some_and(u8::is_ascii_digit)
            {
                if let Some(m) = AGE_TAIL.find(&haystack[after..]) {
                    return Some(after + m.end());
                }
            }
        }
        None
    }
}

/// The letters the cue words start with: a byte that is none of them starts no cue.
const CUE_STARTS: &[u8] = b"bdtwi";

impl Search for AnyCue {
    fn find_at(&self, haystack: &str, at: usize) -> Option<(usize, usize)> {
        let bytes = haystack.as_bytes();
        (at..bytes.len())
            .filter(|&i| CUE_STARTS.contains(&bytes[i]))
            .find_map(|i| AnyCue::at(haystack, i).map(|end| (i, end)))
    }
}

/// How far before a date a birth cue may stand, in bytes of folded text.
const CUE_WINDOW: usize = 40;

/// How far before a date's digits its cue may start: the window, the longest date, the longest cue.
const CUE_REACH: usize = CUE_WINDOW + LONGEST_DATE + 64;

/// Where a cue ends (all the date search needs of it).
struct CueMatch {
    end: usize,
}

impl CueMatch {
    fn end(&self) -> usize {
        self.end
    }
}

/// The longest date the pattern matches ("the 23rd of september, 2015"), in bytes.
const LONGEST_DATE: usize = 32;

/// Finds dates of birth.
#[derive(Debug, Default)]
pub struct DateOfBirthDetector;

impl Detector for DateOfBirthDetector {
    fn name(&self) -> &'static str {
        "date_of_birth"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::DateOfBirth]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let folded = doc.folded.as_str();
        if !folded.bytes().any(|b| b.is_ascii_digit()) {
            return;
        }
        // Dates are looked for only just after a cue: most posts have none, and then this costs one scan.
        let mut searched_to = 0;
        // Only cues near digits matter: every date holds one, and stands within a window after its cue.
        let mut next_cue = 0;
        let mut candidates = NearDigits::new(&AnyCue, folded, Reach::around(CUE_REACH));
        while let Some((cue_start, cue_end)) = candidates.find_at(next_cue) {
            next_cue = cue_end.max(cue_start + 1);
            let cue = CueMatch { end: cue_end };
            let mut window_end = floor_char_boundary(folded, cue.end() + CUE_WINDOW + LONGEST_DATE);
            let mut at = cue.end().max(searched_to);
            if at > window_end {
                continue; // an earlier list of dates of birth already read past this cue's window
            }
            // The end of the last date of birth found: a list may go on ("DOB: Keir 04/10/2011, Lachlan 22/01/2012").
            let mut previous: Option<usize> = None;
            // The pattern is chosen again whenever the window grows (a list of dates of birth goes on).
            while let Some(m) = date_pattern(&folded[at..window_end]).find_at(&folded[..window_end], at) {
                at = m.end();
                if !stands_alone(folded, m.start(), m.end()) || !plausible(m.as_str()) {
                    continue;
                }
                let start = m.start() + if m.as_str().starts_with("the ") { 4 } else { 0 };
                let listed = previous
                    .is_some_and(|end| continues_list(doc.slice(doc.folded.to_original(Span::new(end, start)))));
                if listed || tied_to_birth(&folded[..start]) {
                    out.push(Candidate::new(Kind::DateOfBirth, doc.folded.to_original(Span::new(start, m.end()))));
                    previous = Some(m.end());
                    window_end = floor_char_boundary(folded, m.end() + CUE_WINDOW + LONGEST_DATE);
                }
            }
            searched_to = at.max(searched_to);
        }
    }
}

/// Whether the original text between two dates continues a list of dates of
/// birth: a comma, "and" or a semicolon, then at most a capitalised name
/// ("…04/10/2011, Lachlan Boyd 22/01/2012"; not ", trip on 22/01/2026").
fn continues_list(between: &str) -> bool {
    let Some(rest) = [",", ";", " and ", " & "].iter().find_map(|joint| between.strip_prefix(joint)) else {
        return false;
    };
    let is_name =
        |w: &str| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c));
    let words: Vec<&str> = rest.split_whitespace().collect();
    rest.len() <= CUE_WINDOW && words.len() <= 3 && words.iter().all(|w| is_name(w))
}

fn stands_alone(folded: &str, start: usize, end: usize) -> bool {
    let before = folded[..start].chars().next_back();
    let after = folded[end..].chars().next();
    before.is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '£')))
        && after.is_none_or(|c| {
            let continues_number =
                matches!(c, '.' | '/' | '-') && folded[end + 1..].starts_with(|d: char| d.is_ascii_digit());
            !(c.is_alphanumeric() || continues_number)
        })
}

/// Numeric dates need a real day and month (UK order: day first).
fn plausible(date: &str) -> bool {
    let mut parts = date.split(['/', '.', '-']);
    let (Some(a), Some(b), Some(_), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return true; // written with a month name
    };
    let (Ok(first), Ok(second)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return true;
    };
    if a.len() == 4 {
        return (1..=12).contains(&second); // ISO: year-month-day
    }
    (1..=31).contains(&first) && (1..=12).contains(&second)
}

/// Whether the text just before a date ties it to a birth: a cue within the
/// same sentence ("born on", "DOB:", "her birthday is") or "turns 9 on".
fn tied_to_birth(before: &str) -> bool {
    // "turns 9 on" ends the text before the date, and is never longer than this: the pattern reads only that end,
    // not everything written before (which made a long draft's dates cost the square of its length).
    let age_window = ceil_char_boundary(before, before.len().saturating_sub(LONGEST_AGE_ON));
    if AGE_ON.is_match(&before[age_window..]) {
        return true;
    }
    let window_start = ceil_char_boundary(before, before.len().saturating_sub(CUE_WINDOW));
    let window = &before[window_start..];
    let Some(cue) = BIRTH_CUE.find_iter(window).last() else {
        return false;
    };
    let between = &window[cue.end()..];
    if between.contains(['!', '?', '\n']) || between.trim_start_matches('.').contains(". ") {
        return false;
    }
    // Another date between the cue and this one, and this one is some event's: the cue was the other date's
    // ("born 04/10/2011, trip on 22/01/2026"; but "DOB down as 14/6/19 instead of 14/6/18" names two).
    if let Some(other) = date_pattern(between).find_iter(between).last() {
        let event_words = ["on", "at", "from", "until", "till", "by", "for", "is", "was", "starts", "ends"];
        if between[other.end()..].split(|c: char| !c.is_alphanumeric()).any(|w| event_words.contains(&w)) {
            return false;
        }
    }
    // "birthday party on 3rd March" is a party; "birthday is 3rd March" is a birth date.
    if matches!(cue.as_str(), "birthday" | "bday" | "b'day" | "b-day") {
        let link = between.trim();
        return matches!(
            link,
            "" | ":" | "is" | "is on" | "was" | "was on" | "on" | "'s" | "is the" | "is on the" | "falls on" | "-"
        );
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::tree::testing::{assert_same, texts};

    const PIECES: &[&str] = &[
        "1", "14", "3", "0", "/", ".", "-", "2015", "19", "20", "15", " ", "the ", "rd", "th", "st", " of", "march",
        "mar", "sept", "may", ",", "x", "é", "born", "dob", "d.o.b", "birthday", "b-day", "turns", "will be", "is",
        " on ", " year", "s", " old", "wednes", "day ", "fri",
    ];

    fn same(pattern: &Pattern, text: &str) {
        assert_same(pattern.tree(), pattern.regex(), text);
    }

    proptest::proptest! {
        /// The browser's trees find what the regular expressions find.
        #[test]
        fn the_date_tree_finds_what_the_regex_finds(text in texts(DATE.regex().as_str(), PIECES)) {
            same(&DATE, &text);
            same(&NUMERIC_DATE, &text);
        }

        #[test]
        fn the_numeric_date_tree_finds_what_the_regex_finds(text in texts(NUMERIC_DATE.regex().as_str(), PIECES)) {
            same(&NUMERIC_DATE, &text);
        }

        #[test]
        fn the_cue_trees_find_what_the_regexes_find(text in texts(BIRTH_CUE.regex().as_str(), PIECES)) {
            same(&BIRTH_CUE, &text);
        }

        #[test]
        fn the_age_trees_find_what_the_regexes_find(text in texts(AGE_ON.regex().as_str(), PIECES)) {
            same(&AGE_ON, &text);
            same(&AGE_TAIL, &text);
            let tail = text.find(' ').map_or("", |at| &text[at..]);
            same(&AGE_TAIL, tail);
        }
    }

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        DateOfBirthDetector.find(&Document::new(text), &mut out);
        out.into_iter().map(|c| &text[c.span.start..c.span.end]).collect()
    }

    #[test]
    fn dates_tied_to_a_birth() {
        assert_eq!(found("Alison was born on 23/08/17 so can play"), ["23/08/17"]);
        assert_eq!(found("11 today, born 8th April 2015 and still my baby"), ["8th April 2015"]);
        assert_eq!(found("Form says DOB May 6, 2019 for Reece"), ["May 6, 2019"]);
        assert_eq!(found("DOB: 3 March 2015"), ["3 March 2015"]);
        assert_eq!(found("Louis turns 8 on November 9th!"), ["November 9th"]);
        assert_eq!(found("Chloe turns 11 on 16 February!"), ["16 February"]);
        assert_eq!(found("born 07.07.2011 and"), ["07.07.2011"]);
        assert_eq!(found("D.O.B. 14-03-2015"), ["14-03-2015"]);
        assert_eq!(found("her birthday is the 3rd of March"), ["3rd of March"]);
        assert_eq!(found("date of birth 2015-03-14"), ["2015-03-14"]);
        assert_eq!(found("She was born in Leeds on 3 mar 2015"), ["3 mar 2015"]);
        assert_eq!(found("Ava turns 7 on Saturday 12th July"), ["12th July"]);
        assert_eq!(found("his bday is 5 June"), ["5 June"]);
    }

    #[test]
    fn lists_of_dates_of_birth() {
        assert_eq!(
            found("Form asks for D.O.B. – Keir Dalziel 04/10/2011, Lachlan Boyd 22/01/2012 and Ava Reid 3 May 2013"),
            ["04/10/2011", "22/01/2012", "3 May 2013"]
        );
        assert_eq!(found("Born 04/10/2011, trip on 22/01/2026"), ["04/10/2011"]);
        assert_eq!(found("DOB 04/10/2011. Match on 22/01/2026"), ["04/10/2011"]);
        // Found by the property tests: a list read past the next cue's window.
        let flag = "🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}";
        let text = format!("born 3/4/2015 born 3/4/2015 {flag} {flag} born 3/4/2015");
        assert_eq!(found(&text), ["3/4/2015", "3/4/2015", "3/4/2015"]);
    }

    /// Without a month's name, the numeric date pattern finds what the whole one finds.
    #[test]
    fn numeric_dates_are_found_alike_where_no_month_is_named() {
        for text in
            ["born 3/4/2015, 14.03.15 and 2015-03-14; 99/99/99 1-1-11 20/1/2 in 3 weeks", "", "no dates", "4 5 6"]
        {
            assert!(std::ptr::eq(date_pattern(text), &*NUMERIC_DATE));
            let whole: Vec<_> = DATE.find_iter(text).map(|m| m.range()).collect();
            let numeric: Vec<_> = NUMERIC_DATE.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(numeric, whole, "{text}");
        }
        assert!(std::ptr::eq(date_pattern("born 3 mar"), &*DATE));
    }

    /// The cue search finds what the pattern it stands for finds, at every place of texts full of near misses.
    #[test]
    fn cue_words_find_what_the_cue_pattern_finds() {
        let (cue, age_on) = (BIRTH_CUE.regex().as_str(), AGE_ON.regex().as_str());
        let pattern = regex::Regex::new(&format!("{cue}|{}", age_on.trim_end_matches('$'))).unwrap();
        let texts = [
            "born 3/4/2015, dob: 4/5/16, d.o.b. 1.2.2011 d.o.b 2/2/12 date of birth 2015-03-14 birth date birthdate",
            "birthday bday b'day b-day birthdays reborn stubborn bob dobbin",
            "turns 9 on 3rd march, turned 10 on the 4th, turning 11 years old on saturday the 5th, turn 7 on monday",
            "will be 8 on friday, is 11 on the 2nd, be 6 on, was 5 years on tuesday, this 5 on, is 123 on, is 1 year on",
            "turns9 on, is  9 on, is 9on, was 12 years old on wednesday the 3rd 🎉 é turns 4 on thursday ",
            "",
        ];
        for text in texts {
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let expected = pattern.find_at(text, at).map(|m| (m.start(), m.end()));
                assert_eq!(AnyCue.find_at(text, at), expected, "{text:?} from {at}");
            }
        }
        assert!(BIRTH_WORDS.iter().chain(AGE_WORDS).all(|w| CUE_STARTS.contains(&w.as_bytes()[0])));
        // The end of the text before a date is enough for "turns 9 on": its longest form fits.
        let longest = "turning 12 years old on wednesday the ";
        assert!(AGE_ON.is_match(longest) && longest.len() <= LONGEST_AGE_ON);
        let long_prefix = format!("{} she is turning 12 years old on wednesday the ", "words ".repeat(50));
        assert!(tied_to_birth(&long_prefix));
    }

    #[test]
    fn dates_alone_are_not_dates_of_birth() {
        for t in [
            "the new bakery opens 23rd February",
            "Year 6 leavers assembly is at 8:00 on 11th March",
            "York Road is closed from 8/4/2026",
            "Happy birthday! Party on 3rd March",
            "birthday party on 3rd March",
            "I was born in May. The fair is on 3 June",
            "born 32/13/2015",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
