//! Email addresses: the whole address, local part to top-level domain.

use crate::pattern::Regex;
use std::sync::LazyLock;

use super::{Candidate, Detector, Document};
use crate::finding::Kind;
use crate::text::Span;

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+'\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}")
        .expect("email pattern compiles")
});

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
/// byte scan rather than a pattern scan (the browser's regex engine has no literal prefilter).
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
        match EMAIL.find_at(&text[..end], start) {
            Some(m) => {
                found.push((m.start(), m.end()));
                at = m.end();
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
            let whole: Vec<(usize, usize)> = EMAIL.find_iter(text).map(|m| (m.start(), m.end())).collect();
            assert_eq!(find_all(text), whole, "{text:?}");
        }
    }

    #[test]
    fn ignores_handles_and_lone_at_signs() {
        assert!(found("Follow @BuckleburyPS").is_empty());
        assert!(found("meet @ 3pm").is_empty());
        assert!(found("name@localhost").is_empty());
    }
}
