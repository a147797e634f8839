//! A fast hash for the engine's own short keys: words of its lexicons and rosters, trie edges.
//!
//! Every check looks up each word of a post in several tables, so the hash is a multiply per machine word rather
//! than SipHash's rounds. The tables hold PostGuard's own words and the school's roster, not keys an attacker
//! chooses, so flooding resistance buys nothing here; a post can only make lookups miss.

use std::hash::{BuildHasherDefault, Hasher};

/// Builds [`FastHasher`]s, for `HashMap`s and `HashSet`s of short keys.
pub type Fast = BuildHasherDefault<FastHasher>;

/// A multiply-and-rotate hasher over machine words: eight bytes natively, four in WebAssembly, whose JavaScript
/// build (wasm2js) has no 64-bit integers and calls a function for each 64-bit multiply and rotate.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(usize);

/// The bytes of a machine word.
const WORD: usize = usize::BITS as usize / 8;

/// An odd multiplier with its bits spread (FxHash's, for each word size).
#[cfg(target_pointer_width = "64")]
const MULTIPLIER: usize = 0x51_7c_c1_b7_27_22_0a_95;
#[cfg(not(target_pointer_width = "64"))]
const MULTIPLIER: usize = 0x9e_37_79_b9;

fn mix(hash: usize, word: usize) -> usize {
    (hash.rotate_left(5) ^ word).wrapping_mul(MULTIPLIER)
}

/// The last few bytes of a key as one word, gathered by hand: a copy of a slice of unknown length would call
/// `memcpy`, which costs more than hashing a short word.
fn tail_word(rest: &[u8]) -> usize {
    rest.iter().rev().fold(0usize, |word, &byte| (word << 8) | usize::from(byte))
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(WORD);
        for chunk in &mut chunks {
            self.0 = mix(self.0, usize::from_le_bytes(chunk.try_into().expect("a word's bytes")));
        }
        if !chunks.remainder().is_empty() {
            self.0 = mix(self.0, tail_word(chunks.remainder()));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.0 = mix(self.0, usize::from(byte));
    }

    fn write_u32(&mut self, word: u32) {
        self.0 = mix(self.0, word as usize);
    }

    fn write_u64(&mut self, word: u64) {
        if WORD >= 8 {
            self.0 = mix(self.0, word as usize);
        } else {
            // Both halves (a trie edge is a node and a token number, one in each).
            self.0 = mix(mix(self.0, word as u32 as usize), (word >> 32) as usize);
        }
    }

    fn write_usize(&mut self, word: usize) {
        self.0 = mix(self.0, word);
    }

    fn finish(&self) -> u64 {
        // The product's high bits depend on every bit of the key; tables index by the low ones.
        self.0.rotate_left(usize::BITS * 13 / 32) as u64
    }
}

/// The hash of a word's bytes, the same for a word of a text as for the word stored in a table.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = FastHasher(bytes.len());
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn words_hash_apart_and_sets_find_them() {
        let words = ["", "a", "an", "ana", "anna", "annabelle", "annabella", "zoë", "o'neill", "smith-jones"];
        let hashes: HashSet<u64> = words.iter().map(|w| hash_bytes(w.as_bytes())).collect();
        assert_eq!(hashes.len(), words.len());
        let set: HashSet<&str, Fast> = words.iter().copied().collect();
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("annabel") && !set.contains("zoe"));
    }
}
