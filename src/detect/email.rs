//! Email addresses: the whole address, local part to top-level domain.

use crate::pattern::tree::{Node, ALNUM, LETTER, MANY};

use super::{Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::Span;

/// What a whole address is, as a regular expression (the tests hold [`find_all`] to it).
#[cfg(test)]
const EMAIL: &str = r"[A-Za-z0-9][A-Za-z0-9._%+'\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}";

/// A domain label: `[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?`.
const LABEL: Node = Node::Seq(&[
    ALNUM,
    Node::Repeat(
        &Node::Seq(&[
            Node::Repeat(&Node::Class(&[(b'0', b'9'), (b'A', b'Z'), (b'a', b'z'), (b'-', b'-')]), 0, MANY),
            ALNUM,
        ]),
        0,
        1,
    ),
]);

/// The part of [`EMAIL`] after the `@`. Up to 126 labels before the top-level domain (DNS allows 127 in all), so
/// that the search's depth has a bound.
static DOMAIN: Node = Node::Seq(&[
    LABEL,
    Node::Repeat(&Node::Seq(&[Node::Lit("."), LABEL]), 0, 126),
    Node::Lit("."),
    Node::Repeat(&LETTER, 2, 24),
]);

/// Finds email addresses.
#[derive(Debug, Default)]
pub struct EmailDetector;

impl Detector for EmailDetector {
    fn name(&self) -> &'static str {
        "email"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::EmailAddress]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        for (start, end) in find_all(doc.text) {
            let after = doc.text[end..].chars().next();
            if after.is_none_or(|c| !(c.is_alphanumeric() || c == '@')) {
                out.push(Candidate::new(Kind::EmailAddress, Span::new(start, end)));
            }
        }
    }
}

/// Every match of the address pattern, as a search of the whole text finds them, but with the pattern run only
/// around each `@`: from the start of the run of local-part characters before it to the end of the run of domain
/// characters after it, which is all an address can span. Handles ("@BuckleburyPS") and prose then cost one
/// byte scan rather than a pattern scan. In the window, the local part is a run that can start anywhere, so only
/// the domain needs matching, once.
fn find_all(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'\'' | b'-');
    let domain = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'@', &bytes[at..]) {
        let sign = at + offset;
        let mut start = sign;
        while start > at && local(bytes[start - 1]) {
            start -= 1;
        }
        let mut end = sign + 1;
        while end < bytes.len() && domain(bytes[end]) {
            end += 1;
        }
        // The window holds one `@`: an address in it starts at the first letter or digit of the local part (all
        // of which may follow it), and ends where the domain's match does.
        let first = (start..sign).find(|&i| bytes[i].is_ascii_alphanumeric());
        match first.zip(DOMAIN.match_at(&text[..end], sign + 1)) {
            Some((first, domain_end)) => {
                found.push((first, domain_end));
                at = domain_end;
            }
            None => at = sign + 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        EmailDetector.find(&Document::new(text), &mut out);
        out.into_iter().map(|c| &text[c.span.start..c.span.end]).collect()
    }

    #[test]
    fn finds_whole_addresses() {
        assert_eq!(found("Email me at thefrys@yahoo.co.uk if you want"), ["thefrys@yahoo.co.uk"]);
        assert_eq!(found("(j.o'neill+pta@mail.example.com)."), ["j.o'neill+pta@mail.example.com"]);
        assert_eq!(found("office@bucklebury.sch.uk."), ["office@bucklebury.sch.uk"]);
    }

    /// Searching around each `@` finds what a search of the whole text finds.
    #[test]
    fn windows_around_at_signs_find_what_a_whole_scan_finds() {
        let texts = [
            "a@b.co x@y@z.com @handle me@ex.ample.org. -j.o'neill+pta@mail.example.com- @@ a@b",
            "first@one.uk second@two.uk,third@three.co.uk;fourth@4.io é@é.com ok@é.com",
            "x.@y.zz @x.yy ..@..com a@-b.com a@b-.com a@b.c a@b.cc123 @",
            "",
        ];
        for text in texts {
            assert_eq!(find_all(text), whole_scan(text), "{text:?}");
        }
    }

    fn whole_scan(text: &str) -> Vec<(usize, usize)> {
        let email = regex::Regex::new(EMAIL).unwrap();
        email.find_iter(text).map(|m| (m.start(), m.end())).collect()
    }

    proptest::proptest! {
        /// Generated addresses and near misses: the windows and the domain's tree find what the regular
        /// expression finds in the whole text.
        #[test]
        fn windows_and_tree_find_what_the_regex_finds(text in crate::pattern::tree::testing::texts(EMAIL, &[
            "a", "b1", "@", ".", "-", "_", "'", "+", "%", "co", "uk", "x", " ", "é", "9", "..", "abcdefghijklmnopqrstuvwxyz",
        ])) {
            proptest::prop_assert_eq!(find_all(&text), whole_scan(&text));
        }
    }

    #[test]
    fn ignores_handles_and_lone_at_signs() {
        assert!(found("Follow @BuckleburyPS").is_empty());
        assert!(found("meet @ 3pm").is_empty());
        assert!(found("name@localhost").is_empty());
    }
}
