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
        if !doc.text.contains('@') {
            return;
        }
        for m in EMAIL.find_iter(doc.text) {
            let after = doc.text[m.end()..].chars().next();
            if after.is_none_or(|c| !(c.is_alphanumeric() || c == '@')) {
                out.push(Candidate::new(Kind::EmailAddress, Span::new(m.start(), m.end())));
            }
        }
    }
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

    #[test]
    fn ignores_handles_and_lone_at_signs() {
        assert!(found("Follow @BuckleburyPS").is_empty());
        assert!(found("meet @ 3pm").is_empty());
        assert!(found("name@localhost").is_empty());
    }
}
