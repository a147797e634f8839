//! Long drafts, checked a segment at a time.
//!
//! A post is a few hundred characters; a draft can be anything someone pastes.
//! Checking a megabyte takes most of a second in the browser (the JavaScript
//! build more), and the content script must never hold the page for that
//! long. So a draft longer than [`SEGMENT_BYTES`] is cut into segments at
//! the most natural break near that size (a blank line, a line end, a sentence
//! end, a space), each segment is checked on its own, and the findings of
//! every segment are kept by its text: typing at the end of a pasted essay
//! re-reads only the segment being typed in, and the content script can spread
//! the first reading over several tasks ([`Segmenter::check_segment`]).
//!
//! A draft of one segment is checked exactly as [`Engine::check`] does. In a
//! longer one, nothing is found across a cut: a cut falls at a blank line
//! where there is one, and details never span those.

use std::collections::HashMap;
use std::ops::Range;

use crate::text::{floor_char_boundary, Span};
use crate::{Engine, Finding};

/// The longest segment, in bytes: checked in a few milliseconds by the browser's engine. Not less: tone reads a
/// post as a whole (a complaint names "the head" in its first paragraph and says what is wrong in its last), and
/// the posts most likely to be complaints are long ones.
pub const SEGMENT_BYTES: usize = 8 * 1024;

/// Where `text` is cut into segments: consecutive byte ranges covering all of it, each at most
/// [`SEGMENT_BYTES`] long (a single character longer than that aside). A text that fits is one segment.
pub fn segments(text: &str) -> Vec<Range<usize>> {
    let mut cuts = Vec::new();
    let mut start = 0;
    while text.len() - start > SEGMENT_BYTES {
        let end = cut_before(text, start, start + SEGMENT_BYTES);
        cuts.push(start..end);
        start = end;
    }
    cuts.push(start..text.len());
    cuts
}

/// The best place to end a segment starting at `start` and ending no later than `limit`: just after the last blank
/// line, else line end, else sentence end, else space in its second half; a character boundary when there is none.
/// A full stop after an initial, a title or a street's abbreviation ends no sentence here ("Mrs. Okafor",
/// "Orchard Rd. Newbury", "J. Smith"): a cut would part it from what follows.
fn cut_before(text: &str, start: usize, limit: usize) -> usize {
    let limit = floor_char_boundary(text, limit);
    let half = start + (limit - start) / 2;
    let window = &text.as_bytes()[half..limit];
    let after_last =
        |pattern: &[u8]| window.windows(pattern.len()).rposition(|w| w == pattern).map(|i| half + i + pattern.len());
    let abbreviation = |stop: usize| {
        let letters = text.as_bytes()[start..stop].iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
        let word = &text.as_bytes()[stop - letters..stop];
        letters == 1 || ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    };
    let ends_sentence =
        |i: usize, w: &[u8]| w[1] == b' ' && (matches!(w[0], b'!' | b'?') || (w[0] == b'.' && !abbreviation(half + i)));
    let sentence_end = || window.windows(2).enumerate().rfind(|&(i, w)| ends_sentence(i, w)).map(|(i, _)| half + i + 2);
    let space = || window.iter().rposition(|&b| b == b' ' || b == b'\t').map(|i| half + i + 1);
    let end = after_last(b"\n\n").or_else(|| after_last(b"\n")).or_else(sentence_end).or_else(space);
    match end {
        Some(end) => end,
        // One unbroken run: any character boundary will do (a long one can only be a wall of symbols).
        None if limit > start => limit,
        None => text[start..].chars().next().map_or(text.len(), |c| start + c.len_utf8()),
    }
}

/// Words that end with a full stop before a name or a place goes on: titles and street abbreviations.
const ABBREVIATIONS: &[&[u8]] = &[
    b"mr", b"mrs", b"ms", b"mx", b"miss", b"dr", b"prof", b"rev", b"st", b"rd", b"ave", b"ln", b"cl", b"ct", b"cres",
    b"pl", b"sq", b"tce", b"gdns", b"no", b"tel", b"mob",
];

/// Checks drafts segment by segment, remembering each segment's findings by its text.
///
/// One per engine: the findings depend on the configuration, so build a new one (or [`Segmenter::clear`]) when the
/// engine changes.
#[derive(Debug, Default)]
pub struct Segmenter {
    /// Findings by segment text, their spans relative to the segment; with the pass that last used them.
    known: HashMap<Box<str>, (Vec<Finding>, u64)>,
    pass: u64,
}

/// Segments remembered across passes before the ones unused in the last two are let go (about 4 MB of text).
const REMEMBERED: usize = 512;

impl Segmenter {
    /// A segmenter that remembers nothing yet.
    pub fn new() -> Segmenter {
        Segmenter::default()
    }

    /// Forgets every segment's findings (the engine changed).
    pub fn clear(&mut self) {
        self.known.clear();
    }

    /// Whether `range` of `text` would be checked afresh (rather than remembered) by [`Segmenter::check_segment`].
    pub fn is_new(&self, text: &str, range: Range<usize>) -> bool {
        !self.known.contains_key(&text[range])
    }

    /// The findings in one segment (`range`, from [`segments`]) of `text`, with spans in `text`.
    pub fn check_segment(&mut self, engine: &Engine, text: &str, range: Range<usize>) -> Vec<Finding> {
        let segment = &text[range.clone()];
        let pass = self.pass;
        let (findings, used) = self.known.entry(segment.into()).or_insert_with(|| (engine.check(segment), pass));
        *used = pass;
        findings
            .iter()
            .map(|f| Finding { span: Span::new(f.span.start + range.start, f.span.end + range.start), ..f.clone() })
            .collect()
    }

    /// Ends a pass over a draft: past [`REMEMBERED`] segments, those no pass used lately are let go.
    pub fn end_pass(&mut self) {
        if self.known.len() > REMEMBERED {
            let recent = self.pass.saturating_sub(1);
            self.known.retain(|_, (_, used)| *used >= recent);
        }
        self.pass += 1;
    }

    /// Every finding in `text`, in text order: [`Engine::check`] for a text of one segment.
    pub fn check(&mut self, engine: &Engine, text: &str) -> Vec<Finding> {
        let cuts = segments(text);
        if cuts.len() == 1 {
            return engine.check(text);
        }
        let findings = cuts.into_iter().flat_map(|range| self.check_segment(engine, text, range)).collect();
        self.end_pass();
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, Kind};

    fn engine() -> Engine {
        Engine::new(&Config::default_school())
    }

    fn essay(bytes: usize) -> String {
        let sentence = "We had a brilliant afternoon on the field and everybody joined in with the games before tea. ";
        sentence.repeat(bytes / sentence.len() + 1)
    }

    #[test]
    fn a_post_is_one_segment() {
        assert_eq!(segments("Ring me on 07700 900461"), vec![0..23]);
        assert_eq!(segments(""), vec![0..0]);
    }

    #[test]
    fn segments_cover_the_text_in_order_and_stay_short() {
        for text in [essay(100_000), "x".repeat(30_000), "é".repeat(20_000), "a\n".repeat(9_000)] {
            let cuts = segments(&text);
            assert!(cuts.len() > 1);
            assert_eq!(cuts[0].start, 0);
            assert_eq!(cuts.last().unwrap().end, text.len());
            for pair in cuts.windows(2) {
                assert_eq!(pair[0].end, pair[1].start);
            }
            for cut in &cuts {
                assert!(cut.len() <= SEGMENT_BYTES && !cut.is_empty());
                assert!(text.is_char_boundary(cut.start) && text.is_char_boundary(cut.end));
            }
        }
    }

    #[test]
    fn cuts_prefer_blank_lines_then_line_ends_then_sentence_ends() {
        let paragraph = essay(SEGMENT_BYTES * 2 / 3);
        assert!(paragraph.len() > SEGMENT_BYTES / 2 && paragraph.len() < SEGMENT_BYTES - 2);
        let text = format!("{paragraph}\n\n{paragraph}\n{paragraph}");
        assert_eq!(segments(&text)[0].end, paragraph.len() + 2);
        let text = format!("{paragraph}\n{paragraph}{paragraph}");
        assert_eq!(segments(&text)[0].end, paragraph.len() + 1);
        let cut = segments(&essay(20_000))[0].end;
        assert!(essay(20_000)[..cut].ends_with(". "));
    }

    #[test]
    fn no_cut_after_a_title_or_an_abbreviation() {
        // The window's last full stops before a space are a title's, a road's and an initial's; before them, the
        // last sentence end.
        let filler = essay(SEGMENT_BYTES * 2 / 3);
        let tail = "Ask Mrs. Okafor at 27 Orchard Rd. Newbury or J. Smith about the trip and the kit list";
        let text = format!("{filler}{tail} {}", "and more ".repeat(SEGMENT_BYTES / 8));
        assert!(filler.len() + tail.len() < SEGMENT_BYTES);
        let cut = segments(&text)[0].end;
        assert_eq!(cut, filler.len(), "cut at {:?}", &text[cut - 20..cut]);
        let found = Segmenter::new().check(&engine(), &text);
        assert!(found.iter().any(|f| f.text.contains("Okafor")), "{found:?}");
    }

    #[test]
    fn findings_carry_their_place_in_the_whole_draft() {
        let engine = engine();
        let tail = "Lovely day at Bucklebury School! Ring me on 07700 900461 x";
        let text = format!("{}\n\n{tail}", essay(50_000));
        let found = Segmenter::new().check(&engine, &text);
        let texts: Vec<&str> = found.iter().map(|f| &text[f.span.start..f.span.end]).collect();
        assert_eq!(texts, ["Bucklebury School", "07700 900461"]);
        assert_eq!(found[1].kind, Kind::PhoneNumber);
        assert_eq!(found[1].text, "07700 900461");
    }

    #[test]
    fn one_segment_is_checked_as_the_engine_checks() {
        let engine = engine();
        let post = "Mrs Doe is useless. Ring 07700 900461 about Bucklebury School.";
        assert_eq!(Segmenter::new().check(&engine, post), engine.check(post));
    }

    #[test]
    fn typing_at_the_end_rereads_only_the_last_segment() {
        let engine = engine();
        let mut segmenter = Segmenter::new();
        let mut text = format!("Ring 07700 900461\n\n{}", essay(40_000));
        let first = segmenter.check(&engine, &text);
        text.push_str(" Done");
        let cuts = segments(&text);
        let fresh: Vec<bool> = cuts.iter().map(|c| segmenter.is_new(&text, c.clone())).collect();
        assert_eq!(fresh.iter().filter(|&&f| f).count(), 1);
        assert!(fresh.last().unwrap());
        assert_eq!(segmenter.check(&engine, &text), first);
    }

    #[test]
    fn old_segments_are_let_go() {
        let engine = engine();
        let mut segmenter = Segmenter::new();
        for i in 0..REMEMBERED + 10 {
            segmenter.check(&engine, &format!("{i} {}", "x ".repeat(SEGMENT_BYTES)));
        }
        assert!(segmenter.known.len() <= REMEMBERED + 4, "{}", segmenter.known.len());
    }
}
