//! The face detector measured on labelled photos (ARCHITECTURE.md, "Face detection: the choice").
//!
//!     /tmp/pgvenv/bin/python tools/make_photos.py /tmp/ph --phone
//!     cargo run --release --example face_table -- /tmp/ph [LONG_SIDE] [PYRAMID_SCALE] [STEP] [MIN_FACE] [MIN_SCORE]
//!
//! Reads DIR/labels.tsv (file, width, height, faces, what); prints found/true faces and
//! the milliseconds of CPU time (this thread's, from /proc: the machine is shared) to decode
//! and to detect, per photo.

use postguard::photo::container::{decode_to, Format};
use postguard::photo::faces::{FaceDetector, SEETA_FRONTAL_MODEL};

/// This thread's CPU time in milliseconds (Linux: the first field of schedstat, in ns).
fn cpu_ms() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    stat.split_whitespace().next().and_then(|ns| ns.parse::<f64>().ok()).unwrap_or(0.0) / 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(args.get(1).expect("a directory with labels.tsv"));
    let long_side: u32 = args.get(2).map_or(1008, |s| s.parse().unwrap());
    let pyramid: f32 = args.get(3).map_or(0.8, |s| s.parse().unwrap());
    let step: u32 = args.get(4).map_or(4, |s| s.parse().unwrap());
    let min_face: u32 = args.get(5).map_or(20, |s| s.parse().unwrap());
    let min_score: f64 = args.get(6).map_or(2.0, |s| s.parse().unwrap());
    let mut detector = FaceDetector::with_settings(SEETA_FRONTAL_MODEL, min_face, pyramid, step, min_score).unwrap();
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).unwrap();
    println!("long side {long_side}, pyramid {pyramid}, step {step}, smallest face {min_face}, score {min_score}");
    for line in labels.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let bytes = std::fs::read(dir.join(cols[0])).unwrap();
        let t = cpu_ms();
        let decoded = decode_to(Format::sniff(&bytes).unwrap(), &bytes, long_side).unwrap();
        let decode_ms = cpu_ms() - t;
        let t = cpu_ms();
        let faces = detector.detect(&decoded.gray);
        let detect_ms = cpu_ms() - t;
        println!(
            "{:<20} {}x{}\tfaces {}/{}\tdecode {decode_ms:.0} ms\tdetect {detect_ms:.0} ms",
            cols[0],
            decoded.width,
            decoded.height,
            faces.len(),
            cols[3]
        );
    }
}
