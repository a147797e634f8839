//! A photo or video someone attached, in plain words for them: how many faces it shows and which
//! guideline that touches for their role, whether it records where it was taken (and how to stop
//! a phone doing that), and which names its metadata carries. The extension shows it as a card by
//! the composer and lists it in the submit hold.

use super::container::Format;
use super::report::PhotoReport;
use crate::policy::{faces_clauses, location_clauses, Role};

/// How to stop a phone's camera recording where each photo was taken.
pub const LOCATION_OFF: &str = "To stop your phone recording it: on an iPhone, Settings › Privacy & Security › \
     Location Services › Camera › Never; on Android, open the Camera app's settings and turn off location tags \
     (\"Save location\").";

/// One attachment's note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentNote {
    /// The file's name, as the person chose it.
    pub file: String,
    /// "This photo shows 3 faces. Parent 1: …", one line per thing to know, most important first.
    pub lines: Vec<String>,
    /// The clauses touched ("Parent 1", "General 5", …), each once.
    pub references: Vec<String>,
}

impl AttachmentNote {
    /// The note for `report` of the file named `file`, for `role`; `None` when there is nothing to say
    /// (no faces, no position, no finding in its words).
    pub fn new(report: &PhotoReport, file: &str, role: Role) -> Option<AttachmentNote> {
        if !report.needs_attention() {
            return None;
        }
        let what = if report.format == Format::Video { "video" } else { "photo" };
        let mut lines = Vec::new();
        let faces = report.face_count();
        if faces > 0 {
            let count = if faces == 1 { "1 face".to_owned() } else { format!("{faces} faces") };
            let clauses: Vec<String> =
                faces_clauses(role).iter().map(|c| format!("{}: {}", c.reference(), c.plain)).collect();
            lines.push(format!("This {what} shows {count}. {}", clauses.join(" ")));
        }
        if report.location.is_some() {
            let clauses: Vec<String> =
                location_clauses(role).iter().map(|c| format!("{}: {}", c.reference(), c.plain)).collect();
            lines.push(format!("This {what} records where it was taken. {} {LOCATION_OFF}", clauses.join(" ")));
        }
        let mut named: Vec<String> = Vec::new();
        for f in &report.findings {
            let part = format!("{} “{}”", f.finding.kind.description(), f.finding.text);
            if !named.contains(&part) {
                named.push(part);
            }
        }
        if let Some((last, rest)) = named.split_last() {
            let list = if rest.is_empty() { last.clone() } else { format!("{} and {last}", rest.join(", ")) };
            lines.push(format!(
                "Its details (the description saved inside the file) include {list}. Anyone who downloads it can read them."
            ));
        }
        Some(AttachmentNote { file: file.to_owned(), lines, references: report.guidelines(role) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::photo::{inspect, testing, FaceBox, PhotoFacts};
    use crate::{Config, Engine};

    fn report(facts: PhotoFacts) -> PhotoReport {
        facts.checked(&Engine::new(&Config::default_school()))
    }

    fn facts(faces: usize) -> PhotoFacts {
        let face = FaceBox { x: 0, y: 0, width: 10, height: 10, score: 3.0 };
        PhotoFacts {
            format: Format::Jpeg,
            size: Some((640, 480)),
            faces: Some(vec![face; faces]),
            location: None,
            taken: None,
            camera: None,
            texts: Vec::new(),
        }
    }

    #[test]
    fn a_photo_with_nothing_to_say_has_no_note() {
        assert_eq!(AttachmentNote::new(&report(facts(0)), "cat.jpg", Role::Parent), None);
    }

    #[test]
    fn faces_name_the_clause_of_the_role() {
        let parent = AttachmentNote::new(&report(facts(3)), "fete.jpg", Role::Parent).unwrap();
        assert_eq!(
            parent.lines,
            ["This photo shows 3 faces. Parent 1: Photos from school events are fine to take, but only post ones that show your own children."]
        );
        assert_eq!(parent.references, ["Parent 1"]);
        let staff = AttachmentNote::new(&report(facts(1)), "trip.jpg", Role::Staff).unwrap();
        assert!(staff.lines[0].starts_with("This photo shows 1 face. Staff 1: "), "{:?}", staff.lines);
    }

    #[test]
    fn a_position_and_names_in_the_metadata_are_said_in_plain_words() {
        let jpeg = testing::jpeg_with_exif(&testing::ExifFields {
            gps: Some((51.4545, -2.5879)),
            user_comment: Some("Millie's sports day at Bucklebury School"),
            ..Default::default()
        });
        let note = AttachmentNote::new(&report(inspect(&jpeg, None).unwrap()), "IMG_0042.jpg", Role::Parent).unwrap();
        assert!(note.lines[0].starts_with("This photo records where it was taken. General 5: "), "{:?}", note.lines);
        assert!(note.lines[0].contains("Location Services › Camera › Never"));
        assert!(note.lines[1].contains("a pupil's name “Millie”"), "{:?}", note.lines);
        assert!(note.lines[1].contains("“Bucklebury School”"), "{:?}", note.lines);
        assert_eq!(note.references[0], "General 5");
    }

    #[test]
    fn a_video_is_called_a_video() {
        let video = testing::mp4(Some("+51.4545-002.5879/"), None, (1920, 1080));
        let note = AttachmentNote::new(&report(inspect(&video, None).unwrap()), "clip.mp4", Role::Staff).unwrap();
        assert!(note.lines[0].starts_with("This video records where it was taken."));
    }
}
