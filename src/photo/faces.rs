//! Face detection: SeetaFace's frontal cascade (funnel-structured, LAB features then SURF
//! MLPs) through the `rustface` crate, on the grey image that [`super::container`] decodes
//! at reduced scale. Chosen by measurement: see ARCHITECTURE.md, "Face detection: the choice".
//!
//! The detector groups overlapping windows itself (non-maximum suppression); on top of that
//! we keep only boxes scoring at least [`MIN_SCORE`] and drop a box mostly inside a
//! stronger one, which is what keeps false faces off cats, coffee and rockets.

use super::container::GrayImage;

/// The SeetaFace frontal model (BSD-2-Clause, VIPL/ICT-CAS; see `data/models/`), 1.2 MB.
/// Embedded only where [`FaceDetector::seeta_frontal`] is called: the linker drops it otherwise.
pub const SEETA_FRONTAL_MODEL: &[u8] = include_bytes!("../../data/models/seeta_fd_frontal_v1.0.bin");

/// The smallest face looked for, in pixels of the detection image (the crate's own floor).
pub const MIN_FACE: u32 = 20;
/// The lowest score a box needs to count as a face. The crate's default is 2.0; 1.5 finds
/// more small faces (7 of 18 instead of 4) with no false face on the no-people photos, and
/// 0.75 starts counting two faces on one (ARCHITECTURE.md, "Face detection: the choice").
pub const MIN_SCORE: f64 = 1.5;
/// Scale between pyramid levels.
const PYRAMID_SCALE: f32 = 0.6;
/// Step of the sliding window, in pixels.
const WINDOW_STEP: u32 = 5;

/// A face's box in the original image's pixels.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FaceBox {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// The detector's confidence (higher is surer).
    #[serde(skip)]
    pub score: f64,
}

/// Finds faces in grey images. Build once (parsing the model takes a few milliseconds),
/// then call [`FaceDetector::detect`] per image.
pub struct FaceDetector {
    inner: Box<dyn rustface::Detector>,
    min_score: f64,
}

impl std::fmt::Debug for FaceDetector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FaceDetector")
    }
}

impl FaceDetector {
    /// A detector with the embedded SeetaFace frontal model.
    pub fn seeta_frontal() -> FaceDetector {
        FaceDetector::from_model(SEETA_FRONTAL_MODEL).expect("the embedded model parses")
    }

    /// A detector from a SeetaFace model's bytes (the browser can fetch the model separately).
    pub fn from_model(model: &[u8]) -> Result<FaceDetector, String> {
        FaceDetector::with_settings(model, MIN_FACE, PYRAMID_SCALE, WINDOW_STEP, MIN_SCORE)
    }

    /// A detector with another smallest face, pyramid scale, window step and score
    /// threshold (for measurements).
    pub fn with_settings(
        model: &[u8],
        min_face: u32,
        pyramid_scale: f32,
        window_step: u32,
        min_score: f64,
    ) -> Result<FaceDetector, String> {
        let model = rustface::read_model(model).map_err(|e| format!("not a SeetaFace model: {e}"))?;
        let mut inner = rustface::create_detector_with_model(model);
        inner.set_min_face_size(min_face.max(20));
        let min_score = min_score.max(0.01); // the crate panics at 0 or below
        inner.set_score_thresh(min_score);
        inner.set_pyramid_scale_factor(pyramid_scale.clamp(0.5, 0.95));
        inner.set_slide_window_step(window_step.max(1), window_step.max(1));
        Ok(FaceDetector { inner, min_score })
    }

    /// The faces in `image`, in the original image's pixels (`image.scale` maps back),
    /// left to right.
    pub fn detect(&mut self, image: &GrayImage) -> Vec<FaceBox> {
        if image.width < MIN_FACE || image.height < MIN_FACE {
            return Vec::new();
        }
        let data = rustface::ImageData::new(&image.pixels, image.width, image.height);
        let mut found: Vec<FaceBox> = self
            .inner
            .detect(&data)
            .into_iter()
            .filter(|f| f.score() >= self.min_score)
            .map(|f| {
                let b = f.bbox();
                let (x0, y0) = (b.x().max(0) as f64, b.y().max(0) as f64);
                let x1 = ((b.x() + b.width() as i32) as f64).min(image.width as f64);
                let y1 = ((b.y() + b.height() as i32) as f64).min(image.height as f64);
                FaceBox {
                    x: (x0 * image.scale).round() as u32,
                    y: (y0 * image.scale).round() as u32,
                    width: ((x1 - x0).max(0.0) * image.scale).round() as u32,
                    height: ((y1 - y0).max(0.0) * image.scale).round() as u32,
                    score: f.score(),
                }
            })
            .collect();
        found.sort_by(|a, b| b.score.total_cmp(&a.score));
        let mut kept: Vec<FaceBox> = Vec::with_capacity(found.len());
        for f in found {
            if !kept.iter().any(|k| mostly_inside(&f, k)) {
                kept.push(f);
            }
        }
        kept.sort_by_key(|f| (f.x, f.y));
        kept
    }
}

/// Whether more than half of `a`'s area lies inside `b`.
fn mostly_inside(a: &FaceBox, b: &FaceBox) -> bool {
    let w = (a.x + a.width).min(b.x + b.width).saturating_sub(a.x.max(b.x)) as u64;
    let h = (a.y + a.height).min(b.y + b.height).saturating_sub(a.y.max(b.y)) as u64;
    2 * w * h > a.width as u64 * a.height as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face(x: u32, y: u32, size: u32) -> FaceBox {
        FaceBox { x, y, width: size, height: size, score: 5.0 }
    }

    #[test]
    fn a_box_inside_another_is_the_same_face() {
        assert!(mostly_inside(&face(10, 10, 20), &face(5, 5, 40)));
        assert!(!mostly_inside(&face(0, 0, 20), &face(15, 15, 40)));
    }

    #[test]
    fn a_blank_image_has_no_faces() {
        let image = GrayImage { width: 200, height: 150, pixels: vec![128; 200 * 150], scale: 1.0 };
        assert!(FaceDetector::seeta_frontal().detect(&image).is_empty());
    }

    #[test]
    fn an_image_smaller_than_a_face_has_none() {
        let image = GrayImage { width: 10, height: 10, pixels: vec![0; 100], scale: 1.0 };
        assert!(FaceDetector::seeta_frontal().detect(&image).is_empty());
    }
}
