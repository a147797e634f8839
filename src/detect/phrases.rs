//! Phrases found as whole words: what the tone lexicons need from a multi-pattern search.
//!
//! The tone lexicons expand to about 5,000 phrases. Compiling them into an
//! Aho-Corasick automaton took 5 ms natively and most of a second in the
//! browser's JavaScript build, on every page where someone starts typing; the
//! engine must be up before the first key is marked. A phrase only counts as
//! whole words, so it can only start where a word starts (or, for a phrase that
//! starts with a symbol, at that symbol) and must end with a whole word or a
//! symbol. So phrases and text are both read as tokens (a run of word
//! characters, or one other character), and the phrases form a trie over
//! token numbers: building it is a few thousand map inserts, and a search reads
//! each token of the text once and walks the trie from each place a phrase may
//! start.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::is_word_char;

/// A set of phrases, searched for as whole words.
#[derive(Debug, Default)]
pub struct PhraseSet {
    /// Every token of every phrase, numbered.
    vocabulary: HashMap<Box<str>, u32, Fast>,
    /// Trie edges: (node, token) to node; node 0 is the root.
    edges: HashMap<u64, u32, Fast>,
    /// The phrases ending at each node, in id order.
    ends: Vec<Vec<u32>>,
}

/// One occurrence of a phrase: bytes `start..end` of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// The phrase's index in the order given to [`PhraseSet::new`].
    pub id: usize,
}

/// A token of the text: where it is, and its number if any phrase has it.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    known: Option<u32>,
}

impl PhraseSet {
    /// A set of `phrases` (a phrase given twice is found twice, under both ids; an empty one never).
    pub fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let mut set = PhraseSet { ends: vec![Vec::new()], ..PhraseSet::default() };
        for (id, phrase) in phrases.into_iter().enumerate() {
            let phrase = phrase.as_ref();
            let mut node = 0u32;
            for (start, end) in tokens(phrase) {
                let next_token = set.vocabulary.len() as u32;
                let token = *set.vocabulary.entry(phrase[start..end].into()).or_insert(next_token);
                let next_node = set.ends.len() as u32;
                node = *set.edges.entry(edge(node, token)).or_insert(next_node);
                if node == next_node {
                    set.ends.push(Vec::new());
                }
            }
            if node != 0 {
                set.ends[node as usize].push(id as u32);
            }
        }
        set
    }

    /// Every occurrence of every phrase in `text` that neither starts nor ends inside a word (a phrase may start
    /// or end with a symbol, which needs no boundary), overlapping ones included: ordered by end, then longest
    /// first, then by id (the order of an overlapping Aho-Corasick search).
    pub fn find_whole_words(&self, text: &str) -> Vec<PhraseMatch> {
        let tokens: Vec<Token> = tokens(text)
            .map(|(start, end)| Token { start, end, known: self.vocabulary.get(&text[start..end]).copied() })
            .collect();
        let mut found = Vec::new();
        for (first, token) in tokens.iter().enumerate() {
            let mut node = 0u32;
            for next in &tokens[first..] {
                let Some(&child) = next.known.and_then(|t| self.edges.get(&edge(node, t))) else { break };
                node = child;
                for &id in &self.ends[node as usize] {
                    found.push(PhraseMatch { start: token.start, end: next.end, id: id as usize });
                }
            }
        }
        // Tokens are whole words or single symbols, so both ends of every match are boundaries by construction.
        found.sort_by_key(|m| (m.end, m.start, m.id));
        found
    }
}

/// The tokens of `s` as byte ranges: runs of word characters, and any other character alone.
fn tokens(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = s.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, c) = chars.next()?;
        if !is_word_char(c) {
            return Some((start, start + c.len_utf8()));
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, c)) = chars.peek().filter(|&&(_, c)| is_word_char(c)) {
            end = at + c.len_utf8();
            chars.next();
        }
        Some((start, end))
    })
}

fn edge(node: u32, token: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(token)
}

/// A fast hash for short keys (tokens and trie edges); the keys are our own lexicon's, not an attacker's.
#[derive(Default, Clone, Copy)]
struct FastHasher(u64);

type Fast = BuildHasherDefault<FastHasher>;

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.write_u64(u64::from(byte));
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits depend on every bit of the key; the table indexes by the low ones.
        self.0.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{char_at, char_before};
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
            "o'brien",
        ];
        let texts = [
            "Mrs Doe is useless. Useless woman!! You'll regret it, wait till I see you x",
            "f***ing sh*te, no reply, a joke ... 'quotes' and naïve it it it o'brien's",
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
