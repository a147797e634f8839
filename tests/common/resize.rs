//! Shared by the photo CLI tests and the photo benchmark (both need the dev-only JPEG encoder, so this cannot
//! live in `photo::testing`).

/// `jpeg` scaled to `width`×`height` (nearest neighbour) and encoded again: a phone-size photo.
pub fn resized_jpeg(jpeg: &[u8], width: u16, height: u16) -> Vec<u8> {
    let mut decoder = jpeg_decoder::Decoder::new(jpeg);
    let pixels = decoder.decode().unwrap();
    let info = decoder.info().unwrap();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut out = Vec::with_capacity(width as usize * height as usize * 3);
    for y in 0..height as usize {
        let sy = y * h / height as usize;
        for x in 0..width as usize {
            out.extend_from_slice(&pixels[(sy * w + x * w / width as usize) * 3..][..3]);
        }
    }
    let mut encoded = Vec::new();
    jpeg_encoder::Encoder::new(&mut encoded, 90).encode(&out, width, height, jpeg_encoder::ColorType::Rgb).unwrap();
    encoded
}
