//! Video (MP4, QuickTime MOV): where and when it was filmed, from the boxes of its `moov`:
//! `mvhd` (creation time), a video track's `tkhd` (size), `udta/©xyz` (ISO 6709 position)
//! and QuickTime's `meta` keys (`com.apple.quicktime.location.ISO6709`, `…creationdate`).
//! Faces are not looked for: that would mean decoding H.264/HEVC frames.

use super::metadata::{iso_time, Location, Metadata};

/// What a video's metadata says, and its frame size when a track declares one.
#[derive(Debug, Default, PartialEq)]
pub struct VideoInfo {
    /// Frame width and height.
    pub size: Option<(u32, u32)>,
    /// Position, time and text.
    pub meta: Metadata,
}

/// Reads a video's metadata. `None` when the file has no `moov` box we can read.
pub fn read(bytes: &[u8]) -> Option<VideoInfo> {
    let moov = boxes(bytes).find(|(kind, _)| kind == b"moov")?.1;
    let mut info = VideoInfo::default();
    let mut utc_creation = None;
    for (kind, body) in boxes(moov) {
        match &kind {
            b"mvhd" => utc_creation = mvhd_time(body),
            b"trak" => {
                if let Some(size) = boxes(body).find(|(k, _)| k == b"tkhd").and_then(|(_, b)| tkhd_size(b)) {
                    info.size = info.size.or(Some(size));
                }
            }
            b"udta" => {
                for (k, b) in boxes(body) {
                    if &k == b"\xA9xyz" && b.len() > 4 {
                        info.meta.location = info.meta.location.or_else(|| iso6709(&String::from_utf8_lossy(&b[4..])));
                    }
                }
            }
            b"meta" => quicktime_keys(body, &mut info.meta),
            _ => {}
        }
    }
    info.meta.taken = info.meta.taken.take().or(utc_creation);
    Some(info)
}

/// The boxes in `data`, as (type, body); stops at the first malformed one.
fn boxes(data: &[u8]) -> impl Iterator<Item = ([u8; 4], &[u8])> {
    let mut rest = data;
    std::iter::from_fn(move || {
        if rest.len() < 8 {
            return None;
        }
        let size32 = u32::from_be_bytes(rest[..4].try_into().unwrap()) as u64;
        let kind: [u8; 4] = rest[4..8].try_into().unwrap();
        let (header, size) = match size32 {
            0 => (8, rest.len() as u64),
            1 if rest.len() >= 16 => (16, u64::from_be_bytes(rest[8..16].try_into().unwrap())),
            1 => return None,
            n => (8, n),
        };
        if size < header as u64 || size > rest.len() as u64 {
            rest = &[];
            return None;
        }
        let body = &rest[header..size as usize];
        rest = &rest[size as usize..];
        Some((kind, body))
    })
}

/// Seconds since 1904-01-01 UTC → "YYYY-MM-DDTHH:MM:SS" (UTC).
fn mvhd_time(body: &[u8]) -> Option<String> {
    let seconds = match body.first()? {
        0 => u32::from_be_bytes(body.get(4..8)?.try_into().ok()?) as i64,
        1 => u64::from_be_bytes(body.get(4..12)?.try_into().ok()?) as i64,
        _ => return None,
    };
    if seconds <= 0 {
        return None; // unset
    }
    let unix = seconds - 2_082_844_800;
    let (days, secs) = (unix.div_euclid(86_400), unix.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60))
}

/// Days since 1970-01-01 → (year, month, day) in the proleptic Gregorian calendar
/// (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// A track header's width and height (16.16 fixed point, its last eight bytes); `None`
/// for sound tracks (zero).
fn tkhd_size(body: &[u8]) -> Option<(u32, u32)> {
    let n = body.len();
    if n < 84 {
        return None;
    }
    let w = u32::from_be_bytes(body[n - 8..n - 4].try_into().ok()?) >> 16;
    let h = u32::from_be_bytes(body[n - 4..].try_into().ok()?) >> 16;
    (w > 0 && h > 0).then_some((w, h))
}

/// QuickTime metadata: `keys` names the items of `ilst` by their 1-based index.
fn quicktime_keys(meta: &[u8], out: &mut Metadata) {
    // ISO's `meta` is a full box (4 bytes of version and flags); QuickTime's is not.
    let body = if meta.len() >= 12 && meta[..4] == [0, 0, 0, 0] { &meta[4..] } else { meta };
    let mut keys: Vec<Vec<u8>> = Vec::new();
    let mut items: Vec<(u32, &[u8])> = Vec::new();
    for (kind, b) in boxes(body) {
        match &kind {
            b"keys" if b.len() >= 8 => {
                keys = boxes(&b[8..]).map(|(_, key)| key.to_vec()).collect();
            }
            b"ilst" => {
                for (index, item) in boxes(b) {
                    if let Some((_, data)) = boxes(item).find(|(k, _)| k == b"data") {
                        if data.len() >= 8 {
                            items.push((u32::from_be_bytes(index), &data[8..]));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (index, value) in items {
        let Some(key) = keys.get((index as usize).wrapping_sub(1)) else { continue };
        let value = String::from_utf8_lossy(value);
        match key.as_slice() {
            b"com.apple.quicktime.location.ISO6709" => out.location = out.location.or_else(|| iso6709(&value)),
            b"com.apple.quicktime.creationdate" => out.taken = out.taken.take().or_else(|| iso_time(&value)),
            _ => {}
        }
    }
}

/// ISO 6709: "+51.4545-002.5879+010.000/", also with DDMM(.m) or DDMMSS(.s) parts.
fn iso6709(s: &str) -> Option<Location> {
    let s = s.trim();
    let b = s.as_bytes();
    if !matches!(b.first()?, b'+' | b'-') {
        return None;
    }
    let second = 1 + b[1..].iter().position(|&c| c == b'+' || c == b'-')?;
    let end = second
        + 1
        + b[second + 1..].iter().position(|&c| matches!(c, b'+' | b'-' | b'/')).unwrap_or(b.len() - second - 1);
    let lat = part(&s[..second], 2)?;
    let lon = part(&s[second..end], 3)?;
    Some(Location { lat: (lat * 1e4).round() / 1e4, lon: (lon * 1e4).round() / 1e4 })
        .filter(|l| l.lat.abs() <= 90.0 && l.lon.abs() <= 180.0)
}

/// One signed ISO 6709 part whose degrees take `degree_digits` digits.
fn part(s: &str, degree_digits: usize) -> Option<f64> {
    let sign = if s.starts_with('-') { -1.0 } else { 1.0 };
    let digits = &s[1..];
    let whole = digits.find('.').unwrap_or(digits.len());
    let value: f64 = digits.parse().ok()?;
    let degrees = match whole - degree_digits {
        0 => value,
        2 => (value / 100.0).trunc() + (value % 100.0) / 60.0,
        4 => (value / 10_000.0).trunc() + ((value / 100.0).trunc() % 100.0) / 60.0 + (value % 100.0) / 3600.0,
        _ => return None,
    };
    Some(sign * degrees)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::photo::testing::mp4;

    #[test]
    fn iso6709_in_its_forms() {
        assert_eq!(iso6709("+51.4545-002.5879+010.000/"), Some(Location { lat: 51.4545, lon: -2.5879 }));
        assert_eq!(iso6709("-33.8568+151.2153/"), Some(Location { lat: -33.8568, lon: 151.2153 }));
        assert_eq!(iso6709("+5130.00-00007.50/"), Some(Location { lat: 51.5, lon: -0.125 }));
        assert_eq!(iso6709("hello"), None);
    }

    #[test]
    fn creation_time_counts_from_1904() {
        // 2026-06-12T14:03:59Z is 1_781_273_039 seconds after the Unix epoch.
        let mut body = vec![0u8; 100];
        body[4..8].copy_from_slice(&((1_781_273_039u64 + 2_082_844_800) as u32).to_be_bytes());
        assert_eq!(mvhd_time(&body).as_deref(), Some("2026-06-12T14:03:59"));
        assert_eq!(mvhd_time(&[0u8; 100]), None);
    }

    #[test]
    fn a_phone_video_says_where_and_when() {
        let video = mp4(Some("-33.8568+151.2153+005.000/"), Some("2026-06-12T14:03:59+1000"), (1920, 1080));
        let info = read(&video).unwrap();
        assert_eq!(info.meta.location, Some(Location { lat: -33.8568, lon: 151.2153 }));
        assert_eq!(info.meta.taken.as_deref(), Some("2026-06-12T14:03:59"));
        assert_eq!(info.size, Some((1920, 1080)));
    }

    #[test]
    fn broken_boxes_end_the_walk() {
        assert_eq!(read(b"\0\0\0\x18ftypisom\0\0\0\0\0\0\0\0\xff\xff\xff\xffmoov"), None);
    }
}
