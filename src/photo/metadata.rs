//! Metadata: where and when a photo was taken, with what, and the words people (or their
//! phones) wrote into it. EXIF through the `kamadak-exif` crate (JPEG, PNG eXIf, WebP,
//! HEIF/HEIC), XMP by a small reader of the few properties we need, PNG text chunks
//! through the `png` crate (which inflates zTXt and compressed iTXt).

use std::io::Cursor;

use exif::{Exif, In, Tag, Value};

use super::container::Format;

/// A position on Earth, in degrees (south and west negative).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    /// Latitude, −90…90.
    pub lat: f64,
    /// Longitude, −180…180.
    pub lon: f64,
}

impl Location {
    fn checked(lat: f64, lon: f64) -> Option<Location> {
        (lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
            .then(|| Location { lat: round4(lat), lon: round4(lon) })
    }
}

/// Rounds to 1e-4 degrees (about 11 m), the precision we report.
fn round4(v: f64) -> f64 {
    (v * 10_000.0).round() / 10_000.0
}

/// One piece of text from the metadata and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MetadataText {
    /// The field: `ImageDescription`, `UserComment`, `XPComment`, `dc:title`, `png:Comment`…
    pub field: String,
    /// The text.
    pub text: String,
}

/// What the metadata says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// GPS position.
    pub location: Option<Location>,
    /// When it was taken, `YYYY-MM-DDTHH:MM:SS` (camera's local time).
    pub taken: Option<String>,
    /// `Make Model`.
    pub camera: Option<String>,
    /// Free text, in the order found.
    pub texts: Vec<MetadataText>,
    /// EXIF PixelXDimension × PixelYDimension: the size of a HEIC, whose pixels we do not decode.
    pub pixel_size: Option<(u32, u32)>,
}

impl Metadata {
    fn add_text(&mut self, field: &str, text: &str) {
        let text = text.trim_matches(|c: char| c.is_whitespace() || c == '\0');
        if !text.is_empty() && !self.texts.iter().any(|t| t.field == field && t.text == text) {
            self.texts.push(MetadataText { field: field.to_string(), text: text.to_string() });
        }
    }

    /// Fills what EXIF left empty from `other`.
    fn merge(&mut self, other: Metadata) {
        self.location = self.location.or(other.location);
        self.taken = self.taken.take().or(other.taken);
        self.camera = self.camera.take().or(other.camera);
        for t in other.texts {
            self.add_text(&t.field, &t.text);
        }
    }
}

/// Reads everything we look at from an image file's bytes. Metadata that is missing or
/// broken is simply absent: it never makes the file unusable.
pub fn read(format: Format, bytes: &[u8]) -> Metadata {
    let mut meta = Metadata::default();
    if let Ok(exif) = exif::Reader::new().read_from_container(&mut Cursor::new(bytes)) {
        from_exif(&exif, &mut meta);
    } else if format == Format::Png {
        if let Some(raw) = png_exif(bytes) {
            if let Ok(exif) = exif::Reader::new().read_raw(raw) {
                from_exif(&exif, &mut meta);
            }
        }
    }
    if let Some(xmp) = find_xmp(bytes) {
        meta.merge(from_xmp(xmp));
    }
    if format == Format::Png {
        png_text(bytes, &mut meta);
    }
    meta
}

fn ascii(exif: &Exif, tag: Tag) -> Option<String> {
    match &exif.get_field(tag, In::PRIMARY)?.value {
        Value::Ascii(parts) => {
            let s: Vec<String> = parts.iter().map(|p| latin1_or_utf8(p)).collect();
            let s = s.join(" ").trim().to_string();
            (!s.is_empty()).then_some(s)
        }
        _ => None,
    }
}

/// EXIF ASCII fields often hold UTF-8 in practice; Latin-1 otherwise.
fn latin1_or_utf8(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

fn from_exif(exif: &Exif, meta: &mut Metadata) {
    // Position: degrees, minutes, seconds as three rationals, and a hemisphere letter.
    let dms = |tag| match &exif.get_field(tag, In::PRIMARY)?.value {
        Value::Rational(r) if !r.is_empty() && r.iter().all(|q| q.denom != 0) => {
            Some(r.iter().take(3).zip([1.0, 60.0, 3600.0]).map(|(q, d)| q.to_f64() / d).sum::<f64>())
        }
        _ => None,
    };
    let hemisphere = |tag, negative: u8| ascii(exif, tag).map(|s| s.as_bytes().first() == Some(&negative));
    if let (Some(lat), Some(lon)) = (dms(Tag::GPSLatitude), dms(Tag::GPSLongitude)) {
        let lat = if hemisphere(Tag::GPSLatitudeRef, b'S').unwrap_or(false) { -lat } else { lat };
        let lon = if hemisphere(Tag::GPSLongitudeRef, b'W').unwrap_or(false) { -lon } else { lon };
        meta.location = Location::checked(lat, lon);
    }
    meta.taken = ascii(exif, Tag::DateTimeOriginal).or_else(|| ascii(exif, Tag::DateTime)).and_then(|s| exif_time(&s));
    meta.camera = camera(ascii(exif, Tag::Make), ascii(exif, Tag::Model));
    let dimension = |tag| exif.get_field(tag, In::PRIMARY).and_then(|f| f.value.get_uint(0)).filter(|&v| v > 0);
    meta.pixel_size = dimension(Tag::PixelXDimension).zip(dimension(Tag::PixelYDimension));
    if let Some(s) = ascii(exif, Tag::ImageDescription) {
        meta.add_text("ImageDescription", &s);
    }
    if let Some(s) = ascii(exif, Tag::Artist) {
        meta.add_text("Artist", &s);
    }
    if let Some(field) = exif.get_field(Tag::UserComment, In::PRIMARY) {
        if let Value::Undefined(bytes, _) = &field.value {
            if let Some(s) = user_comment(bytes, exif.little_endian()) {
                meta.add_text("UserComment", &s);
            }
        }
    }
    // Windows' XP fields: UTF-16LE in BYTE arrays, whatever the file's byte order.
    for (number, name) in [
        (0x9c9b, "XPTitle"),
        (0x9c9c, "XPComment"),
        (0x9c9d, "XPAuthor"),
        (0x9c9e, "XPKeywords"),
        (0x9c9f, "XPSubject"),
    ] {
        if let Some(field) = exif.get_field(Tag(exif::Context::Tiff, number), In::PRIMARY) {
            if let Value::Byte(bytes) | Value::Undefined(bytes, _) = &field.value {
                meta.add_text(name, &utf16(bytes, true));
            }
        }
    }
}

/// "2024:06:01 10:00:00" → "2024-06-01T10:00:00".
fn exif_time(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 19
        || !b[..4].iter().all(u8::is_ascii_digit)
        || b[..19].iter().filter(|c| c.is_ascii_digit()).count() != 14
    {
        return None;
    }
    Some(format!("{}-{}-{}T{}", &s[0..4], &s[5..7], &s[8..10], &s[11..19]))
}

/// "Apple" + "iPhone 13" → "Apple iPhone 13"; "Canon" + "Canon EOS R6" → "Canon EOS R6".
fn camera(make: Option<String>, model: Option<String>) -> Option<String> {
    match (make, model) {
        (Some(make), Some(model)) if model.to_lowercase().starts_with(&make.to_lowercase()) => Some(model),
        (Some(make), Some(model)) => Some(format!("{make} {model}")),
        (make, model) => make.or(model),
    }
}

/// UserComment: an 8-byte character code, then the text.
fn user_comment(bytes: &[u8], little_endian: bool) -> Option<String> {
    if bytes.len() < 8 {
        return None;
    }
    let (code, text) = bytes.split_at(8);
    let s = match code {
        b"UNICODE\0" => {
            // Byte order of the file, unless a BOM says otherwise.
            if text.starts_with(&[0xFF, 0xFE]) {
                utf16(&text[2..], true)
            } else if text.starts_with(&[0xFE, 0xFF]) {
                utf16(&text[2..], false)
            } else {
                utf16(text, little_endian)
            }
        }
        b"JIS\0\0\0\0\0" => return None,
        _ => latin1_or_utf8(text),
    };
    Some(s.trim_end_matches(['\0', ' ']).to_string())
}

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|p| {
        if little_endian {
            u16::from_le_bytes([p[0], p[1]])
        } else {
            u16::from_be_bytes([p[0], p[1]])
        }
    });
    char::decode_utf16(units.take_while(|&u| u != 0)).map(|c| c.unwrap_or('\u{FFFD}')).collect()
}

/// The XMP packet, wherever the container keeps it (APP1, iTXt, the WebP XMP chunk, HEIF item).
fn find_xmp(bytes: &[u8]) -> Option<&str> {
    let start = memchr::memmem::find(bytes, b"<x:xmpmeta")?;
    let end = memchr::memmem::find(&bytes[start..], b"</x:xmpmeta>")? + start + "</x:xmpmeta>".len();
    std::str::from_utf8(&bytes[start..end]).ok()
}

/// The few XMP properties we read, as attributes or elements.
fn from_xmp(xmp: &str) -> Metadata {
    let mut meta = Metadata::default();
    for (name, field) in [("dc:title", "dc:title"), ("dc:description", "dc:description")] {
        if let Some(s) = xmp_property(xmp, name) {
            meta.add_text(field, &s);
        }
    }
    if let (Some(lat), Some(lon)) = (xmp_property(xmp, "exif:GPSLatitude"), xmp_property(xmp, "exif:GPSLongitude")) {
        if let (Some(lat), Some(lon)) = (xmp_coordinate(&lat), xmp_coordinate(&lon)) {
            meta.location = Location::checked(lat, lon);
        }
    }
    meta.taken = ["exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate"]
        .iter()
        .find_map(|p| xmp_property(xmp, p))
        .and_then(|s| iso_time(&s));
    meta.camera = camera(xmp_property(xmp, "tiff:Make"), xmp_property(xmp, "tiff:Model"));
    meta
}

/// `name="value"` or `<name>value</name>` (an rdf:Alt's items joined), unescaped.
fn xmp_property(xmp: &str, name: &str) -> Option<String> {
    let attr = format!("{name}=\"");
    if let Some(at) = xmp.find(&attr) {
        let rest = &xmp[at + attr.len()..];
        return Some(unescape(&rest[..rest.find('"')?]));
    }
    let open = format!("<{name}");
    let at = xmp.find(&open)?;
    let rest = &xmp[at + open.len()..];
    if !rest.starts_with(['>', ' ', '\n', '\r', '\t']) {
        return None;
    }
    let body = &rest[rest.find('>')? + 1..];
    let body = &body[..body.find(&format!("</{name}>"))?];
    // Drop the markup (rdf:Alt, rdf:li…), keep the text.
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then(|| unescape(&text))
}

fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';') else { break };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ if entity.starts_with("#x") => u32::from_str_radix(&entity[2..], 16).ok().and_then(char::from_u32),
            _ if entity.starts_with('#') => entity[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// XMP's "DDD,MM.mmk" or "DDD,MM,SSk" (k = N, S, E, W), or plain decimal degrees.
fn xmp_coordinate(s: &str) -> Option<f64> {
    let s = s.trim();
    let (body, sign) = match s.chars().last()? {
        'N' | 'E' | 'n' | 'e' => (&s[..s.len() - 1], 1.0),
        'S' | 'W' | 's' | 'w' => (&s[..s.len() - 1], -1.0),
        _ => (s, 1.0),
    };
    let parts: Vec<f64> = body.split(',').map(|p| p.trim().parse::<f64>()).collect::<Result<_, _>>().ok()?;
    let degrees = match parts[..] {
        [d] => d,
        [d, m] => d + m / 60.0,
        [d, m, s] => d + m / 60.0 + s / 3600.0,
        _ => return None,
    };
    Some(sign * degrees)
}

/// "2024-06-01T10:00:00+01:00" (or with a space, or EXIF's colons) → "2024-06-01T10:00:00".
pub(crate) fn iso_time(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 19 || b[..19].iter().filter(|c| c.is_ascii_digit()).count() != 14 {
        return None;
    }
    Some(format!("{}-{}-{}T{}", &s[0..4], &s[5..7], &s[8..10], &s[11..19]))
}

/// The raw EXIF of a PNG's eXIf chunk (kamadak-exif reads it too, but only when it comes
/// before the image data).
fn png_exif(bytes: &[u8]) -> Option<Vec<u8>> {
    png_info(bytes).and_then(|info| info.exif_metadata.map(|e| e.into_owned()))
}

fn png_info(bytes: &[u8]) -> Option<png::Info<'static>> {
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: 16 << 20 });
    decoder.read_header_info().ok()?;
    let reader = decoder.read_info().ok()?;
    Some(reader.info().clone())
}

/// tEXt, zTXt and iTXt chunks before the image data (where every writer puts them).
fn png_text(bytes: &[u8], meta: &mut Metadata) {
    let Some(info) = png_info(bytes) else { return };
    for chunk in &info.uncompressed_latin1_text {
        if !is_xmp_key(&chunk.keyword) {
            meta.add_text(&format!("png:{}", chunk.keyword), &chunk.text);
        }
    }
    for chunk in &info.compressed_latin1_text {
        if let Ok(text) = chunk.get_text() {
            meta.add_text(&format!("png:{}", chunk.keyword), &text);
        }
    }
    for chunk in &info.utf8_text {
        if is_xmp_key(&chunk.keyword) {
            continue; // read as XMP above
        }
        if let Ok(text) = chunk.get_text() {
            meta.add_text(&format!("png:{}", chunk.keyword), &text);
        }
    }
}

fn is_xmp_key(keyword: &str) -> bool {
    keyword == "XML:com.adobe.xmp"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::photo::testing::{jpeg_with_exif, png_with_text, ExifFields};

    #[test]
    fn gps_south_and_west_are_negative() {
        let jpeg = jpeg_with_exif(&ExifFields { gps: Some((-33.8568, 151.2153)), ..Default::default() });
        assert_eq!(read(Format::Jpeg, &jpeg).location, Some(Location { lat: -33.8568, lon: 151.2153 }));
        let jpeg = jpeg_with_exif(&ExifFields { gps: Some((51.4545, -2.5879)), ..Default::default() });
        assert_eq!(read(Format::Jpeg, &jpeg).location, Some(Location { lat: 51.4545, lon: -2.5879 }));
    }

    #[test]
    fn time_camera_and_texts_come_from_exif() {
        let jpeg = jpeg_with_exif(&ExifFields {
            taken: Some("2026:06:12 14:03:59"),
            make: Some("Apple"),
            model: Some("iPhone 13"),
            description: Some("Sports day"),
            user_comment: Some("Millie's sports day at Bucklebury"),
            artist: Some("J. Hart"),
            xp_comment: Some("Zoë won the egg and spoon"),
            ..Default::default()
        });
        let meta = read(Format::Jpeg, &jpeg);
        assert_eq!(meta.taken.as_deref(), Some("2026-06-12T14:03:59"));
        assert_eq!(meta.camera.as_deref(), Some("Apple iPhone 13"));
        let fields: Vec<(&str, &str)> = meta.texts.iter().map(|t| (t.field.as_str(), t.text.as_str())).collect();
        assert_eq!(
            fields,
            [
                ("ImageDescription", "Sports day"),
                ("Artist", "J. Hart"),
                ("UserComment", "Millie's sports day at Bucklebury"),
                ("XPComment", "Zoë won the egg and spoon")
            ]
        );
    }

    #[test]
    fn the_declared_pixel_size_is_read_for_heic() {
        let jpeg = jpeg_with_exif(&ExifFields { pixel_size: Some((4032, 3024)), ..Default::default() });
        assert_eq!(read(Format::Jpeg, &jpeg).pixel_size, Some((4032, 3024)));
    }

    #[test]
    fn a_jpeg_without_metadata_has_none() {
        let jpeg = jpeg_with_exif(&ExifFields::default());
        assert_eq!(read(Format::Jpeg, &jpeg), Metadata::default());
    }

    #[test]
    fn xmp_title_description_position_and_time() {
        let xmp = r#"<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description exif:GPSLatitude="51,24.6N" exif:GPSLongitude="1,13.8W" exif:DateTimeOriginal="2026-06-12T14:03:59+01:00">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Year 3 &amp; Millie</rdf:li></rdf:Alt></dc:title>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">At Bucklebury</rdf:li></rdf:Alt></dc:description>
            </rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let meta = from_xmp(xmp);
        assert_eq!(meta.location, Some(Location { lat: 51.41, lon: -1.23 }));
        assert_eq!(meta.taken.as_deref(), Some("2026-06-12T14:03:59"));
        assert_eq!(meta.texts[0], MetadataText { field: "dc:title".into(), text: "Year 3 & Millie".into() });
        assert_eq!(meta.texts[1].text, "At Bucklebury");
    }

    #[test]
    fn png_text_chunks_plain_and_compressed() {
        let png =
            png_with_text(&[("Comment", "Millie at Bucklebury", false), ("Description", "Sports day, Year 3", true)]);
        let meta = read(Format::Png, &png);
        let texts: Vec<&str> = meta.texts.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["Millie at Bucklebury", "Sports day, Year 3"]);
        assert_eq!(meta.texts[0].field, "png:Comment");
    }

    #[test]
    fn user_comment_encodings() {
        assert_eq!(user_comment(b"ASCII\0\0\0Hello\0", true).as_deref(), Some("Hello"));
        assert_eq!(user_comment(b"UNICODE\0H\0i\0", true).as_deref(), Some("Hi"));
        assert_eq!(user_comment(b"UNICODE\0\0H\0i", false).as_deref(), Some("Hi"));
        assert_eq!(user_comment(b"short", true), None);
    }

    #[test]
    fn coordinates_and_times_in_their_forms() {
        assert_eq!(xmp_coordinate("51,30,36N"), Some(51.51));
        assert_eq!(xmp_coordinate("0,7.5W"), Some(-0.125));
        assert_eq!(xmp_coordinate("nonsense"), None);
        assert_eq!(exif_time("2026:06:12 14:03:59").as_deref(), Some("2026-06-12T14:03:59"));
        assert_eq!(exif_time("    :  :     :  :  "), None);
        assert_eq!(camera(Some("Canon".into()), Some("Canon EOS R6".into())).as_deref(), Some("Canon EOS R6"));
    }
}
