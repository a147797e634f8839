//! The school's social media policy as data: every clause, and one guideline
//! table that says, for each kind of finding and each role, which clauses it
//! touches, how strongly to raise it, and what to do instead.
//!
//! The clause texts follow the school's own policy document
//! (`shared/policy/social-media-policy.txt`); the "plain words" are what a
//! teacher in a hurry, a parent or a twelve-year-old reads on the card.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::finding::{Kind, Severity};

/// Who is posting: decides which guidelines apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Teachers, teaching assistants and other employees.
    #[default]
    Staff,
    /// Governors follow the staff guidelines.
    Governor,
    /// Parents and carers.
    Parent,
    /// Pupils.
    Pupil,
}

impl Role {
    /// Every role.
    pub const ALL: [Role; 4] = [Role::Staff, Role::Governor, Role::Parent, Role::Pupil];

    /// The identifier used in configuration and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Governor => "governor",
            Role::Parent => "parent",
            Role::Pupil => "pupil",
        }
    }

    /// The people in this role, for sentences ("guidelines for parents and carers").
    pub fn people(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Governor => "governors",
            Role::Parent => "parents and carers",
            Role::Pupil => "pupils",
        }
    }

    /// The section of the policy written for this role, besides the general one.
    pub fn section(self) -> Section {
        match self {
            Role::Staff | Role::Governor => Section::Staff,
            Role::Parent => Section::Parent,
            Role::Pupil => Section::Pupil,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The sections of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// "General Guidelines Applicable to Everyone".
    General,
    /// "Staff Guidelines" (staff and governors).
    Staff,
    /// "Pupil Guidelines".
    Pupil,
    /// "Parent/Carer Guidelines".
    Parent,
}

impl Section {
    /// The section's heading as people read it.
    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General",
            Section::Staff => "Staff",
            Section::Pupil => "Pupil",
            Section::Parent => "Parent",
        }
    }
}

/// One numbered clause of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Clause {
    /// The section it belongs to.
    pub section: Section,
    /// Its number within the section.
    pub number: u8,
    /// Its short title.
    pub title: &'static str,
    /// The clause as the policy states it.
    pub text: &'static str,
    /// The clause in plain words, for the card.
    pub plain: &'static str,
}

impl Clause {
    /// "Staff 2", "General 7", …
    pub fn reference(&self) -> String {
        format!("{} {}", self.section.title(), self.number)
    }
}

macro_rules! clause {
    ($section:ident, $number:expr, $title:expr, $text:expr, $plain:expr) => {
        Clause { section: Section::$section, number: $number, title: $title, text: $text, plain: $plain }
    };
}

/// General 1: be responsible.
pub const GENERAL_1: Clause = clause!(General, 1, "Be responsible",
    "Whatever you share is ultimately your responsibility. You are responsible for the accuracy, content and consequences of what you share. Make sure that you have the appropriate permissions to share anything that did not originate from you.",
    "You are responsible for what you share. Only share what is yours to share.");
/// General 2: be truthful.
pub const GENERAL_2: Clause = clause!(General, 2, "Be truthful",
    "Anything that you share must be true and not misleading. Any claims must be substantiated. Once information is shared it will be there permanently so consider content carefully.",
    "Share only what is true. Once it is online it is there for good.");
/// General 3: be transparent.
pub const GENERAL_3: Clause = clause!(
    General,
    3,
    "Be transparent",
    "Be transparent and honest about who you are and any other personal details you choose to share.",
    "Be honest about who you are."
);
/// General 4: be polite.
pub const GENERAL_4: Clause = clause!(General, 4, "Be polite",
    "Do not make any derogatory, defamatory, rude or threatening comments about the school or anyone connected with the school.",
    "No rude, hurtful or threatening comments about the school or anyone connected with it.");
/// General 5: observe confidentiality.
pub const GENERAL_5: Clause = clause!(General, 5, "Observe confidentiality",
    "Be smart about protecting yourself, your privacy and confidential information. Do not share any information that could compromise the safety or security of the school, staff or pupils.",
    "Keep private details private: nothing that could put pupils, staff or the school at risk.");
/// General 6: correct mistakes quickly.
pub const GENERAL_6: Clause = clause!(
    General,
    6,
    "Correct mistakes quickly",
    "If you make a mistake, admit it and correct it as quickly as possible.",
    "If you get something wrong, say so and put it right quickly."
);
/// General 7: maintain the school's reputation.
pub const GENERAL_7: Clause = clause!(General, 7, "Maintain the school's reputation",
    "Nothing should be shared online that may damage the school's reputation or bring the school into disrepute. The school's name, logo and any other material owned by the school may not be used or published online without prior, written permission from the headteacher.",
    "Don't use the school's name, logo or material online without the headteacher's written permission.");
/// Staff 1: no media of pupils or colleagues.
pub const STAFF_1: Clause = clause!(Staff, 1, "No photos or videos of pupils or colleagues",
    "Staff should not post any media attachments, such as photographs or videos, which have subjects (pupils/colleagues etc.) of the school in them.",
    "Don't post photos or videos that show pupils or colleagues.");
/// Staff 2: no information about the school, colleagues or pupils.
pub const STAFF_2: Clause = clause!(Staff, 2, "No information about the school, colleagues or pupils",
    "Staff should not place any information regarding the school, their employer, their colleagues, pupils or people they come into contact with as part of their employment on a social networking or media site.",
    "Don't post anything about the school, your colleagues or pupils.");
/// Staff 3: personal information.
pub const STAFF_3: Clause = clause!(Staff, 3, "Keep your personal information off social media",
    "Staff are strongly advised, for their own protection, not to put personal information such as home addresses or personal telephone numbers on a social networking or media site.",
    "For your own protection, don't post home addresses or personal phone numbers.");
/// Staff 4: no interaction with pupils.
pub const STAFF_4: Clause = clause!(Staff, 4, "No contact with pupils on social media",
    "Staff should not interact with any pupil, or any ex-pupil under the age of 18, on a social media or networking site. If a member of staff receives a request to connect/friend etc. from a pupil then they should not respond to the request and the headteacher should be informed.",
    "Don't connect with pupils (or ex-pupils under 18). Don't answer their requests; tell the headteacher.");
/// Staff 5: school matters through formal channels.
pub const STAFF_5: Clause = clause!(Staff, 5, "Use the school's own channels",
    "Electronic communication regarding school matters should be carried out using the school's formal electronic communication systems only.",
    "School matters go through the school's own email and systems, not social media.");
/// Staff 6: safeguarding concerns.
pub const STAFF_6: Clause = clause!(Staff, 6, "Safeguarding concerns go to the Designated Senior Person",
    "If staff have any concerns about pupil safety as a result of social media then the Designated Senior Person should be informed. Most social media sites enable underage users to be reported via Help pages.",
    "Worried about a pupil's safety? Tell the Designated Senior Person.");
/// Pupil 1: age restrictions.
pub const PUPIL_1: Clause = clause!(Pupil, 1, "Observe age restrictions",
    "Observe age restrictions set by social media sites. These are legal restrictions and you can be reported for ignoring them.",
    "Social media sites have age limits. They are the law, and accounts under the age limit can be reported and removed.");
/// Pupil 2: no comments on staff or pupils.
pub const PUPIL_2: Clause = clause!(
    Pupil,
    2,
    "Don't post about staff or other pupils",
    "Do not use social media, or any other online forum, to comment on staff or other pupils from school.",
    "Don't post about teachers or other pupils from school."
);
/// Parent 1: images of other children.
pub const PARENT_1: Clause = clause!(Parent, 1, "Only your own children in photos you post",
    "Parents and carers are welcome to take photos and video at school events but are NOT allowed to post any images on line that contain full or partial images of any children other than their own.",
    "Photos from school events are fine to take, but only post ones that show your own children.");
/// Parent 2: complaints procedure.
pub const PARENT_2: Clause = clause!(
    Parent,
    2,
    "Use the complaints procedure",
    "Social media should not be used in place of the school complaints procedure.",
    "If you have a concern or complaint, use the school's complaints procedure rather than social media."
);
/// Parent 3: malicious communications.
pub const PARENT_3: Clause = clause!(Parent, 3, "Malicious communications",
    "Reports of malicious communications, as defined by the Malicious Communications Act 1988, will be dealt with involving the Police, social services and/or any other outside agencies as appropriate.",
    "Threatening or offensive messages can be reported to the police under the Malicious Communications Act 1988.");

/// Every clause of the policy, in the policy's order.
pub const ALL_CLAUSES: [Clause; 18] = [
    GENERAL_1, GENERAL_2, GENERAL_3, GENERAL_4, GENERAL_5, GENERAL_6, GENERAL_7, STAFF_1, STAFF_2, STAFF_3, STAFF_4,
    STAFF_5, STAFF_6, PUPIL_1, PUPIL_2, PARENT_1, PARENT_2, PARENT_3,
];

/// The clause with reference `reference` ("Staff 2"), if the policy has one.
pub fn clause_by_reference(reference: &str) -> Option<&'static Clause> {
    ALL_CLAUSES.iter().find(|c| c.reference() == reference)
}

/// The clauses that apply to a role: the general ones and its own section.
pub fn clauses_for(role: Role) -> impl Iterator<Item = &'static Clause> {
    let section = role.section();
    ALL_CLAUSES.iter().filter(move |c| c.section == Section::General || c.section == section)
}

/// What the policy says about one kind of finding for one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guideline {
    /// The clauses it touches, most specific first.
    pub clauses: &'static [Clause],
    /// How strongly to raise it unless the school overrides it.
    pub severity: Severity,
    /// Why it matters, in one line.
    pub why: &'static str,
    /// What to do instead.
    pub suggestion: &'static str,
}

/// The guideline table: kind × role → guideline.
pub fn guideline(kind: Kind, role: Role) -> Guideline {
    use Kind::*;
    use Severity::*;
    let g = |clauses, severity, why, suggestion| Guideline { clauses, severity, why, suggestion };
    match (kind, role.section()) {
        (PupilName, Section::Staff) => g(
            &[STAFF_2, GENERAL_5],
            Warn,
            "Staff should not post information about pupils.",
            "Leave the name out, or share it through the school's own channels.",
        ),
        (PupilName, Section::Parent) => g(
            &[GENERAL_5, PARENT_1],
            Warn,
            "Other children's names are their families' to share, not ours.",
            "Leave the name out, or use an initial, unless it is your own child.",
        ),
        (PupilName, Section::Pupil) => g(
            &[PUPIL_2, GENERAL_5],
            Warn,
            "Posts about other pupils can hurt and can't be taken back.",
            "Leave their name out, or talk to them in person instead.",
        ),
        (StaffName, Section::Staff) => g(
            &[STAFF_2, GENERAL_5],
            Warn,
            "Staff should not post information about colleagues.",
            "Leave the name out; talk to your colleague directly.",
        ),
        (StaffName, Section::Parent) => g(
            &[GENERAL_4, PARENT_2],
            Info,
            "Naming staff in public can turn a concern into a dispute.",
            "Keep it kind; raise concerns through the school's complaints procedure.",
        ),
        (StaffName, Section::Pupil) => g(
            &[PUPIL_2, GENERAL_4],
            Warn,
            "Pupils should not post about staff.",
            "Leave the teacher's name out; talk to a trusted adult if something is wrong.",
        ),
        (SchoolIdentifier, Section::Staff) => g(
            &[GENERAL_7, STAFF_2],
            Warn,
            "The school's name and details need the headteacher's written permission to be used online.",
            "Remove the school's name, or use the school's official channels.",
        ),
        (SchoolIdentifier, _) => g(
            &[GENERAL_7],
            Info,
            "The school's name and details need the headteacher's written permission to be used online.",
            "Leave the school's name out, or share the school's own post instead.",
        ),
        (PhoneNumber | StreetAddress | Postcode | EmailAddress, Section::Staff) => g(
            &[STAFF_3, GENERAL_5],
            Warn,
            "Personal contact details on social media put you and others at risk.",
            "Remove it and send it privately to the people who need it.",
        ),
        (PhoneNumber | StreetAddress | Postcode | EmailAddress, _) => g(
            &[GENERAL_5],
            Warn,
            "Personal contact details on social media can reach anyone.",
            "Remove it and send it privately to the people who need it.",
        ),
        (DateOfBirth, Section::Staff) => g(
            &[STAFF_2, GENERAL_5],
            Warn,
            "A date of birth identifies a child and is confidential.",
            "Remove the date; a birthday wish needs no date.",
        ),
        (DateOfBirth, _) => g(
            &[GENERAL_5],
            Warn,
            "A date of birth is one of the details used to steal identities.",
            "Remove the date; a birthday wish needs no date.",
        ),
        (Threat, Section::Staff) => g(
            &[STAFF_6, GENERAL_4],
            Block,
            "Threats against anyone connected with the school are never acceptable, and a threat about a pupil is a safeguarding matter.",
            "Don't post it. If you are worried about someone's safety, tell the Designated Senior Person now.",
        ),
        (Threat, Section::Parent) => g(
            &[GENERAL_4, PARENT_3],
            Block,
            "A threatening message can be a crime under the Malicious Communications Act 1988, and the school can involve the police.",
            "Don't post it. If you are angry or worried, speak to the school in person once you have had time to cool down.",
        ),
        (Threat, Section::Pupil) => g(
            &[GENERAL_4, PUPIL_2],
            Block,
            "Threatening someone online is serious: the school and the police can act on it.",
            "Don't post it. Talk to a trusted adult about what has happened.",
        ),
        (HostileRemark, Section::Staff) => g(
            &[GENERAL_4, STAFF_2],
            Warn,
            "Rude or hurtful comments about the school or people connected with it break the policy, and can be defamatory.",
            "Leave it out; raise the problem with your line manager or through the school's own channels.",
        ),
        (HostileRemark, Section::Parent) => g(
            &[GENERAL_4],
            Warn,
            "Rude or hurtful comments about the school or people connected with it break the policy, and an accusation can be defamatory.",
            "Say what happened without name-calling, and take it to the school rather than the group.",
        ),
        (HostileRemark, Section::Pupil) => g(
            &[PUPIL_2, GENERAL_4],
            Warn,
            "Comments about teachers or other pupils can hurt and can't be taken back.",
            "Don't post it. If someone has upset you, talk to a trusted adult.",
        ),
        (Complaint, Section::Staff) => g(
            &[STAFF_5, GENERAL_7],
            Info,
            "School matters go through the school's own channels, not social media.",
            "Raise it with your line manager, your union rep or through the school's grievance procedure.",
        ),
        (Complaint, Section::Parent) => g(
            &[PARENT_2, GENERAL_7],
            Info,
            "Social media should not be used in place of the school's complaints procedure.",
            "Raise it with the school directly, through its complaints procedure.",
        ),
        (Complaint, Section::Pupil) => g(
            &[PUPIL_2, GENERAL_7],
            Info,
            "Posting about staff or the school in public rarely gets a problem fixed.",
            "Talk to your form tutor, your head of year or another adult you trust.",
        ),
        (_, Section::General) => unreachable!("roles map to their own section"),
    }
}

/// The clauses a photo or video that shows people touches, for a role: staff and governors
/// may not post media with the school's people in them (Staff 1); parents only their own
/// children (Parent 1); pupils are not to post about other pupils (Pupil 2).
pub fn faces_clauses(role: Role) -> &'static [Clause] {
    match role.section() {
        Section::Staff => &[STAFF_1],
        Section::Parent => &[PARENT_1],
        Section::Pupil => &[PUPIL_2],
        Section::General => unreachable!("roles map to their own section"),
    }
}

/// The clauses a photo's embedded position touches for any role: where a child is
/// photographed (home, school, club) is information that compromises their safety.
pub fn location_clauses(_role: Role) -> &'static [Clause] {
    &[GENERAL_5]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pupils_name_breaches_the_clause_of_each_role() {
        assert_eq!(guideline(Kind::PupilName, Role::Staff).clauses[0].reference(), "Staff 2");
        assert_eq!(guideline(Kind::PupilName, Role::Governor).clauses[0].reference(), "Staff 2");
        assert_eq!(guideline(Kind::PupilName, Role::Pupil).clauses[0].reference(), "Pupil 2");
        assert_eq!(guideline(Kind::PupilName, Role::Parent).clauses[0].reference(), "General 5");
    }

    #[test]
    fn every_kind_has_a_guideline_for_every_role() {
        for kind in Kind::ALL {
            for role in Role::ALL {
                let g = guideline(kind, role);
                assert!(!g.clauses.is_empty(), "{kind} for {role}");
                assert!(
                    g.clauses.iter().all(|c| c.section == Section::General || c.section == role.section()),
                    "{kind} for {role} cites another role's clause"
                );
            }
        }
    }

    #[test]
    fn tone_kinds_cite_the_clauses_the_policy_gives_them() {
        let refs = |kind, role| guideline(kind, role).clauses.iter().map(|c| c.reference()).collect::<Vec<_>>();
        assert_eq!(refs(Kind::Threat, Role::Parent), ["General 4", "Parent 3"]);
        assert_eq!(refs(Kind::Threat, Role::Staff)[0], "Staff 6");
        assert_eq!(refs(Kind::HostileRemark, Role::Parent), ["General 4"]);
        assert_eq!(refs(Kind::HostileRemark, Role::Pupil)[0], "Pupil 2");
        assert_eq!(refs(Kind::Complaint, Role::Parent)[0], "Parent 2");
        assert!(guideline(Kind::Threat, Role::Parent).why.contains("Malicious Communications Act 1988"));
        assert_eq!(guideline(Kind::Threat, Role::Pupil).severity, Severity::Block);
        assert_eq!(guideline(Kind::HostileRemark, Role::Staff).severity, Severity::Warn);
        assert_eq!(guideline(Kind::Complaint, Role::Parent).severity, Severity::Info);
    }

    #[test]
    fn photos_of_people_cite_each_roles_own_clause() {
        let refs = |role| faces_clauses(role).iter().map(|c| c.reference()).collect::<Vec<_>>();
        assert_eq!(refs(Role::Staff), ["Staff 1"]);
        assert_eq!(refs(Role::Governor), ["Staff 1"]);
        assert_eq!(refs(Role::Parent), ["Parent 1"]);
        assert_eq!(refs(Role::Pupil), ["Pupil 2"]);
        assert_eq!(location_clauses(Role::Parent)[0].reference(), "General 5");
    }

    #[test]
    fn clauses_are_found_by_their_reference() {
        assert_eq!(clause_by_reference("Parent 2").map(|c| c.title), Some("Use the complaints procedure"));
        assert_eq!(clause_by_reference("Staff 9"), None);
    }

    #[test]
    fn the_table_holds_every_clause_of_the_policy() {
        assert_eq!(ALL_CLAUSES.iter().filter(|c| c.section == Section::General).count(), 7);
        assert_eq!(ALL_CLAUSES.iter().filter(|c| c.section == Section::Staff).count(), 6);
        assert_eq!(ALL_CLAUSES.iter().filter(|c| c.section == Section::Pupil).count(), 2);
        assert_eq!(ALL_CLAUSES.iter().filter(|c| c.section == Section::Parent).count(), 3);
        assert_eq!(clauses_for(Role::Parent).count(), 10);
    }
}
