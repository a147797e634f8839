//! `postguard photo` as a school's IT lead or a script would use it: generated photos
//! (EXIF written by `photo::testing`), the labelled photos of `tests/data/photos/`
//! (made by `tools/make_photos.py`), broken files and exit codes.

use postguard::photo::testing::{jpeg_with_exif, mp4, png_with_text, ExifFields, TINY_JPEG};
use serde_json::Value;
use std::path::{Path, PathBuf};

#[path = "common/resize.rs"]
mod resize;
use resize::resized_jpeg;
use std::process::{Command, Output};

fn photo(args: &[&str], files: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postguard"))
        .arg("photo")
        .args(args)
        .args(files)
        .output()
        .expect("postguard starts")
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("postguard-photo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn labelled(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/photos").join(name)
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG whose header declares 65535×65535 pixels and whose data is a few bytes.
fn png_bomb() -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(65_535u32.to_be_bytes());
    ihdr.extend(65_535u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32(&ihdr).to_be_bytes());
    png.extend([0, 0, 0, 0]);
    png.extend(b"IEND");
    png.extend(crc32(b"IEND").to_be_bytes());
    png
}

#[test]
fn a_three_person_group_is_three_faces_at_its_size_and_at_phone_size() {
    let small = labelled("group3.jpg");
    let phone = temp_file("group3_phone.jpg", &resized_jpeg(&std::fs::read(&small).unwrap(), 4032, 2325));
    let out = photo(&["--role", "parent"], &[&small, &phone]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let lines = lines(&out);
    assert_eq!((lines[0]["width"].as_u64(), lines[0]["height"].as_u64()), (Some(600), Some(346)));
    assert_eq!((lines[1]["width"].as_u64(), lines[1]["height"].as_u64()), (Some(4032), Some(2325)));
    for line in &lines {
        assert_eq!(line["faces"], 3, "{line}");
        assert_eq!(line["face_boxes"].as_array().unwrap().len(), 3);
        assert_eq!(line["guidelines"], serde_json::json!(["Parent 1"]));
        assert_eq!(line["location"], Value::Null);
    }
    // Boxes are in the photo's own pixels: the phone photo's are 6.72 times larger.
    let (small_w, phone_w) =
        (lines[0]["face_boxes"][0]["width"].as_f64().unwrap(), lines[1]["face_boxes"][0]["width"].as_f64().unwrap());
    assert!((phone_w / small_w - 6.72).abs() < 1.5, "{small_w} vs {phone_w}");
}

#[test]
fn a_portrait_is_one_face_and_no_people_photos_at_most_one_false_face() {
    let files = [
        labelled("portrait.jpg"),
        labelled("cat.jpg"),
        labelled("coffee.jpg"),
        labelled("rocket.jpg"),
        labelled("page.jpg"),
    ];
    let refs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let lines = lines(&photo(&[], &refs));
    assert_eq!(lines[0]["faces"], 1);
    assert_eq!(lines[0]["guidelines"], serde_json::json!(["Staff 1"]), "staff by default");
    let false_faces: u64 = lines[1..].iter().map(|l| l["faces"].as_u64().unwrap()).sum();
    assert!(false_faces <= 1, "{lines:?}");
}

#[test]
fn exif_position_time_camera_and_a_pupils_name_in_the_comment() {
    let jpeg = jpeg_with_exif(&ExifFields {
        gps: Some((-33.85678, -70.64827)),
        taken: Some("2026:06:12 14:03:59"),
        make: Some("Apple"),
        model: Some("iPhone 13"),
        user_comment: Some("Millie's sports day at Bucklebury"),
        ..Default::default()
    });
    let path = temp_file("sports_day.jpg", &jpeg);
    let out = photo(&["--role", "parent"], &[&path]);
    assert_eq!(out.status.code(), Some(1));
    let line = &lines(&out)[0];
    assert_eq!(line["file"], path.display().to_string());
    assert_eq!(line["location"], serde_json::json!({"lat": -33.8568, "lon": -70.6483}));
    assert_eq!(line["taken"], "2026-06-12T14:03:59");
    assert_eq!(line["camera"], "Apple iPhone 13");
    assert_eq!(line["faces"], 0);
    let findings = line["findings"].as_array().unwrap();
    let kinds: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| (f["field"].as_str().unwrap(), f["kind"].as_str().unwrap(), f["text"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("UserComment", "pupil_name", "Millie")]);
    assert_eq!((findings[0]["start"].as_u64(), findings[0]["end"].as_u64()), (Some(0), Some(6)));
    // The position's clause, then the name's (General 5 once, then Parent 1).
    assert_eq!(line["guidelines"], serde_json::json!(["General 5", "Parent 1"]));
}

#[test]
fn png_text_chunks_and_a_video_position_are_reported() {
    let png = temp_file("card.png", &png_with_text(&[("Description", "Well done Millie", true)]));
    let mov =
        temp_file("clip.mov", &mp4(Some("+51.4545-002.5879+010.000/"), Some("2026-06-12T14:03:59+0100"), (1920, 1080)));
    let out = photo(&["--role", "staff"], &[&png, &mov]);
    assert_eq!(out.status.code(), Some(1));
    let lines = lines(&out);
    assert_eq!(lines[0]["findings"][0]["field"], "png:Description");
    assert_eq!(lines[0]["guidelines"], serde_json::json!(["Staff 2", "General 5"]));
    assert_eq!(lines[1]["location"], serde_json::json!({"lat": 51.4545, "lon": -2.5879}));
    assert_eq!(lines[1]["taken"], "2026-06-12T14:03:59");
    assert_eq!((lines[1]["width"].as_u64(), lines[1]["faces"].clone()), (Some(1920), Value::Null));
}

#[test]
fn unusable_files_get_an_error_line_and_exit_2_without_losing_the_others() {
    let truncated = temp_file("truncated.jpg", &TINY_JPEG[..TINY_JPEG.len() / 2]);
    let text = temp_file("notes.jpg", b"Millie's sports day at Bucklebury\n");
    let bomb = temp_file("bomb.png", &png_bomb());
    let good = temp_file("plain.jpg", TINY_JPEG);
    let missing = Path::new("/nonexistent/photo.jpg");
    let out = photo(&[], &[&truncated, &text, &good, &bomb, missing]);
    assert_eq!(out.status.code(), Some(2));
    let lines = lines(&out);
    assert_eq!(lines.len(), 5);
    let error = |i: usize| lines[i]["error"].as_str().unwrap_or_default().to_string();
    assert!(error(0).contains("truncated or corrupt"), "{}", error(0));
    assert!(error(1).contains("not an image"), "{}", error(1));
    assert_eq!(lines[2]["faces"], 0);
    assert!(error(3).contains("too large") && error(3).contains("65535×65535"), "{}", error(3));
    assert!(error(4).contains("cannot read"), "{}", error(4));
    assert_eq!(lines[1]["file"], text.display().to_string());
}

#[test]
fn a_plain_photo_needs_nothing_and_exits_0() {
    let out = photo(&[], &[&temp_file("plain2.jpg", TINY_JPEG)]);
    assert_eq!(out.status.code(), Some(0));
    let line = &lines(&out)[0];
    assert_eq!((line["width"].as_u64(), line["faces"].as_u64()), (Some(16), Some(0)));
    assert_eq!(line["guidelines"], serde_json::json!([]));
    assert_eq!(line["findings"], serde_json::json!([]));
}
