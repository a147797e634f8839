//! The smallest replacement that turns one text into another, in the UTF-16
//! offsets the DOM's `CharacterData.replaceData` takes: the content script
//! edits its field mirrors with it, so a keystroke in a long draft changes a
//! character of the mirror instead of all of its text.

/// What turns one text into another: `removed` UTF-16 units at UTF-16 offset `at` (what JavaScript's
/// `replaceData` takes) replaced by the `inserted` bytes of the new text.
#[derive(Debug, PartialEq)]
pub struct Utf16Edit {
    /// Where the replacement starts, in UTF-16 code units.
    pub at: u32,
    /// How many UTF-16 code units of the old text it replaces.
    pub removed: u32,
    /// The bytes of the new text that take their place.
    pub inserted: std::ops::Range<usize>,
}

impl Utf16Edit {
    /// The one replacement between the common start and the common end of `old` and `new`.
    pub fn between(old: &str, new: &str) -> Utf16Edit {
        let (mut start, mut at) = (0, 0);
        for (a, b) in old.chars().zip(new.chars()) {
            if a != b {
                break;
            }
            start += a.len_utf8();
            at += a.len_utf16();
        }
        // The common end, not reaching back into the common start of either text.
        let mut end = 0;
        for (a, b) in old[start..].chars().rev().zip(new[start..].chars().rev()) {
            if a != b {
                break;
            }
            end += a.len_utf8();
        }
        let removed = old[start..old.len() - end].chars().map(char::len_utf16).sum::<usize>();
        Utf16Edit { at: at as u32, removed: removed as u32, inserted: start..new.len() - end }
    }
}

/// How much of a field's text its mirror needs so that UTF-16 offsets up to `upto` are laid out as in the field:
/// the byte offset where the mirror's text can end.
///
/// Lines break greedily, so text is placed by what comes before it and by the rest of its own word: the mirror can
/// end at the first whitespace from `upto` on (always a place to break), and typing further on changes nothing in
/// it. Unless `whole_line`: where text is centred, right-aligned or justified, the rest of a line moves what is
/// before it. And never inside a line with right-to-left letters, which bidi reorders as a whole.
pub fn mirror_end(value: &str, upto: usize, whole_line: bool) -> usize {
    let mut units = 0;
    let at = value
        .char_indices()
        .find(|(_, c)| {
            let reached = units >= upto;
            units += c.len_utf16();
            reached
        })
        .map_or(value.len(), |(i, _)| i);
    let line_end = value[at..].find('\n').map_or(value.len(), |n| at + n);
    let line_start = value[..at].rfind('\n').map_or(0, |n| n + 1);
    if whole_line || value[line_start..line_end].chars().any(is_right_to_left) {
        return line_end;
    }
    value[at..line_end].find([' ', '\t']).map_or(line_end, |n| at + n)
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies `edit` to `old` as `replaceData` would, in UTF-16 units.
    fn apply(old: &str, new: &str, edit: &Utf16Edit) -> String {
        let units: Vec<u16> = old.encode_utf16().collect();
        let (at, removed) = (edit.at as usize, edit.removed as usize);
        let mut out: Vec<u16> = units[..at].to_vec();
        out.extend(new[edit.inserted.clone()].encode_utf16());
        out.extend(&units[at + removed..]);
        String::from_utf16(&out).unwrap()
    }

    proptest::proptest! {
        #[test]
        fn an_edit_turns_any_text_into_any_other(old in "[aé🎉\n ]{0,12}", new in "[aé🎉\n ]{0,12}") {
            let edit = Utf16Edit::between(&old, &new);
            proptest::prop_assert_eq!(apply(&old, &new, &edit), new);
        }
    }

    #[test]
    fn a_mirror_holds_up_to_the_end_of_the_word() {
        let text = "Ring Millie's mum on 07700 900461 tonight\nand again";
        let millie = text.find("Millie").unwrap();
        // Through "Millie's": the rest of a word decides where its line breaks.
        assert_eq!(&text[..mirror_end(text, millie + 3, false)], "Ring Millie's");
        assert_eq!(&text[..mirror_end(text, millie + 6, false)], "Ring Millie's");
        // Ending at a space: it is where the line may break.
        assert_eq!(&text[..mirror_end(text, text.find(" mum").unwrap(), false)], "Ring Millie's");
        assert_eq!(
            &text[..mirror_end(text, text.find("tonight").unwrap() + 7, false)],
            "Ring Millie's mum on 07700 900461 tonight"
        );
        assert_eq!(mirror_end(text, text.len(), false), text.len());
        assert_eq!(mirror_end(text, 10_000, false), text.len());
        assert_eq!(mirror_end("", 0, false), 0);
    }

    #[test]
    fn a_mirror_holds_whole_lines_where_the_rest_of_a_line_moves_it() {
        let text = "Ring Millie on 07700 900461\nand again";
        // Centred, right-aligned or justified text: through the end of the line.
        assert_eq!(&text[..mirror_end(text, 6, true)], "Ring Millie on 07700 900461");
        // Right-to-left letters on the line: bidi orders the line as a whole.
        let mixed = "Ring Millie שלום on 07700\nand again";
        assert_eq!(&mixed[..mirror_end(mixed, 6, false)], "Ring Millie שלום on 07700");
        // On another line they do not matter.
        let apart = "שלום\nRing Millie on 07700";
        assert_eq!(&apart[..mirror_end(apart, 11, false)], "שלום\nRing Millie");
    }

    proptest::proptest! {
        #[test]
        fn a_mirror_ends_on_the_line_at_or_after_the_offset(text in "[aé🎉\n \t.שׁ]{0,24}", upto in 0usize..30, whole in proptest::bool::ANY) {
            let end = mirror_end(&text, upto, whole);
            proptest::prop_assert!(text.is_char_boundary(end));
            // The byte where UTF-16 offset `upto` falls (or the end).
            let mut units = 0;
            let at = text.char_indices().find(|(_, c)| { let r = units >= upto; units += c.len_utf16(); r }).map_or(text.len(), |(i, _)| i);
            proptest::prop_assert!(end >= at, "{end} < {at}");
            proptest::prop_assert!(!text[at..end].contains('\n'));
            let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
            if whole {
                proptest::prop_assert_eq!(end, line_end);
            } else {
                // At the line's end, or where whitespace makes a place to break.
                proptest::prop_assert!(end == line_end || matches!(text.as_bytes()[end], b' ' | b'\t'));
            }
        }
    }

    #[test]
    fn offsets_are_utf16() {
        // "🎉" is two UTF-16 units and four bytes.
        let text = "🎉 Zoë Okafor is here";
        assert_eq!(&text[..mirror_end(text, 5, false)], "🎉 Zoë");
        assert_eq!(&text[..mirror_end(text, 3, false)], "🎉 Zoë");
    }

    #[test]
    fn an_edit_replaces_only_what_changed() {
        for (old, new) in [
            ("Ring me on 0770", "Ring me on 07700"),
            ("Ring me on 07700", "Ring me on 0770"),
            ("", "Zoë 🎉"),
            ("Zoë 🎉", ""),
            ("aaa", "aaaa"),
            ("🎉🎉", "🎉x🎉"),
            ("Zoë and Zoe", "Zoë or Zoe"),
            ("same", "same"),
        ] {
            let edit = Utf16Edit::between(old, new);
            assert_eq!(apply(old, new, &edit), new, "{old:?} -> {new:?}: {edit:?}");
        }
        assert_eq!(
            Utf16Edit::between("Ring me on 0770", "Ring me on 07700"),
            Utf16Edit { at: 15, removed: 0, inserted: 15..16 }
        );
        assert_eq!(Utf16Edit::between("a🎉b", "a🎉cb"), Utf16Edit { at: 3, removed: 0, inserted: 5..6 });
    }
}
