//! The engine: built once per configuration, then checks posts.
//!
//! `check` runs every detector over one [`Document`], resolves overlaps by
//! precedence (see [`Kind`]), and attaches the guideline for the configured
//! role from [`crate::policy`].

use crate::sorting::{descending, sort_by_key};
use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::config::Config;
use crate::detect::Cue;
use crate::detect::{
    address::AddressDetector, dob::DateOfBirthDetector, email::EmailDetector, names::NameDetector,
    phone::PhoneDetector, postcode::PostcodeDetector, school::SchoolDetector, tone::ToneDetector, Candidate, Detector,
    Document,
};
use crate::finding::{Finding, Kind};
use crate::policy::{guideline, Role, Section};

/// Checks posts against one school's configuration.
///
/// ```
/// use postguard::{Config, Engine, Kind};
///
/// let engine = Engine::new(&Config::default_school());
/// let findings = engine.check("Well done Millie! Ring me on 07700 900123");
/// let kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
/// assert_eq!(kinds, [Kind::PupilName, Kind::PhoneNumber]);
/// assert_eq!(findings[0].text, "Millie");
/// assert_eq!(findings[0].clauses[0].reference(), "Staff 2");
/// ```
pub struct Engine {
    /// Shared with the names detector, which reads the roster again while its table is deferred.
    config: Arc<Config>,
    detectors: Vec<Box<dyn Detector>>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("role", &self.config.role)
            .field("detectors", &self.detectors.iter().map(|d| d.name()).collect::<Vec<_>>())
            .finish()
    }
}

impl Engine {
    /// Compiles the roster and identifiers of `config`, and what every engine of the process shares (the tone
    /// lexicons, built by the first engine).
    pub fn new(config: &Config) -> Engine {
        crate::detect::tone::build_lexicon();
        let engine = Engine::deferred(config.clone());
        engine.build_deferred();
        engine
    }

    /// An engine for `config` that leaves its two largest tables for later, for the content script: a page's
    /// first keystroke waits for its engine, and they were half of building it. Each check meanwhile reads its text
    /// with the part of them the text can match, and finds the same as [`Engine::new`]'s.
    /// - The tone lexicons, which every engine of the process shares: built by a
    ///   [`LexiconBuild`](crate::detect::tone::LexiconBuild), a slice at a time.
    /// - The roster's names table: built by [`Engine::build_deferred`].
    pub fn deferred(config: Config) -> Engine {
        let config = Arc::new(config);
        let detectors: Vec<Box<dyn Detector>> = vec![
            Box::new(EmailDetector),
            Box::new(SchoolDetector::new(&config.school)),
            Box::new(PhoneDetector),
            Box::new(AddressDetector),
            Box::new(PostcodeDetector),
            Box::new(DateOfBirthDetector),
            Box::new(NameDetector::deferred(config.clone())),
            // Last: it reads the names and identifiers found above as the people a sentence is aimed at.
            Box::new(ToneDetector::new(&config)),
        ];
        Engine { config, detectors }
    }

    /// Builds the tables of this engine that [`Engine::deferred`] left for later (the roster's names), if not yet.
    pub fn build_deferred(&self) {
        for detector in &self.detectors {
            detector.build_deferred();
        }
    }

    /// The configuration the engine was built from.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The role whose guidelines findings carry.
    pub fn role(&self) -> Role {
        self.config.role
    }

    /// The detectors, in the order they run.
    pub fn detectors(&self) -> impl Iterator<Item = &dyn Detector> {
        self.detectors.iter().map(|d| d.as_ref())
    }

    /// Finds every risky detail in `text`, in text order (by start). Details never
    /// overlap each other, nor do tone findings; a tone finding (a whole sentence)
    /// overlaps the details inside it.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let doc = Document::new(text);
        let mut candidates = Vec::with_capacity(16);
        for detector in &self.detectors {
            detector.find(&doc, &mut candidates);
        }
        resolve_overlaps(candidates).into_iter().map(|c| self.describe(&doc, c)).collect()
    }

    fn describe(&self, doc: &Document<'_>, candidate: Candidate) -> Finding {
        let role = self.config.role;
        let g = guideline(candidate.kind, role);
        let text = doc.slice(candidate.span).to_string();
        Finding {
            kind: candidate.kind,
            span: candidate.span,
            text,
            severity: self.config.severity_for(candidate.kind, g.severity),
            clauses: g.clauses,
            why: g.why,
            suggestion: self.suggestion(candidate.kind, g.suggestion),
            because: candidate.cue.map(|cue| because(doc, cue)),
        }
    }

    /// The guideline's suggestion, with the school's own contacts where the policy points to them:
    /// the complaints procedure for a parent's complaint, the Designated Senior Person for a staff threat.
    fn suggestion(&self, kind: Kind, suggestion: &'static str) -> Cow<'static, str> {
        let school = &self.config.school;
        match (kind, self.config.role.section()) {
            (Kind::Complaint, Section::Parent) => match &school.complaints {
                Some(procedure) => Cow::Owned(format!("Raise it with the school directly: {procedure}")),
                None => Cow::Borrowed(suggestion),
            },
            (Kind::Threat, Section::Staff) => match &school.safeguarding_lead {
                Some(lead) => {
                    let reach: Vec<&str> =
                        [lead.phone.as_deref(), lead.email.as_deref()].into_iter().flatten().collect();
                    let contact = if reach.is_empty() {
                        lead.name.clone()
                    } else {
                        format!("{} ({})", lead.name, reach.join(", "))
                    };
                    Cow::Owned(format!("{suggestion} Designated Senior Person: {contact}."))
                }
                None => Cow::Borrowed(suggestion),
            },
            _ => Cow::Borrowed(suggestion),
        }
    }
}

/// "aimed at “Mrs Doe”; the words “useless woman”", from a tone candidate's cue.
fn because(doc: &Document<'_>, cue: Cue) -> String {
    let target = doc.slice(cue.target).trim();
    let words = doc.slice(cue.words).trim();
    let earlier = if cue.carried { " (named earlier)" } else { "" };
    format!("aimed at “{target}”{earlier}; the words “{words}”")
}

/// Keeps, where detail candidates overlap, the one of the higher-precedence kind
/// (then the longer); tone candidates (whole sentences) are resolved among
/// themselves the same way and never suppress a detail, nor a detail them.
/// Returns the survivors in text order.
fn resolve_overlaps(candidates: Vec<Candidate>) -> Vec<Candidate> {
    let (tone, details): (Vec<Candidate>, Vec<Candidate>) = candidates.into_iter().partition(|c| c.kind.is_tone());
    let mut kept = resolve_within(details);
    kept.extend(resolve_within(tone));
    sort_by_key(&mut kept, |c| [c.span.start as u64, c.span.end as u64, 0]);
    kept
}

fn resolve_within(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    sort_by_key(&mut candidates, |c| [c.kind as u64, descending(c.span.len()), c.span.start as u64]);
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        if !c.span.is_empty() && !kept.iter().any(|k| k.span.overlaps(&c.span)) {
            kept.push(c);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    #[test]
    fn higher_precedence_wins_overlaps() {
        let kept = resolve_overlaps(vec![
            Candidate::new(Kind::PupilName, Span::new(3, 8)),
            Candidate::new(Kind::SchoolIdentifier, Span::new(0, 15)),
            Candidate::new(Kind::PhoneNumber, Span::new(20, 30)),
        ]);
        assert_eq!(
            kept,
            [
                Candidate::new(Kind::SchoolIdentifier, Span::new(0, 15)),
                Candidate::new(Kind::PhoneNumber, Span::new(20, 30))
            ]
        );
    }

    #[test]
    fn tone_spans_and_the_details_inside_them_are_both_kept() {
        let kept = resolve_overlaps(vec![
            Candidate::new(Kind::HostileRemark, Span::new(0, 30)),
            Candidate::new(Kind::StaffName, Span::new(0, 7)),
            Candidate::new(Kind::Complaint, Span::new(0, 30)),
            Candidate::new(Kind::Complaint, Span::new(31, 50)),
        ]);
        let kinds: Vec<Kind> = kept.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, [Kind::StaffName, Kind::HostileRemark, Kind::Complaint]);
    }

    #[test]
    fn a_parents_complaint_points_to_the_schools_own_procedure() {
        let mut config = Config::default_school();
        config.role = Role::Parent;
        let engine = Engine::new(&config);
        let findings = engine.check("Absolutely disgusted with how the school handled the bullying.");
        let complaint = findings.iter().find(|f| f.kind == Kind::Complaint).expect("a complaint");
        assert_eq!(complaint.suggestion, "Raise it with the school directly: https://www.bucklebury.sch.uk/complaints");
        assert_eq!(complaint.clauses[0].reference(), "Parent 2");
        let message = complaint.message();
        assert!(message.contains("aimed at “the school”") && message.contains("disgusted"), "{message}");
    }

    #[test]
    fn a_staff_threat_is_blocked_and_names_the_designated_senior_person() {
        let engine = Engine::new(&Config::default_school());
        let findings = engine.check("Watch your back Mrs Doe.");
        let threat = findings.iter().find(|f| f.kind == Kind::Threat).expect("a threat");
        assert_eq!(threat.severity, crate::Severity::Block);
        assert!(threat.suggestion.contains("Mr David Okafor"), "{}", threat.suggestion);
    }

    #[test]
    fn the_school_phone_is_an_identifier_not_a_personal_number() {
        let engine = Engine::new(&Config::default_school());
        let findings = engine.check("Office: 0118 496 0000, mine: 07700 900123");
        let kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::SchoolIdentifier, Kind::PhoneNumber]);
    }

    #[test]
    fn names_inside_addresses_and_emails_are_not_reported_alone() {
        let engine = Engine::new(&Config::default_school());
        let findings = engine.check("Send it to millie.hart@example.com or 3 Grace Close");
        let kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::EmailAddress, Kind::StreetAddress]);
    }

    #[test]
    fn severity_overrides_apply() {
        let mut config = Config::default_school();
        config.severity.insert(Kind::PupilName, crate::Severity::Block);
        let engine = Engine::new(&config);
        assert_eq!(engine.check("Well done Millie")[0].severity, crate::Severity::Block);
    }
}
