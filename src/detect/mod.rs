//! Detectors: one module per kind of risky detail, all behind [`Detector`].
//!
//! A detector reads a [`Document`] and pushes [`Candidate`]s; it does not care
//! about overlaps with other detectors or about policy. [`crate::analysis`]
//! merges candidates by precedence and attaches the guidelines.

use std::cell::OnceCell;

use crate::finding::Kind;
use crate::text::{FoldedText, Span};

pub mod address;
pub mod dob;
pub mod email;
pub mod names;
pub mod phone;
mod phrases;
pub mod postcode;
pub mod school;
pub mod tone;
mod tone_words;
mod words;

/// The text being checked, with what several detectors need computed once:
/// the folded copy, and the phone numbers, postcodes and addresses (both the
/// personal-detail detectors and the school's own details read those).
#[derive(Debug)]
pub struct Document<'t> {
    /// The text as typed.
    pub text: &'t str,
    /// Case-, accent- and apostrophe-folded copy (see [`crate::text`]).
    pub folded: FoldedText<'t>,
    phones: OnceCell<Vec<(Span, String)>>,
    postcodes: OnceCell<Vec<(Span, String)>>,
    addresses: OnceCell<Vec<address::FoundAddress>>,
    folded_tokens: OnceCell<phrases::TextTokens>,
}

impl<'t> Document<'t> {
    /// Prepares `text` for the detectors.
    pub fn new(text: &'t str) -> Self {
        Document {
            text,
            folded: FoldedText::new(text),
            phones: OnceCell::new(),
            postcodes: OnceCell::new(),
            addresses: OnceCell::new(),
            folded_tokens: OnceCell::new(),
        }
    }

    /// The UK phone numbers in the text, with their national forms.
    pub fn phones(&self) -> &[(Span, String)] {
        self.phones.get_or_init(|| phone::find_all(self.text))
    }

    /// The postcodes in the text, with their normal forms.
    pub fn postcodes(&self) -> &[(Span, String)] {
        self.postcodes.get_or_init(|| postcode::find_all(self.text))
    }

    /// The street addresses in the text.
    pub fn addresses(&self) -> &[address::FoundAddress] {
        self.addresses.get_or_init(|| address::find_all(self.text))
    }

    /// The words and symbols of the folded text, for the phrase sets (roster names, the school's names, the
    /// tone lexicons): read once for all of them.
    pub fn folded_tokens(&self) -> &phrases::TextTokens {
        self.folded_tokens.get_or_init(|| phrases::TextTokens::read(self.folded.as_str()))
    }

    /// The original text of a span.
    pub fn slice(&self, span: Span) -> &'t str {
        &self.text[span.start..span.end]
    }
}

/// A possible finding, before overlaps are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// What it is.
    pub kind: Kind,
    /// Where it is, in bytes of the original text.
    pub span: Span,
    /// For the tone kinds: who the sentence is aimed at and the words that make it one.
    pub cue: Option<Cue>,
}

impl Candidate {
    /// A candidate of `kind` at `span`.
    pub fn new(kind: Kind, span: Span) -> Self {
        Candidate { kind, span, cue: None }
    }
}

/// Why a sentence reads as a threat, a hostile remark or a complaint: the
/// explanation a finding of those kinds carries (offline, from the words).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The mention of the school or the person it is aimed at, in bytes of the original text.
    pub target: Span,
    /// Whether the sentence only points back at that mention ("she", "them", or no subject at all).
    pub carried: bool,
    /// The words that make it this kind, in bytes of the original text.
    pub words: Span,
}

/// One way of finding risky details in a post.
pub trait Detector: Send + Sync {
    /// A short name for diagnostics and benchmarks.
    fn name(&self) -> &'static str;
    /// The kinds this detector can report.
    fn kinds(&self) -> &'static [Kind];
    /// Pushes every candidate found in `doc` onto `out`.
    ///
    /// `out` already holds what the detectors registered before this one
    /// found: the tone detector, registered last, reads the names and school
    /// identifiers there as the people and the school a sentence is aimed at.
    /// Detectors only ever push.
    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>);
    /// Builds what the detector was made to leave for later (see [`crate::Engine::deferred`]).
    fn build_deferred(&self) {}
}
