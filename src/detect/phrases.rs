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
//! start. Most tokens of a post are spaces and punctuation, and most start no
//! phrase: one-byte symbols are numbered by a table and a token's first step
//! into the trie is an array index, so only words are hashed and only tokens
//! that start a phrase walk the trie.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::text::is_word_char;

/// A set of phrases, searched for as whole words.
#[derive(Debug)]
pub struct PhraseSet {
    /// Every token of every phrase that is a word or a non-ASCII symbol, numbered.
    vocabulary: HashMap<Box<str>, u32, Fast>,
    /// The numbers of one-byte symbol tokens (space, punctuation), by byte: most tokens of a text are these,
    /// and a table answers without hashing. [`UNKNOWN`] for bytes no phrase has.
    symbols: [u32; 128],
    /// For each token number, the node a phrase starting with that token reaches ([`NO_NODE`] when no phrase
    /// starts with it): most tokens of a text start no phrase, and this says so without a trie lookup.
    roots: Vec<u32>,
    /// Trie edges below the first token: (node, token) to node; node 0 is the root.
    edges: HashMap<u64, u32, Fast>,
    /// The phrases ending at each node, in id order.
    ends: Vec<Vec<u32>>,
}

/// A token number no phrase has.
const UNKNOWN: u32 = u32::MAX;
/// No trie node (the root is never a child).
const NO_NODE: u32 = 0;

/// One occurrence of a phrase: bytes `start..end` of the searched text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    /// The phrase's index in the order given to [`PhraseSet::new`].
    pub id: usize,
}

/// A token of the text: where it is, and its number ([`UNKNOWN`] if no phrase has it).
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
    number: u32,
}

impl PhraseSet {
    /// A set of `phrases` (a phrase given twice is found twice, under both ids; an empty one never).
    pub fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let mut set = PhraseSet {
            vocabulary: HashMap::default(),
            symbols: [UNKNOWN; 128],
            roots: Vec::new(),
            edges: HashMap::default(),
            ends: vec![Vec::new()],
        };
        for (id, phrase) in phrases.into_iter().enumerate() {
            let phrase = phrase.as_ref();
            let mut node = 0u32;
            for (start, end) in tokens(phrase) {
                let token = set.number_or_add(&phrase[start..end]);
                let next_node = set.ends.len() as u32;
                let child = if node == 0 {
                    &mut set.roots[token as usize]
                } else {
                    set.edges.entry(edge(node, token)).or_insert(NO_NODE)
                };
                if *child == NO_NODE {
                    *child = next_node;
                    set.ends.push(Vec::new());
                }
                node = *child;
            }
            if node != 0 {
                set.ends[node as usize].push(id as u32);
            }
        }
        set
    }

    /// The number of a phrase's token, numbering it if it is new.
    fn number_or_add(&mut self, token: &str) -> u32 {
        let next = self.roots.len() as u32;
        let number = match one_byte_symbol(token) {
            Some(byte) => {
                if self.symbols[byte] == UNKNOWN {
                    self.symbols[byte] = next;
                }
                self.symbols[byte]
            }
            None => *self.vocabulary.entry(token.into()).or_insert(next),
        };
        if number == next {
            self.roots.push(NO_NODE);
        }
        number
    }

    /// The number of a token of the searched text, [`UNKNOWN`] if no phrase has it.
    fn number(&self, token: &str) -> u32 {
        match one_byte_symbol(token) {
            Some(byte) => self.symbols[byte],
            None => self.vocabulary.get(token).copied().unwrap_or(UNKNOWN),
        }
    }

    /// Every occurrence of every phrase in `text` that neither starts nor ends inside a word (a phrase may start
    /// or end with a symbol, which needs no boundary), overlapping ones included: ordered by end, then longest
    /// first, then by id (the order of an overlapping Aho-Corasick search).
    pub fn find_whole_words(&self, text: &str) -> Vec<PhraseMatch> {
        let tokens: Vec<Token> =
            tokens(text).map(|(start, end)| Token { start, end, number: self.number(&text[start..end]) }).collect();
        let mut found = Vec::new();
        for (first, token) in tokens.iter().enumerate() {
            let Some(&root) = self.roots.get(token.number as usize) else { continue };
            let mut node = root;
            let mut last = token;
            let mut rest = tokens[first + 1..].iter();
            while node != NO_NODE {
                for &id in &self.ends[node as usize] {
                    found.push(PhraseMatch { start: token.start, end: last.end, id: id as usize });
                }
                let Some(next) = rest.next() else { break };
                if next.number == UNKNOWN {
                    break;
                }
                node = self.edges.get(&edge(node, next.number)).copied().unwrap_or(NO_NODE);
                last = next;
            }
        }
        // Tokens are whole words or single symbols, so both ends of every match are boundaries by construction.
        found.sort_by_key(|m| (m.end, m.start, m.id));
        found
    }
}

/// The byte of a one-byte symbol token (an ASCII character that is not a letter or digit).
fn one_byte_symbol(token: &str) -> Option<usize> {
    match token.as_bytes() {
        &[byte] if !byte.is_ascii_alphanumeric() => Some(usize::from(byte)),
        _ => None,
    }
}

/// The tokens of `s` as byte ranges: runs of word characters, and any other character alone.
/// ASCII (most of any post) is classified a byte at a time; other characters are decoded.
fn tokens(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    // The character at `at`: its length and whether it is a word character.
    let char_at = move |at: usize| -> (usize, bool) {
        let byte = bytes[at];
        if byte.is_ascii() {
            (1, byte.is_ascii_alphanumeric())
        } else {
            let c = s[at..].chars().next().expect("at is a char boundary");
            (c.len_utf8(), is_word_char(c))
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        let (len, word) = char_at(at);
        at += len;
        if word {
            while at < bytes.len() {
                let (len, word) = char_at(at);
                if !word {
                    break;
                }
                at += len;
            }
        }
        Some((start, at))
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
