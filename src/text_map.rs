//! The text of a rich editor as the engine reads it, with a map back to the
//! editor's text nodes.
//!
//! Editors keep text in many nodes, split into blocks (paragraphs, list items,
//! `<br>`). Reading it as one string must keep a line break between blocks, or
//! the last word of one line and the first of the next read as one phrase. The
//! browser layer walks the editor and calls [`TextMap::push_text`] and
//! [`TextMap::push_break`]; findings' UTF-16 offsets then map back to a node
//! and an offset in it with [`TextMap::locate`]. `N` is the node handle (a DOM
//! `Text` node in the browser, anything in tests).

/// A stretch of the text and where it came from.
#[derive(Debug, Clone)]
struct Piece<N> {
    /// Start in the text, in UTF-16 code units.
    start: usize,
    /// Length in UTF-16 code units.
    len: usize,
    /// The node it came from; `None` for a line break between blocks.
    node: Option<N>,
}

/// Which side of a boundary between two pieces an offset belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The start of a range: the piece that begins here.
    Start,
    /// The end of a range: the piece that ends here.
    End,
}

/// Text assembled from nodes, with UTF-16 positions back into them.
#[derive(Debug, Clone)]
pub struct TextMap<N> {
    text: String,
    units: usize,
    pieces: Vec<Piece<N>>,
}

impl<N> Default for TextMap<N> {
    fn default() -> Self {
        TextMap { text: String::new(), units: 0, pieces: Vec::new() }
    }
}

impl<N: Clone> TextMap<N> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the text of one node.
    pub fn push_text(&mut self, node: N, data: &str) {
        if data.is_empty() {
            return;
        }
        let len = data.encode_utf16().count();
        self.pieces.push(Piece { start: self.units, len, node: Some(node) });
        self.text.push_str(data);
        self.units += len;
    }

    /// Ends a block: a line break, unless the text is empty or already ends with one.
    pub fn push_break(&mut self) {
        if self.text.is_empty() || self.text.ends_with('\n') {
            return;
        }
        self.pieces.push(Piece { start: self.units, len: 1, node: None });
        self.text.push('\n');
        self.units += 1;
    }

    /// The assembled text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length of the text in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.units
    }

    /// The node and UTF-16 offset in it for text offset `unit`. At a boundary
    /// between pieces, `side` picks the piece that begins (`Start`) or ends
    /// (`End`) there; line breaks between blocks map to the nearest node.
    pub fn locate(&self, unit: usize, side: Side) -> Option<(N, usize)> {
        if unit > self.units {
            return None;
        }
        let holds = |p: &Piece<N>| match side {
            Side::Start => p.start <= unit && unit < p.start + p.len,
            Side::End => p.start < unit && unit <= p.start + p.len,
        };
        let index = self.pieces.iter().position(|p| p.node.is_some() && holds(p)).or_else(|| {
            // On a line break: a start moves to the next node, an end to the previous one.
            match side {
                Side::Start => self.pieces.iter().position(|p| p.node.is_some() && p.start >= unit),
                Side::End => self.pieces.iter().rposition(|p| p.node.is_some() && p.start + p.len <= unit),
            }
        })?;
        let piece = &self.pieces[index];
        let offset = unit.clamp(piece.start, piece.start + piece.len) - piece.start;
        Some((piece.node.clone()?, offset))
    }
}

impl<N: Clone + PartialEq> TextMap<N> {
    /// The text offset (UTF-16) of UTF-16 offset `offset` inside `node`, if the node is in the map.
    pub fn offset_of(&self, node: &N, offset: usize) -> Option<usize> {
        let piece = self.pieces.iter().find(|p| p.node.as_ref() == Some(node))?;
        Some(piece.start + offset.min(piece.len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> TextMap<&'static str> {
        let mut m = TextMap::new();
        m.push_text("a", "Well done ");
        m.push_text("b", "Millie");
        m.push_break();
        m.push_text("c", "😀 Hart");
        m.push_break();
        m.push_break();
        m
    }

    #[test]
    fn blocks_are_separated_by_one_line_break() {
        assert_eq!(map().text(), "Well done Millie\n😀 Hart\n");
        assert_eq!(map().len_utf16(), 25);
    }

    #[test]
    fn offsets_map_to_nodes_on_either_side_of_a_boundary() {
        let m = map();
        assert_eq!(m.locate(10, Side::Start), Some(("b", 0)));
        assert_eq!(m.locate(10, Side::End), Some(("a", 10)));
        assert_eq!(m.locate(16, Side::End), Some(("b", 6)));
        assert_eq!(m.locate(16, Side::Start), Some(("c", 0)));
        assert_eq!(m.locate(20, Side::Start), Some(("c", 3)), "an emoji counts two units");
        assert_eq!(m.locate(24, Side::End), Some(("c", 7)));
        assert_eq!(m.locate(99, Side::Start), None);
    }

    #[test]
    fn node_offsets_map_back_to_text_offsets() {
        let m = map();
        assert_eq!(m.offset_of(&"b", 3), Some(13));
        assert_eq!(m.offset_of(&"c", 0), Some(17));
        assert_eq!(m.offset_of(&"z", 0), None);
    }

    #[test]
    fn an_empty_editor_maps_nothing() {
        let m: TextMap<u32> = TextMap::new();
        assert_eq!(m.text(), "");
        assert_eq!(m.locate(0, Side::Start), None);
    }
}
