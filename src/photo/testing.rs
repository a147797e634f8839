//! Test files made in code: a tiny EXIF writer (the fields PostGuard reads), PNGs with text
//! chunks, and MP4s with QuickTime position and date keys. For this crate's tests and the
//! CLI tests; not part of the API.

/// The EXIF fields [`jpeg_with_exif`] writes; `None` leaves a field out.
#[derive(Debug, Default, Clone)]
pub struct ExifFields<'a> {
    /// Latitude and longitude in degrees (negative: south, west).
    pub gps: Option<(f64, f64)>,
    /// DateTimeOriginal, "YYYY:MM:DD HH:MM:SS".
    pub taken: Option<&'a str>,
    /// Make.
    pub make: Option<&'a str>,
    /// Model.
    pub model: Option<&'a str>,
    /// ImageDescription.
    pub description: Option<&'a str>,
    /// UserComment (written as ASCII, or UNICODE when not ASCII).
    pub user_comment: Option<&'a str>,
    /// Artist.
    pub artist: Option<&'a str>,
    /// XPComment (UTF-16LE).
    pub xp_comment: Option<&'a str>,
    /// PixelXDimension and PixelYDimension.
    pub pixel_size: Option<(u32, u32)>,
}

/// A 16×16 grey JPEG.
pub const TINY_JPEG: &[u8] = include_bytes!("../../tests/data/photos/tiny.jpg");

struct Entry {
    tag: u16,
    kind: u16,
    count: u32,
    data: Vec<u8>,
}

fn ascii(tag: u16, s: &str) -> Entry {
    let mut data = s.as_bytes().to_vec();
    data.push(0);
    Entry { tag, kind: 2, count: data.len() as u32, data }
}

fn rationals(tag: u16, values: &[(u32, u32)]) -> Entry {
    let data = values.iter().flat_map(|(n, d)| n.to_le_bytes().into_iter().chain(d.to_le_bytes())).collect();
    Entry { tag, kind: 5, count: values.len() as u32, data }
}

fn long(tag: u16, v: u32) -> Entry {
    Entry { tag, kind: 4, count: 1, data: v.to_le_bytes().to_vec() }
}

fn ifd_len(entries: &[Entry]) -> usize {
    2 + 12 * entries.len()
        + 4
        + entries.iter().map(|e| if e.data.len() > 4 { e.data.len().next_multiple_of(2) } else { 0 }).sum::<usize>()
}

/// One IFD placed at `start` in the TIFF, its large values right after it.
fn ifd(entries: &mut [Entry], start: usize) -> Vec<u8> {
    entries.sort_by_key(|e| e.tag);
    let mut out = (entries.len() as u16).to_le_bytes().to_vec();
    let mut data_at = start + 2 + 12 * entries.len() + 4;
    let mut data = Vec::new();
    for e in entries.iter() {
        out.extend(e.tag.to_le_bytes());
        out.extend(e.kind.to_le_bytes());
        out.extend(e.count.to_le_bytes());
        if e.data.len() <= 4 {
            let mut v = e.data.clone();
            v.resize(4, 0);
            out.extend(v);
        } else {
            out.extend((data_at as u32).to_le_bytes());
            data.extend(&e.data);
            if e.data.len() % 2 == 1 {
                data.push(0);
            }
            data_at += e.data.len().next_multiple_of(2);
        }
    }
    out.extend(0u32.to_le_bytes());
    out.extend(data);
    out
}

/// The EXIF (TIFF, little-endian) for `fields`.
pub fn exif_tiff(fields: &ExifFields<'_>) -> Vec<u8> {
    let mut ifd0 = Vec::new();
    let mut exif = Vec::new();
    let mut gps = Vec::new();
    if let Some(s) = fields.description {
        ifd0.push(ascii(0x010e, s));
    }
    if let Some(s) = fields.make {
        ifd0.push(ascii(0x010f, s));
    }
    if let Some(s) = fields.model {
        ifd0.push(ascii(0x0110, s));
    }
    if let Some(s) = fields.artist {
        ifd0.push(ascii(0x013b, s));
    }
    if let Some(s) = fields.xp_comment {
        let data: Vec<u8> = s.encode_utf16().chain([0]).flat_map(u16::to_le_bytes).collect();
        ifd0.push(Entry { tag: 0x9c9c, kind: 1, count: data.len() as u32, data });
    }
    if let Some(s) = fields.taken {
        exif.push(ascii(0x9003, s));
    }
    if let Some((w, h)) = fields.pixel_size {
        exif.push(long(0xa002, w));
        exif.push(long(0xa003, h));
    }
    if let Some(s) = fields.user_comment {
        let mut data = if s.is_ascii() { b"ASCII\0\0\0".to_vec() } else { b"UNICODE\0".to_vec() };
        if s.is_ascii() {
            data.extend(s.as_bytes());
        } else {
            data.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        }
        exif.push(Entry { tag: 0x9286, kind: 7, count: data.len() as u32, data });
    }
    if let Some((lat, lon)) = fields.gps {
        let dms = |v: f64| {
            let v = v.abs();
            let d = v.trunc();
            let m = ((v - d) * 60.0).trunc();
            let s = ((v - d) * 60.0 - m) * 60.0;
            [(d as u32, 1), (m as u32, 1), ((s * 10_000.0).round() as u32, 10_000)]
        };
        gps.push(Entry { tag: 0, kind: 1, count: 4, data: vec![2, 3, 0, 0] });
        gps.push(ascii(1, if lat < 0.0 { "S" } else { "N" }));
        gps.push(rationals(2, &dms(lat)));
        gps.push(ascii(3, if lon < 0.0 { "W" } else { "E" }));
        gps.push(rationals(4, &dms(lon)));
    }
    // Pointers take four bytes whatever they hold: lay out with placeholders, then patch.
    let has_exif = !exif.is_empty();
    let has_gps = !gps.is_empty();
    if has_exif {
        ifd0.push(long(0x8769, 0));
    }
    if has_gps {
        ifd0.push(long(0x8825, 0));
    }
    let exif_at = 8 + ifd_len(&ifd0);
    let gps_at = exif_at + if has_exif { ifd_len(&exif) } else { 0 };
    for e in ifd0.iter_mut() {
        match e.tag {
            0x8769 => e.data = (exif_at as u32).to_le_bytes().to_vec(),
            0x8825 => e.data = (gps_at as u32).to_le_bytes().to_vec(),
            _ => {}
        }
    }
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend(ifd(&mut ifd0, 8));
    if has_exif {
        tiff.extend(ifd(&mut exif, exif_at));
    }
    if has_gps {
        tiff.extend(ifd(&mut gps, gps_at));
    }
    tiff
}

/// `jpeg` with an APP1 Exif segment for `fields` right after its SOI marker.
pub fn with_exif(jpeg: &[u8], fields: &ExifFields<'_>) -> Vec<u8> {
    let tiff = exif_tiff(fields);
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(((tiff.len() + 8) as u16).to_be_bytes());
    out.extend(b"Exif\0\0");
    out.extend(tiff);
    out.extend(&jpeg[2..]);
    out
}

/// [`TINY_JPEG`] with `fields`.
pub fn jpeg_with_exif(fields: &ExifFields<'_>) -> Vec<u8> {
    with_exif(TINY_JPEG, fields)
}

/// A 32×32 grey PNG with text chunks (keyword, text, compressed: zTXt, else tEXt).
pub fn png_with_text(chunks: &[(&str, &str, bool)]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, 32, 32);
        encoder.set_color(png::ColorType::Grayscale);
        for &(keyword, text, compressed) in chunks {
            if compressed {
                encoder.add_ztxt_chunk(keyword.into(), text.into()).unwrap();
            } else {
                encoder.add_text_chunk(keyword.into(), text.into()).unwrap();
            }
        }
        let mut writer = encoder.write_header().unwrap();
        writer.write_image_data(&[90; 32 * 32]).unwrap();
    }
    out
}

fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = ((body.len() + 8) as u32).to_be_bytes().to_vec();
    out.extend(kind);
    out.extend(body);
    out
}

/// A QuickTime-style MP4 (no media data) with an ISO 6709 position, a creation date in
/// the `meta` keys, and a video track of `size`.
pub fn mp4(location: Option<&str>, created: Option<&str>, size: (u32, u32)) -> Vec<u8> {
    let ftyp = mp4_box(b"ftyp", b"qt  \0\0\0\0qt  ");
    let mvhd = mp4_box(b"mvhd", &[0; 100]);
    let mut tkhd = vec![0u8; 84];
    tkhd[76..80].copy_from_slice(&(size.0 << 16).to_be_bytes());
    tkhd[80..84].copy_from_slice(&(size.1 << 16).to_be_bytes());
    let trak = mp4_box(b"trak", &mp4_box(b"tkhd", &tkhd));
    let mut keys_body = vec![0, 0, 0, 0];
    let mut ilst = Vec::new();
    let mut entries = Vec::new();
    if let Some(l) = location {
        entries.push(("com.apple.quicktime.location.ISO6709", l));
    }
    if let Some(c) = created {
        entries.push(("com.apple.quicktime.creationdate", c));
    }
    keys_body.extend((entries.len() as u32).to_be_bytes());
    for (i, (key, value)) in entries.iter().enumerate() {
        keys_body.extend(mp4_box(b"mdta", key.as_bytes()));
        let mut data = vec![0, 0, 0, 1, 0, 0, 0, 0];
        data.extend(value.as_bytes());
        ilst.extend(mp4_box(&(i as u32 + 1).to_be_bytes(), &mp4_box(b"data", &data)));
    }
    let mut meta = mp4_box(b"hdlr", &[0; 24]);
    meta.extend(mp4_box(b"keys", &keys_body));
    meta.extend(mp4_box(b"ilst", &ilst));
    let mut moov = mvhd;
    moov.extend(trak);
    moov.extend(mp4_box(b"meta", &meta));
    let mut out = ftyp;
    out.extend(mp4_box(b"moov", &moov));
    out
}

/// A lossless 48×32 WebP with EXIF for `fields` (and an XMP packet when `xmp` is given).
pub fn webp_with_exif(fields: &ExifFields<'_>, xmp: Option<&str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = image_webp::WebPEncoder::new(&mut out);
    encoder.set_exif_metadata(exif_tiff(fields));
    if let Some(xmp) = xmp {
        encoder.set_xmp_metadata(xmp.as_bytes().to_vec());
    }
    encoder.encode(&[100; 48 * 32 * 3], 48, 32, image_webp::ColorType::Rgb8).unwrap();
    out
}
