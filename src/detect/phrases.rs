//! Phrases found as whole words: what the tone lexicons need from a multi-pattern search.
//!
//! The tone lexicons expand to about 5,000 phrases. Compiling them into an
//! Aho-Corasick automaton took 5 ms natively and most of a second in the
//! browser's JavaScript build, on every page where someone starts typing; the
//! engine must be up before the first key is marked. A phrase only counts as
//! whole words, so it can only start where a word starts (or, for a phrase that
//! starts with a symbol, at that symbol): the set is a table from each phrase's
//! first word to the phrases that begin with it, built in a fraction of the
//! time, and a search looks up each word of the text once.

use std::collections::HashMap;

use crate::text::{char_at, char_before, is_word_char};

/// A set of phrases, searched for as whole words.
#[derive(Debug, Default)]
pub struct PhraseSet {
    phrases: Vec<Box<str>>,
    /// Phrase ids by first word (a phrase starting with a symbol: by that symbol), in id order.
    by_first: HashMap<Box<str>, Vec<u32>>,
}

/// One occurrence of a phrase: bytes `start..end` of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// The phrase's index in the order given to [`PhraseSet::new`].
    pub id: usize,
}

impl PhraseSet {
    /// A set of `phrases` (non-empty; a phrase given twice is found twice, under both ids).
    pub fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let mut set = PhraseSet::default();
        for (id, phrase) in phrases.into_iter().enumerate() {
            let phrase = phrase.as_ref();
            let first = first_token(phrase);
            if !first.is_empty() {
                set.by_first.entry(first.into()).or_default().push(id as u32);
            }
            set.phrases.push(phrase.into());
        }
        set
    }

    /// Every occurrence of every phrase in `text` that neither starts nor ends inside a word (a phrase may start
    /// or end with a symbol, which needs no boundary), overlapping ones included: ordered by end, then longest
    /// first, then by id (the order of an overlapping Aho-Corasick search).
    pub fn find_whole_words(&self, text: &str) -> Vec<PhraseMatch> {
        let mut found = Vec::new();
        for (at, c) in text.char_indices() {
            let key = if is_word_char(c) {
                if char_before(text, at).is_some_and(is_word_char) {
                    continue; // inside a word: no phrase starting with a letter may start here
                }
                first_token(&text[at..])
            } else {
                &text[at..at + c.len_utf8()]
            };
            let Some(ids) = self.by_first.get(key) else { continue };
            for &id in ids {
                let phrase = &*self.phrases[id as usize];
                let end = at + phrase.len();
                let ends_cleanly = || {
                    !char_before(text, end).is_some_and(is_word_char) || !char_at(text, end).is_some_and(is_word_char)
                };
                if text[at..].starts_with(phrase) && ends_cleanly() {
                    found.push(PhraseMatch { start: at, end, id: id as usize });
                }
            }
        }
        found.sort_by_key(|m| (m.end, m.start, m.id));
        found
    }
}

/// A phrase's first word (its leading run of word characters), or its first character when that is not a word
/// character.
fn first_token(s: &str) -> &str {
    let Some(c) = s.chars().next() else { return "" };
    if !is_word_char(c) {
        return &s[..c.len_utf8()];
    }
    let end = s.char_indices().find(|&(_, c)| !is_word_char(c)).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// The same search through Aho-Corasick, as the tone detector first did it.
    fn through_automaton(phrases: &[&str], text: &str) -> Vec<PhraseMatch> {
        let automaton = AhoCorasick::builder().match_kind(MatchKind::Standard).build(phrases).unwrap();
        let whole = |start: usize, end: usize| {
            let left =
                !char_at(text, start).is_some_and(is_word_char) || !char_before(text, start).is_some_and(is_word_char);
            let right =
                !char_before(text, end).is_some_and(is_word_char) || !char_at(text, end).is_some_and(is_word_char);
            left && right
        };
        let mut found: Vec<PhraseMatch> = automaton
            .find_overlapping_iter(text)
            .filter(|m| whole(m.start(), m.end()))
            .map(|m| PhraseMatch { start: m.start(), end: m.end(), id: m.pattern().as_usize() })
            .collect();
        found.sort_by_key(|m| (m.end, m.start, m.id));
        found
    }

    #[test]
    fn finds_whole_words_only() {
        let set = PhraseSet::new(["useless", "useless woman", "f***", "!!", "joke"]);
        let text = "mrs doe is a useless woman, f*** this!!! not a jokester, uselessness";
        let found: Vec<&str> = set.find_whole_words(text).iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(found, ["useless", "useless woman", "f***", "!!", "!!"]);
    }

    #[test]
    fn finds_what_an_automaton_finds() {
        let phrases = [
            "useless",
            "useless woman",
            "a joke",
            "joke",
            "f***",
            "f**k",
            "sh*te",
            "!!",
            "'",
            "you'll regret",
            "regret it",
            "wait till",
            "naïve",
            "on it",
            "it",
            "x",
            "xx",
            "no reply",
            "no",
            "useless",
        ];
        let texts = [
            "Mrs Doe is useless. Useless woman!! You'll regret it, wait till I see you x",
            "f***ing sh*te, no reply, a joke ... 'quotes' and naïve it it it",
            "xx x xxx ' '' !!!! noreply no-reply onit on it",
            "",
            "🎉 useless🎉joke a joke\u{00a0}a joke",
        ];
        let set = PhraseSet::new(phrases);
        for text in texts {
            assert_eq!(set.find_whole_words(text), through_automaton(&phrases, text), "{text}");
        }
    }
}
