//! The browser bundle's pattern matcher: each detector's regular expression written out as a tree of [`Node`]s
//! and run by backtracking, which gives a regular expression's leftmost-first matches (the `regex` crate's,
//! Perl's): alternatives in order, repetitions as many as possible first.
//!
//! Why not a regex engine in the browser: the smallest (`regex-lite`) was 17 KB of the content script's
//! gzipped WebAssembly for a dozen fixed patterns, and a page downloads and compiles the bundle on the first
//! keystroke. A tree is a few hundred bytes of data and one small interpreter, and the patterns are fixed, so
//! each tree is tested against its regular expression (`regex`, natively) on generated texts.
//!
//! Backtracking can take exponential time on some patterns; these are written so that it cannot: every
//! repetition of more than one byte is bounded, and a repeated byte class (a run of letters, digits, spaces)
//! is read as one run and tried from its longest, without recursion, so a megabyte of letters costs no stack.

/// A pattern, or a part of one.
#[derive(Debug)]
pub enum Node {
    /// These bytes, exactly.
    Lit(&'static str),
    /// One of these, the first that leads to a match (`cat|category`).
    Words(&'static [&'static str]),
    /// One ASCII byte in one of these inclusive ranges (`[A-Za-z0-9]`).
    Class(&'static [(u8, u8)]),
    /// Each node after the one before.
    Seq(&'static [Node]),
    /// The first node that leads to a match.
    Alt(&'static [Node]),
    /// The node `min..=max` times, as many as possible first (`x{2,5}`, `x*`).
    Repeat(&'static Node, u32, u32),
    /// The start of the text searched (`^`).
    Start,
    /// The end of the text searched (`$`).
    End,
}

/// As many as can be (`*`, `+`).
pub const MANY: u32 = u32::MAX;

/// `[0-9]`
pub const DIGIT: Node = Node::Class(&[(b'0', b'9')]);
/// `[A-Za-z]`
pub const LETTER: Node = Node::Class(&[(b'A', b'Z'), (b'a', b'z')]);
/// `[a-z]`
pub const LOWER: Node = Node::Class(&[(b'a', b'z')]);
/// `[A-Z]`
pub const UPPER: Node = Node::Class(&[(b'A', b'Z')]);
/// `[A-Za-z0-9]`
pub const ALNUM: Node = Node::Class(&[(b'0', b'9'), (b'A', b'Z'), (b'a', b'z')]);
/// `[ ]`
pub const SPACE: Node = Node::Class(&[(b' ', b' ')]);
/// `[ ]?`
pub const OPTIONAL_SPACE: Node = Node::Repeat(&SPACE, 0, 1);

/// Where a node's matches can start: only places whose byte can start one are tried (and positions inside a
/// character never match: every node starts with an ASCII byte or a whole character).
#[derive(Debug, Clone)]
pub struct Starts {
    bytes: [bool; 256],
    /// The node can match empty text, so anywhere.
    anywhere: bool,
}

impl Node {
    /// The leftmost-first match in `haystack` starting at or after `at`: (start, end).
    #[cfg(test)]
    pub fn find_at(&self, haystack: &str, at: usize) -> Option<(usize, usize)> {
        self.find_at_from(haystack, at, &self.starts())
    }

    /// [`Node::find_at`] with the node's [`Starts`], worked out once.
    pub fn find_at_from(&self, haystack: &str, at: usize, starts: &Starts) -> Option<(usize, usize)> {
        let bytes = haystack.as_bytes();
        (at..=bytes.len())
            .filter(|&i| starts.anywhere || bytes.get(i).is_some_and(|&b| starts.bytes[usize::from(b)]))
            .find_map(|start| self.match_at(haystack, start).map(|end| (start, end)))
    }

    /// Where the node's matches can start.
    pub fn starts(&self) -> Starts {
        let mut bytes = [false; 256];
        self.first_bytes(&mut bytes);
        Starts { bytes, anywhere: self.matches_empty() }
    }

    /// The end of the preferred match starting exactly at `at` (as `^` anchors a regular expression).
    pub fn match_at(&self, haystack: &str, at: usize) -> Option<usize> {
        let mut end = None;
        run(self, haystack.as_bytes(), at, &mut |e| {
            end = Some(e);
            true
        });
        end
    }

    /// Whether the node can match no bytes at all: then it may start anywhere.
    fn matches_empty(&self) -> bool {
        match self {
            Node::Lit(s) => s.is_empty(),
            Node::Words(words) => words.iter().any(|w| w.is_empty()),
            Node::Class(_) => false,
            Node::Seq(nodes) => nodes.iter().all(Node::matches_empty),
            Node::Alt(nodes) => nodes.iter().any(Node::matches_empty),
            Node::Repeat(node, min, _) => *min == 0 || node.matches_empty(),
            Node::Start | Node::End => true,
        }
    }

    /// Marks every byte a match of the node can start with (of a match that is not empty).
    fn first_bytes(&self, starts: &mut [bool; 256]) {
        match self {
            Node::Lit(s) => {
                if let Some(&b) = s.as_bytes().first() {
                    starts[usize::from(b)] = true;
                }
            }
            Node::Words(words) => {
                for w in *words {
                    Node::Lit(w).first_bytes(starts);
                }
            }
            Node::Class(ranges) => {
                for &(lo, hi) in *ranges {
                    for b in lo..=hi {
                        starts[usize::from(b)] = true;
                    }
                }
            }
            Node::Seq(nodes) => {
                for node in *nodes {
                    node.first_bytes(starts);
                    if !node.matches_empty() {
                        break;
                    }
                }
            }
            Node::Alt(nodes) => nodes.iter().for_each(|n| n.first_bytes(starts)),
            Node::Repeat(node, _, max) => {
                if *max > 0 {
                    node.first_bytes(starts);
                }
            }
            Node::Start | Node::End => {}
        }
    }
}

/// Whether `text` starts with `word`, compared in place: the words are a few bytes, and most fail at the first
/// (a slice comparison calls `memcmp`, which costs more than that).
fn starts_with(text: &[u8], word: &str) -> bool {
    let word = word.as_bytes();
    text.len() >= word.len() && text.iter().zip(word).all(|(a, b)| a == b)
}

/// Whether `byte` is in one of `ranges`.
fn in_class(ranges: &[(u8, u8)], byte: u8) -> bool {
    ranges.iter().any(|&(lo, hi)| lo <= byte && byte <= hi)
}

/// Matches `node` at `i`, then calls `then` with each place the match can end, in order of preference, until
/// `then` accepts one (the rest of the pattern matched from there): whether one was accepted.
fn run(node: &Node, bytes: &[u8], i: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    let rest = &bytes[i..];
    match *node {
        Node::Lit(s) => starts_with(rest, s) && then(i + s.len()),
        Node::Words(words) => words.iter().any(|w| starts_with(rest, w) && then(i + w.len())),
        Node::Class(ranges) => rest.first().is_some_and(|&b| in_class(ranges, b)) && then(i + 1),
        Node::Seq(nodes) => sequence(nodes, bytes, i, then),
        Node::Alt(nodes) => nodes.iter().any(|n| run(n, bytes, i, then)),
        Node::Repeat(Node::Class(ranges), min, max) => {
            // A run of bytes of one class: its length, then each length from the longest down.
            let limit = rest.len().min(max as usize);
            let longest = rest[..limit].iter().position(|&b| !in_class(ranges, b)).unwrap_or(limit);
            (min as usize..=longest).rev().any(|n| then(i + n))
        }
        Node::Repeat(node, min, max) => repeat(node, min, max, bytes, i, then),
        Node::Start => i == 0 && then(i),
        Node::End => i == bytes.len() && then(i),
    }
}

fn sequence(nodes: &[Node], bytes: &[u8], i: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    match nodes.split_first() {
        None => then(i),
        Some((first, rest)) => run(first, bytes, i, &mut |j| sequence(rest, bytes, j, then)),
    }
}

fn repeat(node: &Node, min: u32, max: u32, bytes: &[u8], i: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    // One more first (an empty repetition would loop, and no node here repeats an empty match).
    let more =
        max > 0 && run(node, bytes, i, &mut |j| j > i && repeat(node, min.saturating_sub(1), max - 1, bytes, j, then));
    more || (min == 0 && then(i))
}

/// Testing a tree against the regular expression it stands for.
#[cfg(test)]
pub mod testing {
    use super::Node;
    use proptest::prelude::*;

    /// Texts made of `pieces` (the near misses of a pattern, and what is around it) and of texts the pattern's
    /// regular expression matches (every alternative and repetition of it, generated from the expression).
    pub fn texts(source: &str, pieces: &'static [&'static str]) -> impl Strategy<Value = String> {
        let unanchored = source.strip_prefix('^').unwrap_or(source);
        let unanchored = unanchored.strip_suffix('$').unwrap_or(unanchored);
        let matching = proptest::string::string_regex(unanchored).expect("the pattern generates texts");
        let piece = prop_oneof![proptest::sample::select(pieces).prop_map(str::to_string), matching];
        proptest::collection::vec(piece, 0..12).prop_map(|p| p.concat())
    }

    /// Every match of `node` in `text` (each search from the end of the last match), as the regex
    /// crate's `find_iter` gives them.
    pub fn all_matches(node: &Node, text: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let Some((start, end)) = node.find_at(text, at) else { break };
            found.push((start, end));
            at = crate::pattern::next_search(text, start, end);
        }
        found
    }

    /// Asserts that `node` finds in `text` what `regex` finds, searching from every place.
    pub fn assert_same(node: &Node, regex: &regex::Regex, text: &str) {
        let expected: Vec<(usize, usize)> = regex.find_iter(text).map(|m| (m.start(), m.end())).collect();
        assert_eq!(all_matches(node, text), expected, "{} in {text:?}", regex.as_str());
        for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let expected = regex.find_at(text, at).map(|m| (m.start(), m.end()));
            assert_eq!(node.find_at(text, at), expected, "{} in {text:?} from {at}", regex.as_str());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::assert_same;
    use super::*;

    #[test]
    fn literals_classes_and_sequences() {
        const NODE: Node = Node::Seq(&[Node::Lit("ab"), DIGIT, Node::Words(&["x", "xy"])]);
        let regex = regex::Regex::new("ab[0-9](?:x|xy)").unwrap();
        for text in ["ab1x ab2xy ab3y", "", "ab", "aab9xyab0x", "é ab1x é"] {
            assert_same(&NODE, &regex, text);
        }
    }

    #[test]
    fn alternatives_are_tried_in_order() {
        const NODE: Node = Node::Alt(&[Node::Lit("a"), Node::Lit("ab")]);
        const LONGER: Node = Node::Seq(&[Node::Alt(&[Node::Lit("a"), Node::Lit("ab")]), Node::Lit("c")]);
        for (node, pattern) in [(&NODE, "a|ab"), (&LONGER, "(?:a|ab)c")] {
            let regex = regex::Regex::new(pattern).unwrap();
            for text in ["ab abc ac", "abab", "c"] {
                assert_same(node, &regex, text);
            }
        }
    }

    #[test]
    fn repetitions_take_as_many_as_they_can_then_give_back() {
        const RUN: Node = Node::Seq(&[Node::Repeat(&DIGIT, 0, 4), DIGIT, Node::Lit("x")]);
        const GROUPS: Node = Node::Seq(&[
            Node::Repeat(&Node::Seq(&[Node::Lit("a"), Node::Repeat(&Node::Lit("b"), 0, 1)]), 1, 3),
            Node::Lit("ab"),
        ]);
        const ANCHORED: Node = Node::Seq(&[Node::Start, Node::Repeat(&DIGIT, 1, MANY), Node::End]);
        let cases: [(&Node, &str); 3] =
            [(&RUN, "[0-9]{0,4}[0-9]x"), (&GROUPS, "(?:ab?){1,3}ab"), (&ANCHORED, "^[0-9]+$")];
        for (node, pattern) in cases {
            let regex = regex::Regex::new(pattern).unwrap();
            for text in ["1x 12x 123456x 1234567x x 9", "aab abab ababab abababab aaaab", "123", "12a", "", "7"] {
                assert_same(node, &regex, text);
            }
        }
    }

    /// A run of a byte class as long as the text is read without recursion.
    #[test]
    fn a_megabyte_run_costs_no_stack() {
        const WORD: Node = Node::Seq(&[Node::Repeat(&Node::Class(&[(b'a', b'z')]), 1, MANY), Node::Lit("!")]);
        let text = "a".repeat(1 << 20) + "!";
        assert_eq!(WORD.find_at(&text, 0), Some((0, text.len())));
    }
}
