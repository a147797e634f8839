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
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
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
    type IntoIter = std::str::SplitTerminator<'static, char>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.split_terminator('\n')
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
    }

    #[test]
    fn an_empty_list_has_no_entries() {
        const EMPTY: WordList = word_list![];
        assert_eq!(EMPTY.iter().count(), 0);
        assert!(EMPTY.is_empty());
        assert_eq!(EMPTY.len(), 0);
    }
}
