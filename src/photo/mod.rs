//! Photos and videos: how many faces a picture shows, where and when it was taken and with
//! what, and whether the words in its metadata name a pupil or the school.
//!
//! Pure: bytes in, [`PhotoReport`] out. No threads, no files, no clock, so the same code
//! runs in the browser. One file per concern:
//!
//! - [`container`]: the format from the bytes, limits, decoding to a small grey image;
//! - [`metadata`]: EXIF, XMP and PNG text;
//! - [`video`]: MP4/MOV position and creation time;
//! - [`faces`]: the face detector (SeetaFace frontal, chosen by measurement);
//! - [`report`]: the result and the guidelines that apply;
//! - [`note`]: the same in plain words for the person attaching it (the extension's card and hold).
//!
//! [`inspect`] needs no roster: it is what the extension runs off the page (in its background
//! worker, where the face model lives); [`PhotoFacts::checked`] then checks the metadata's words
//! with the page's engine, which holds the roster and never leaves the content script.
//!
//! ```
//! use postguard::photo::{analyse, testing, FaceDetector};
//! use postguard::{Config, Engine};
//!
//! let engine = Engine::new(&Config::default_school());
//! let jpeg = testing::jpeg_with_exif(&testing::ExifFields {
//!     gps: Some((51.4545, -2.5879)),
//!     user_comment: Some("Millie's sports day at Bucklebury"),
//!     ..Default::default()
//! });
//! let report = analyse(&jpeg, &engine, Some(&mut FaceDetector::seeta_frontal())).unwrap();
//! assert_eq!(report.size, Some((16, 16)));
//! assert_eq!(report.location.unwrap().lon, -2.5879);
//! assert_eq!(report.findings[0].finding.text, "Millie");
//! ```

pub mod container;
pub mod faces;
pub mod metadata;
pub mod note;
pub mod report;
#[doc(hidden)]
pub mod testing;
pub mod video;

pub use container::{Format, PhotoError};
pub use faces::{FaceBox, FaceDetector};
pub use metadata::{Location, Metadata, MetadataText};
pub use note::AttachmentNote;
pub use report::{MetadataFinding, PhotoRecord, PhotoReport};

use crate::finding::records;
use crate::Engine;

/// Analyses one file's bytes. `faces`: the detector, or `None` to skip face detection.
///
/// Errors only when the file is not a format we read, declares too many pixels, or its
/// image data is broken; missing or broken metadata is simply absent.
pub fn analyse(bytes: &[u8], engine: &Engine, faces: Option<&mut FaceDetector>) -> Result<PhotoReport, PhotoError> {
    Ok(inspect(bytes, faces)?.checked(engine))
}

/// What a file shows and carries, before its words are checked against the school's roster.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PhotoFacts {
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
}

/// Reads a file's size, faces and metadata (errors as [`analyse`]).
pub fn inspect(bytes: &[u8], faces: Option<&mut FaceDetector>) -> Result<PhotoFacts, PhotoError> {
    let format = Format::sniff(bytes).ok_or(PhotoError::NotAnImage)?;
    let (size, found, meta) = match format {
        Format::Jpeg | Format::Png | Format::WebP => {
            let decoded = container::decode(format, bytes)?;
            let found = faces.map(|d| d.detect(&decoded.gray));
            (Some((decoded.width, decoded.height)), found, metadata::read(format, bytes))
        }
        Format::Heic => {
            let meta = metadata::read(format, bytes);
            (meta.pixel_size, None, meta)
        }
        Format::Video => {
            let info =
                video::read(bytes).ok_or_else(|| PhotoError::Corrupt("no readable movie header (moov)".into()))?;
            (info.size, None, info.meta)
        }
    };
    Ok(PhotoFacts {
        format,
        size,
        faces: found,
        location: meta.location,
        taken: meta.taken,
        camera: meta.camera,
        texts: meta.texts,
    })
}

impl PhotoFacts {
    /// The report: these facts with the findings `engine` makes in the metadata's text.
    pub fn checked(self, engine: &Engine) -> PhotoReport {
        let findings = self
            .texts
            .iter()
            .flat_map(|t| {
                let found = engine.check(&t.text);
                records(&t.text, &found)
                    .into_iter()
                    .map(|finding| MetadataFinding { field: t.field.clone(), finding })
                    .collect::<Vec<_>>()
            })
            .collect();
        PhotoReport {
            format: self.format,
            size: self.size,
            faces: self.faces,
            location: self.location,
            taken: self.taken,
            camera: self.camera,
            texts: self.texts,
            findings,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    fn engine() -> Engine {
        Engine::new(&Config::default_school())
    }

    #[test]
    fn text_is_not_an_image() {
        assert_eq!(analyse(b"Millie's sports day", &engine(), None).unwrap_err(), PhotoError::NotAnImage);
    }

    #[test]
    fn a_truncated_jpeg_is_corrupt() {
        let jpeg = testing::TINY_JPEG;
        let err = analyse(&jpeg[..jpeg.len() / 2], &engine(), None).unwrap_err();
        assert!(matches!(err, PhotoError::Corrupt(_)), "{err}");
    }

    #[test]
    fn a_video_reports_position_without_faces() {
        let video = testing::mp4(Some("+51.4545-002.5879/"), None, (1920, 1080));
        let r = analyse(&video, &engine(), Some(&mut FaceDetector::seeta_frontal())).unwrap();
        assert_eq!((r.size, r.faces.is_none()), (Some((1920, 1080)), true));
        assert_eq!(r.location, Some(Location { lat: 51.4545, lon: -2.5879 }));
    }

    #[test]
    fn a_webp_has_its_size_exif_and_xmp() {
        let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title><rdf:Alt><rdf:li>Well done Millie</rdf:li></rdf:Alt></dc:title></x:xmpmeta>"#;
        let webp =
            testing::webp_with_exif(&testing::ExifFields { gps: Some((-1.5, -2.25)), ..Default::default() }, Some(xmp));
        let r = analyse(&webp, &engine(), Some(&mut FaceDetector::seeta_frontal())).unwrap();
        assert_eq!((r.format, r.size, r.face_count()), (Format::WebP, Some((48, 32)), 0));
        assert_eq!(r.location, Some(Location { lat: -1.5, lon: -2.25 }));
        assert_eq!((r.findings[0].field.as_str(), r.findings[0].finding.text.as_str()), ("dc:title", "Millie"));
    }

    #[test]
    fn png_text_is_checked() {
        let png = testing::png_with_text(&[("Comment", "Well done Millie", true)]);
        let r = analyse(&png, &engine(), None).unwrap();
        assert_eq!(r.size, Some((32, 32)));
        assert_eq!((r.findings[0].field.as_str(), r.findings[0].finding.text.as_str()), ("png:Comment", "Millie"));
    }
}
