//! The school's own identifiers: its name and aliases, hashtags, handles, web
//! addresses, and its own phone number, address and postcode in whatever
//! format they are written. "The school", "primary school", the village alone
//! or another school's name are not identifiers.

use super::phrases::{leftmost_longest, PhraseSet};
use super::{phone, postcode, Candidate, Detector, Document};
use crate::config::School;
use crate::finding::Kind;
use crate::text::{char_at, char_before, fold, Span};

/// Finds the configured school's identifiers.
#[derive(Debug)]
pub struct SchoolDetector {
    /// Names, aliases, hashtags (`#…`) and handles (`@…`), folded.
    names: PhraseSet,
    /// Web domains, folded, without `www.`, each with a searcher built once.
    domains: Vec<memchr::memmem::Finder<'static>>,
    phone: Option<String>,
    postcode: Option<String>,
    /// The street line ("12 church lane") and the components after it ("bucklebury", "reading").
    address: Option<(String, Vec<String>)>,
}

impl SchoolDetector {
    /// Compiles the identifiers of `school`.
    pub fn new(school: &School) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        for name in std::iter::once(&school.name).chain(&school.aliases) {
            let folded = fold(name);
            let compact: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
            patterns.push(folded);
            // People tag and mention the school by its name run together.
            patterns.push(format!("#{compact}"));
            patterns.push(format!("@{compact}"));
        }
        patterns.extend(school.hashtags.iter().map(|h| format!("#{}", fold(h))));
        patterns.extend(school.handles.iter().map(|h| format!("@{}", fold(h))));
        patterns.sort_unstable();
        patterns.dedup();
        SchoolDetector {
            names: PhraseSet::new(&patterns),
            domains: school
                .domains
                .iter()
                .map(|d| memchr::memmem::Finder::new(fold(d).as_bytes()).into_owned())
                .collect(),
            phone: school.phone.as_deref().and_then(phone::national_digits),
            postcode: school.postcode.as_deref().and_then(postcode::normalise),
            address: school.address.as_deref().and_then(|a| {
                let mut parts = a.split(',').map(normalise_address_part).filter(|p| !p.is_empty());
                Some((parts.next()?, parts.collect()))
            }),
        }
    }

    fn find_names(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let folded = doc.folded.as_str();
        for m in leftmost_longest(self.names.find_in(folded, doc.folded_tokens())) {
            let span = Span::new(m.start, m.end);
            let tagged = folded[span.start..].starts_with(['#', '@']);
            let before_ok = char_before(folded, span.start)
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || (!tagged && matches!(c, '#' | '@'))));
            let after_ok = char_at(folded, span.end).is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if before_ok && after_ok {
                out.push(Candidate::new(Kind::SchoolIdentifier, doc.folded.to_original(span)));
            }
        }
    }

    /// `https://www.bucklebury.sch.uk/news?id=4`, `www.bucklebury.sch.uk`, `bucklebury.sch.uk`.
    fn find_web_addresses(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let folded = doc.folded.as_str();
        for domain in &self.domains {
            for at in domain.find_iter(folded.as_bytes()) {
                let end = at + domain.needle().len();
                let ends_domain = char_at(folded, end).is_none_or(|c| !(c.is_alphanumeric() || c == '-'))
                    && !(folded[end..].starts_with('.') && folded[end + 1..].starts_with(char::is_alphanumeric));
                if !ends_domain {
                    continue;
                }
                let Some(start) = url_start(folded, at) else {
                    continue;
                };
                let span = Span::new(start, url_end(folded, end));
                out.push(Candidate::new(Kind::SchoolIdentifier, doc.folded.to_original(span)));
            }
        }
    }

    fn find_contact_details(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        if let Some(school_phone) = &self.phone {
            for (span, national) in doc.phones() {
                if national == school_phone {
                    out.push(Candidate::new(Kind::SchoolIdentifier, *span));
                }
            }
        }
        if let Some(school_postcode) = &self.postcode {
            for (span, normal) in doc.postcodes() {
                if normal == school_postcode {
                    out.push(Candidate::new(Kind::SchoolIdentifier, *span));
                }
            }
        }
        if let Some((street, rest)) = &self.address {
            for found in doc.addresses() {
                if normalise_address_part(doc.slice(found.street)) == *street {
                    let end = extend_over_parts(doc.text, found.street.end, rest);
                    out.push(Candidate::new(Kind::SchoolIdentifier, Span::new(found.street.start, end)));
                }
            }
        }
    }
}

impl Detector for SchoolDetector {
    fn name(&self) -> &'static str {
        "school"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::SchoolIdentifier]
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        self.find_names(doc, out);
        if doc.text.contains('.') {
            self.find_web_addresses(doc, out);
        }
        self.find_contact_details(doc, out);
    }
}

/// Where a URL containing the domain at `at` starts: its scheme, `www.` or
/// subdomain. `None` when the domain belongs to an email address.
fn url_start(folded: &str, at: usize) -> Option<usize> {
    let bytes = folded.as_bytes();
    let mut start = at;
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'.' | b'-')) {
        start -= 1;
    }
    if start < at && bytes[at - 1] != b'.' {
        return None; // "notbucklebury.sch.uk"
    }
    if start > 0 && bytes[start - 1] == b'@' {
        return None;
    }
    for scheme in ["https://", "http://"] {
        if folded[..start].ends_with(scheme) {
            start -= scheme.len();
        }
    }
    Some(start)
}

/// A URL goes on to the next space; trailing sentence punctuation is not part of it.
fn url_end(folded: &str, end: usize) -> usize {
    let rest = &folded[end..];
    if !rest.starts_with(['/', '?', '#', ':']) {
        return end;
    }
    let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    end + rest[..len].trim_end_matches(['.', ',', '!', '?', ';', ':', ')', '"', '\'']).len()
}

/// Extends an address over the components of the school's address written after it (", Bucklebury, Reading").
fn extend_over_parts(text: &str, mut end: usize, parts: &[String]) -> usize {
    for part in parts {
        let Some(after_comma) = text[end..].strip_prefix(',') else {
            break;
        };
        let trimmed = after_comma.trim_start();
        let offset = end + 1 + (after_comma.len() - trimmed.len());
        // Take as many words as the component has, and compare them.
        let wanted = part.split(' ').count();
        let mut seen = 0;
        let mut word_end = 0;
        let mut in_word = false;
        for (i, c) in trimmed.char_indices() {
            let letter = c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
            if letter {
                in_word = true;
                word_end = i + c.len_utf8();
            } else if in_word {
                in_word = false;
                seen += 1;
                if seen == wanted {
                    break;
                }
            }
        }
        let words = &trimmed[..word_end];
        if normalise_address_part(words) != *part {
            break;
        }
        end = offset + words.len();
    }
    end
}

/// Folds an address component and expands the usual abbreviations, so
/// "12 Church Ln." and "12 church lane" compare equal.
fn normalise_address_part(part: &str) -> String {
    fold(part)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "rd" => "road",
            "st" => "street",
            "ln" => "lane",
            "ave" | "av" => "avenue",
            "dr" => "drive",
            "cl" => "close",
            "cres" => "crescent",
            "gdns" => "gardens",
            "ct" => "court",
            "pl" => "place",
            "sq" => "square",
            "tce" | "terr" => "terrace",
            "gr" => "grove",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn found(text: &str) -> Vec<&str> {
        let config = Config::from_json(
            r##"{"role": "staff", "school": {"name": "Bucklebury Primary School", "aliases": ["Bucklebury School", "BPS"],
                "hashtags": ["#BuckleburyPrimary"], "handles": ["@BuckleburyPS"], "domains": ["bucklebury.sch.uk"],
                "address": "12 Church Lane, Bucklebury, Reading", "postcode": "RG7 6PL", "phone": "0118 496 0000"}}"##,
        )
        .unwrap();
        let detector = SchoolDetector::new(&config.school);
        let mut out = Vec::new();
        detector.find(&Document::new(text), &mut out);
        out.sort_by_key(|c| c.span.start);
        out.into_iter().map(|c| &text[c.span.start..c.span.end]).collect()
    }

    #[test]
    fn names_aliases_hashtags_and_handles_in_any_case() {
        assert_eq!(found("Back to Bucklebury Primary School on Monday"), ["Bucklebury Primary School"]);
        assert_eq!(found("at bucklebury school tonight"), ["bucklebury school"]);
        assert_eq!(found("Loving BPS!"), ["BPS"]);
        assert_eq!(found("Fair #BuckleburyPrimary #SummerFair"), ["#BuckleburyPrimary"]);
        assert_eq!(found("Follow @buckleburyps for updates"), ["@buckleburyps"]);
        assert_eq!(found("#BuckleburyPrimarySchool rocks"), ["#BuckleburyPrimarySchool"]);
    }

    #[test]
    fn web_addresses_span_scheme_to_query() {
        assert_eq!(
            found("Term dates: http://www.bucklebury.sch.uk/clubs?id=4 🎉"),
            ["http://www.bucklebury.sch.uk/clubs?id=4"]
        );
        assert_eq!(found("See https://bucklebury.sch.uk/term-dates."), ["https://bucklebury.sch.uk/term-dates"]);
        assert_eq!(found("Details on www.bucklebury.sch.uk"), ["www.bucklebury.sch.uk"]);
        assert_eq!(found("Details on bucklebury.sch.uk."), ["bucklebury.sch.uk"]);
    }

    #[test]
    fn own_phone_postcode_and_address_in_any_format() {
        assert_eq!(found("office: +44 (0)118 496 0000"), ["+44 (0)118 496 0000"]);
        assert_eq!(found("office: (0118) 4960000"), ["(0118) 4960000"]);
        assert_eq!(found("we're at rg76pl"), ["rg76pl"]);
        assert_eq!(
            found("at 12 Church Ln, Bucklebury, Reading RG7 6PL"),
            ["12 Church Ln, Bucklebury, Reading", "RG7 6PL"]
        );
    }

    #[test]
    fn generic_words_other_schools_and_other_details_are_not_identifiers() {
        for t in [
            "Parking near the school is a nightmare",
            "Bucklebury village fete",
            "Brinscall High School won",
            "Call 0118 496 0001",
            "office@bucklebury.sch.uk",
            "notbucklebury.sch.uk",
            "bucklebury.sch.uk.evil.com",
            "BPSX is a code",
            "14 Church Lane, Bucklebury",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
