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
