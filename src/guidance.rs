//! The school's whole policy as one person reads it: the clauses for their
//! role, what PostGuard points out on their behalf, and who to talk to. The
//! extension's policy page renders it; it never includes the roster.

use serde::Serialize;

use crate::finding::Severity;
use crate::policy::{clauses_for, guideline, Section};
use crate::{Config, Kind};

/// The policy page's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Guidance {
    /// The school's name.
    pub school: String,
    /// `staff`, `governor`, `parent` or `pupil`.
    pub role: &'static str,
    /// Who the page is for ("staff", "parents and carers").
    pub people: &'static str,
    /// The clauses that apply, section by section.
    pub sections: Vec<GuidanceSection>,
    /// What PostGuard looks for, with the severity this school set.
    pub checks: Vec<Check>,
    /// Who to ask for permission to post about the school, or about a held post.
    pub headteacher: Option<String>,
    /// Staff and governors: the Designated Senior Person (Staff 6).
    pub safeguarding: Option<Contact>,
    /// Parents: where concerns and complaints go (Parent 2).
    pub complaints: Option<String>,
}

/// One section of the policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidanceSection {
    /// "General", "Staff", …
    pub title: &'static str,
    /// Its clauses, in order.
    pub clauses: Vec<GuidanceClause>,
}

/// One clause, in the policy's words and in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuidanceClause {
    /// "Staff 2".
    pub reference: String,
    /// Its short title.
    pub title: &'static str,
    /// The policy's own words.
    pub text: &'static str,
    /// In plain words.
    pub plain: &'static str,
}

/// One kind of finding PostGuard points out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// "pupil's name".
    pub label: &'static str,
    /// After the school's overrides.
    pub severity: Severity,
    /// Why it matters.
    pub why: &'static str,
    /// What to do instead.
    pub suggestion: &'static str,
}

/// A person to contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    /// Their name.
    pub name: String,
    /// Their phone number.
    pub phone: Option<String>,
    /// Their email address.
    pub email: Option<String>,
}

impl Guidance {
    /// The policy page for `config`'s role and school.
    pub fn new(config: &Config) -> Guidance {
        let role = config.role;
        let mut sections: Vec<GuidanceSection> = Vec::new();
        for clause in clauses_for(role) {
            let entry = GuidanceClause {
                reference: clause.reference(),
                title: clause.title,
                text: clause.text,
                plain: clause.plain,
            };
            match sections.last_mut() {
                Some(section) if section.title == clause.section.title() => section.clauses.push(entry),
                _ => sections.push(GuidanceSection { title: clause.section.title(), clauses: vec![entry] }),
            }
        }
        let checks = Kind::ALL
            .into_iter()
            .map(|kind| {
                let g = guideline(kind, role);
                Check {
                    label: kind.label(),
                    severity: config.severity_for(kind, g.severity),
                    why: g.why,
                    suggestion: g.suggestion,
                }
            })
            .collect();
        let school = &config.school;
        Guidance {
            school: school.name.clone(),
            role: role.as_str(),
            people: role.people(),
            sections,
            checks,
            headteacher: school.headteacher.clone(),
            safeguarding: (role.section() == Section::Staff)
                .then_some(school.safeguarding_lead.as_ref())
                .flatten()
                .map(|c| Contact { name: c.name.clone(), phone: c.phone.clone(), email: c.email.clone() }),
            complaints: (role.section() == Section::Parent).then(|| school.complaints.clone()).flatten(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn for_role(role: &str) -> Guidance {
        let mut value: serde_json::Value = serde_json::from_str(crate::config::DEFAULT_CONFIG_JSON).unwrap();
        value["role"] = role.into();
        Guidance::new(&Config::from_json(&value.to_string()).unwrap())
    }

    #[test]
    fn staff_read_the_general_and_staff_clauses_and_the_safeguarding_lead() {
        let page = for_role("staff");
        let titles: Vec<&str> = page.sections.iter().map(|s| s.title).collect();
        assert_eq!(titles, ["General", "Staff"]);
        assert_eq!(page.sections[1].clauses.len(), 6);
        assert_eq!(page.safeguarding.unwrap().name, "Mr David Okafor");
        assert_eq!(page.complaints, None);
        assert_eq!(page.headteacher.as_deref(), Some("Mrs Helen Whitcombe"));
    }

    #[test]
    fn parents_read_their_section_and_the_complaints_procedure() {
        let page = for_role("parent");
        let titles: Vec<&str> = page.sections.iter().map(|s| s.title).collect();
        assert_eq!(titles, ["General", "Parent"]);
        assert_eq!(page.safeguarding, None);
        assert_eq!(page.complaints.as_deref(), Some("https://www.bucklebury.sch.uk/complaints"));
    }

    #[test]
    fn pupils_read_their_section() {
        let page = for_role("pupil");
        assert_eq!(page.sections.last().unwrap().title, "Pupil");
        assert_eq!(page.people, crate::Role::Pupil.people());
    }

    #[test]
    fn checks_carry_the_schools_severity_and_never_the_roster() {
        let mut value: serde_json::Value = serde_json::from_str(crate::config::DEFAULT_CONFIG_JSON).unwrap();
        value["severity"] = serde_json::json!({"pupil_name": "block"});
        let config = Config::from_json(&value.to_string()).unwrap();
        let page = Guidance::new(&config);
        let pupil = page.checks.iter().find(|c| c.label == "pupil's name").unwrap();
        assert_eq!(pupil.severity, Severity::Block);
        let json = serde_json::to_string(&page).unwrap();
        for person in &config.pupils {
            assert!(!json.contains(&format!("{} {}", person.first, person.last)), "{}", person.first);
        }
    }
}
