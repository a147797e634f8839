//! Phrases found as whole words: what the tone lexicons, the roster's names and the school's names need from a
//! multi-pattern search.
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
//!
//! A check searches several sets in the same text (roster names, the school's
//! names, staff surnames, the tone lexicons), so the text's tokens and their
//! hashes are read once ([`TextTokens`]) and each set only looks them up.

use crate::sorting::{descending, sort_by_key};
use std::collections::HashMap;

use crate::fast_hash::{hash_bytes, Fast};
use crate::text::is_word_char;

/// A set of phrases, searched for as whole words.
#[derive(Debug)]
pub struct PhraseSet {
    /// Every token of every phrase that is a word or a non-ASCII symbol, numbered.
    vocabulary: Vocabulary,
    /// The numbers of one-byte symbol tokens (space, punctuation), by byte: most tokens of a text are these,
    /// and a table answers without hashing. [`UNKNOWN`] for bytes no phrase has.
    symbols: [u32; 256],
    /// For each token number, the node a phrase starting with that token reaches ([`NO_NODE`] when no phrase
    /// starts with it): most tokens of a text start no phrase, and this says so without a trie lookup.
    roots: Vec<u32>,
    /// Trie edges below the first token: (node, token) to node; node 0 is the root.
    edges: HashMap<u64, u32, Fast>,
    /// The phrases ending at node `n` are `end_ids[end_starts[n]..end_starts[n + 1]]`, in id order: one list for
    /// every node instead of a vector each (most nodes end no phrase).
    end_starts: Vec<u32>,
    end_ids: Vec<u32>,
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

impl PhraseSet {
    /// A set of `phrases` (a phrase given twice is found twice, under both ids; an empty one never).
    pub fn new<S: AsRef<str>>(phrases: impl IntoIterator<Item = S>) -> PhraseSet {
        let phrases = phrases.into_iter();
        let mut builder = PhraseSetBuilder::with_capacity(phrases.size_hint().0);
        for phrase in phrases {
            builder.add(phrase.as_ref());
        }
        builder.build()
    }

    /// The phrases ending at trie node `node`.
    fn ends_at(&self, node: u32) -> &[u32] {
        let node = node as usize;
        &self.end_ids[self.end_starts[node] as usize..self.end_starts[node + 1] as usize]
    }
    /// The number of a token of `phrase`, numbering it if it is new.
    fn number_or_add(&mut self, phrase: &str, token: TextToken) -> u32 {
        let next = self.roots.len() as u32;
        let number = match token.key {
            TokenKey::Symbol(byte) => {
                let number = &mut self.symbols[usize::from(byte)];
                if *number == UNKNOWN {
                    *number = next;
                }
                *number
            }
            TokenKey::Hash(hash) => {
                self.vocabulary.number_or_add(hash, &phrase[token.start as usize..token.end as usize], next)
            }
        };
        if number == next {
            self.roots.push(NO_NODE);
        }
        number
    }

    /// Every occurrence of every phrase in `text` that neither starts nor ends inside a word (a phrase may start
    /// or end with a symbol, which needs no boundary), overlapping ones included: ordered by end, then longest
    /// first, then by id (the order of an overlapping Aho-Corasick search).
    #[cfg(test)]
    pub fn find_whole_words(&self, text: &str) -> Vec<PhraseMatch> {
        self.find_in(text, &TextTokens::read(text))
    }

    /// [`PhraseSet::find_whole_words`] over `text`'s tokens, read once for every set searched in it.
    pub fn find_in(&self, text: &str, tokens: &TextTokens) -> Vec<PhraseMatch> {
        // Tokens are numbered as the search reaches them: most start no phrase and are numbered once.
        let number = |token: &TextToken| match token.key {
            TokenKey::Symbol(byte) => self.symbols[usize::from(byte)],
            TokenKey::Hash(hash) => {
                self.vocabulary.number_hashed(hash, &text.as_bytes()[token.start as usize..token.end as usize])
            }
        };
        let list = tokens.list.as_slice();
        let mut found = Vec::with_capacity(16);
        for (first, token) in list.iter().enumerate() {
            let Some(&root) = self.roots.get(number(token) as usize) else { continue };
            let mut node = root;
            let mut end = token.end;
            let mut rest = list[first + 1..].iter();
            while node != NO_NODE {
                for &id in self.ends_at(node) {
                    found.push(PhraseMatch { start: token.start as usize, end: end as usize, id: id as usize });
                }
                let Some(next) = rest.next() else { break };
                let next_number = number(next);
                if next_number == UNKNOWN {
                    break;
                }
                node = self.edges.get(&edge(node, next_number)).copied().unwrap_or(NO_NODE);
                end = next.end;
            }
        }
        // Tokens are whole words or single symbols, so both ends of every match are boundaries by construction.
        sort_by_key(&mut found, |m| [m.end as u64, m.start as u64, m.id as u64]);
        found
    }
}

/// Builds a [`PhraseSet`] one phrase at a time, so a caller that generates its phrases (the tone lexicons expand
/// templates) need not keep them. The engine is built as a page's first keystroke waits, in an interpreter at
/// first, so the build allocates per phrase nothing but what the set keeps.
pub struct PhraseSetBuilder {
    set: PhraseSet,
    /// The trie node each phrase given so far ends at (0: an empty phrase, which is never found).
    phrase_ends: Vec<u32>,
    /// The tokens of the phrase being added (reused).
    tokens: Vec<TextToken>,
    /// Trie nodes so far, the root included.
    nodes: u32,
}

impl PhraseSetBuilder {
    /// A builder for about `phrases` phrases.
    pub fn with_capacity(phrases: usize) -> PhraseSetBuilder {
        let mut edges = HashMap::default();
        // Most phrases are a few words and share their first ones: room for two edges a phrase below the roots, so
        // the table is not grown (rehashed) as the lexicon is built.
        edges.reserve(phrases * 2);
        PhraseSetBuilder {
            set: PhraseSet {
                vocabulary: Vocabulary::default(),
                symbols: [UNKNOWN; 256],
                roots: Vec::new(),
                edges,
                end_starts: Vec::new(),
                end_ids: Vec::new(),
            },
            phrase_ends: Vec::with_capacity(phrases),
            tokens: Vec::new(),
            nodes: 1,
        }
    }

    /// Adds `phrase`, whose id is the number of phrases added before it.
    pub fn add(&mut self, phrase: &str) {
        let set = &mut self.set;
        let mut node = 0u32;
        // A phrase is read into tokens exactly as a searched text is.
        TextTokens::read_into(phrase, &mut self.tokens);
        for &token in &self.tokens {
            let token = set.number_or_add(phrase, token);
            let child = if node == 0 {
                &mut set.roots[token as usize]
            } else {
                set.edges.entry(edge(node, token)).or_insert(NO_NODE)
            };
            if *child == NO_NODE {
                *child = self.nodes;
                self.nodes += 1;
            }
            node = *child;
        }
        self.phrase_ends.push(node);
    }

    /// The set: each node's phrases laid out in one list, in id order (a counting sort by node).
    pub fn build(mut self) -> PhraseSet {
        let mut starts = vec![0u32; self.nodes as usize + 1];
        for &node in self.phrase_ends.iter().filter(|&&node| node != 0) {
            starts[node as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut ids = vec![0u32; starts[self.nodes as usize] as usize];
        let mut next = starts.clone();
        for (id, &node) in self.phrase_ends.iter().enumerate().filter(|(_, &node)| node != 0) {
            ids[next[node as usize] as usize] = id as u32;
            next[node as usize] += 1;
        }
        self.set.end_starts = starts;
        self.set.end_ids = ids;
        self.set
    }
}

/// The tokens of a text, read once and searched by every [`PhraseSet`]: a run of word characters, or any other
/// character alone. A word (or a symbol that is not one ASCII byte) carries its hash, so each set numbers it
/// with one probe of its own vocabulary.
#[derive(Debug, Default)]
pub struct TextTokens {
    list: Vec<TextToken>,
}

#[derive(Debug, Clone, Copy)]
struct TextToken {
    start: u32,
    end: u32,
    key: TokenKey,
}

#[derive(Debug, Clone, Copy)]
enum TokenKey {
    /// A one-byte symbol (space, punctuation): most tokens of a text, numbered by table.
    Symbol(u8),
    /// The [`hash_bytes`] of a word or a longer symbol.
    Hash(u64),
}

impl TextTokens {
    /// The tokens of `text`, in one pass over its bytes: ASCII (most of any post) a byte at a time, other
    /// characters decoded.
    pub fn read(text: &str) -> TextTokens {
        let mut list = Vec::with_capacity(text.len() / 2);
        TextTokens::read_into(text, &mut list);
        TextTokens { list }
    }

    /// The tokens of `text` into `list` (cleared first).
    fn read_into(text: &str, list: &mut Vec<TextToken>) {
        list.clear();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let byte = bytes[at];
            if byte.is_ascii() && !byte.is_ascii_alphanumeric() {
                list.push(TextToken { start: at as u32, end: at as u32 + 1, key: TokenKey::Symbol(byte) });
                at += 1;
                continue;
            }
            let start = at;
            let word = if byte.is_ascii() {
                true
            } else {
                let c = text[at..].chars().next().expect("at is a char boundary");
                at += c.len_utf8() - 1;
                is_word_char(c)
            };
            at += 1;
            while word && at < bytes.len() {
                let byte = bytes[at];
                if byte.is_ascii_alphanumeric() {
                    at += 1;
                } else if byte.is_ascii() {
                    break;
                } else {
                    let c = text[at..].chars().next().expect("at is a char boundary");
                    if !is_word_char(c) {
                        break;
                    }
                    at += c.len_utf8();
                }
            }
            let key = TokenKey::Hash(hash_bytes(&bytes[start..at]));
            list.push(TextToken { start: start as u32, end: at as u32, key });
        }
    }
}

/// A word's first two bytes, five bits of each, as a number below 1,024: equal words start alike, and so do ASCII
/// words that differ only in case.
fn word_start(word: &[u8]) -> usize {
    let (first, second) = (word.first().copied().unwrap_or(0), word.get(1).copied().unwrap_or(0));
    (usize::from(first & 31) << 5) | usize::from(second & 31)
}

/// The words of a text as a set, to tell whether a phrase could occur in it: every word of a phrase must. A set of
/// phrases built for one text can then leave out the phrases that cannot match it and find the same (the tone
/// lexicons, before the whole of them is built: see `tone::LexiconBuild`).
#[derive(Debug)]
pub struct TextWords {
    /// The text's words (and its symbols longer than a byte), numbered as a phrase set numbers its own.
    words: Vocabulary,
    /// The text's one-byte symbols (a bit per ASCII byte).
    symbols: [usize; 128 / WORD_BITS],
    /// How the text's words start (a bit per [`word_start`]): most phrases are turned away on this alone, before
    /// their first word is hashed.
    starts: [usize; 1024 / WORD_BITS],
    /// The tokens of the phrase being looked at (reused).
    scratch: Vec<TextToken>,
}

impl TextWords {
    /// The words of `text`, whose tokens are `tokens`.
    pub fn new(text: &str, tokens: &TextTokens) -> TextWords {
        let (mut words, mut symbols, mut starts) = (Vocabulary::default(), [0; 128 / WORD_BITS], [0; 1024 / WORD_BITS]);
        for token in &tokens.list {
            match token.key {
                TokenKey::Symbol(byte) => set_bit(&mut symbols, usize::from(byte & 127)),
                TokenKey::Hash(hash) => {
                    let word = &text[token.start as usize..token.end as usize];
                    set_bit(&mut starts, word_start(word.as_bytes()));
                    let next = words.words.len() as u32;
                    words.number_or_add(hash, word, next);
                }
            }
        }
        TextWords { words, symbols, starts, scratch: Vec::new() }
    }

    /// Whether every word of `phrase` occurs in the text, leaving out a template's `{…}` placeholders (which stand
    /// for words its caller fills in) and any word written against one ("{pos}self" may be "himself"). Symbols are
    /// not looked at.
    pub fn may_occur(&mut self, phrase: &str) -> bool {
        // Most phrases are missing their first word: it is looked up before the rest is read, and most of those are
        // turned away on its first two bytes alone (a word written against a placeholder, "kill{s}", keeps them).
        let bytes = phrase.as_bytes();
        if !self.may_have_word_starting(bytes) {
            return false;
        }
        let first_end = bytes.iter().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(bytes.len());
        if first_end > 0 && bytes.get(first_end).is_none_or(|&b| b.is_ascii() && b != b'{') {
            let first = &bytes[..first_end];
            // A first word of two bytes or more was judged on them above; a one-byte word ("i will…") is judged here.
            if first_end == 1 && !self.may_have_word_like(first) {
                return false;
            }
            if self.words.number_hashed(hash_bytes(first), first) == UNKNOWN {
                return false;
            }
        }
        TextTokens::read_into(phrase, &mut self.scratch);
        let brace = |token: Option<&TextToken>, byte: u8, at: u32| {
            token.is_some_and(|t| matches!(t.key, TokenKey::Symbol(b) if b == byte) && (t.start == at || t.end == at))
        };
        let mut in_placeholder = false;
        for (i, token) in self.scratch.iter().enumerate() {
            match token.key {
                TokenKey::Symbol(b'{') => in_placeholder = true,
                TokenKey::Symbol(b'}') => in_placeholder = false,
                TokenKey::Symbol(_) => {}
                TokenKey::Hash(hash) => {
                    let against_placeholder =
                        brace(i.checked_sub(1).and_then(|p| self.scratch.get(p)), b'}', token.start)
                            || brace(self.scratch.get(i + 1), b'{', token.end);
                    let word = &phrase.as_bytes()[token.start as usize..token.end as usize];
                    if !in_placeholder && !against_placeholder && self.words.number_hashed(hash, word) == UNKNOWN {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Whether the text may have the word `word` (ASCII letters and digits, in either case): `false` when no word of
    /// the text starts as it does.
    pub fn may_have_word_like(&self, word: &[u8]) -> bool {
        has_bit(&self.starts, word_start(word))
    }

    /// Whether a word of the text may start as `text` does, judged on its first two bytes when both are ASCII letters
    /// or digits (`true` otherwise: nothing is ruled out). Lower-casing or folding keeps those two bytes up to case, so
    /// a name or phrase is turned away on them before either is done.
    pub fn may_have_word_starting(&self, text: &[u8]) -> bool {
        match text {
            [a, b, ..] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => self.may_have_word_like(&text[..2]),
            _ => true,
        }
    }

    /// Whether the text has the one-byte symbol `byte` (ASCII, not a letter or digit).
    pub fn has_symbol(&self, byte: u8) -> bool {
        byte.is_ascii() && has_bit(&self.symbols, usize::from(byte))
    }
}

/// The bits of a machine word: bit sets are arrays of them (the JavaScript build has no 64- or 128-bit integers, and
/// calls a function for each of their shifts).
const WORD_BITS: usize = usize::BITS as usize;

fn set_bit(set: &mut [usize], bit: usize) {
    set[bit / WORD_BITS] |= 1 << (bit % WORD_BITS);
}

fn has_bit(set: &[usize], bit: usize) -> bool {
    set[bit / WORD_BITS] & (1 << (bit % WORD_BITS)) != 0
}

/// Of whole-word `matches`, the leftmost, longest ones that do not overlap (the choice of a leftmost-longest
/// search), in text order.
pub fn leftmost_longest(mut matches: Vec<PhraseMatch>) -> Vec<PhraseMatch> {
    sort_by_key(&mut matches, |m| [m.start as u64, descending(m.end), m.id as u64]);
    let mut end = 0;
    matches.retain(|m| {
        let keep = m.start >= end;
        if keep {
            end = m.end;
        }
        keep
    });
    matches
}

/// The words of the phrases and their numbers: an open-addressing table over one string of all the words. Every
/// word of a searched text is looked up, so a lookup is one hash of the word's bytes and, most often, one probe.
#[derive(Debug, Default)]
struct Vocabulary {
    /// Indexes into `words` plus one (0: empty), a power of two long, at most half full.
    slots: Vec<u32>,
    /// Each word: its hash, where it lies in `arena`, and its number.
    words: Vec<(u64, u32, u32, u32)>,
    arena: String,
}

impl Vocabulary {
    /// The number of `word`, whose [`hash_bytes`] is `hash`.
    fn number_hashed(&self, hash: u64, word: &[u8]) -> u32 {
        if self.slots.is_empty() {
            return UNKNOWN;
        }
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        loop {
            let index = self.slots[slot];
            if index == 0 {
                return UNKNOWN;
            }
            let (word_hash, start, len, number) = self.words[index as usize - 1];
            if word_hash == hash && same_bytes(&self.arena.as_bytes()[start as usize..(start + len) as usize], word) {
                return number;
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The number of `word` (whose [`hash_bytes`] is `hash`), `next` if it is new (and then added).
    fn number_or_add(&mut self, hash: u64, word: &str, next: u32) -> u32 {
        let known = self.number_hashed(hash, word.as_bytes());
        if known != UNKNOWN {
            return known;
        }
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        self.words.push((hash, self.arena.len() as u32, word.len() as u32, next));
        self.arena.push_str(word);
        self.place(self.words.len() as u32, hash);
        next
    }

    fn grow(&mut self) {
        self.slots = vec![0; (self.slots.len() * 2).max(64)];
        for index in 1..=self.words.len() as u32 {
            self.place(index, self.words[index as usize - 1].0);
        }
    }

    fn place(&mut self, index: u32, hash: u64) {
        let mask = self.slots.len() - 1;
        let mut slot = hash as usize & mask;
        while self.slots[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        self.slots[slot] = index;
    }
}

/// Whether two short words are the same, compared eight bytes at a time in place (`==` on slices calls `memcmp`,
/// which costs more than the compare for a word of a few letters).
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut left, mut right) = (a.chunks_exact(8), b.chunks_exact(8));
    let word = |chunk: &[u8]| u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
    for (x, y) in (&mut left).zip(&mut right) {
        if word(x) != word(y) {
            return false;
        }
    }
    left.remainder().iter().zip(right.remainder()).all(|(x, y)| x == y)
}

fn edge(node: u32, token: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{char_at, char_before};
    use aho_corasick::{AhoCorasick, MatchKind};

    /// The start of a text's words turns away no word of the text, in either case, nor a phrase made of them; it
    /// turns away words that start otherwise.
    #[test]
    fn a_texts_word_starts_keep_its_words() {
        let text = "ring me on 07700 900461 x or o'neill at a-level, żaneta";
        let mut words = TextWords::new(text, &TextTokens::read(text));
        for word in ["ring", "RING", "Me", "on", "07700", "x", "o", "neill", "a", "level"] {
            assert!(words.may_have_word_like(word.as_bytes()), "{word}");
        }
        for phrase in ["ring me", "o'neill", "x or", "a-level"] {
            assert!(words.may_occur(phrase), "{phrase}");
        }
        for absent in ["hello", "zoe", "bring", "7700", "mo", "xy"] {
            assert!(!words.may_have_word_like(absent.as_bytes()), "{absent}");
            assert!(!words.may_occur(absent), "{absent}");
        }
    }

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
