//! Tone: threats, hostile remarks and public complaints aimed at the school
//! or someone connected with it (General 4, Parent 2, Parent 3, Pupil 2).
//!
//! A post is cut into sentences (the contract's rule: `.`, `!`, `?` runs, a
//! line break, or an emoji followed by a capital letter). A sentence is a
//! finding when it is **aimed** at the school or someone connected with it
//! and carries the **language** of one of the kinds:
//!
//! - *aimed*: a roster name or school identifier the other detectors found, a
//!   title and surname ("Mrs Patel"), a year group or class ("Y5", "10R"), a
//!   school role or body ("the head", "SLT", "the dinner ladies"), "the
//!   school", a pupil or parent by description ("that kid in Year 4", "the
//!   mums at the gate"); or a pronoun or an elided subject that points back at
//!   a mention earlier in the post ("Mrs Doe … Useless woman.");
//! - *language*, by class of word ([`super::tone_words`]): a threat on its own
//!   or an intent before a harm; an insult, a swear word beside a target, or
//!   an accusation stated as fact; dissatisfaction or a failure of handling
//!   (or two weaker signs of one).
//!
//! Guards: words inside quotes (songs, books, what someone said), negation
//! ("not useless"), praise (slang used as praise is not an insult), the
//! writer about themselves, reported speech in a post asking for help, and
//! polite requests or questions for information. One sentence carries at most
//! one kind, by precedence threat > hostile remark > complaint, and each
//! finding says which mention it is aimed at and which words made it one.

use crate::sorting::{descending, sort_by_key};
use std::sync::{LazyLock, OnceLock};

use super::phrases::{leftmost_longest, PhraseSet, PhraseSetBuilder, TextWords};
use super::tone_words::{censored, expand, Class, LEXICONS};
use super::{Candidate, Cue, Detector, Document};
use crate::config::Config;
use crate::finding::Kind;
use crate::pattern::tree::{Node, DIGIT, LETTER, LOWER, MANY, OPTIONAL_SPACE, UPPER};
use crate::pattern::Pattern;
use crate::text::{char_at, char_before, fold, is_word_char, Span};

/// Finds the three tone kinds, sentence by sentence.
#[derive(Debug)]
pub struct ToneDetector {
    /// Staff surnames and the school's short name, folded: "Garside" alone names a member of
    /// staff, "Ashcombe" alone the school ("Thanks for that, Ashcombe.").
    surnames: PhraseSet,
}

/// The lexicons' phrases, folded, and what each is: the whole of them, built once per process ([`LEXICON`]; they
/// do not depend on the school), or, until then, the part of them one text can match.
#[derive(Debug)]
struct Lexicon {
    phrases: PhraseSet,
    /// The class of each phrase, by id.
    classes: Vec<Class>,
}

/// Mentions the lexicon cannot list.
#[derive(Debug)]
struct Patterns {
    /// A title and surname, a year group, a class code, "that Smith boy".
    mentions: Pattern,
    /// People by description, matched in the folded text ("the boy who sits next to my son").
    descriptions: Pattern,
}

/// `[Mm]`, `[Dd]`, `[Yy]`, `[Tt]`: a letter in either case.
const M: Node = Node::Class(&[(b'M', b'M'), (b'm', b'm')]);
const D: Node = Node::Class(&[(b'D', b'D'), (b'd', b'd')]);
const Y: Node = Node::Class(&[(b'Y', b'Y'), (b'y', b'y')]);
const T: Node = Node::Class(&[(b'T', b'T'), (b't', b't')]);

/// The tree of the mention pattern (see [`Lexicon::new`]).
static MENTIONS: Node = Node::Alt(&[
    Node::Seq(&[
        Node::Alt(&[
            Node::Seq(&[M, Node::Lit("r"), Node::Repeat(&Node::Lit("s"), 0, 1)]),
            Node::Seq(&[Node::Lit("MR"), Node::Repeat(&Node::Lit("S"), 0, 1)]),
            Node::Seq(&[M, Node::Lit("iss")]),
            Node::Lit("MISS"),
            Node::Seq(&[M, Node::Class(&[(b's', b's'), (b'x', b'x')])]),
            Node::Seq(&[Node::Lit("M"), Node::Class(&[(b'S', b'S'), (b'X', b'X')])]),
            Node::Seq(&[D, Node::Lit("r")]),
            Node::Words(&["DR", "Sir", "SIR", "Madam", "Mme", "Prof"]),
        ]),
        Node::Alt(&[Node::Seq(&[Node::Lit("."), OPTIONAL_SPACE]), Node::Lit(" ")]),
        LETTER,
        Node::Repeat(&Node::Class(&[(b'A', b'Z'), (b'a', b'z'), (b'\'', b'\''), (b'-', b'-')]), 1, MANY),
    ]),
    Node::Seq(&[
        Node::Alt(&[
            Node::Seq(&[Y, Node::Lit("ear")]),
            Node::Lit("YEAR"),
            Node::Seq(&[Y, Node::Lit("r")]),
            Node::Lit("Y"),
        ]),
        OPTIONAL_SPACE,
        NON_ZERO,
        Node::Repeat(&DIGIT, 0, 1),
        Node::Repeat(&Node::Lit("s"), 0, 1),
    ]),
    Node::Seq(&[NON_ZERO, Node::Repeat(&DIGIT, 0, 1), Node::Repeat(&UPPER, 1, 3)]),
    Node::Seq(&[
        Node::Alt(&[
            Node::Seq(&[T, Node::Lit("hat")]),
            Node::Lit("THAT"),
            Node::Seq(&[T, Node::Lit("he")]),
            Node::Seq(&[T, Node::Lit("his")]),
        ]),
        Node::Lit(" "),
        UPPER,
        Node::Repeat(&LOWER, 1, MANY),
        Node::Lit(" "),
        Node::Words(&["kid", "boy", "girl", "lad", "child", "family", "woman", "man", "mum", "dad"]),
    ]),
]);

/// `[1-9]`
const NON_ZERO: Node = Node::Class(&[(b'1', b'9')]);

/// The tree of the description pattern (see [`Lexicon::new`]).
static DESCRIPTIONS: Node = Node::Seq(&[
    Node::Words(&["the", "that", "this", "those", "these", "some", "one of the", "whichever", "whoever", "a"]),
    Node::Lit(" "),
    Node::Repeat(&Node::Seq(&[Node::Repeat(&LOWER, 1, MANY), Node::Lit(" ")]), 0, 1),
    Node::Alt(&[
        Node::Words(&[
            "kid", "boy", "girl", "lad", "lass", "child", "student", "pupil", "bairn", "mum", "dad", "parent",
            "mother", "father", "family", "teacher", "ta", "woman", "man", "lady", "ladie", "bloke", "fella", "guy",
            "lot",
        ]),
        Node::Seq(&[Node::Lit("year"), OPTIONAL_SPACE, Node::Repeat(&DIGIT, 1, MANY)]),
    ]),
    Node::Repeat(&Node::Lit("s"), 0, 1),
    Node::Repeat(&Node::Lit("'s"), 0, 1),
    Node::Lit(" "),
    Node::Words(&["in", "from", "who", "that", "at", "with", "on", "off", "whose"]),
]);

/// The whole lexicon, once built: at once by [`build_lexicon`] (every [`crate::Engine::new`]), or a slice at a time
/// by [`LexiconBuild`].
static LEXICON: OnceLock<Lexicon> = OnceLock::new();

static PATTERNS: LazyLock<Patterns> = LazyLock::new(Patterns::new);

/// The whole lexicon, built now if it is not yet.
#[inline(never)]
fn whole_lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        let mut build = LexiconBuild::new();
        while !build.step(usize::MAX) {}
        build.finish()
    })
}

/// Builds the whole lexicon now, unless it is built.
pub fn build_lexicon() {
    whole_lexicon();
}

/// Whether the whole lexicon is built (engines built without it check each text with the part of it the text can
/// match: [`crate::Engine::deferred`]).
pub fn lexicon_built() -> bool {
    LEXICON.get().is_some()
}

/// Up to this many bytes, a text is checked with a lexicon of its own while the whole one is not yet built: the
/// phrases whose words are all in it. A longer text has most common words in it, and builds the whole lexicon at once.
const OWN_LEXICON_MAX_BYTES: usize = 2048;

/// Builds the whole lexicon a slice of entries at a time, so that a content script can build it in idle moments
/// after the first keystroke was checked and marked (a page's first keystroke waits for the engine to be built,
/// and the lexicon was a third of that natively, 30–40 ms of it in the JavaScript build).
pub struct LexiconBuild {
    /// The lexicon list being read (an index into [`LEXICONS`]) and what is left of it.
    list: usize,
    entries: crate::word_list::Entries,
    phrases: PhraseSetBuilder,
    classes: Vec<Class>,
    /// A swear word's censored spellings (reused).
    starred: Vec<String>,
}

impl Default for LexiconBuild {
    fn default() -> Self {
        LexiconBuild::new()
    }
}

impl LexiconBuild {
    /// A build that has added nothing yet.
    pub fn new() -> LexiconBuild {
        LexiconBuild {
            list: 0,
            entries: LEXICONS[0].1.iter(),
            // About 5,000 phrases.
            phrases: PhraseSetBuilder::with_capacity(5000),
            classes: Vec::with_capacity(5000),
            starred: Vec::new(),
        }
    }

    /// Adds up to `entries` more entries of the lexicons (each a phrase or a template of a few); `true` once all of
    /// them are in.
    pub fn step(&mut self, entries: usize) -> bool {
        for _ in 0..entries {
            let Some(entry) = self.entries.next() else {
                self.list += 1;
                let Some((_, list)) = LEXICONS.get(self.list) else { return true };
                self.entries = list.iter();
                continue;
            };
            let class = LEXICONS[self.list].0;
            add_entry(entry, class, &mut self.starred, &mut |phrase, class| {
                self.phrases.add(phrase);
                self.classes.push(class);
            });
        }
        false
    }

    /// Puts the whole lexicon in place for every engine of this process, once [`LexiconBuild::step`] has said it
    /// is complete (unless a check needed the whole of it first and built it itself).
    pub fn install(self) {
        LEXICON.get_or_init(|| self.finish());
    }

    fn finish(self) -> Lexicon {
        Lexicon { phrases: self.phrases.build(), classes: self.classes }
    }
}

/// The phrases of one lexicon `entry` (slots filled; a swear word's censored spellings too), each given to `each`.
fn add_entry(entry: &str, class: Class, starred: &mut Vec<String>, each: &mut impl FnMut(&str, Class)) {
    expand(entry, &mut |phrase| {
        if !phrase.is_empty() {
            each(phrase, class);
        }
    });
    if matches!(class, Class::Swear) && !entry.contains(' ') {
        starred.clear();
        censored(entry, starred);
        for phrase in starred.iter().filter(|p| !p.is_empty()) {
            each(phrase, class);
        }
    }
}

impl Lexicon {
    /// The lexicon for checking the text read in `doc`: the whole one if built (or if the text is long), else the
    /// phrases that can occur in this text, in the whole lexicon's order. It finds the same as the whole one in
    /// this text: a phrase matches only where all its words are, and hits at one place keep their order.
    fn for_text<'l>(doc: &Document<'_>, own: &'l mut Option<Lexicon>) -> &'l Lexicon {
        if let Some(whole) = LEXICON.get() {
            return whole;
        }
        if doc.folded.as_str().len() > OWN_LEXICON_MAX_BYTES {
            return whole_lexicon();
        }
        own.insert(Lexicon::own(doc))
    }

    /// The phrases of the lexicon that can occur in the text read in `doc`, in the whole lexicon's order.
    // Kept out of the detector's `find`, which runs at every keystroke (and which the JavaScript build's engine
    // optimises only while it is small).
    #[cold]
    #[inline(never)]
    fn own(doc: &Document<'_>) -> Lexicon {
        let mut words = TextWords::new(doc.folded.as_str(), doc.folded_tokens());
        // A censored spelling ("f***ing") can only occur where a star does.
        let stars = words.has_symbol(b'*');
        let (mut phrases, mut classes) = (PhraseSetBuilder::with_capacity(64), Vec::new());
        let mut starred = Vec::new();
        for (class, entries) in LEXICONS {
            for entry in entries.iter() {
                let censored_here = stars && matches!(class, Class::Swear);
                if !censored_here && !words.may_occur(entry) {
                    continue;
                }
                add_entry(entry, *class, &mut starred, &mut |phrase, class| {
                    phrases.add(phrase);
                    classes.push(class);
                });
            }
        }
        Lexicon { phrases: phrases.build(), classes }
    }
}

/// A lexicon phrase (or a mention) found in the post, in bytes of the original text.
#[derive(Debug, Clone, Copy)]
struct Hit {
    class: Class,
    span: Span,
}

/// Words after a title that show it is not one ("miss you", "sir the").
const NOT_SURNAMES: &[&str] = &[
    "you", "him", "her", "them", "it", "the", "a", "an", "out", "my", "your", "our", "this", "that", "school", "being",
    "having", "and", "is", "was", "lol", "x", "xx", "me", "us", "all", "everyone", "home", "class", "lessons",
    "having", "seeing", "so", "too", "much", "not", "or", "in", "on", "at", "of", "to", "for",
];

/// Class codes that are units instead ("3PM", "40K").
const NOT_CLASS_CODES: &[&str] =
    &["AM", "PM", "K", "M", "G", "GB", "MB", "KB", "KG", "KM", "ML", "L", "HR", "HRS", "MM", "CM", "S", "X", "D", "P"];

/// Every phrase of the tone lexicons, expanded (slots filled, swear words censored every way), folded, with its
/// class, in the order of their ids.
#[cfg(test)]
fn for_each_lexicon_phrase(mut each: impl FnMut(&str, Class)) {
    let mut starred = Vec::new();
    for (class, entries) in LEXICONS {
        for entry in *entries {
            add_entry(entry, *class, &mut starred, &mut each);
        }
    }
}

/// The lexicons' phrases and their classes, as lists.
#[cfg(test)]
fn lexicon_phrases() -> (Vec<String>, Vec<Class>) {
    let (mut patterns, mut classes) = (Vec::new(), Vec::new());
    for_each_lexicon_phrase(|phrase, class| {
        patterns.push(phrase.to_string());
        classes.push(class);
    });
    (patterns, classes)
}

impl Patterns {
    fn new() -> Patterns {
        let mentions = Pattern::new(&MENTIONS, || {
            concat!(
                r"(?:[Mm]rs?|MRS?|[Mm]iss|MISS|[Mm][sx]|M[SX]|[Dd]r|DR|Sir|SIR|Madam|Mme|Prof)(?:\. ?| )[A-Za-z][A-Za-z'-]+",
                r"|(?:[Yy]ear|YEAR|[Yy]r|Y) ?[1-9][0-9]?s?",
                r"|[1-9][0-9]?[A-Z]{1,3}",
                r"|(?:[Tt]hat|THAT|[Tt]he|[Tt]his) [A-Z][a-z]+ (?:kid|boy|girl|lad|child|family|woman|man|mum|dad)",
            )
            .into()
        });
        // A pupil, parent or member of staff by description, in the folded text: "that kid in Year 4", "the dad who…".
        let descriptions = Pattern::new(&DESCRIPTIONS, || {
            concat!(
                r"(?:the|that|this|those|these|some|one of the|whichever|whoever|a) (?:[a-z]+ )?",
                r"(?:kid|boy|girl|lad|lass|child|student|pupil|bairn|mum|dad|parent|mother|father|family|teacher|ta|woman",
                r"|man|lady|ladie|bloke|fella|guy|lot|year ?[0-9]+)s?(?:'s)? (?:in|from|who|that|at|with|on|off|whose)",
            )
            .into()
        });
        Patterns { mentions, descriptions }
    }
}

impl ToneDetector {
    /// The school's staff surnames and short names (the lexicons are shared by every engine: [`build_lexicon`]).
    pub fn new(config: &Config) -> Self {
        let mut surnames: Vec<String> =
            config.staff.iter().map(|s| fold(&s.last)).filter(|s| s.chars().count() >= 3).collect();
        for name in std::iter::once(&config.school.name).chain(&config.school.aliases) {
            surnames.extend(short_names(&fold(name)));
        }
        surnames.sort_unstable();
        surnames.dedup();
        ToneDetector { surnames: PhraseSet::new(&surnames) }
    }

    /// Every lexicon phrase in `doc`, as whole words, outside quotes.
    fn lexicon_hits(&self, doc: &Document<'_>, quotes: &[Span]) -> Vec<Hit> {
        let folded = doc.folded.as_str();
        let mut own = None;
        let lexicon = Lexicon::for_text(doc, &mut own);
        let mut hits: Vec<Hit> = Vec::with_capacity(32);
        for m in lexicon.phrases.find_in(folded, doc.folded_tokens()) {
            let span = doc.folded.to_original(Span::new(m.start, m.end));
            if quotes.iter().any(|q| q.overlaps(&span)) {
                continue;
            }
            hits.push(Hit { class: lexicon.classes[m.id], span });
        }
        hits
    }

    /// The lexicon's `hits` and every mention of the school or someone connected with it, in text order.
    fn with_targets(&self, doc: &Document<'_>, quotes: &[Span], out: &[Candidate], mut hits: Vec<Hit>) -> Vec<Hit> {
        let folded = doc.folded.as_str();
        let patterns = &*PATTERNS;
        for m in leftmost_longest(self.surnames.find_in(folded, doc.folded_tokens())) {
            let span = doc.folded.to_original(Span::new(m.start, m.end));
            let capital = doc.text[span.start..].starts_with(|c: char| c.is_uppercase());
            if capital && !quotes.iter().any(|q| q.overlaps(&span)) {
                hits.push(Hit { class: Class::Target, span });
            }
        }
        for m in patterns.mentions.find_iter(doc.text) {
            let span = Span::new(m.start(), m.end());
            let bounded = !char_before(doc.text, span.start).is_some_and(is_word_char)
                && !char_at(doc.text, span.end).is_some_and(is_word_char);
            if !bounded || quotes.iter().any(|q| q.overlaps(&span)) || !is_mention(m.as_str()) {
                continue;
            }
            hits.push(Hit { class: Class::Target, span });
        }
        for m in patterns.descriptions.find_iter(folded) {
            if whole_word(folded, m.start(), m.end()) {
                let span = doc.folded.to_original(Span::new(m.start(), m.end()));
                if !quotes.iter().any(|q| q.overlaps(&span)) {
                    hits.push(Hit { class: Class::Target, span });
                }
            }
        }
        for c in out {
            if matches!(c.kind, Kind::StaffName | Kind::PupilName | Kind::SchoolIdentifier)
                && !quotes.iter().any(|q| q.overlaps(&c.span))
            {
                hits.push(Hit { class: Class::Target, span: c.span });
            }
        }
        // A phrase that only looks like a target ("school run", "miss you") cancels it.
        let not_targets: Vec<Span> = hits.iter().filter(|h| h.class == Class::NotTarget).map(|h| h.span).collect();
        if !not_targets.is_empty() {
            hits.retain(|h| {
                h.class != Class::Target || !not_targets.iter().any(|n| n.start <= h.span.start && h.span.end <= n.end)
            });
        }
        sort_by_key(&mut hits, |h| [h.span.start as u64, descending(h.span.end), 0]);
        // A mention inside a longer one ("Doe" in "Mrs Doe") is the same mention.
        let mut last_target_end = 0;
        hits.retain(|h| {
            if h.class != Class::Target {
                return true;
            }
            let inside = h.span.end <= last_target_end;
            last_target_end = last_target_end.max(h.span.end);
            !inside
        });
        sort_by_key(&mut hits, |h| [h.span.start as u64, h.span.end as u64, 0]);
        hits
    }
}

impl Detector for ToneDetector {
    fn name(&self) -> &'static str {
        "tone"
    }

    fn kinds(&self) -> &'static [Kind] {
        &Kind::TONE
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let text = doc.text;
        if text.trim().is_empty() {
            return;
        }
        let quotes = quoted(text);
        let hits = self.lexicon_hits(doc, &quotes);
        let sentences = sentences(text);
        // Most posts carry no language of the three kinds, or one weak sign: nothing more to read.
        if !may_be_finding(text, &sentences, &hits) {
            return;
        }
        let hits = self.with_targets(doc, &quotes, out, hits);
        let mut context = Context {
            earlier: None,
            anywhere: hits.iter().find(|h| h.class == Class::Target).map(|h| h.span),
            asks_for_help: hits.iter().any(|h| h.class == Class::Help),
        };
        for sentence in sentences {
            let first = hits.partition_point(|h| h.span.start < sentence.start);
            let last = hits.partition_point(|h| h.span.start < sentence.end);
            let in_sentence = &hits[first..last];
            let reading = read(text, sentence, in_sentence, context);
            if let Some(target) = in_sentence.iter().rev().find(|h| h.class == Class::Target) {
                context.earlier = Some(target.span);
            }
            if let Some((kind, cue)) = reading {
                out.push(Candidate { kind, span: sentence, cue: Some(cue) });
            }
        }
    }
}

/// Whether any sentence has what [`read`] needs for a finding: language other than weak signs, or two signs of
/// a complaint (two weak words, or one in a question or in capitals: counted generously here, exactly there).
fn may_be_finding(text: &str, sentences: &[Span], hits: &[Hit]) -> bool {
    if hits.iter().any(|h| h.class.is_language() && h.class != Class::Weak) {
        return true;
    }
    sentences.iter().any(|sentence| {
        let weak = || {
            hits.iter()
                .filter(|h| h.class == Class::Weak && sentence.start <= h.span.start && h.span.start < sentence.end)
        };
        let count = weak().count();
        if count == 0 {
            return false;
        }
        let question = text[sentence.start..sentence.end].contains('?');
        let capitals = weak().any(|h| text[h.span.start..h.span.end].chars().any(char::is_uppercase));
        count + usize::from(question) + usize::from(capitals) >= 2
    })
}

/// What the post around a sentence says about who it is aimed at.
#[derive(Debug, Clone, Copy)]
struct Context {
    /// The last mention of the school or someone connected with it before this sentence.
    earlier: Option<Span>,
    /// The first mention anywhere in the post (complaints about "them" often name the school later).
    anywhere: Option<Span>,
    /// Whether the post asks for help or advice.
    asks_for_help: bool,
}

/// What one sentence is, if it is aimed at someone and carries a tone kind's language.
fn read(text: &str, sentence: Span, hits: &[Hit], context: Context) -> Option<(Kind, Cue)> {
    // Every finding below needs the language of its kind in the sentence; most sentences have none.
    if !hits.iter().any(|h| h.class.is_language()) {
        return None;
    }
    let sentence_text = &text[sentence.start..sentence.end];
    let has = |class: Class| hits.iter().any(|h| h.class == class);
    let question = sentence_text.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?').ends_with('?');
    if has(Class::Report) && (context.asks_for_help || question) {
        return None;
    }
    // Aimed at: a mention here, or one earlier the sentence points back at.
    let own_target = hits.iter().find(|h| h.class == Class::Target).map(|h| h.span);
    let process = hits.iter().find(|h| h.class == Class::Process).map(|h| h.span);
    let pronoun = hits.iter().find(|h| matches!(h.class, Class::Pronoun | Class::You)).map(|h| h.span);
    let points_back = || pronoun.is_some() || elided_subject(text, sentence, hits);
    let aimed = match (own_target, context.earlier) {
        (Some(t), _) => Some((t, false)),
        (None, Some(e)) if points_back() => Some((e, true)),
        _ => None,
    };
    let cue = |(target, carried): (Span, bool), words: Span| Cue { target, carried, words };
    if has(Class::Quoting) || !sentence_text.chars().any(char::is_alphabetic) {
        return None;
    }
    let quoting = false;

    // Threat: one on its own, or an intent before a harm. A threat needs no name to be aimed at
    // someone: "you" or "him" in a school group's post is enough.
    if !quoting {
        let threat_aim = aimed.or(pronoun.map(|p| (p, false))).or(context.anywhere.map(|a| (a, true)));
        let threat = hits.iter().find(|h| h.class == Class::Threat).map(|h| longest_at(hits, h)).or_else(|| {
            hits.iter().enumerate().filter(|(_, h)| h.class == Class::Intent).find_map(|(i, intent)| {
                hits[i + 1..]
                    .iter()
                    .find(|h| {
                        h.class == Class::Harm
                            && h.span.start >= intent.span.end
                            && words_between(text, intent.span.end, h.span.start) <= 10
                    })
                    .map(|harm| Span::new(intent.span.start, harm.span.end))
            })
        });
        if let (Some(words), Some(aim)) = (threat, threat_aim) {
            if !about_someone_else(hits, words, aim.0) {
                return Some((Kind::Threat, cue(aim, words)));
            }
        }
    }

    // Praise (with nothing contrasting after it) means slang is praise and blame is not the point.
    let praise_at = hits.iter().filter(|h| h.class == Class::Praise).map(|h| h.span.end).max();
    let contrast_after =
        praise_at.is_some_and(|p| hits.iter().any(|h| h.class == Class::Contrast && h.span.start >= p));
    if praise_at.is_some() && !contrast_after {
        return None;
    }

    // Hostile: an insult (a named or linked one in its frame), a swear beside the target, an accusation,
    // or laughing at someone. Hard words about something the school runs are a complaint instead.
    let mut about_process: Option<Span> = None;
    if !quoting {
        let insult = hits.iter().enumerate().find(|&(i, h)| {
            let framed = match h.class {
                Class::Insult | Class::Accusation | Class::Swear => true,
                Class::NamedInsult => {
                    preceded_by(hits, i, text, &[Class::Naming, Class::Linking, Class::Insult, Class::LinkedInsult])
                }
                Class::LinkedInsult => preceded_by(hits, i, text, &[Class::Linking, Class::Naming]),
                Class::Mock => has(Class::Laugh),
                _ => false,
            };
            framed && !negated(hits, i, text) && !about_self(hits, i, text)
        });
        let teasing_self = hits.iter().enumerate().any(|(i, h)| {
            matches!(h.class, Class::Insult | Class::NamedInsult | Class::LinkedInsult) && about_self(hits, i, text)
        });
        if teasing_self {
            return None;
        }
        if let Some((_, h)) = insult {
            // The process is the subject: before the words, and either before any mention or right
            // after one ("the school's response").
            let process_subject = process.is_some_and(|p| {
                p.end <= h.span.start
                    && own_target.is_none_or(|t| t.start > p.start || words_between(text, t.end, p.start) <= 1)
            });
            if process_subject {
                about_process = Some(h.span);
            } else if let Some(aim) = aimed {
                if !about_someone_else(hits, h.span, aim.0) {
                    return Some((Kind::HostileRemark, cue(aim, h.span)));
                }
            }
        }
    }

    // Complaint: dissatisfaction or a failure of handling, or two weaker signs (a "why" question
    // counts as one, and so does a word in capitals). Aimed at the school by a mention, by something
    // it runs, or by a mention anywhere in the post.
    let complaint_aim = aimed.or(process.map(|p| (p, false))).or(context.anywhere.map(|a| (a, true)));
    let aim = complaint_aim?;
    if let Some(words) = about_process {
        return Some((Kind::Complaint, cue(aim, words)));
    }
    let strong = hits
        .iter()
        .find(|h| matches!(h.class, Class::Dissatisfied | Class::Failure) && !about_someone_else(hits, h.span, aim.0));
    let request = question && is_request(sentence_text, hits);
    if let Some(h) = strong {
        if !request || h.class == Class::Dissatisfied {
            return Some((Kind::Complaint, cue(aim, longest_at(hits, h))));
        }
    }
    if request {
        return None;
    }
    // Signs the writer gives of themselves ("I'm a nightmare before coffee") are not about the school.
    let weak: Vec<&Hit> = hits.iter().filter(|h| h.class == Class::Weak && !said_of_self(hits, h.span, text)).collect();
    let shouted = shouted_word(sentence_text).map(|(a, b)| Span::new(sentence.start + a, sentence.start + b));
    let rhetorical = question
        && starts_with_word(
            sentence_text,
            &["why", "how come", "so why", "so the", "seriously", "how", "when", "what", "so"],
        );
    // A sign in capitals ("AGAIN", "ALWAYS") counts twice: it is shouted.
    let shouted = shouted.is_some_and(|c| weak.iter().any(|w| w.span.overlaps(&c)));
    let signs = weak.len() + usize::from(rhetorical) + usize::from(shouted);
    if signs >= 2 && !weak.is_empty() {
        let words = Span::new(weak[0].span.start, weak[weak.len() - 1].span.end);
        if !about_someone_else(hits, words, aim.0) {
            return Some((Kind::Complaint, cue(aim, words)));
        }
    }
    None
}

/// The longest phrase of `hit`'s class that starts where it does ("still no reply" rather than
/// "still no"): the words a finding names.
fn longest_at(hits: &[Hit], hit: &Hit) -> Span {
    hits.iter()
        .filter(|h| h.class == hit.class && h.span.start == hit.span.start)
        .map(|h| h.span)
        .max_by_key(|s| s.end)
        .unwrap_or(hit.span)
}

/// Whether someone outside the school ("the council", "my boss") is what the words are about: named
/// before them, with no mention of the school in between.
fn about_someone_else(hits: &[Hit], words: Span, target: Span) -> bool {
    hits.iter().any(|h| {
        h.class == Class::OtherTarget
            && h.span.start < words.end
            && !(target.start > h.span.start && target.start < words.end)
    })
}

/// A word in capitals for emphasis in a sentence that is not all capitals ("rang me AGAIN"), as byte offsets.
fn shouted_word(sentence: &str) -> Option<(usize, usize)> {
    if !sentence.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    // Words are runs of letters; a character that is not one (or the end) closes the run.
    let mut word_start = None;
    for (at, c) in sentence.char_indices().chain(std::iter::once((sentence.len(), ' '))) {
        if c.is_alphabetic() {
            word_start.get_or_insert(at);
            continue;
        }
        if let Some(start) = word_start.take() {
            let word = &sentence[start..at];
            if word.len() >= 3 && word.chars().all(|c| c.is_uppercase()) && !is_acronym(word) {
                return Some((start, at));
            }
        }
    }
    None
}

/// Capitals that are names of things rather than emphasis.
fn is_acronym(word: &str) -> bool {
    matches!(
        word,
        "SLT"
            | "SMT"
            | "PTA"
            | "SEN"
            | "SENCO"
            | "SENDCO"
            | "DSL"
            | "EHCP"
            | "INSET"
            | "PE"
            | "GCSE"
            | "GCSES"
            | "SATS"
            | "SATs"
            | "CPOMS"
            | "PPA"
            | "ECT"
            | "NQT"
            | "HLTA"
            | "LSA"
            | "TA"
            | "TAS"
            | "MAT"
            | "CEO"
            | "ALN"
            | "ALNCO"
            | "SEF"
            | "NHS"
            | "DFE"
            | "BBC"
            | "ITV"
            | "FYI"
            | "ASAP"
            | "AIBU"
            | "WWYD"
            | "OMG"
            | "LOL"
            | "LMAO"
            | "UK"
            | "ADHD"
            | "ASD"
            | "SEMH"
            | "KS"
            | "KS2"
            | "KS3"
            | "RE"
            | "PSHE"
            | "ICT"
            | "DT"
            | "IT"
            | "MFL"
            | "PGCE"
            | "DBS"
            | "CAMHS"
            | "GP"
            | "PPE"
            | "STEM"
            | "PTSD"
            | "BTEC"
            | "USA"
    )
}

/// Whether the hit at `i` has, just before it (a word or two), a hit of one of `classes`.
fn preceded_by(hits: &[Hit], i: usize, text: &str, classes: &[Class]) -> bool {
    let at = hits[i].span.start;
    hits[..i]
        .iter()
        .chain(hits[i + 1..].iter())
        .any(|h| classes.contains(&h.class) && h.span.end <= at && words_between(text, h.span.end, at) == 0)
}

/// Whether a negation comes within two words before the hit at `i`.
fn negated(hits: &[Hit], i: usize, text: &str) -> bool {
    let at = hits[i].span.start;
    hits.iter().any(|h| h.class == Class::Negation && h.span.end <= at && words_between(text, h.span.end, at) <= 2)
}

/// Whether the writer says it of themselves ("I'm such an idiot", "useless me").
fn about_self(hits: &[Hit], i: usize, text: &str) -> bool {
    let hit = hits[i].span;
    hits.iter().any(|h| {
        h.class == Class::SelfRef
            && ((h.span.end <= hit.start && words_between(text, h.span.end, hit.start) <= 3)
                || (h.span.start >= hit.end && words_between(text, hit.end, h.span.start) <= 2))
    }) && !hits
        .iter()
        .any(|h| h.class == Class::Target && h.span.end <= hit.start && words_between(text, h.span.end, hit.start) <= 3)
}

/// Whether the writer's "I'm", "me" comes right before `span` ("I'm a nightmare before coffee").
fn said_of_self(hits: &[Hit], span: Span, text: &str) -> bool {
    hits.iter().any(|h| {
        h.class == Class::SelfRef
            && text[h.span.start..].starts_with(['I', 'i'])
            && h.span.end <= span.start
            && words_between(text, h.span.end, span.start) <= 1
    })
}

/// A polite request or a question for information ("Could the school…?", "Does anyone know…?").
fn is_request(sentence: &str, hits: &[Hit]) -> bool {
    if starts_with_word(sentence, &["why", "how come", "so why", "so"]) {
        return false;
    }
    let starts = starts_with_word(
        sentence,
        &[
            "could", "can", "would", "will", "does", "do", "is", "are", "has", "have", "how", "when", "where", "who",
            "what", "which", "anyone", "any", "hi", "hello", "just", "quick", "please", "did", "should", "shall",
        ],
    );
    starts || hits.iter().any(|h| h.class == Class::Polite)
}

/// Whether the sentence starts with one of `words` (case-insensitive, whole word).
fn starts_with_word(sentence: &str, words: &[&str]) -> bool {
    let s = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    words.iter().any(|w| {
        s.len() >= w.len()
            && s.is_char_boundary(w.len())
            && s[..w.len()].eq_ignore_ascii_case(w)
            && !s[w.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Whether `span` is the first word of the sentence (after filler like "honestly").
fn starts_sentence(text: &str, sentence: Span, span: Span) -> bool {
    words_between(text, sentence.start, span.start) == 0
}

/// A sentence with no subject of its own that starts with the language of a kind
/// ("Useless woman.", "Utterly incompetent bunch.", "Absolute amateurs.").
fn elided_subject(text: &str, sentence: Span, hits: &[Hit]) -> bool {
    let first = hits.iter().filter(|h| h.span.start >= sentence.start).min_by_key(|h| h.span.start);
    let opener = starts_with_word(
        &text[sentence.start..sentence.end],
        &[
            "absolute",
            "absolutely",
            "utterly",
            "utter",
            "total",
            "totally",
            "complete",
            "completely",
            "what a",
            "such a",
            "bunch of",
            "typical",
            "honestly",
            "pathetic",
            "useless",
            "shocking",
            "disgraceful",
            "still",
            "again",
            "surely",
            "no wonder",
            "proper",
            "bloody",
            "another",
            "zero",
            "not one",
            "nobody",
            "no one",
        ],
    );
    opener
        || first.is_some_and(|h| {
            matches!(h.class, Class::Insult | Class::NamedInsult | Class::Dissatisfied | Class::Failure | Class::Threat)
                && starts_sentence(text, sentence, h.span)
        })
}

/// How many words lie between two offsets of `text`.
fn words_between(text: &str, from: usize, to: usize) -> usize {
    if from >= to {
        return 0;
    }
    text[from..to].split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).count()
}

/// Words of a school's name that say what kind of school it is, not which.
const GENERIC_SCHOOL_WORDS: &[&str] = &[
    "ysgol",
    "gynradd",
    "gymraeg",
    "uwchradd",
    "primary",
    "school",
    "high",
    "academy",
    "college",
    "infant",
    "infants",
    "junior",
    "juniors",
    "church",
    "ce",
    "c",
    "of",
    "e",
    "rc",
    "catholic",
    "community",
    "nursery",
    "free",
    "grammar",
    "secondary",
    "first",
    "middle",
    "upper",
    "lower",
    "the",
    "and",
    "federation",
    "trust",
    "sixth",
    "form",
    "school's",
    "cofe",
    "methodist",
    "all",
    "saints",
    "st",
    "st.",
    "saint",
    "county",
    "village",
    "park",
    "vale",
];

/// The short names people call a school by: "holmroyd primary school" → "holmroyd";
/// "ashcombe vale academy" → "ashcombe vale", "ashcombe"; "ysgol gynradd gymraeg nant y wern" → "nant y wern".
fn short_names(folded: &str) -> Vec<String> {
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.iter().position(|w| !GENERIC_SCHOOL_WORDS.contains(w)) else { return Vec::new() };
    let mut out = Vec::new();
    let mut end = first;
    while end < words.len()
        && (!GENERIC_SCHOOL_WORDS.contains(&words[end]) || words[end] == "vale" || words[end] == "park")
    {
        end += 1;
    }
    let phrase = words[first..end].join(" ");
    if phrase.len() >= 4 && phrase != folded {
        out.push(phrase);
    }
    if end - first > 1 && words[first].len() >= 4 {
        out.push(words[first].to_string());
    }
    out
}

/// Whether a match of the folded text starts and ends on word boundaries.
fn whole_word(folded: &str, start: usize, end: usize) -> bool {
    let left_ok =
        !char_at(folded, start).is_some_and(is_word_char) || !char_before(folded, start).is_some_and(is_word_char);
    let right_ok =
        !char_before(folded, end).is_some_and(is_word_char) || !char_at(folded, end).is_some_and(is_word_char);
    left_ok && right_ok
}

/// Whether a regex mention is one: a title before a surname-like word, or a class code that is not a unit.
fn is_mention(m: &str) -> bool {
    let last = m.rsplit(' ').next().unwrap_or(m);
    if m.contains(' ') || m.contains('.') {
        let lower = last.to_ascii_lowercase();
        let title = m.split([' ', '.']).next().unwrap_or("").to_ascii_lowercase();
        let described = matches!(
            title.as_str(),
            "that" | "the" | "this" | "those" | "these" | "some" | "one" | "whichever" | "whoever" | "a"
        );
        if described || matches!(title.as_str(), "year" | "yr" | "y") {
            return true;
        }
        // "miss you", "sir the": a word that is not a surname, or a title that is a verb or a greeting in lower case.
        let lower_case_title_word =
            matches!(title.as_str(), "miss" | "sir" | "madam") && last.starts_with(|c: char| c.is_lowercase());
        return !(NOT_SURNAMES.contains(&lower.as_str()) || lower_case_title_word);
    }
    let code = m.trim_start_matches(|c: char| c.is_ascii_digit());
    if code.is_empty() {
        return m.starts_with(['Y', 'y']);
    }
    if m.starts_with(['Y', 'y']) {
        return true;
    }
    !NOT_CLASS_CODES.contains(&code)
        && !code.ends_with("ST")
        && !code.ends_with("ND")
        && !code.ends_with("RD")
        && !code.ends_with("TH")
}

/// The sentences of `text` under the contract's rule: a sentence ends at a run
/// of `.`, `!` or `?` (with the closing quotes, brackets and emoji after it),
/// at a line break, or at an emoji followed by a capital letter. Spans run
/// from the first to the last non-space character.
pub fn sentences(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(4);
    let mut start: Option<usize> = None;
    let push = |out: &mut Vec<Span>, s: usize, e: usize| {
        let piece = &text[s..e];
        let trimmed = piece.trim_end();
        if !trimmed.is_empty() {
            out.push(Span::new(s, s + trimmed.len()));
        }
    };
    let char_at = |at: usize| text[at..].chars().next();
    let mut i = 0;
    while i < bytes.len() {
        // Inside a sentence, an ASCII byte that is not a line break or a closing mark changes nothing: most
        // of a post is skipped here without decoding characters.
        if start.is_some() {
            match bytes[i..].iter().position(|&b| !b.is_ascii() || matches!(b, b'\n' | b'\r' | b'.' | b'!' | b'?')) {
                Some(skip) => i += skip,
                None => break,
            }
        }
        let c = char_at(i).expect("i is a char boundary");
        let after_c = i + c.len_utf8();
        if c == '\n' || c == '\r' {
            if let Some(s) = start.take() {
                push(&mut out, s, i);
            }
            i = after_c;
            continue;
        }
        if start.is_none() {
            if c.is_whitespace() {
                i = after_c;
                continue;
            }
            start = Some(i);
        }
        let s = start.expect("set above");
        if matches!(c, '.' | '!' | '?') {
            // Not the end: a decimal point, a title's full stop ("Mrs. Doe"), an ellipsis inside a line.
            let prev_word = text[s..i].rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
            let next = char_at(after_c);
            if c == '.'
                && next.is_some_and(|n| n.is_ascii_digit())
                && prev_word.chars().last().is_some_and(|p| p.is_ascii_digit())
            {
                i = after_c;
                continue;
            }
            if c == '.'
                && ["mr", "mrs", "ms", "dr", "mx", "st", "prof", "eg", "ie", "etc", "vs"]
                    .iter()
                    .any(|title| prev_word.eq_ignore_ascii_case(title))
            {
                i = after_c;
                continue;
            }
            if c == '.' && next.is_some_and(|n| n.is_alphanumeric()) {
                i = after_c;
                continue; // a web address or an abbreviation
            }
            let mut end = after_c;
            let mut j = after_c;
            while let Some(d) = char_at(j) {
                if matches!(d, '.' | '!' | '?' | '"' | '\'' | ')' | '”' | '’')
                    || is_emoji(d)
                    || d == '\u{fe0f}'
                    || d == '\u{200d}'
                {
                    j += d.len_utf8();
                    end = j;
                } else if d == ' ' {
                    // Emoji after a space still close the sentence ("lol. 😂 Next…").
                    let after_space = text[j..].trim_start_matches(' ');
                    if after_space.starts_with(is_emoji) {
                        j += 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            push(&mut out, s, end);
            start = None;
            i = j;
            continue;
        }
        if is_emoji(c) {
            // An emoji (run) followed by a capital letter ends the sentence.
            let mut end = after_c;
            while let Some(d) = char_at(end) {
                if is_emoji(d) || d == '\u{fe0f}' || d == '\u{200d}' || ('\u{1F3FB}'..='\u{1F3FF}').contains(&d) {
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
            let after = text[end..].trim_start_matches([' ', '\t']);
            if after.starts_with(|n: char| n.is_uppercase()) {
                push(&mut out, s, end);
                start = None;
            }
            i = end;
            continue;
        }
        i = after_c;
    }
    if let Some(s) = start {
        push(&mut out, s, text.len());
    }
    out
}

/// Pictographs and symbols people close sentences with.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xE0000..=0xE007F)
}

/// Whether `text` holds a mark a quote can open with (`"`, `'`, `“`, `‘`): a byte scan rather than a scan
/// of characters, since most posts have none.
fn has_opening_quote_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    // “ and ‘ are E2 80 9C and E2 80 98 in UTF-8.
    bytes.iter().enumerate().any(|(at, &byte)| {
        byte == b'"'
            || byte == b'\''
            || (byte == 0xE2 && matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x9C | 0x98])))
    })
}

/// The quoted stretches of `text` (song lines, book lines, what someone said), quote marks included.
fn quoted(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    if !has_opening_quote_mark(text) {
        return out;
    }
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < bytes.len() {
        let (i, c) = bytes[k];
        let closing = match c {
            '"' => Some('"'),
            '“' => Some('”'),
            '‘' => Some('’'),
            '\'' => Some('\''),
            _ => None,
        };
        let opens = closing.is_some()
            && (k == 0 || !bytes[k - 1].1.is_alphanumeric())
            && bytes.get(k + 1).is_some_and(|&(_, n)| !n.is_whitespace());
        if let (Some(close), true) = (closing, opens) {
            // The closing mark: not followed by a letter (so not an apostrophe), on the same line.
            let mut m = k + 1;
            let mut found = None;
            while m < bytes.len() && bytes[m].1 != '\n' {
                let (j, d) = bytes[m];
                let close_here = d == close || (close == '’' && d == '\'') || (close == '\'' && d == '’');
                if close_here && !bytes.get(m + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) && m > k + 1 {
                    found = Some(j + d.len_utf8());
                    break;
                }
                m += 1;
            }
            if let Some(end) = found {
                out.push(Span::new(i, end));
                k = m + 1;
                continue;
            }
        }
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::pattern::tree::testing::{assert_same, texts};
    use crate::{Config, Engine, Kind};

    const PIECES: &[&str] = &[
        "Mr",
        "Mrs",
        "MRS",
        "miss",
        "MISS",
        "Ms",
        "mx",
        "MX",
        "Dr",
        "DR",
        "Sir",
        "Madam",
        "Mme",
        "Prof",
        ".",
        " ",
        "Smith",
        "o'neil",
        "-",
        "Year",
        "yr",
        "Y",
        "YEAR",
        "4",
        "10",
        "s",
        "6",
        "ABC",
        "That",
        "the",
        "THIS",
        "Kid",
        "kid",
        "boy",
        "dad",
        "those",
        "one of the",
        "a",
        "lass",
        "year",
        "'s",
        "who",
        "in",
        "é",
        "x",
        "the ",
        "a ",
        "kid ",
        "ta ",
        "man ",
        "mum ",
        "year 6 ",
        "in ",
        "who ",
        "big ",
        "s ",
    ];

    proptest::proptest! {
        /// The browser's trees find what the regular expressions find.
        #[test]
        fn the_mention_tree_finds_what_the_regex_finds(text in texts(super::PATTERNS.mentions.regex().as_str(), PIECES)) {
            assert_same(super::PATTERNS.mentions.tree(), super::PATTERNS.mentions.regex(), &text);
        }

        #[test]
        fn the_description_tree_finds_what_the_regex_finds(
            text in texts(super::PATTERNS.descriptions.regex().as_str(), PIECES)
        ) {
            assert_same(super::PATTERNS.descriptions.tree(), super::PATTERNS.descriptions.regex(), &text);
        }
    }

    /// What a lexicon finds in `text`: each hit's span and class, in the order the search gives them.
    fn lexicon_finds(lexicon: &super::Lexicon, doc: &Document<'_>) -> Vec<(usize, usize, super::Class)> {
        let found = lexicon.phrases.find_in(doc.folded.as_str(), doc.folded_tokens());
        found.iter().map(|m| (m.start, m.end, lexicon.classes[m.id])).collect()
    }

    /// The labelled tone posts of `tests/data`.
    fn labelled_tone_posts() -> Vec<String> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut posts: Vec<String> = Vec::new();
        for file in ["tests/data/tone-parents/posts.jsonl", "tests/data/tone-voices/posts.jsonl"] {
            let jsonl = std::fs::read_to_string(format!("{root}/{file}")).unwrap();
            for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
                let post: serde_json::Value = serde_json::from_str(line).unwrap();
                posts.push(post["text"].as_str().unwrap().to_string());
            }
        }
        posts
    }

    /// A text's own lexicon (the content script's, before the whole one is built) finds in it exactly what the whole
    /// lexicon finds, hit for hit and in the same order: on every labelled tone post, and on every phrase of the
    /// lexicons in a sentence, censored swearing included.
    #[test]
    fn a_texts_own_lexicon_finds_what_the_whole_one_finds() {
        let whole = super::whole_lexicon();
        let (phrases, _) = lexicon_phrases();
        let mut texts = labelled_tone_posts();
        texts.extend(phrases.iter().map(|p| format!("Honestly, {p} again!")));
        texts.extend(phrases.chunks(7).map(|chunk| chunk.join(", ")));
        let mut hits = 0;
        for text in &texts {
            let doc = Document::new(text);
            let expected = lexicon_finds(whole, &doc);
            assert_eq!(lexicon_finds(&super::Lexicon::own(&doc), &doc), expected, "{text}");
            hits += expected.len();
        }
        assert!(hits > 10_000, "{hits}");
    }

    proptest::proptest! {
        /// The same, on texts run together from phrases of the lexicons and other words, in any case.
        #[test]
        fn a_texts_own_lexicon_finds_what_the_whole_one_finds_in_any_mix(
            picks in proptest::collection::vec((0usize..5000, 0usize..6, proptest::bool::ANY), 1..8)
        ) {
            let (phrases, _) = lexicon_phrases();
            const JOINS: [&str; 6] = [" ", ", ", "! ", "\n", " the head ", " you "];
            let mut text = String::new();
            for (pick, join, upper) in picks {
                let phrase = &phrases[pick % phrases.len()];
                text.push_str(&if upper { phrase.to_uppercase() } else { phrase.clone() });
                text.push_str(JOINS[join]);
            }
            let doc = Document::new(&text);
            proptest::prop_assert_eq!(lexicon_finds(&super::Lexicon::own(&doc), &doc), lexicon_finds(super::whole_lexicon(), &doc));
        }
    }

    use super::{lexicon_phrases, whole_word, Document, PhraseSet};
    use aho_corasick::{AhoCorasick, MatchKind};

    /// The lexicon search finds, on every labelled tone post and its own phrases run together, exactly what an
    /// Aho-Corasick automaton over the same phrases found (overlapping, whole words).
    #[test]
    fn phrase_search_finds_what_the_automaton_found() {
        let (patterns, _) = lexicon_phrases();
        let automaton = AhoCorasick::builder().match_kind(MatchKind::Standard).build(&patterns).unwrap();
        let set = PhraseSet::new(&patterns);
        let mut posts = labelled_tone_posts();
        posts.push(patterns.join(" "));
        posts.push(patterns.join(""));
        for post in &posts {
            let doc = Document::new(post);
            let folded = doc.folded.as_str();
            let mut expected: Vec<(usize, usize, usize)> = automaton
                .find_overlapping_iter(folded)
                .filter(|m| whole_word(folded, m.start(), m.end()))
                .map(|m| (m.end(), m.start(), m.pattern().as_usize()))
                .collect();
            expected.sort();
            let found: Vec<(usize, usize, usize)> =
                set.find_whole_words(folded).iter().map(|m| (m.end, m.start, m.id)).collect();
            assert_eq!(found, expected, "{post}");
        }
        assert!(posts.len() > 400);
    }

    /// The first way of finding a shouted word (each word looked up again with `str::find`), for checking
    /// the one-pass way against.
    fn shouted_word_by_find(sentence: &str) -> Option<(usize, usize)> {
        if !sentence.chars().any(|c| c.is_lowercase()) {
            return None;
        }
        let mut at = 0;
        for word in sentence.split(|c: char| !c.is_alphabetic()) {
            let start = sentence[at..].find(word).map_or(at, |k| at + k);
            at = start + word.len();
            if word.len() >= 3 && word.chars().all(|c| c.is_uppercase()) && !super::is_acronym(word) {
                return Some((start, at));
            }
        }
        None
    }

    #[test]
    fn shouted_words_are_found_where_they_stand() {
        let sentences = [
            "Mrs Doe rang me AGAIN about the dinner money.",
            "THE SLT are useless",
            "the SLT and the PTA said NO",
            "OK fine, ÉTÉ camp is ON AGAIN…",
            "AGAIN AGAIN again",
            "no capitals here",
            "a1BCD2EFG x",
            "",
            "Çok GÜZEL değil",
        ];
        for sentence in sentences {
            assert_eq!(super::shouted_word(sentence), shouted_word_by_find(sentence), "{sentence}");
        }
        assert_eq!(super::shouted_word(sentences[0]), Some((16, 21)));
    }

    fn engine() -> Engine {
        let mut config = Config::default_school();
        config.role = crate::Role::Parent;
        Engine::new(&config)
    }

    /// The tone findings of `post`: (kind, sentence).
    fn tone(post: &str) -> Vec<(Kind, String)> {
        engine().check(post).into_iter().filter(|f| f.kind.is_tone()).map(|f| (f.kind, f.text)).collect()
    }

    fn finds(post: &str, kind: Kind, sentence: &str) {
        let found = tone(post);
        assert!(
            found.iter().any(|(k, s)| *k == kind && s == sentence),
            "{post:?}: expected {kind} on {sentence:?}, got {found:?}"
        );
    }

    fn clean(post: &str) {
        let found = tone(post);
        assert!(found.is_empty(), "{post:?}: expected no tone finding, got {found:?}");
    }

    #[test]
    fn sentences_follow_the_contract() {
        let text = "Hi. Mrs. Doe is here!! 😂 Next one\nline two 😤 Capital here and 3.5 miles";
        let got: Vec<&str> = super::sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(got, ["Hi.", "Mrs. Doe is here!! 😂", "Next one", "line two 😤", "Capital here and 3.5 miles"]);
    }

    const THREATS: &[(&str, &str)] = &[
        ("Watch your back Mrs Doe.", "Watch your back Mrs Doe."),
        ("Mrs Doe is a joke. I know where she lives.", "I know where she lives."),
        (
            "If that boy in Year 4 touches my son again I'll batter him.",
            "If that boy in Year 4 touches my son again I'll batter him.",
        ),
        ("someone needs to key the head's car tbh", "someone needs to key the head's car tbh"),
        (
            "I'll make sure she never works again, Mrs Doe knows what she did.",
            "I'll make sure she never works again, Mrs Doe knows what she did.",
        ),
        ("the teachers better watch themselves fr", "the teachers better watch themselves fr"),
        // The school by its short name; exposure as retaliation.
        (
            "Keep pushing me, Bucklebury, and I'll be outside that gate with a placard.",
            "Keep pushing me, Bucklebury, and I'll be outside that gate with a placard.",
        ),
        (
            "Mrs Doe has been useless. I've got screenshots and the local paper would love them.",
            "I've got screenshots and the local paper would love them.",
        ),
    ];

    const HOSTILE: &[(&str, &str)] = &[
        ("Mrs Doe is a useless woman.", "Mrs Doe is a useless woman."),
        ("Had a meeting with Mrs Doe. Useless woman.", "Useless woman."),
        ("THE TEACHERS AT THIS SCHOOL ARE F***ING USELESS.", "THE TEACHERS AT THIS SCHOOL ARE F***ING USELESS."),
        ("the head is pocketing the trip money", "the head is pocketing the trip money"),
        ("that kid in year 6 is a proper wasteman", "that kid in year 6 is a proper wasteman"),
        ("Mr Jones is twp as a brush", "Mr Jones is twp as a brush"),
        ("the dinner ladies are sh*te", "the dinner ladies are sh*te"),
        ("Mrs Doe's a gobby cow.", "Mrs Doe's a gobby cow."),
        ("Mr Okafor is about as bright as a power cut", "Mr Okafor is about as bright as a power cut"),
    ];

    const COMPLAINTS: &[(&str, &str)] = &[
        (
            "Absolutely disgusted with how the school handled the bullying.",
            "Absolutely disgusted with how the school handled the bullying.",
        ),
        ("Nobody in the office ever answers the phone.", "Nobody in the office ever answers the phone."),
        ("Still no reply from school 😤", "Still no reply from school 😤"),
        ("Why does the school always tell us the day before?", "Why does the school always tell us the day before?"),
        ("The detention system is a farce.", "The detention system is a farce."),
        ("Mrs Doe rang me AGAIN about the dinner money.", "Mrs Doe rang me AGAIN about the dinner money."),
    ];

    const CLEAN: &[&str] = &[
        "Mrs Doe is an absolute legend, the costumes were sick 🔥",
        "The nativity was bloody brilliant, well done Year 2!!",
        "I'm such an idiot, forgot the PE kit again 🤦‍♀️",
        "My son says a boy called him stupid today, any advice?",
        "Could the school send the letter again please?",
        "Does anyone know when the trip money is due?",
        "Year 2 keep singing 'You're a mean one, Mr Grinch' 😂",
        "The council are an absolute joke, still no gritting.",
        "My boss is a total muppet, wants me in on the inset day.",
        "Trip money for the zoo is due Friday.",
        "Dinosaur day was amazing, thank you Miss Harcourt.",
        "Well done to the Year 5 netball girls!",
        "The Twits is our bedtime book: 'If a person has ugly thoughts, it begins to show on the face.'",
        "I'll send the key stage 2 results to the office tomorrow.",
        "Parking at drop off is a nightmare and the council couldn't care less.",
        "Mrs Doe was lovely. I'm a nightmare before coffee though.",
        "Reminder: swimming starts Monday, don't forget goggles 🏊",
        "Honestly Virgin Media are the worst, the school wifi is fine though.",
        "😤😤😤",
    ];

    #[test]
    fn threats() {
        for (post, sentence) in THREATS {
            finds(post, Kind::Threat, sentence);
        }
    }

    #[test]
    fn hostile_remarks() {
        for (post, sentence) in HOSTILE {
            finds(post, Kind::HostileRemark, sentence);
        }
    }

    #[test]
    fn complaints() {
        for (post, sentence) in COMPLAINTS {
            finds(post, Kind::Complaint, sentence);
        }
    }

    #[test]
    fn guards() {
        for post in CLEAN {
            clean(post);
        }
    }

    #[test]
    fn the_finding_names_its_target_and_its_words() {
        let findings = engine().check("Had a meeting with Mrs Doe. Useless woman.");
        let remark = findings.iter().find(|f| f.kind == Kind::HostileRemark).unwrap();
        let message = remark.message();
        assert!(message.contains("aimed at “Mrs Doe” (named earlier)"), "{message}");
        assert!(message.contains("“Useless”"), "{message}");
    }

    #[test]
    fn tone_spans_keep_the_names_inside_them() {
        let kinds: Vec<Kind> = engine().check("Mrs Doe is a useless woman.").iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::StaffName, Kind::HostileRemark]);
    }
}
