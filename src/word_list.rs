//! Word lists stored as one string each.
//!
//! A `&[&str]` keeps a pointer and a length beside every entry (8 bytes each
//! in WebAssembly): for the tone lexicons and the context word lists, some
//! 4,800 entries, that was 38 KB of the content script's bundle that gzip
//! could barely shrink. A [`WordList`] is the entries joined by newlines, read
//! once when the engine builds its sets (lookups go through those sets: a
//! list has no `contains`, which would scan its string).

/// A list of folded words or phrases, one per line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordList(&'static str);

impl WordList {
    /// The list whose entries are the lines of `lines`, each ended by `\n` (what [`word_list!`] writes).
    pub const fn from_lines(lines: &'static str) -> WordList {
        WordList(lines)
    }

    /// The entries, in order.
    pub fn iter(self) -> Entries {
        self.into_iter()
    }

    /// How many entries there are.
    pub fn len(self) -> usize {
        self.0.bytes().filter(|&b| b == b'\n').count()
    }

    /// Whether the list has no entries.
    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for WordList {
    type Item = &'static str;
    type IntoIter = Entries;

    fn into_iter(self) -> Self::IntoIter {
        Entries(self.0)
    }
}

/// A [`WordList`]'s entries, in order. Each is found by reading up to its newline a byte at a time: entries are a
/// few bytes long, and a text's own lexicon reads all 4,800 of the tone lexicons' at a page's first keystroke,
/// where a `memchr` per entry (`str::split_terminator`) costs more in setting up than in searching.
#[derive(Debug, Clone)]
pub struct Entries(&'static str);

impl Iterator for Entries {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        if self.0.is_empty() {
            return None;
        }
        let end = self.0.bytes().position(|b| b == b'\n').unwrap_or(self.0.len());
        let entry = &self.0[..end];
        self.0 = self.0.get(end + 1..).unwrap_or("");
        Some(entry)
    }
}

/// A [`WordList`] written like an array of string literals: `word_list!["the head", "headteacher"]`.
#[macro_export]
macro_rules! word_list {
    ($($entry:literal),* $(,)?) => {
        $crate::word_list::WordList::from_lines(concat!($($entry, "\n"),*))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: WordList = word_list!["the head", "headteacher", "💀"];

    #[test]
    fn entries_are_the_literals_in_order() {
        assert_eq!(LIST.iter().collect::<Vec<_>>(), ["the head", "headteacher", "💀"]);
        assert_eq!(LIST.len(), 3);
        // As `str::split_terminator` reads them, a last entry without its newline too.
        for lines in ["a\nb\n", "a\nb", "\n\nx\n", "", "\n", "é\n💀\n"] {
            let ours: Vec<&str> = WordList::from_lines(lines).iter().collect();
            assert_eq!(ours, lines.split_terminator('\n').collect::<Vec<_>>(), "{lines:?}");
        }
    }

    #[test]
    fn an_empty_list_has_no_entries() {
        const EMPTY: WordList = word_list![];
        assert_eq!(EMPTY.iter().count(), 0);
        assert!(EMPTY.is_empty());
        assert_eq!(EMPTY.len(), 0);
    }
}
