//! Containers: which format a file is (by its bytes, never its name), its size, and its
//! pixels as a grey image at reduced scale for face detection.
//!
//! Memory stays bounded whatever the header declares: dimensions are checked against
//! [`MAX_PIXELS`] before anything is allocated, JPEGs are decoded straight to 1/2, 1/4 or
//! 1/8 scale (DCT scaling), PNG rows are averaged into the small image as they are read,
//! and only WebP (which the decoder writes whole) is capped lower, at [`MAX_WEBP_PIXELS`].

use std::fmt;
use std::io::Cursor;

/// The most pixels an image may declare (a 64-megapixel phone photo fits; a decompression
/// bomb's 65535×65535 does not).
pub const MAX_PIXELS: u64 = 80_000_000;
/// The most pixels a WebP may declare: its decoder writes the whole image (3 or 4 bytes a
/// pixel), so a 4032×3024 WebP peaks at 61 MB; this keeps an RGBA one near 64 MB.
pub const MAX_WEBP_PIXELS: u64 = 12_600_000;
/// The long side, in pixels, of the image faces are looked for in. A face of 80 px in a
/// 4032 px phone photo is 20 px here, the detector's smallest.
pub const DETECTION_LONG_SIDE: u32 = 1008;

/// What a file is, from its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// JPEG (JFIF or Exif).
    Jpeg,
    /// PNG.
    Png,
    /// WebP (RIFF).
    WebP,
    /// HEIF/HEIC (metadata only: the pixels are HEVC).
    Heic,
    /// MP4 or QuickTime MOV (metadata only).
    Video,
}

impl Format {
    /// Sniffs the format from the file's first bytes.
    pub fn sniff(bytes: &[u8]) -> Option<Format> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(Format::Jpeg);
        }
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(Format::Png);
        }
        if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            return Some(Format::WebP);
        }
        if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
            let brand = &bytes[8..12];
            return Some(match brand {
                b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1" | b"avif" => Format::Heic,
                _ => Format::Video,
            });
        }
        if bytes.len() >= 8 && matches!(&bytes[4..8], b"moov" | b"mdat" | b"wide" | b"free" | b"skip") {
            return Some(Format::Video);
        }
        None
    }

    /// The name people know it by.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jpeg => "jpeg",
            Format::Png => "png",
            Format::WebP => "webp",
            Format::Heic => "heic",
            Format::Video => "video",
        }
    }
}

/// Why a file's pixels could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoError {
    /// Not a format we read (a text file named .jpg).
    NotAnImage,
    /// The header declares more pixels than we decode: probably a decompression bomb.
    TooLarge {
        /// Declared width.
        width: u64,
        /// Declared height.
        height: u64,
        /// The limit, in pixels.
        limit: u64,
    },
    /// The file ends before its image does, or its data is broken.
    Corrupt(String),
}

impl fmt::Display for PhotoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhotoError::NotAnImage => f.write_str("not an image or video PostGuard reads (JPEG, PNG, WebP, HEIC, MP4, MOV)"),
            PhotoError::TooLarge { width, height, limit } => write!(
                f,
                "too large: the header declares {width}×{height} pixels, over the limit of {} megapixels (a decompression bomb?)",
                limit / 1_000_000
            ),
            PhotoError::Corrupt(why) => write!(f, "truncated or corrupt: {why}"),
        }
    }
}

impl std::error::Error for PhotoError {}

/// A grey image for detection; `scale` maps its pixels back to the original's.
#[derive(Debug, Clone, PartialEq)]
pub struct GrayImage {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// One byte a pixel, row by row.
    pub pixels: Vec<u8>,
    /// Original pixels per pixel of this image (≥ 1).
    pub scale: f64,
}

/// A decoded image: the original's size and the small grey copy.
#[derive(Debug)]
pub struct Decoded {
    /// The original's width.
    pub width: u32,
    /// The original's height.
    pub height: u32,
    /// The copy faces are looked for in.
    pub gray: GrayImage,
}

fn check_size(width: u64, height: u64, limit: u64) -> Result<(), PhotoError> {
    if width == 0 || height == 0 {
        return Err(PhotoError::Corrupt(format!("the header declares {width}×{height} pixels")));
    }
    if width * height > limit {
        return Err(PhotoError::TooLarge { width, height, limit });
    }
    Ok(())
}

/// The integer factor that brings the long side to at most `long_side`.
fn reduction_to(width: u32, height: u32, long_side: u32) -> u32 {
    width.max(height).div_ceil(long_side.max(1)).max(1)
}

#[cfg(test)]
fn reduction(width: u32, height: u32) -> u32 {
    reduction_to(width, height, DETECTION_LONG_SIDE)
}

/// Decodes a JPEG, PNG or WebP to its size and a grey copy whose long side is at most
/// [`DETECTION_LONG_SIDE`].
pub fn decode(format: Format, bytes: &[u8]) -> Result<Decoded, PhotoError> {
    decode_to(format, bytes, DETECTION_LONG_SIDE)
}

/// [`decode`] with another long side for the grey copy (for measurements).
pub fn decode_to(format: Format, bytes: &[u8], long_side: u32) -> Result<Decoded, PhotoError> {
    let reduction = |w, h| reduction_to(w, h, long_side);
    match format {
        Format::Jpeg => decode_jpeg(bytes, reduction),
        Format::Png => decode_png(bytes, reduction),
        Format::WebP => decode_webp(bytes, reduction),
        Format::Heic | Format::Video => Err(PhotoError::NotAnImage),
    }
}

fn decode_jpeg(bytes: &[u8], reduction: impl Fn(u32, u32) -> u32) -> Result<Decoded, PhotoError> {
    let corrupt = |e: jpeg_decoder::Error| PhotoError::Corrupt(e.to_string());
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.read_info().map_err(corrupt)?;
    let info = decoder.info().ok_or_else(|| PhotoError::Corrupt("no frame header".into()))?;
    let (width, height) = (info.width as u32, info.height as u32);
    check_size(width as u64, height as u64, MAX_PIXELS)?;
    // The smallest DCT scale (1/8, 1/4, 1/2, 1) whose image still has the detection size.
    let k = reduction(width, height);
    let want = |side: u32| (side.div_ceil(k)).clamp(1, u16::MAX as u32) as u16;
    let (w, h) = decoder.scale(want(width), want(height)).map_err(corrupt)?;
    if !jpeg_has_end(bytes) {
        // jpeg-decoder fills a scan that stops early with grey; we say so instead.
        return Err(PhotoError::Corrupt("the image data ends before the end-of-image marker".into()));
    }
    decoder.set_max_decoding_buffer_size(MAX_PIXELS as usize * 4);
    let pixels = decoder.decode().map_err(corrupt)?;
    let info = decoder.info().ok_or_else(|| PhotoError::Corrupt("no frame header".into()))?;
    let channels = match info.pixel_format {
        jpeg_decoder::PixelFormat::L8 => Channels::Gray,
        jpeg_decoder::PixelFormat::L16 => Channels::Gray16,
        jpeg_decoder::PixelFormat::RGB24 => Channels::Rgb,
        jpeg_decoder::PixelFormat::CMYK32 => Channels::Cmyk,
    };
    let (w, h) = (w as u32, h as u32);
    if pixels.len() < w as usize * h as usize * channels.bytes() {
        return Err(PhotoError::Corrupt("fewer pixels than the header declares".into()));
    }
    let mut shrink = Shrinker::new(w, h, reduction(w, h), width as f64 / w as f64);
    for row in pixels.chunks_exact(w as usize * channels.bytes()).take(h as usize) {
        shrink.push_row(row, channels);
    }
    Ok(Decoded { width, height, gray: shrink.finish() })
}

/// Whether the first image's scan data is followed by an end-of-image marker. Inside
/// entropy-coded data a 0xFF byte is always followed by 0x00 or a restart marker, so the
/// first FF D9 after the first start-of-scan ends the image (thumbnails live in APP1,
/// before it; trailers and second images come after it).
fn jpeg_has_end(bytes: &[u8]) -> bool {
    let mut at = 2;
    while at + 4 <= bytes.len() && bytes[at] == 0xFF {
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xDA {
            return memchr::memmem::find(&bytes[at..], &[0xFF, 0xD9]).is_some();
        }
        at += 2 + u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]) as usize;
    }
    false
}

fn decode_png(bytes: &[u8], reduction: impl Fn(u32, u32) -> u32) -> Result<Decoded, PhotoError> {
    let corrupt = |e: png::DecodingError| PhotoError::Corrupt(e.to_string());
    let mut decoder = png::Decoder::new_with_limits(Cursor::new(bytes), png::Limits { bytes: 64 << 20 });
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let header = decoder.read_header_info().map_err(corrupt)?;
    let (width, height) = (header.width, header.height);
    check_size(width as u64, height as u64, MAX_PIXELS)?;
    let mut reader = decoder.read_info().map_err(corrupt)?;
    let channels = match reader.output_color_type().0 {
        png::ColorType::Grayscale => Channels::Gray,
        png::ColorType::GrayscaleAlpha => Channels::GrayAlpha,
        png::ColorType::Rgb => Channels::Rgb,
        png::ColorType::Rgba => Channels::Rgba,
        png::ColorType::Indexed => return Err(PhotoError::Corrupt("palette not expanded".into())),
    };
    let k = reduction(width, height);
    let mut shrink = Shrinker::new(width, height, k, 1.0);
    if reader.info().interlaced {
        // Adam7 rows arrive pass by pass: decode the frame whole (bounded by MAX_PIXELS
        // and the decoder's byte limit), then shrink it.
        let size = reader.output_buffer_size().ok_or_else(|| PhotoError::Corrupt("image too large".into()))?;
        if size > 64 << 20 {
            return Err(PhotoError::TooLarge { width: width as u64, height: height as u64, limit: 16_000_000 });
        }
        let mut buf = vec![0; size];
        let out = reader.next_frame(&mut buf).map_err(corrupt)?;
        for row in buf.chunks_exact(out.line_size).take(height as usize) {
            shrink.push_row(row, channels);
        }
    } else {
        while let Some(row) = reader.next_row().map_err(corrupt)? {
            shrink.push_row(row.data(), channels);
        }
    }
    if shrink.rows_seen < height {
        return Err(PhotoError::Corrupt("the image data ends early".into()));
    }
    Ok(Decoded { width, height, gray: shrink.finish() })
}

fn decode_webp(bytes: &[u8], reduction: impl Fn(u32, u32) -> u32) -> Result<Decoded, PhotoError> {
    let corrupt = |e: image_webp::DecodingError| PhotoError::Corrupt(e.to_string());
    let mut decoder = image_webp::WebPDecoder::new(Cursor::new(bytes)).map_err(corrupt)?;
    let (width, height) = decoder.dimensions();
    check_size(width as u64, height as u64, MAX_WEBP_PIXELS)?;
    let size = decoder.output_buffer_size().ok_or_else(|| PhotoError::Corrupt("image too large".into()))?;
    let mut buf = vec![0; size];
    decoder.read_image(&mut buf).map_err(corrupt)?;
    let channels = if decoder.has_alpha() { Channels::Rgba } else { Channels::Rgb };
    let mut shrink = Shrinker::new(width, height, reduction(width, height), 1.0);
    for row in buf.chunks_exact(width as usize * channels.bytes()) {
        shrink.push_row(row, channels);
    }
    Ok(Decoded { width, height, gray: shrink.finish() })
}

/// How a decoded row's pixels are laid out.
#[derive(Debug, Clone, Copy)]
enum Channels {
    Gray,
    Gray16,
    GrayAlpha,
    Rgb,
    Rgba,
    Cmyk,
}

impl Channels {
    fn bytes(self) -> usize {
        match self {
            Channels::Gray => 1,
            Channels::Gray16 | Channels::GrayAlpha => 2,
            Channels::Rgb => 3,
            Channels::Rgba | Channels::Cmyk => 4,
        }
    }

    /// Luma (BT.601, integer) of the pixel starting at `p`.
    fn luma(self, p: &[u8]) -> u32 {
        match self {
            Channels::Gray | Channels::GrayAlpha => p[0] as u32,
            Channels::Gray16 => p[0] as u32, // big-endian: the high byte
            Channels::Rgb | Channels::Rgba => (p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8,
            // Adobe JPEGs store CMYK inverted; jpeg-decoder hands it over as stored.
            Channels::Cmyk => {
                let k = p[3] as u32;
                ((p[0] as u32 * 77 + p[1] as u32 * 150 + p[2] as u32 * 29) >> 8) * k / 255
            }
        }
    }
}

/// Averages k×k blocks of rows as they arrive into the small grey image.
struct Shrinker {
    width: u32,
    height: u32,
    k: u32,
    out_width: u32,
    sums: Vec<u32>,
    counts: Vec<u32>,
    pixels: Vec<u8>,
    rows_seen: u32,
    base_scale: f64,
}

impl Shrinker {
    fn new(width: u32, height: u32, k: u32, base_scale: f64) -> Shrinker {
        let out_width = width.div_ceil(k);
        let out_height = height.div_ceil(k);
        Shrinker {
            width,
            height,
            k,
            out_width,
            sums: vec![0; out_width as usize],
            counts: vec![0; out_width as usize],
            pixels: Vec::with_capacity(out_width as usize * out_height as usize),
            rows_seen: 0,
            base_scale,
        }
    }

    fn push_row(&mut self, row: &[u8], channels: Channels) {
        if self.rows_seen >= self.height {
            return;
        }
        let n = channels.bytes();
        for (x, p) in row.chunks_exact(n).take(self.width as usize).enumerate() {
            let o = x / self.k as usize;
            self.sums[o] += channels.luma(p);
            self.counts[o] += 1;
        }
        self.rows_seen += 1;
        if self.rows_seen % self.k == 0 || self.rows_seen == self.height {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for (s, c) in self.sums.iter_mut().zip(self.counts.iter_mut()) {
            self.pixels.push(s.checked_div(*c).unwrap_or(0) as u8);
            (*s, *c) = (0, 0);
        }
    }

    fn finish(self) -> GrayImage {
        let height = (self.pixels.len() / self.out_width as usize) as u32;
        GrayImage { width: self.out_width, height, pixels: self.pixels, scale: self.base_scale * self.k as f64 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_known_by_their_bytes() {
        assert_eq!(Format::sniff(b"\xFF\xD8\xFF\xE1rest"), Some(Format::Jpeg));
        assert_eq!(Format::sniff(b"\x89PNG\r\n\x1a\n...."), Some(Format::Png));
        assert_eq!(Format::sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::WebP));
        assert_eq!(Format::sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some(Format::Heic));
        assert_eq!(Format::sniff(b"\0\0\0\x18ftypisom\0\0\0\0"), Some(Format::Video));
        assert_eq!(Format::sniff(b"\0\0\0\x14ftypqt  \0\0\0\0"), Some(Format::Video));
        assert_eq!(Format::sniff(b"Millie's sports day"), None);
        assert_eq!(Format::sniff(b""), None);
    }

    #[test]
    fn the_shrinker_averages_blocks() {
        let mut s = Shrinker::new(4, 2, 2, 1.0);
        s.push_row(&[0, 100, 200, 200], Channels::Gray);
        s.push_row(&[100, 200, 200, 200], Channels::Gray);
        let g = s.finish();
        assert_eq!((g.width, g.height, g.pixels, g.scale), (2, 1, vec![100, 200], 2.0));
    }

    #[test]
    fn detection_images_are_about_a_thousand_pixels_long() {
        assert_eq!(reduction(4032, 3024), 4);
        assert_eq!(reduction(600, 346), 1);
        assert_eq!(reduction(8064, 6048), 8);
    }

    #[test]
    fn a_jpeg_declaring_65500_squared_pixels_is_too_large() {
        let mut jpeg = vec![0xFF, 0xD8];
        // SOF0: length 11, 8 bits, height, width, one component.
        jpeg.extend([0xFF, 0xC0, 0, 11, 8, 0xFF, 0xDC, 0xFF, 0xDC, 1, 1, 0x11, 0]);
        jpeg.extend([0xFF, 0xD9]);
        let err = decode(Format::Jpeg, &jpeg).unwrap_err();
        assert!(matches!(err, PhotoError::TooLarge { width: 65500, height: 65500, .. }), "{err}");
    }

    #[test]
    fn a_jpeg_cut_inside_its_image_data_is_truncated() {
        let jpeg: &[u8] = include_bytes!("../../tests/data/photos/portrait.jpg");
        assert!(decode(Format::Jpeg, jpeg).is_ok());
        let err = decode(Format::Jpeg, &jpeg[..jpeg.len() * 2 / 3]).unwrap_err();
        assert!(err.to_string().contains("ends before the end-of-image marker"), "{err}");
    }

    #[test]
    fn a_bomb_is_refused_before_decoding() {
        assert!(matches!(check_size(65_535, 65_535, MAX_PIXELS), Err(PhotoError::TooLarge { .. })));
        assert!(check_size(4032, 3024, MAX_PIXELS).is_ok());
    }
}
