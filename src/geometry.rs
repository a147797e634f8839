//! Rectangles on screen and the arithmetic the content script does with them:
//! kept out of the browser layer so that it is tested natively.

/// A rectangle in CSS pixels (viewport coordinates, unless said otherwise).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// The left edge.
    pub left: f64,
    /// The top edge.
    pub top: f64,
    /// The right edge.
    pub right: f64,
    /// The bottom edge.
    pub bottom: f64,
}

impl Rect {
    /// Whether the point is inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        self.left <= x && x <= self.right && self.top <= y && y <= self.bottom
    }

    /// The part of this rectangle inside `other`, if any.
    pub fn intersection(&self, other: &Rect) -> Option<Rect> {
        let r = Rect {
            left: self.left.max(other.left),
            top: self.top.max(other.top),
            right: self.right.min(other.right),
            bottom: self.bottom.min(other.bottom),
        };
        (r.left < r.right && r.top < r.bottom).then_some(r)
    }

    /// The same rectangle moved by `dx`, `dy`.
    pub fn shifted(&self, dx: f64, dy: f64) -> Rect {
        Rect { left: self.left + dx, top: self.top + dy, right: self.right + dx, bottom: self.bottom + dy }
    }
}

/// Whether text that was at `rects` before an edit further on in the same text is still there after it, given
/// `edit`: where the text at the edit is now (its topmost rectangle), in the same coordinates.
///
/// Browsers break lines greedily, so an edit changes the line it is on and at most the line before (the edited
/// word can move up to it, or down from it); the lines above keep their text and their place. Text whose every
/// rectangle ends two of the edit's line heights above it is on those lines (a line more than needed: glyph boxes
/// can be shorter or taller than the lines they are on).
pub fn stays_above(rects: &[Rect], edit: &Rect) -> bool {
    let line = edit.bottom - edit.top;
    !rects.is_empty() && line > 0.0 && rects.iter().all(|r| r.bottom <= edit.top - 2.0 * line)
}

/// A CSS length in pixels, to the hundredth (layout itself works in 64ths of a pixel): written digit by digit,
/// without Rust's float or integer formatting (kilobytes in the bundle) or a call into JavaScript for every number.
/// Lengths beyond ±42 million pixels are written as that.
pub fn css_px(value: f64) -> String {
    // `as` saturates, and takes NaN to 0.
    let hundredths = (value * 100.0).round() as i64;
    let mut rest = hundredths.unsigned_abs().min(u64::from(u32::MAX)) as u32;
    let mut written = [0u8; 16];
    let mut at = written.len() - 2;
    written[at..].copy_from_slice(b"px");
    let mut place = 0;
    while rest > 0 || place < 3 {
        if place == 2 {
            at -= 1;
            written[at] = b'.';
        }
        at -= 1;
        written[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        place += 1;
    }
    if hundredths < 0 {
        at -= 1;
        written[at] = b'-';
    }
    written[at..].iter().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(top: f64, height: f64) -> Rect {
        Rect { left: 0.0, top, right: 40.0, bottom: top + height }
    }

    #[test]
    fn pixels_are_written_to_the_hundredth() {
        assert_eq!(css_px(0.0), "0.00px");
        assert_eq!(css_px(12.0), "12.00px");
        assert_eq!(css_px(12.5), "12.50px");
        assert_eq!(css_px(3.015625), "3.02px"); // 3 + 1/64
        assert_eq!(css_px(-0.5), "-0.50px");
        assert_eq!(css_px(-1234.567), "-1234.57px");
        assert_eq!(css_px(-0.001), "0.00px");
        assert_eq!(css_px(f64::NAN), "0.00px");
        assert_eq!(css_px(1e12), "42949672.95px");
        assert_eq!(css_px(f64::NEG_INFINITY), "-42949672.95px");
    }

    proptest::proptest! {
        #[test]
        fn pixels_read_back_within_a_two_hundredth(value in -4.0e7f64..4.0e7) {
            let text = css_px(value);
            let number: f64 = text.strip_suffix("px").unwrap().parse().unwrap();
            proptest::prop_assert!((number - value).abs() <= 0.005 + 1e-9, "{value} became {text}");
        }
    }

    #[test]
    fn text_two_lines_above_the_edit_stays() {
        let edit = line(100.0, 20.0);
        assert!(stays_above(&[line(0.0, 20.0), line(20.0, 20.0)], &edit));
        assert!(stays_above(&[line(40.0, 20.0)], &edit)); // ends exactly two lines up
        assert!(!stays_above(&[line(60.0, 20.0)], &edit)); // kept to be measured again: a margin of a line
    }

    #[test]
    fn text_on_the_edits_line_or_the_one_before_may_move() {
        let edit = line(100.0, 20.0);
        assert!(!stays_above(&[line(80.0, 20.0)], &edit)); // the line before: the edited word may move up to it
        assert!(!stays_above(&[line(100.0, 20.0)], &edit));
        assert!(!stays_above(&[line(20.0, 20.0), line(80.0, 20.0)], &edit)); // one of its lines is close
        assert!(!stays_above(&[line(140.0, 20.0)], &edit));
    }

    #[test]
    fn glyph_boxes_shorter_than_their_lines_still_count_the_line_before() {
        // line-height 24px, glyphs 17px tall centred in it: the line before ends 3.5px above the edit's glyphs.
        let edit = Rect { left: 0.0, top: 103.5, right: 8.0, bottom: 120.5 };
        let before = Rect { left: 0.0, top: 79.5, right: 8.0, bottom: 96.5 };
        assert!(!stays_above(&[before], &edit));
        assert!(stays_above(&[before.shifted(0.0, -48.0)], &edit));
    }

    /// Where each byte of `text` is drawn when lines `width` wide break greedily at spaces (which hang at a line's
    /// end), left-aligned or centred: one rectangle per byte, lines 10 high, each byte 1 wide.
    fn greedy_layout(text: &[u8], width: usize, centred: bool) -> Vec<Rect> {
        let mut lines: Vec<Vec<usize>> = vec![Vec::new()];
        let (mut x, mut i) = (0, 0);
        while i < text.len() {
            if text[i] == b' ' {
                lines.last_mut().unwrap().push(i);
                x += 1;
                i += 1;
                continue;
            }
            let end = text[i..].iter().position(|&b| b == b' ').map_or(text.len(), |n| i + n);
            if x > 0 && x + (end - i) > width {
                lines.push(Vec::new());
                x = 0;
            }
            lines.last_mut().unwrap().extend(i..end);
            x += end - i;
            i = end;
        }
        let mut rects = vec![Rect { left: 0.0, top: 0.0, right: 0.0, bottom: 0.0 }; text.len()];
        for (n, line) in lines.iter().enumerate() {
            let visible = line.iter().rposition(|&j| text[j] != b' ').map_or(0, |k| k + 1);
            let indent = if centred { (width as f64 - visible as f64).max(0.0) / 2.0 } else { 0.0 };
            for (k, &j) in line.iter().enumerate() {
                let (left, top) = (indent + k as f64, n as f64 * 10.0);
                rects[j] = Rect { left, top, right: left + 1.0, bottom: top + 10.0 };
            }
        }
        rects
    }

    proptest::proptest! {
        /// The rule the painter keeps a field's measurements by, against a model of greedy line breaking: text
        /// before an edit that `stays_above` the edit's new place is drawn exactly where it was.
        #[test]
        fn what_stays_above_an_edit_does_not_move(
            text in "[a-z]{1,9}( [a-z]{1,9}){0,40}",
            width in 8usize..40,
            centred in proptest::bool::ANY,
            at in 0.0f64..=1.0,
            removed in 0usize..4,
            inserted in "[a-z ]{0,6}",
            span in (0.0f64..1.0, 1usize..12),
        ) {
            // Where the edit is, and a finding before it, as fractions of the text.
            let at = ((at * text.len() as f64) as usize).min(text.len());
            let removed = removed.min(text.len() - at);
            let edited = format!("{}{inserted}{}", &text[..at], &text[at + removed..]);
            let start = (span.0 * at as f64) as usize;
            let end = (start + span.1).min(at);
            proptest::prop_assume!(start < end && !edited.is_empty());
            let before = greedy_layout(text.as_bytes(), width, centred);
            let after = greedy_layout(edited.as_bytes(), width, centred);
            // As `Mirror::text_at` measures it: the topmost of the characters either side of the edit.
            let around = at.saturating_sub(1)..(at + 1).min(edited.len());
            let edit = after[around].iter().copied().min_by(|a, b| a.top.total_cmp(&b.top)).unwrap();
            if stays_above(&before[start..end], &edit) {
                proptest::prop_assert_eq!(&before[start..end], &after[start..end]);
            }
        }
    }

    #[test]
    fn nothing_measured_or_no_line_keeps_nothing() {
        assert!(!stays_above(&[], &line(100.0, 20.0)));
        assert!(!stays_above(&[line(0.0, 10.0)], &line(100.0, 0.0)));
    }

    #[test]
    fn intersections_and_shifts() {
        let a = Rect { left: 0.0, top: 0.0, right: 10.0, bottom: 10.0 };
        let b = a.shifted(5.0, 5.0);
        assert_eq!(b, Rect { left: 5.0, top: 5.0, right: 15.0, bottom: 15.0 });
        assert_eq!(a.intersection(&b), Some(Rect { left: 5.0, top: 5.0, right: 10.0, bottom: 10.0 }));
        assert_eq!(a.intersection(&a.shifted(10.0, 0.0)), None); // touching edges share no area
        assert!(a.contains(10.0, 0.0) && !a.contains(10.1, 0.0));
    }
}
