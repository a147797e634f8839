//! The analysis result: what a photo or video shows and carries, which text findings its
//! metadata holds, and which of the school's guidelines apply for the person posting.

use serde::Serialize;

use super::container::Format;
use super::faces::FaceBox;
use super::metadata::{Location, MetadataText};
use crate::finding::FindingRecord;
use crate::policy::{faces_clauses, location_clauses, Role};

/// A text finding in one metadata field; offsets are UTF-16 units into that field's text.
#[derive(Debug, Clone, Serialize)]
pub struct MetadataFinding {
    /// The field it was found in (`UserComment`, `dc:title`, `png:Comment`…).
    pub field: String,
    /// The finding, as `check --jsonl` reports it.
    #[serde(flatten)]
    pub finding: FindingRecord,
}

/// What one photo or video shows and carries.
#[derive(Debug, Clone)]
pub struct PhotoReport {
    /// The container format.
    pub format: Format,
    /// Width and height in pixels, when known (not for HEIC).
    pub size: Option<(u32, u32)>,
    /// The faces found; `None` when they were not looked for (video, HEIC).
    pub faces: Option<Vec<FaceBox>>,
    /// The position in the metadata.
    pub location: Option<Location>,
    /// When it was taken, `YYYY-MM-DDTHH:MM:SS`.
    pub taken: Option<String>,
    /// `Make Model`.
    pub camera: Option<String>,
    /// The metadata's free text.
    pub texts: Vec<MetadataText>,
    /// Findings in that text.
    pub findings: Vec<MetadataFinding>,
}

impl PhotoReport {
    /// How many faces were found (0 when not looked for).
    pub fn face_count(&self) -> usize {
        self.faces.as_ref().map_or(0, Vec::len)
    }

    /// The clause references ("Parent 1", "General 5", …) that apply for `role`: faces,
    /// then the position, then the text findings' clauses; each once.
    pub fn guidelines(&self, role: Role) -> Vec<String> {
        let mut refs: Vec<String> = Vec::new();
        let mut add = |r: String| {
            if !refs.contains(&r) {
                refs.push(r);
            }
        };
        if self.face_count() > 0 {
            faces_clauses(role).iter().for_each(|c| add(c.reference()));
        }
        if self.location.is_some() {
            location_clauses(role).iter().for_each(|c| add(c.reference()));
        }
        for f in &self.findings {
            f.finding.clauses.iter().for_each(|c| add(c.clone()));
        }
        refs
    }

    /// Whether anything needs the poster's attention: faces, a position or a finding.
    pub fn needs_attention(&self) -> bool {
        self.face_count() > 0 || self.location.is_some() || !self.findings.is_empty()
    }

    /// The JSON record of `postguard photo` (and, later, the extension) for `file`.
    pub fn record<'a>(&'a self, file: &'a str, role: Role) -> PhotoRecord<'a> {
        PhotoRecord {
            file,
            width: self.size.map(|s| s.0),
            height: self.size.map(|s| s.1),
            faces: self.faces.as_ref().map(Vec::len),
            face_boxes: self.faces.as_deref().unwrap_or(&[]),
            location: self.location,
            taken: self.taken.as_deref(),
            camera: self.camera.as_deref(),
            findings: &self.findings,
            guidelines: self.guidelines(role),
        }
    }
}

/// One photo's JSON line.
#[derive(Debug, Serialize)]
pub struct PhotoRecord<'a> {
    /// The file's name as given.
    pub file: &'a str,
    /// Width in pixels.
    pub width: Option<u32>,
    /// Height in pixels.
    pub height: Option<u32>,
    /// How many faces (null: not looked for).
    pub faces: Option<usize>,
    /// Their boxes in the image's pixels.
    pub face_boxes: &'a [FaceBox],
    /// `{"lat", "lon"}` or null.
    pub location: Option<Location>,
    /// `YYYY-MM-DDTHH:MM:SS` or null.
    pub taken: Option<&'a str>,
    /// `Make Model` or null.
    pub camera: Option<&'a str>,
    /// Text findings in the metadata.
    pub findings: &'a [MetadataFinding],
    /// Clause references that apply.
    pub guidelines: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> PhotoReport {
        PhotoReport {
            format: Format::Jpeg,
            size: Some((600, 400)),
            faces: Some(vec![]),
            location: None,
            taken: None,
            camera: None,
            texts: vec![],
            findings: vec![],
        }
    }

    #[test]
    fn nothing_to_see_needs_no_attention() {
        let r = report();
        assert!(!r.needs_attention());
        assert!(r.guidelines(Role::Parent).is_empty());
    }

    #[test]
    fn faces_then_location_each_with_the_roles_clause() {
        let mut r = report();
        r.faces = Some(vec![FaceBox { x: 1, y: 2, width: 30, height: 30, score: 5.0 }]);
        r.location = Some(Location { lat: -33.8568, lon: 151.2153 });
        assert_eq!(r.guidelines(Role::Parent), ["Parent 1", "General 5"]);
        assert_eq!(r.guidelines(Role::Staff), ["Staff 1", "General 5"]);
        let json = serde_json::to_value(r.record("a.jpg", Role::Parent)).unwrap();
        assert_eq!(json["faces"], 1);
        assert_eq!(json["face_boxes"][0], serde_json::json!({"x": 1, "y": 2, "width": 30, "height": 30}));
        assert_eq!(json["location"]["lat"], -33.8568);
    }
}
