//! What the pre-submit card says: the findings of a draft grouped by the
//! policy clause they touch, whether the school lets the person post anyway,
//! who to ask when it does not, (for staff) the safeguarding route, and (for a
//! complaint) the school's own complaints procedure.
//!
//! Tone findings (threats, hostile remarks, complaints) are grouped by their
//! clause like every other finding: a parent's hostile remark under General 4,
//! their complaint under Parent 2, whose item says where to raise it instead.
//!
//! Pure data, built from the findings and the configuration, so the words a
//! teacher in a hurry reads are tested here rather than in a browser.

use crate::finding::{FindingRecord, Kind, Severity};
use crate::photo::AttachmentNote;
use crate::policy::{clause_by_reference, Clause, Section, STAFF_6};
use crate::Config;

/// The pre-submit card's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// The card's heading.
    pub title: &'static str,
    /// One line naming what was found ("a pupil's name “Millie” and a phone number “07700 900123”").
    pub summary: String,
    /// The findings grouped by the clause they touch most directly, in the draft's order.
    pub groups: Vec<ClauseGroup>,
    /// Set when a finding's kind is configured as `block`: why it cannot be posted and who to ask.
    pub blocked: Option<String>,
    /// For staff and governors: who to tell about a safety concern, and how (Staff 6).
    pub safeguarding: Option<String>,
    /// When the draft reads as a public complaint: where the school asks for it to go instead (Parent 2).
    pub complaints: Option<String>,
    /// The photos and videos attached to the post that need a second look.
    pub attachments: Vec<AttachmentNote>,
}

/// The findings that touch one clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClauseGroup {
    /// The clause.
    pub clause: &'static Clause,
    /// Its reference ("Staff 2").
    pub reference: String,
    /// The findings, in the draft's order.
    pub items: Vec<ReviewItem>,
}

/// One finding as the card lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewItem {
    /// What kind of detail it is ("phone number").
    pub label: &'static str,
    /// The matched text, exactly as typed.
    pub text: String,
    /// How strongly it is raised.
    pub severity: Severity,
    /// What to do instead.
    pub suggestion: String,
}

impl Review {
    /// The card for `findings` (in text order) under `config`'s role and school.
    pub fn new(findings: &[FindingRecord], config: &Config) -> Review {
        let mut groups: Vec<ClauseGroup> = Vec::new();
        for finding in findings {
            let Some(clause) = finding.clauses.first().and_then(|r| clause_by_reference(r)) else { continue };
            let item = ReviewItem {
                label: finding.kind.label(),
                text: finding.text.clone(),
                severity: finding.severity,
                suggestion: finding.suggestion.clone(),
            };
            match groups.iter_mut().find(|g| g.clause == clause) {
                Some(group) => group.items.push(item),
                None => groups.push(ClauseGroup { clause, reference: clause.reference(), items: vec![item] }),
            }
        }
        let blocked_kinds: Vec<Kind> =
            unique(findings.iter().filter(|f| f.severity == Severity::Block).map(|f| f.kind));
        Review {
            title: if blocked_kinds.is_empty() { "Check before you post" } else { "This can't be posted" },
            summary: summary(findings),
            groups,
            blocked: (!blocked_kinds.is_empty()).then(|| blocked_message(&blocked_kinds, config)),
            safeguarding: safeguarding(config),
            complaints: complaints(findings, config),
            attachments: Vec::new(),
        }
    }

    /// The same review with the post's attachments in it; a draft with nothing in its words but a photo to
    /// check says so in its summary.
    pub fn with_attachments(mut self, attachments: Vec<AttachmentNote>) -> Review {
        if self.groups.is_empty() && !attachments.is_empty() {
            let what = match attachments.len() {
                1 => "an attachment".to_owned(),
                n => format!("{n} attachments"),
            };
            self.summary = format!("This post has {what} to check.");
        }
        self.attachments = attachments;
        self
    }

    /// Whether the person may choose to post anyway.
    pub fn can_post_anyway(&self) -> bool {
        self.blocked.is_none()
    }
}

/// "a pupil's name “Millie” and a phone number “07700 900123”".
fn summary(findings: &[FindingRecord]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for f in findings {
        let part = format!("{} “{}”", f.kind.description(), f.text);
        if !parts.contains(&part) {
            parts.push(part);
        }
    }
    let found = match parts.split_last() {
        None => return "Nothing to check.".into(),
        Some((only, [])) => only.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    };
    format!("This draft has {found}.")
}

/// Why the school blocks these kinds, and who can say otherwise.
fn blocked_message(kinds: &[Kind], config: &Config) -> String {
    let labels: Vec<&str> = kinds.iter().map(|k| k.label()).collect();
    let what = match labels.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or a {last}", rest.join(", a ")),
        _ => labels.concat(),
    };
    let who = match &config.school.headteacher {
        Some(name) => format!("the headteacher, {name}"),
        None => "the headteacher".into(),
    };
    format!(
        "{} does not allow posts with a {what}, because it could identify or harm someone. \
         Remove it to post. If you think this post should go out as it is, ask {who}.",
        config.school.name
    )
}

/// Staff 6 with the Designated Senior Person's contact, for staff and governors.
fn safeguarding(config: &Config) -> Option<String> {
    if config.role.section() != Section::Staff {
        return None;
    }
    let lead = config.school.safeguarding_lead.as_ref()?;
    let reach: Vec<&str> = [lead.phone.as_deref(), lead.email.as_deref()].into_iter().flatten().collect();
    let contact = if reach.is_empty() { lead.name.clone() } else { format!("{} ({})", lead.name, reach.join(", ")) };
    Some(format!("{} Designated Senior Person: {contact}.", STAFF_6.plain))
}

/// The complaints procedure, when the draft holds a complaint and the school has one.
fn complaints(findings: &[FindingRecord], config: &Config) -> Option<String> {
    if !findings.iter().any(|f| f.kind == Kind::Complaint) {
        return None;
    }
    let procedure = config.school.complaints.as_ref()?;
    Some(format!(
        "{} Raise it with the school directly: {procedure}",
        crate::policy::PARENT_2.plain.trim_end_matches(|c: char| c != '.')
    ))
}

fn unique<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::records;
    use crate::Engine;

    fn review_of(config: &Config, post: &str) -> Review {
        let engine = Engine::new(config);
        Review::new(&records(post, &engine.check(post)), config)
    }

    fn with(json_edit: impl FnOnce(&mut serde_json::Value)) -> Config {
        let mut value: serde_json::Value = serde_json::from_str(crate::config::DEFAULT_CONFIG_JSON).unwrap();
        json_edit(&mut value);
        Config::from_json(&value.to_string()).unwrap()
    }

    #[test]
    fn groups_findings_by_their_first_clause_in_draft_order() {
        let config = Config::default_school();
        let review = review_of(&config, "Well done Millie! Call 07700 900123 or ring Millie on 07700 900124");
        let refs: Vec<&str> = review.groups.iter().map(|g| g.reference.as_str()).collect();
        assert_eq!(refs, ["Staff 2", "Staff 3"]);
        let texts: Vec<Vec<&str>> =
            review.groups.iter().map(|g| g.items.iter().map(|i| i.text.as_str()).collect()).collect();
        assert_eq!(texts, [vec!["Millie", "Millie"], vec!["07700 900123", "07700 900124"]]);
        assert_eq!(review.groups[1].items[0].label, "phone number");
    }

    #[test]
    fn summary_names_each_distinct_finding_once() {
        let config = Config::default_school();
        let review = review_of(&config, "Millie and Millie at Bucklebury Primary School, 07700 900123");
        assert_eq!(
            review.summary,
            "This draft has a pupil's name “Millie”, an identifier of the school “Bucklebury Primary School” \
             and a phone number “07700 900123”."
        );
        assert_eq!(review_of(&config, "Call 07700 900123").summary, "This draft has a phone number “07700 900123”.");
    }

    #[test]
    fn warnings_can_be_posted_anyway() {
        let review = review_of(&Config::default_school(), "Call 07700 900123");
        assert!(review.can_post_anyway());
        assert_eq!(review.title, "Check before you post");
    }

    #[test]
    fn blocked_kinds_name_the_headteacher_and_the_reason() {
        let config = with(|c| c["severity"] = serde_json::json!({"pupil_name": "block"}));
        let review = review_of(&config, "Well done Millie! Call 07700 900123");
        assert!(!review.can_post_anyway());
        assert_eq!(review.title, "This can't be posted");
        let message = review.blocked.unwrap();
        assert!(message.contains("does not allow posts with a pupil's name"), "{message}");
        assert!(message.contains("the headteacher, Mrs Helen Whitcombe"), "{message}");
        assert!(!message.contains("phone"), "only blocked kinds are named: {message}");
    }

    #[test]
    fn several_blocked_kinds_are_listed() {
        let config = with(|c| c["severity"] = serde_json::json!({"pupil_name": "block", "phone_number": "block"}));
        let message = review_of(&config, "Well done Millie! Call 07700 900123").blocked.unwrap();
        assert!(message.contains("a pupil's name or a phone number"), "{message}");
    }

    #[test]
    fn a_school_without_a_named_headteacher_still_says_who_to_ask() {
        let config = with(|c| {
            c["severity"] = serde_json::json!({"phone_number": "block"});
            c["school"].as_object_mut().unwrap().remove("headteacher");
        });
        assert!(review_of(&config, "Call 07700 900123").blocked.unwrap().ends_with("ask the headteacher."));
    }

    #[test]
    fn tone_findings_are_grouped_by_clause_and_a_complaint_shows_the_procedure() {
        let config = with(|c| c["role"] = "parent".into());
        let review = review_of(
            &config,
            "Mrs Doe is a useless woman. Still no reply from the school about the trip. Watch your back Mrs Doe.",
        );
        let refs: Vec<&str> = review.groups.iter().map(|g| g.reference.as_str()).collect();
        assert_eq!(refs, ["General 4", "Parent 2"], "staff names and hostile remarks and threats share General 4");
        let complaint = review.groups[1].items.iter().find(|i| i.label == "public complaint").unwrap();
        assert!(complaint.suggestion.ends_with("https://www.bucklebury.sch.uk/complaints"), "{}", complaint.suggestion);
        let procedure = review.complaints.clone().unwrap();
        assert!(procedure.contains("Raise it with the school directly: https://www.bucklebury.sch.uk/complaints"));
        assert!(!review.can_post_anyway(), "a threat is blocked by default");
        assert!(review.blocked.unwrap().contains("threat"));
        assert_eq!(review_of(&config, "Call 07700 900123").complaints, None);
    }

    #[test]
    fn staff_and_governors_see_the_designated_senior_person() {
        for role in ["staff", "governor"] {
            let config = with(|c| c["role"] = role.into());
            let route = review_of(&config, "Call 07700 900123").safeguarding.unwrap();
            assert!(route.contains("Mr David Okafor (0118 496 0001, dsl@bucklebury.sch.uk)"), "{route}");
        }
        for role in ["parent", "pupil"] {
            let config = with(|c| c["role"] = role.into());
            assert_eq!(review_of(&config, "Call 07700 900123").safeguarding, None);
        }
    }

    #[test]
    fn a_clean_draft_with_a_photo_to_check_says_so() {
        let config = Config::default_school();
        let note = AttachmentNote {
            file: "fete.jpg".into(),
            lines: vec!["This photo shows 3 faces.".into()],
            references: vec![],
        };
        let review = review_of(&config, "Lovely day at the fete").with_attachments(vec![note.clone()]);
        assert_eq!(review.summary, "This post has an attachment to check.");
        assert_eq!(review.attachments, std::slice::from_ref(&note));
        assert!(review.can_post_anyway());
        let both = review_of(&config, "Well done Millie").with_attachments(vec![note.clone(), note]);
        assert_eq!(both.summary, "This draft has a pupil's name “Millie”.", "the words' summary stays");
    }
}
