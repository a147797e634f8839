//! Properties every check must keep, whatever is typed.

use postguard::{Config, Engine, Utf16Index};
use proptest::prelude::*;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(&Config::default_school()))
}

/// Pieces people type: roster names, numbers, punctuation, emoji, accents, line breaks.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Millie".to_string()),
        Just("Zoë Smith-Jones".to_string()),
        Just("Grace's".to_string()),
        Just("Mrs. Doe".to_string()),
        Just("07700 900123".to_string()),
        Just("+44 (0)118 496 0000".to_string()),
        Just("RG7 6PL".to_string()),
        Just("12 Church Lane, Bucklebury".to_string()),
        Just("born 3/4/2015".to_string()),
        Just("a@b.co.uk".to_string()),
        Just("https://bucklebury.sch.uk/x?y=1".to_string()),
        Just("#BuckleburyPrimary".to_string()),
        Just("🏴󠁧󠁢󠁥󠁮󠁧󠁿".to_string()),
        Just("👨‍👩‍👧".to_string()),
        Just("’".to_string()),
        // The context rules' own cues: lists of dates of birth, texting, months, set phrases, places.
        Just("D.O.B. 3/4/2015, Amy Reid 5/6/2016 and".to_string()),
        Just("omg grace n will r".to_string()),
        Just("1st May".to_string()),
        Just("Summer term".to_string()),
        Just("Millie, your".to_string()),
        Just("Christmas Eve".to_string()),
        Just("St Francis Xavier RC Primary".to_string()),
        Just("trip to".to_string()),
        Just("on the gate".to_string()),
        // The tone detector's cues: targets, insults (censored too), threats, complaints, quotes, emoji.
        Just("Mrs Doe is a useless".to_string()),
        Just("the head".to_string()),
        Just("f***ing".to_string()),
        Just("watch your back".to_string()),
        Just("I'll batter him".to_string()),
        Just("still no reply from the school".to_string()),
        Just("'you're dead'".to_string()),
        Just("“a joke”".to_string()),
        Just("😤".to_string()),
        Just("Why".to_string()),
        Just("\n".to_string()),
        "[ .,!?'()#@:/-]{1,3}",
        "[0-9]{1,12}",
        "\\PC{1,8}",
        any::<String>(),
    ]
}

fn post() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..12).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Details never overlap each other, nor tone findings each other (one kind per
    /// sentence); a tone finding is a whole sentence and overlaps the details inside it.
    #[test]
    fn findings_are_ordered_disjoint_and_exact(text in post()) {
        let findings = engine().check(&text);
        let index = Utf16Index::new(&text);
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let (mut last_detail_end, mut last_tone_end, mut last_start) = (0, 0, 0);
        for f in &findings {
            prop_assert!(f.span.start < f.span.end, "empty span {:?}", f);
            prop_assert!(f.span.start >= last_start, "disorder at {:?}", f);
            last_start = f.span.start;
            let last_end = if f.kind.is_tone() { &mut last_tone_end } else { &mut last_detail_end };
            prop_assert!(f.span.start >= *last_end, "overlap at {:?}", f);
            *last_end = f.span.end;
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert_eq!(&text[f.span.start..f.span.end], f.text.as_str());
            let (start, end) = index.span(f.span);
            prop_assert!(end <= utf16.len());
            prop_assert_eq!(String::from_utf16(&utf16[start..end]).unwrap(), f.text.clone());
            prop_assert!(!f.clauses.is_empty());
            prop_assert_eq!(f.kind.is_tone(), f.because.is_some(), "tone findings say why: {:?}", f);
            if f.kind.is_tone() {
                // A sentence: no line break inside it, no space at either end.
                prop_assert!(!f.text.contains('\n') && f.text.trim() == f.text, "not a sentence: {:?}", f);
            }
        }
        let records = postguard::finding::records(&text, &findings);
        for (r, f) in records.iter().zip(&findings) {
            prop_assert_eq!((r.start, r.end), index.span(f.span));
        }
    }

    #[test]
    fn any_string_at_all_is_checked_without_panic(text in any::<String>()) {
        let _ = engine().check(&text);
    }

}

proptest! {
    // Long texts: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// A long draft read a segment at a time: every segment short, on character boundaries, in order, and the
    /// findings of the whole are those of its segments, each in its place (what the content script paints).
    #[test]
    fn long_drafts_are_read_in_segments(pieces in prop::collection::vec(post(), 1..6), repeat in 1usize..100) {
        use postguard::long_draft::{segments, Segmenter, SEGMENT_BYTES};
        let text = pieces.join("\n").repeat(repeat);
        let cuts = segments(&text);
        prop_assert_eq!(cuts.first().map(|c| c.start), Some(0));
        prop_assert_eq!(cuts.last().map(|c| c.end), Some(text.len()));
        for pair in cuts.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        for cut in &cuts {
            prop_assert!(cut.len() <= SEGMENT_BYTES.max(4) && text.is_char_boundary(cut.start) && text.is_char_boundary(cut.end));
        }
        let mut segmenter = Segmenter::new();
        let found = segmenter.check(engine(), &text);
        let expected: Vec<_> = cuts
            .iter()
            .flat_map(|cut| engine().check(&text[cut.clone()]).into_iter().map(move |mut f| {
                f.span.start += cut.start;
                f.span.end += cut.start;
                f
            }))
            .collect();
        prop_assert_eq!(&found, &expected);
        for f in &found {
            prop_assert_eq!(&text[f.span.start..f.span.end], f.text.as_str());
        }
        // A second reading is all remembered, and the same.
        prop_assert!(cuts.iter().all(|c| cuts.len() == 1 || !segmenter.is_new(&text, c.clone())));
        prop_assert_eq!(segmenter.check(engine(), &text), found);
    }
}
