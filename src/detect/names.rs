//! Pupils' and staff names from the roster.
//!
//! Every name form (first, preferred, full, and staff surnames for use after a
//! title) is folded and compiled once into one [`PhraseSet`]; a check finds
//! them over the folded text as whole words, keeps those that stand alone (not
//! inside a tag or a hyphenated word), and reads the context where it matters:
//!
//! - a full name is one span ("Amelia Hart"), a title and staff surname too
//!   ("Mrs Doe", "Mrs. Doe", also with the wrong title);
//! - a possessive's span is the name only ("Millie" in "Millie's");
//! - a first name that is also a word ("Grace", "Will", "May") counts only
//!   where it names a person: capitalised mid-sentence, possessive, or at the
//!   start of a sentence when a verb follows ("Grace is…"); never after "the",
//!   "in", "a", before a number ("May 6"), or in "Will you…";
//! - a name followed by "Road", "School"… is part of a place, not a person;
//! - names inside hashtags, handles, URLs and longer words are not names.
//!
//! The content script's engine leaves the whole roster's table for later ([`NameDetector::deferred`]): a page's
//! first keystroke waits for the engine, and the table was most of building it. Until it is built, each check
//! builds a table of the people one of whose names could be in its text (every word of it is), which finds the
//! same: a name matches only where all its words are.

use crate::sorting::{descending, sort_by_key};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

use super::phrases::{PhraseSet, TextWords};
use super::{words, Candidate, Detector, Document};
use crate::config::Config;
use crate::fast_hash::Fast;
use crate::finding::Kind;
use crate::text::{ceil_char_boundary, char_at, char_before, floor_char_boundary, fold, Span};

/// Which form of a person's name a pattern is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// First (or preferred) name and surname.
    Full,
    /// First or preferred name alone.
    Given,
    /// A staff surname: counts only after a title.
    StaffSurname,
}

/// One roster entry a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    kind: Kind,
    form: Form,
}

/// Finds roster names.
#[derive(Debug)]
pub struct NameDetector {
    /// The configuration whose roster this is, to build from.
    roster: Arc<Config>,
    /// The whole roster's table, once built.
    whole: OnceLock<NameTable>,
}

/// The roster's names (or some of them) compiled for searching.
#[derive(Debug)]
struct NameTable {
    /// Every name form, folded, found as whole words.
    names: PhraseSet,
    /// For each pattern, what it stands for, and whether its given name is also a word.
    patterns: Vec<PatternInfo>,
}

/// A text longer than this builds the whole roster's table at once rather than its own: reading every roster name
/// against it would cost about as much, and a long draft is checked again as it grows.
const OWN_TABLE_MAX_BYTES: usize = 2048;

/// One person of the roster: kind, first name, preferred name, surname.
type RosterPerson<'c> = (Kind, &'c String, Option<&'c str>, &'c String);

#[derive(Debug, Clone)]
struct PatternInfo {
    entries: Vec<Entry>,
    wordness: Wordness,
}

/// Whether a pattern's given name (and surname) are also ordinary words.
#[derive(Debug, Clone, Copy, Default)]
struct Wordness {
    /// The given name is a word, a month or a place ("Grace", "May", "Paris", and any common English
    /// word: "Can", "Över" → "over"), or very short: it needs a person's context.
    word_like: bool,
    /// The roster writes the given name with letters that fold away ("Över", "Ángel"): typed with
    /// them, it is the name's spelling, not the word's.
    accented: bool,
    /// The surname is a word too ("Rose Gold"): such a full name in lower case may be words ("a rose gold bracelet").
    surname_is_word: bool,
    /// The given name is word-like only as a common English word ("Can", "Rún" → "run"), not one of the
    /// lexicon's word-names: words like "can run" are no list of names joined by a bare space.
    common_word_only: bool,
}

impl NameDetector {
    /// Compiles the roster of `roster`.
    pub fn new(roster: Arc<Config>) -> Self {
        let detector = NameDetector::deferred(roster);
        detector.build();
        detector
    }

    /// A detector for the roster of `roster` that compiles it on first use, or when [`NameDetector::build`] is
    /// called. Until then each check compiles only the people whose names could be in its text.
    pub fn deferred(roster: Arc<Config>) -> Self {
        NameDetector { roster, whole: OnceLock::new() }
    }

    /// Compiles the whole roster, if not done yet.
    pub fn build(&self) {
        self.whole_table();
    }

    // Built once per engine: kept out of `find`, which runs at every keystroke (and which the JavaScript build's
    // engine optimises only while it is small).
    #[cold]
    #[inline(never)]
    fn whole_table(&self) -> &NameTable {
        self.whole.get_or_init(|| NameTable::new(people(&self.roster)))
    }

    /// The table to check `doc` with: the whole roster's if built (or if the text is long), else one of the
    /// people one of whose names could occur in it.
    fn table_for<'s>(&'s self, doc: &Document<'_>, own: &'s mut Option<NameTable>) -> &'s NameTable {
        if let Some(whole) = self.whole.get() {
            return whole;
        }
        if doc.folded.as_str().len() > OWN_TABLE_MAX_BYTES {
            return self.whole_table();
        }
        own.insert(self.own_table(doc))
    }

    /// The table of the people one of whose names could occur in the text read in `doc`.
    #[cold]
    #[inline(never)]
    fn own_table(&self, doc: &Document<'_>) -> NameTable {
        let mut words = TextWords::new(doc.folded.as_str(), doc.folded_tokens());
        let mut scratch = String::new();
        let mut may_occur = |name: &str| name_may_occur(name, &mut words, &mut scratch);
        let here = people(&self.roster).filter(|(_, first, preferred, last)| {
            may_occur(first) || preferred.is_some_and(&mut may_occur) || may_occur(last)
        });
        NameTable::new(here.collect::<Vec<_>>().into_iter())
    }
}

/// Everyone on the roster: pupils, then staff.
fn people(config: &Config) -> impl Iterator<Item = RosterPerson<'_>> + Clone {
    let pupils = config.pupils.iter().map(|p| (Kind::PupilName, &p.first, p.preferred.as_deref(), &p.last));
    let staff = config.staff.iter().map(|s| (Kind::StaffName, &s.first, s.preferred.as_deref(), &s.last));
    pupils.chain(staff)
}

/// Whether any spelling of `name` ([`name_variants`]) could occur in the text of `words`: every word of it is
/// there. Tells which people a text's own table needs; folds with [`fold`] only names it would change beyond
/// lower case (most are plain ASCII).
fn name_may_occur(name: &str, words: &mut TextWords, scratch: &mut String) -> bool {
    let name = name.trim();
    let bytes = name.as_bytes();
    // Every spelling's first word starts with the name's first two bytes when both are ASCII letters or digits
    // (folding keeps them, up to case; a joiner after them is dropped or made a space): most names are turned
    // away on these two bytes alone.
    if !words.may_have_word_starting(bytes) {
        return false;
    }
    if !bytes.iter().all(|&b| b.is_ascii() && b != b'\t' && b != b' ') {
        return name_variants(name).iter().any(|variant| words.may_occur(variant));
    }
    if bytes.iter().any(|&b| b == b'-' || b == b'\'') {
        // Folding plain ASCII only lower-cases it.
        return spellings(name.to_ascii_lowercase()).iter().any(|variant| words.may_occur(variant));
    }
    // One spelling, plain ASCII: lower-cased into `scratch` rather than copied anew.
    scratch.clear();
    scratch.push_str(name);
    scratch.make_ascii_lowercase();
    words.may_occur(scratch)
}

impl NameTable {
    /// Compiles the names of `people`.
    fn new<'c>(people: impl Iterator<Item = RosterPerson<'c>> + Clone) -> Self {
        let mut builder = PatternSet {
            english: english_words_among(people.clone().map(|(_, f, p, l)| (f, p, l))),
            ..PatternSet::default()
        };
        for (kind, first, preferred, last) in people.clone() {
            builder.add_person(kind, first, preferred, last);
        }
        for (_, _, _, last) in people.filter(|(kind, ..)| *kind == Kind::StaffName) {
            for last in name_variants(last) {
                builder.add(&last, Entry { kind: Kind::StaffName, form: Form::StaffSurname }, Wordness::default());
            }
        }
        NameTable { names: PhraseSet::new(&builder.texts), patterns: builder.info }
    }
}

/// Which folded names of the roster are common English words ([`words::common_english_words`]):
/// given names ("Can", "Över" → "over", "Ángel" → "angel") and surnames ("Gold").
fn english_words_among<'c>(
    people: impl Iterator<Item = (&'c String, Option<&'c str>, &'c String)>,
) -> HashSet<String, Fast> {
    // Each spelling folded once: a roster repeats its names.
    let mut spellings: HashSet<&str, Fast> = HashSet::default();
    for (first, preferred, last) in people {
        spellings.extend([first.as_str(), last.as_str()].into_iter().chain(preferred));
    }
    let folded: Vec<String> = spellings.into_iter().flat_map(name_variants).collect();
    words::common_english_words(folded.iter().map(String::as_str)).into_iter().map(str::to_string).collect()
}

/// Whether folding does more to a name than lower-case it: its accents or letters like "ł" fold away.
fn folding_changes(name: &str) -> bool {
    !name.is_ascii()
}

/// Patterns being collected, deduplicated by their folded text.
#[derive(Default)]
struct PatternSet {
    texts: Vec<String>,
    info: Vec<PatternInfo>,
    index: HashMap<String, usize, Fast>,
    /// The roster's folded names that are common English words (see [`english_words_among`]).
    english: HashSet<String, Fast>,
}

impl PatternSet {
    fn add(&mut self, text: &str, entry: Entry, wordness: Wordness) {
        if text.is_empty() {
            return;
        }
        // A roster repeats its names: a name seen before costs a lookup, not a copy.
        let id = match self.index.get(text) {
            Some(&id) => id,
            None => {
                self.index.insert(text.to_string(), self.texts.len());
                self.texts.push(text.to_string());
                self.info.push(PatternInfo { entries: Vec::new(), wordness: Wordness::default() });
                self.texts.len() - 1
            }
        };
        let info = &mut self.info[id];
        if !info.entries.contains(&entry) {
            info.entries.push(entry);
        }
        info.wordness.word_like |= wordness.word_like;
        info.wordness.accented |= wordness.accented;
        info.wordness.surname_is_word |= wordness.surname_is_word;
        info.wordness.common_word_only |= wordness.common_word_only;
    }

    fn add_person(&mut self, kind: Kind, first: &str, preferred: Option<&str>, last: &str) {
        let surnames: Vec<(String, bool)> = name_variants(last)
            .into_iter()
            .map(|l| {
                let is_word = words::is_word_name(&l) || self.english.contains(&l);
                (l, is_word)
            })
            .collect();
        let mut full = String::new();
        for given in std::iter::once(first).chain(preferred) {
            for g in &name_variants(given) {
                let word_like = is_word_like(g);
                let english = self.english.contains(g);
                let given_wordness = Wordness {
                    word_like: word_like || english,
                    accented: folding_changes(given),
                    surname_is_word: false,
                    common_word_only: !word_like && english,
                };
                self.add(g, Entry { kind, form: Form::Given }, given_wordness);
                for (l, surname_is_word) in &surnames {
                    full.clear();
                    full.push_str(g);
                    full.push(' ');
                    full.push_str(l);
                    let wordness = Wordness { surname_is_word: *surname_is_word, ..given_wordness };
                    self.add(&full, Entry { kind, form: Form::Full }, wordness);
                }
            }
        }
    }
}

/// The folded spellings of a name: as written, and with hyphens and
/// apostrophes typed as spaces or left out ("O'Neill", "O Neill", "ONeill").
fn name_variants(name: &str) -> Vec<String> {
    spellings(fold(name))
}

/// The spellings of a folded name (see [`name_variants`]).
fn spellings(folded: String) -> Vec<String> {
    let mut out = vec![folded.clone()];
    if folded.contains(['-', '\'']) {
        out.push(folded.replace(['-', '\''], " "));
        out.push(folded.replace(['-', '\''], ""));
    }
    out.dedup();
    out
}

/// Names that are ordinary words, and very short names, need a person's context.
fn is_word_like(folded_given: &str) -> bool {
    words::is_word_name(folded_given) || folded_given.chars().count() <= 2
}

impl Detector for NameDetector {
    fn name(&self) -> &'static str {
        "names"
    }

    fn kinds(&self) -> &'static [Kind] {
        &[Kind::PupilName, Kind::StaffName]
    }

    fn build_deferred(&self) {
        self.build();
    }

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let folded = doc.folded.as_str();
        let caseless = !doc.text.chars().any(char::is_uppercase);
        let mut own = None;
        let table = self.table_for(doc, &mut own);
        let matches = table.names.find_in(folded, doc.folded_tokens());
        let mut accepted: Vec<(Candidate, Option<Partner>)> = Vec::with_capacity(matches.len());
        // Where roster names start: "Hope and Faith" names two people only if "Faith" is on the roster too.
        let mut name_starts: Vec<usize> = Vec::with_capacity(matches.len());
        let mut name_ends: Vec<usize> = Vec::with_capacity(matches.len());
        for m in matches {
            let span = Span::new(m.start, m.end);
            if !stands_alone(folded, span) {
                continue;
            }
            name_starts.push(span.start);
            name_ends.push(span.end);
            if let Some(judged) = self.judge(doc, &table.patterns[m.id], span, caseless) {
                accepted.push(judged);
            }
        }
        let mut accepted: Vec<Candidate> = accepted
            .into_iter()
            .filter(|(_, partner)| {
                partner.as_ref().is_none_or(|p| {
                    p.next_starts_at.is_some_and(|at| name_starts.contains(&at))
                        || p.previous_ends_at.is_some_and(|at| name_ends.contains(&at))
                })
            })
            .map(|(candidate, _)| candidate)
            .collect();
        // Longest first, then leftmost: "Amelia Hart" beats "Amelia" inside it.
        sort_by_key(&mut accepted, |c| [descending(c.span.len()), c.span.start as u64, 0]);
        let mut chosen: Vec<Candidate> = Vec::with_capacity(accepted.len());
        for c in accepted {
            if !chosen.iter().any(|k| k.span.overlaps(&c.span)) {
                chosen.push(c);
            }
        }
        out.extend(chosen);
    }
}

impl NameDetector {
    /// Decides whether a whole-word match names a person: its final span, and
    /// where another roster name must be for it to count.
    fn judge(
        &self,
        doc: &Document<'_>,
        info: &PatternInfo,
        folded_span: Span,
        caseless: bool,
    ) -> Option<(Candidate, Option<Partner>)> {
        let ctx = Context::new(doc, folded_span);
        // "Över" typed "over" is the word's spelling; typed with its accents, only the name's.
        let typed_with_accents = info.wordness.accented && !ctx.matched().is_ascii();
        let word_like = info.wordness.word_like && !typed_with_accents;
        // Only names that are also words read the case of their sentence, and a capital
        // given inside a sentence written in lower case ("pick up for Lee weds") still says "name".
        let ctx = Context {
            caseless: caseless || (word_like && ctx.sentence_in_lower_case() && !ctx.capitalised_by_choice()),
            common_word_only: info.wordness.common_word_only,
            ..ctx
        };
        if ctx.inside_link_or_tag() || ctx.part_of_place() || ctx.in_idiom() || (word_like && ctx.in_a_title()) {
            return None;
        }
        let has = |form: Form, kind: Kind| info.entries.iter().any(|e| e.form == form && e.kind == kind);
        let title = ctx.title_before();

        // A title makes the next word a surname (or a staff member's first name).
        if let Some(title_start) = title {
            let span = Span::new(title_start, ctx.span.end);
            if has(Form::StaffSurname, Kind::StaffName)
                || has(Form::Full, Kind::StaffName)
                || has(Form::Given, Kind::StaffName)
            {
                return Some((Candidate::new(Kind::StaffName, span), None));
            }
            if has(Form::Full, Kind::PupilName) {
                return Some((Candidate::new(Kind::PupilName, ctx.span), None));
            }
            return None;
        }
        let kind_of = |form: Form| {
            if has(form, Kind::PupilName) {
                Some(Kind::PupilName)
            } else if has(form, Kind::StaffName) {
                Some(Kind::StaffName)
            } else {
                None
            }
        };
        if let Some(kind) = kind_of(Form::Full) {
            // A first name and that person's own surname name them in any case ("well done to jade
            // o'brien"), unless the surname is a word too ("a rose gold bracelet").
            if word_like && info.wordness.surname_is_word && !(ctx.capitalised() || ctx.caseless) {
                return None;
            }
            return Some((Candidate::new(kind, ctx.span), None));
        }
        let kind = kind_of(Form::Given)?;
        if ctx.place_here() {
            return None;
        }
        if !word_like {
            return Some((Candidate::new(kind, ctx.span), None));
        }
        match ctx.names_a_person() {
            Verdict::Name => Some((Candidate::new(kind, ctx.span), None)),
            Verdict::NameIfPartner(partner) => Some((Candidate::new(kind, ctx.span), Some(partner))),
            Verdict::NotName => None,
        }
    }
}

/// How far around a name to look for the URL, email or tag it may be part of.
const LONGEST_TOKEN: usize = 256;

/// How far back to look for the start of a name's sentence, in bytes.
const LONGEST_SENTENCE: usize = 400;

/// How many capitalised words before a name may lead back to a title's "The" ("The Very Hungry Caterpillar").
const MAX_TITLE_WORDS: usize = 3;

/// How many capitalised words after a name may lead to a place word ("Xavier RC Primary").
const MAX_PLACE_NAME_WORDS: usize = 3;

/// What joins the names of a list (after the optional space): "Hope and Faith", "jade n amber".
const LIST_JOINTS: &[&str] = &["&", "and", "n", "+", ","];

/// What ends a sentence for reading its case: . ! ? a line break, or an emoji ("😂😂 me n summer cant breathe").
fn ends_a_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\n') || is_emoji(c)
}

/// An emoji or another pictograph: not ASCII, a letter or digit, a space, or typographic punctuation.
fn is_emoji(c: char) -> bool {
    !(c.is_ascii() || c.is_alphanumeric() || c.is_whitespace() || is_typographic(c))
}

/// Typographic punctuation and symbols (’ “ – … £ €, the zero-width joiner inside emoji): not sentence ends.
fn is_typographic(c: char) -> bool {
    matches!(c as u32, 0x00A0..=0x00BF | 0x2000..=0x206F | 0x20A0..=0x20CF)
}

/// "3.15", "11:00", "4pm", "9.30am": a time of day as people type it (a trailing comma or dash aside).
fn is_clock_time(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let digits = word.trim_end_matches("am").trim_end_matches("pm");
    let (hours, minutes) = digits.split_once([':', '.']).unwrap_or((digits, ""));
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (1..=2).contains(&hours.len())
        && all_digits(hours)
        && if minutes.is_empty() { digits.len() < word.len() } else { minutes.len() == 2 && all_digits(minutes) }
}

/// "5B", "y6", "6R": a class or year group.
fn is_class_code(word: &str) -> bool {
    let bytes = word.as_bytes();
    match bytes {
        [b'y', digits @ ..] if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) => true,
        [first, rest @ ..] if first.is_ascii_digit() && rest.len() <= 2 => rest.iter().all(u8::is_ascii_alphabetic),
        _ => false,
    }
}

/// A match must be a whole word: not inside a longer word, a hyphenated name
/// ("Mary-Jane"), an apostrophe name ("O'Neill"), a hashtag or a handle.
fn stands_alone(folded: &str, span: Span) -> bool {
    let before_ok = match char_before(folded, span.start) {
        None => true,
        Some(c) if c.is_alphanumeric() || matches!(c, '#' | '@' | '_') => false,
        Some('-' | '\'') => !char_before(folded, span.start - 1).is_some_and(char::is_alphanumeric),
        Some(_) => true,
    };
    let after_ok = match char_at(folded, span.end) {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('-') => !char_at(folded, span.end + 1).is_some_and(char::is_alphanumeric),
        Some('\'') => {
            let rest = &folded[span.end + 1..];
            !rest.starts_with(char::is_alphanumeric)
                || (rest.starts_with('s') && !rest[1..].starts_with(char::is_alphanumeric))
        }
        Some(_) => true,
    };
    before_ok && after_ok
}

/// The words around a match, read from the original and the folded text.
struct Context<'d, 't> {
    doc: &'d Document<'t>,
    folded_span: Span,
    /// The match in the original text.
    span: Span,
    /// The whole text has no capital letters: case says nothing about names.
    caseless: bool,
    /// The name is word-like only as a common English word ("Can", "Rún" → "run"): in lower case it is
    /// the word, and a bare space joins no list of such names ("can run").
    common_word_only: bool,
}

/// What the context says about a name that is also a word.
enum Verdict {
    Name,
    /// A name if it is one of a list of roster names ("Hope and Faith", "Summer, Amber and Rose").
    NameIfPartner(Partner),
    NotName,
}

/// Where the next or the previous name of a list would be (folded offsets): a roster name must start or end there.
#[derive(Clone, Copy)]
struct Partner {
    next_starts_at: Option<usize>,
    previous_ends_at: Option<usize>,
}

impl<'d, 't> Context<'d, 't> {
    fn new(doc: &'d Document<'t>, folded_span: Span) -> Self {
        Context {
            doc,
            folded_span,
            span: doc.folded.to_original(folded_span),
            caseless: false,
            common_word_only: false,
        }
    }

    fn matched(&self) -> &'t str {
        self.doc.slice(self.span)
    }

    /// Starts with a capital letter (or is shouted in capitals inside normal text).
    fn capitalised(&self) -> bool {
        self.matched().starts_with(char::is_uppercase)
    }

    /// Written with a capital and then lower case ("Lee", not "LEE"), not where a sentence starts,
    /// and not a month, a day or a place, which take a capital anyway ("or June?").
    fn capitalised_by_choice(&self) -> bool {
        let mut letters = self.matched().chars().filter(|c| c.is_alphabetic());
        letters.next().is_some_and(char::is_uppercase)
            && letters.all(char::is_lowercase)
            && !words::capital_is_conventional(self.matched_folded())
            && !self.sentence_initial()
    }

    /// Written in capitals inside a text that is itself in capitals: case says nothing.
    fn shouted(&self) -> bool {
        let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).collect::<Vec<_>>();
        let all_upper = |s: &str| {
            let l = letters(s);
            !l.is_empty() && l.iter().all(|c| c.is_uppercase())
        };
        all_upper(self.matched()) && (all_upper(self.prev_word_original()) || all_upper(self.next_word_original()))
    }

    /// Whether the match starts a sentence (after . ! ? : a line break, an emoji, or the start).
    fn sentence_initial(&self) -> bool {
        let trim = |s: &'t str| s.trim_end_matches(crate::text::is_horizontal_space);
        let before = trim(&self.doc.text[..self.span.start]);
        match before.chars().next_back() {
            None => true,
            // A bullet at the start of a line starts a sentence; a dash inside one does not.
            Some(c @ ('-' | '*' | '•')) => {
                let line = trim(&before[..before.len() - c.len_utf8()]);
                c == '•' || line.is_empty() || line.ends_with('\n')
            }
            Some(c) => !(c.is_alphanumeric() || matches!(c, ',' | '&' | '+' | '/' | '\'' | '’')),
        }
    }

    /// Whether the sentence around the match starts in lower case: its writer
    /// does not use capitals ("omg sonny got sent out of mr rees lesson AGAIN"),
    /// so case says nothing about names there.
    fn sentence_in_lower_case(&self) -> bool {
        let text = self.doc.text;
        let window = floor_char_boundary(text, self.span.start.saturating_sub(LONGEST_SENTENCE));
        let before = &text[window..self.span.start];
        let start = match before.rfind(ends_a_sentence) {
            Some(i) => window + i + before[i..].chars().next().map_or(1, char::len_utf8),
            None if window == 0 => 0,
            None => return false, // a very long sentence: its start is too far to tell
        };
        text[start..self.span.end].chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
    }

    /// The folded text before the match.
    fn folded_before(&self) -> &'d str {
        &self.doc.folded.as_str()[..self.folded_span.start]
    }

    /// The folded text after the match.
    fn folded_after(&self) -> &'d str {
        &self.doc.folded.as_str()[self.folded_span.end..]
    }

    /// The folded words after the match, split at spaces (punctuation stays on them).
    fn following_words(&self) -> impl Iterator<Item = &'d str> {
        self.folded_after().split(' ').skip(1)
    }

    /// The folded word before the match, when only spaces separate them.
    fn prev_word(&self) -> &'d str {
        let Some(trimmed) = self.folded_before().strip_suffix(' ') else {
            return "";
        };
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\''))
            .map_or(0, |(i, c)| i + c.len_utf8());
        &trimmed[start..]
    }

    /// The folded word before [`Self::prev_word`], when only spaces separate them ("well" in "well done to").
    fn word_before_prev(&self) -> &'d str {
        let prev = self.prev_word();
        self.folded_before()
            .strip_suffix(' ')
            .and_then(|b| b.strip_suffix(prev))
            .and_then(|b| b.strip_suffix(' '))
            .and_then(|b| b.rsplit(|c: char| !c.is_alphanumeric()).next())
            .unwrap_or("")
    }

    fn prev_word_original(&self) -> &'t str {
        let before = self.doc.text[..self.span.start].trim_end();
        let start =
            before.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        &before[start..]
    }

    /// The original text after the match, past a possessive `'s`.
    fn after(&self) -> &'t str {
        let rest = &self.doc.text[self.span.end..];
        for apostrophe in ["'s", "’s", "'S", "’S"] {
            if let Some(r) = rest.strip_prefix(apostrophe) {
                return r;
            }
        }
        rest
    }

    fn possessive(&self) -> bool {
        let rest = &self.doc.text[self.span.end..];
        let after = self.after();
        (after.len() < rest.len() && !after.starts_with(char::is_alphanumeric))
            || rest.starts_with(['\'', '’']) && self.matched().ends_with(['s', 'S'])
    }

    /// The next word when only spaces separate it from the match (or its possessive).
    fn next_word_original(&self) -> &'t str {
        let Some(rest) = self.after().strip_prefix(' ') else {
            return "";
        };
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).unwrap_or(rest.len());
        &rest[..end]
    }

    /// The folded next word when only spaces separate it from the match (or its possessive).
    fn next_word(&self) -> &'d str {
        let rest = self.folded_after();
        let rest = rest.strip_prefix("'s").filter(|r| !r.starts_with(char::is_alphanumeric)).unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(' ') else {
            return "";
        };
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '\'')).unwrap_or(rest.len());
        &rest[..end]
    }

    fn matched_folded(&self) -> &'d str {
        &self.doc.folded.as_str()[self.folded_span.start..self.folded_span.end]
    }

    /// "Ms." / "Mrs" straight before the match: the start of the title.
    fn title_before(&self) -> Option<usize> {
        let word = self.prev_word();
        if word.is_empty() || !words::is_title(word) {
            return None;
        }
        let folded_start = self.folded_span.start - 1 - word.len();
        Some(self.doc.folded.to_original(Span::new(folded_start, folded_start + 1)).start)
    }

    /// Part of a place or an institution ("Victoria Road", "St Mary's Primary",
    /// "Grace Church", "St Francis Xavier RC Primary"), or someone else's name
    /// after a title no pupil has ("Pope Francis", "King Charles").
    fn part_of_place(&self) -> bool {
        if words::is_title_of_others(self.prev_word()) {
            return true;
        }
        // The capitalised words that follow, up to a few: one of them may make the run a place's name.
        let mut rest = self.after();
        for _ in 0..MAX_PLACE_NAME_WORDS {
            let Some(r) = rest.strip_prefix(' ') else { return false };
            let end = r.find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).unwrap_or(r.len());
            let word = &r[..end];
            if !word.starts_with(char::is_uppercase) {
                return false;
            }
            if words::is_place_word(&crate::text::fold(word)) {
                return true;
            }
            rest = &r[end..];
        }
        false
    }

    /// A place that is also a first name, used as the place: "holiday in Angus", "trip to Iona".
    fn place_here(&self) -> bool {
        words::place_named_like_a_person(
            self.word_before_prev(),
            self.prev_word(),
            self.matched_folded(),
            self.possessive(),
        )
    }

    /// The end of a title in capitals inside a sentence: "sang The First Noel", "reading The Velveteen Rabbit".
    fn in_a_title(&self) -> bool {
        let mut before = self.doc.text[..self.span.start].trim_end_matches(crate::text::is_horizontal_space);
        for _ in 0..MAX_TITLE_WORDS {
            let start =
                before.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
            let word = &before[start..];
            if !word.starts_with(char::is_uppercase) || start == 0 || !before[..start].ends_with(' ') {
                return false;
            }
            if word == "The" {
                let earlier = before[..start].trim_end_matches(crate::text::is_horizontal_space);
                return earlier.ends_with(|c: char| c.is_alphanumeric() || c == ',');
            }
            before = before[..start].trim_end_matches(crate::text::is_horizontal_space);
        }
        false
    }

    /// Inside a set phrase where the name is nobody on the roster ("Noah's Ark", "Ave Maria", "Harry Potter").
    fn in_idiom(&self) -> bool {
        words::in_idiom(self.folded_before(), self.matched_folded(), self.folded_after())
    }

    /// "Dawn on reception", "Jade in Year 6", "Amber from 5B", "Sandy on the gate": someone's place in the school follows.
    fn school_place_follows(&self) -> bool {
        let mut words = self.following_words().filter(|w| *w != "the");
        let (Some(preposition), Some(place)) = (words.next(), words.next()) else { return false };
        let place = place.trim_end_matches(|c: char| !c.is_alphanumeric());
        matches!(preposition, "in" | "on" | "from") && (words::is_school_place(place) || is_class_code(place))
    }

    /// "Ruby, your mum is running late": a name, a comma, and words spoken to that person.
    fn addressed_with_comma(&self) -> bool {
        let Some(rest) = self.folded_after().strip_prefix(", ") else { return false };
        let word = rest.split(|c: char| !(c.is_alphanumeric() || c == '\'')).next().unwrap_or("");
        words::speaks_to_someone(word)
    }

    /// "Bob the caretaker", "Sandy the lollipop lady": a job after the name.
    fn role_follows(&self) -> bool {
        let Some(rest) = self.folded_after().strip_prefix(" the ") else { return false };
        words::is_school_role(rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or(""))
    }

    /// "Rich and his cousin", "Summer with her mum": a person's own people follow.
    fn relation_follows(&self) -> bool {
        let mut words = self.following_words();
        let (Some(joint), Some(whose)) = (words.next(), words.next()) else { return false };
        matches!(joint, "and" | "with" | "n" | "&") && matches!(whose, "his" | "her" | "their")
    }

    /// "Star of the Week", "Hope of the Match": an award or a title, not the person.
    fn award_follows(&self) -> bool {
        let Some(period) = self.folded_after().strip_prefix(" of the ") else { return false };
        let period = period.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        matches!(period, "week" | "day" | "month" | "term" | "year" | "match" | "season")
    }

    /// After the word following the name, the end, punctuation, a number or a word that opens a verb's
    /// object: "Ivy pulled all the ivy", "Miles cycled 40 miles", not "Ivy covered walls".
    fn clause_after_next(&self) -> bool {
        let mut words = self.following_words();
        words.next();
        match words.next() {
            None => true,
            Some(w) => {
                let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
                w.is_empty() || w.starts_with(|c: char| c.is_ascii_digit()) || words::opens_an_object(w)
            }
        }
    }

    /// "June on Friday", "June at 3", "June tomorrow": a day or a time straight after a month's name makes it someone's.
    fn day_or_time_follows(&self) -> bool {
        let mut words = self.following_words().map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let Some(mut word) = words.next() else { return false };
        let at = word == "at";
        if matches!(word, "on" | "at" | "this" | "next") {
            word = words.next().unwrap_or("");
        }
        words::is_day_word(word) || (at && word.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// "Rose🏆", "🎉🎉Sunny🎉🎉", "Glen 🚲 rode": when emoji follow the name (or its possessive),
    /// whether they are attached to it, and the folded text after them (" rode", " player").
    fn past_emoji(&self) -> Option<(bool, &'d str)> {
        let rest = self.folded_after();
        let rest = rest.strip_prefix("'s").filter(|r| !r.starts_with(char::is_alphanumeric)).unwrap_or(rest);
        let tagged = rest.trim_start_matches(' ');
        if !tagged.starts_with(is_emoji) {
            return None;
        }
        Some((tagged.len() == rest.len(), tagged.trim_start_matches(|c: char| is_emoji(c) || is_typographic(c))))
    }

    /// A name set apart from its emoji by a space, read as if the emoji were not there: a verb, a
    /// list's next name or words spoken to the person after it make it a name.
    fn read_past_emoji(&self, rest: &'d str) -> Option<Verdict> {
        let word_after = |r: &'d str| {
            let r = r.trim_start_matches(' ');
            &r[..r.find(|c: char| !(c.is_alphanumeric() || c == '\'')).unwrap_or(r.len())]
        };
        let next = word_after(rest);
        // "Summer 🥇 1st in the egg and spoon": a place in a race.
        let placed = ["st", "nd", "rd", "th"].iter().any(|suffix| {
            next.strip_suffix(suffix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        });
        if words::is_person_verb(next) || words::looks_past_tense(next) || words::speaks_to_someone(next) || placed {
            return Some(Verdict::Name);
        }
        let after_joint =
            LIST_JOINTS.iter().find_map(|joint| rest.trim_start_matches(' ').strip_prefix(joint)?.strip_prefix(' '))?;
        let folded = self.doc.folded.as_str();
        Some(Verdict::NameIfPartner(Partner {
            next_starts_at: Some(folded.len() - after_joint.len()),
            previous_ends_at: None,
        }))
    }

    /// "Faith tomorrow?", "Ivy wed 3.15", "Joy Friday — county trials": a day straight after the name,
    /// then punctuation, a time or the end, not more words ("Hope tomorrow goes well").
    fn day_heads_a_line(&self) -> bool {
        let Some(rest) = self.folded_after().strip_prefix(' ') else { return false };
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        if !words::is_day_word(&rest[..end]) {
            return false;
        }
        let after = rest[end..].trim_start_matches(' ');
        match after.chars().next() {
            None => true,
            // "wed 3.15", "Friday 11:00", "tues 4pm", but not a date: "Mark Friday 10th in your diaries".
            Some(c) if c.is_ascii_digit() => is_clock_time(after.split(' ').next().unwrap_or("")),
            Some(c) => !(c.is_alphanumeric() || c == '\''),
        }
    }

    /// Inside a URL, an email address, a hashtag or a handle.
    fn inside_link_or_tag(&self) -> bool {
        // The whitespace-delimited token around the match, looked at no further
        // than a long URL either side so that a text with no spaces stays linear.
        let text = self.doc.text;
        let lower = floor_char_boundary(text, self.span.start.saturating_sub(LONGEST_TOKEN));
        let upper = ceil_char_boundary(text, self.span.end + LONGEST_TOKEN);
        let start = text[lower..self.span.start].rfind(char::is_whitespace).map_or(lower, |i| lower + i + 1);
        let end = text[self.span.end..upper].find(char::is_whitespace).map_or(upper, |i| self.span.end + i);
        let token = &text[start..end];
        // Most tokens are plain words: none of the marks a link or tag needs.
        if !token.bytes().any(|b| matches!(b, b':' | b'.' | b'@' | b'#' | b'/')) {
            return false;
        }
        token.contains("://")
            || token.contains("www.")
            || token.contains('@')
            || token.starts_with('#')
            || (token.contains('/') && token.contains('.'))
    }

    /// Where the next name of a list would start: after ", ", " and ", " & ",
    /// texting's " n "; and, where case says nothing, after a bare space
    /// ("ivy willow autumn n faith").
    fn next_partner(&self, no_case_signal: bool) -> Option<usize> {
        let folded = self.doc.folded.as_str();
        let rest = self.folded_after();
        let rest = rest.strip_prefix("'s").filter(|r| !r.starts_with(char::is_alphanumeric)).unwrap_or(rest);
        let skipped = LIST_JOINTS.iter().find_map(|joint| {
            let r = rest.strip_prefix(' ').unwrap_or(rest).strip_prefix(joint)?;
            let r2 = r.strip_prefix(' ')?;
            // "Summer, Amber and Rose": a comma may be followed by "and".
            Some(r2.strip_prefix("and ").unwrap_or(r2))
        });
        let skipped = skipped.or_else(|| {
            rest.strip_prefix(' ')
                .filter(|r| no_case_signal && !self.common_word_only && r.starts_with(char::is_alphanumeric))
        })?;
        Some(folded.len() - skipped.len())
    }

    /// Where the previous name of a list would end: before " and ", ", "…
    /// ("ivy and faith all in the same class"), or, where case says nothing, before a bare space.
    fn previous_partner(&self, no_case_signal: bool) -> Option<usize> {
        let before = self.folded_before().strip_suffix(' ')?;
        for joint in LIST_JOINTS {
            let Some(b) = before.strip_suffix(joint) else { continue };
            let b = if *joint == "," { Some(b) } else { b.strip_suffix(' ') };
            // "Summer, Amber, and Rose": a comma may come before "and"; "Autumn 😍 and Summer": an emoji too.
            if let Some(b) = b.map(|b| b.strip_suffix(',').unwrap_or(b)) {
                return Some(b.trim_end_matches(|c: char| c == ' ' || is_emoji(c) || is_typographic(c)).len());
            }
        }
        (no_case_signal && !self.common_word_only).then_some(before.len())
    }

    /// For a name that is also a word: does the context say it names a person?
    fn names_a_person(&self) -> Verdict {
        let shouted = self.shouted();
        let prev = self.prev_word();
        let before_prev = self.word_before_prev();
        // "Happy 6th birthday jordan!": a cue that only a person follows, whatever the case, when the
        // name ends the phrase ("happy birthday summer babies" is about babies).
        let marked = words::marks_a_person(before_prev, prev) && words::ends_a_phrase(self.next_word());
        let case_allows = if self.common_word_only {
            self.capitalised() // "can", "over", "run" in lower case are the words
        } else {
            self.capitalised() || shouted || self.caseless
        };
        if !(case_allows || marked) {
            return Verdict::NotName;
        }
        let name = self.matched_folded();
        // "in June" and "for June" are the month, "for June on Friday" someone; "a little ivy", but "our little Ivy".
        let a_word = words::makes_it_a_word(before_prev, prev, name)
            && !(words::takes_a_month_or_a_person(prev) && words::is_calendar_word(name) && self.day_or_time_follows())
            && !(self.capitalised() && words::endears(before_prev, prev));
        // "my son's reading book": a word-name in lower case after "my", "our"… is the word.
        let owned_word = !self.capitalised() && words::is_possessive_pronoun(prev);
        if a_word || owned_word || self.award_follows() {
            return Verdict::NotName;
        }
        // "Autumn term", "Summer fair", "Christian values": the word describing what follows.
        if words::describes(name, self.next_word()) && !self.possessive() {
            return Verdict::NotName;
        }
        // "Rose🏆 player of the match", "Ivy🏆": an emoji ends a sentence, but a capitalised name
        // tagged with one is still a name (a month's or a day's capital says nothing: "June🎉"). Set
        // apart by a space, the emoji is skipped and what follows read: "Glen 🚲 rode…", "Miles 🎺 and
        // Rowan 🎻", "Hope 💙 thank you", but "Rose 🌹 garden", "Hope 🤞 the weather holds".
        if self.capitalised() && !words::is_month_or_day(name) {
            if let Some((attached, rest)) = self.past_emoji() {
                if attached {
                    return Verdict::Name;
                }
                if let Some(verdict) = self.read_past_emoji(rest) {
                    return verdict;
                }
            }
        }
        if self.possessive() {
            return Verdict::Name;
        }
        let next_original = self.next_word_original();
        // "May 6", "April 2015": a month.
        if next_original.starts_with(|c: char| c.is_ascii_digit()) {
            return Verdict::NotName;
        }
        let no_case_signal = shouted || self.caseless;
        let next = self.next_word();
        let verb_follows = (no_case_signal || next_original.starts_with(char::is_lowercase))
            && (words::is_person_verb(next) || (words::looks_past_tense(next) && self.clause_after_next()));
        let sentence_initial = self.sentence_initial();
        // "amber plz stop", "HUNTER WHY…", "Ruby, your mum is late": someone spoken to.
        let addressed = sentence_initial && (words::is_address_word(self.next_word()) || self.addressed_with_comma());
        // "Faith tomorrow?", "Grace Wednesday: orthodontist 11:00": a name heading a day's arrangement.
        let day_arranged =
            (sentence_initial || no_case_signal) && !words::is_month_or_day(name) && self.day_heads_a_line();
        // "is lee ok after yesterday?", "is will going on the trip?": a question about someone.
        let asked_about = words::asks_about_someone(prev, next) && !words::is_calendar_word(name);
        if verb_follows
            || addressed
            || day_arranged
            || asked_about
            || marked
            || (no_case_signal && words::is_person_cue(prev))
            || self.school_place_follows()
            || self.role_follows()
            || self.relation_follows()
        {
            return Verdict::Name;
        }
        if sentence_initial || self.caseless || words::is_day_name(name) {
            // "Grace is coming", "Hope and Faith…", but not "Hope to see…", "Will you…", "Rose & Pistachio", "Cake sale Thu".
            let partner = Partner {
                next_starts_at: self.next_partner(no_case_signal),
                previous_ends_at: self.previous_partner(no_case_signal),
            };
            if partner.next_starts_at.is_none() && partner.previous_ends_at.is_none() {
                return Verdict::NotName;
            }
            return Verdict::NameIfPartner(partner);
        }
        // Mid-sentence and capitalised: a name, unless a capitalised phrase goes on ("the Summer Fair").
        if shouted || !next_original.starts_with(char::is_uppercase) {
            Verdict::Name
        } else {
            Verdict::NotName
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROSTER: &str = r#"{"role": "staff", "school": {"name": "Bucklebury Primary School"},
      "pupils": [
        {"first": "Amelia", "last": "Hart", "preferred": "Millie"},
        {"first": "Zoë", "last": "Smith-Jones"},
        {"first": "Łukasz", "last": "Nowak"},
        {"first": "Siobhan", "last": "O'Neill"},
        {"first": "Grace", "last": "Bell"},
        {"first": "William", "last": "Hope", "preferred": "Will"},
        {"first": "May", "last": "Ahmed"},
        {"first": "Robin", "last": "Price"},
        {"first": "Victoria", "last": "Lee"},
        {"first": "Summer", "last": "Riley"},
        {"first": "Mary", "last": "Clark"},
        {"first": "Thomas", "last": "Green"},
        {"first": "Lewis", "last": "Baird"},
        {"first": "Catherine", "last": "Moss", "preferred": "Cat"},
        {"first": "Edward", "last": "Lane", "preferred": "Teddy"},
        {"first": "Harris", "last": "Munro"},
        {"first": "Jade", "last": "O'Brien"},
        {"first": "Rose", "last": "Clark"},
        {"first": "Ivy", "last": "Gold"},
        {"first": "Sunny", "last": "Patel"},
        {"first": "Lee", "last": "Wong"},
        {"first": "Glen", "last": "Fraser"},
        {"first": "June", "last": "Adams"},
        {"first": "Jordan", "last": "Hill"},
        {"first": "Chelsea", "last": "Brown"},
        {"first": "Över", "last": "Yılmaz"},
        {"first": "Ángel", "last": "García"},
        {"first": "Can", "last": "Demir"},
        {"first": "Sơn", "last": "Nguyễn"},
        {"first": "Rún", "last": "Jónsdóttir"}
      ],
      "staff": [
        {"first": "Jane", "last": "Doe", "title": "Mrs"},
        {"first": "Sarah", "last": "Taylor-Brown", "title": "Dr"},
        {"first": "Mary", "last": "Ojo", "title": "Ms"}
      ]}"#;

    fn found(text: &str) -> Vec<(Kind, &str)> {
        let config = Config::from_json(ROSTER).unwrap();
        let roster = std::sync::Arc::new(config);
        let find = |detector: NameDetector| {
            let mut out = Vec::new();
            detector.find(&Document::new(text), &mut out);
            out.sort_by_key(|c| c.span.start);
            out.into_iter().map(|c| (c.kind, &text[c.span.start..c.span.end])).collect::<Vec<_>>()
        };
        let whole = find(NameDetector::new(roster.clone()));
        // Every case here is also one for the table a text builds of its own people (before the whole one is).
        assert_eq!(find(NameDetector::deferred(roster)), whole, "{text}: the text's own table found otherwise");
        whole
    }

    fn finds(text: &str, kind: Kind, name: &str) {
        assert!(found(text).contains(&(kind, name)), "{text}: expected {kind} {name:?}, found {:?}", found(text));
    }

    fn clean(text: &str) {
        assert!(found(text).is_empty(), "{text}: expected nothing, found {:?}", found(text));
    }

    proptest::proptest! {
        /// A text's own table finds what the whole roster's finds, on texts run together from the roster's names
        /// (whole, given, surname, with a title), other words and joins, in any case.
        #[test]
        fn a_texts_own_table_finds_what_the_whole_one_finds_in_any_mix(
            picks in proptest::collection::vec((0usize..64, 0usize..4, 0usize..6, 0usize..3), 1..8)
        ) {
            let config = Config::from_json(ROSTER).unwrap();
            let names: Vec<(&str, &str)> = config
                .pupils
                .iter()
                .map(|p| (p.first.as_str(), p.last.as_str()))
                .chain(config.staff.iter().map(|s| (s.first.as_str(), s.last.as_str())))
                .collect();
            const JOINS: [&str; 6] = [" ", ", ", ". ", " and ", "'s ", " will "];
            let mut text = String::new();
            for (pick, form, join, case) in picks {
                let (first, last) = names[pick % names.len()];
                let name = match form {
                    0 => format!("{first} {last}"),
                    1 => first.to_string(),
                    2 => format!("Mrs {last}"),
                    _ => format!("the {last}"),
                };
                text.push_str(&match case { 0 => name, 1 => name.to_lowercase(), _ => name.to_uppercase() });
                text.push_str(JOINS[join]);
            }
            let roster = std::sync::Arc::new(config);
            let find = |detector: NameDetector| {
                let mut out = Vec::new();
                detector.find(&Document::new(&text), &mut out);
                out.into_iter().map(|c| (c.kind, c.span.start, c.span.end)).collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(find(NameDetector::deferred(roster.clone())), find(NameDetector::new(roster)));
        }
    }

    #[test]
    fn first_preferred_and_full_names() {
        finds("Well done Millie!", Kind::PupilName, "Millie");
        finds("Well done Amelia Hart!", Kind::PupilName, "Amelia Hart");
        finds("Millie Hart won", Kind::PupilName, "Millie Hart");
        finds("so proud of amelia", Kind::PupilName, "amelia");
        finds("AMELIA is star of the week", Kind::PupilName, "AMELIA");
    }

    #[test]
    fn possessives_keep_the_name_only() {
        finds("Millie's mum is here", Kind::PupilName, "Millie");
        finds("Millie’s mum is here", Kind::PupilName, "Millie");
        finds("Mary Clark's water bottle", Kind::PupilName, "Mary Clark");
    }

    #[test]
    fn accents_apostrophes_and_hyphens_as_people_type_them() {
        finds("Zoe Smith-Jones came", Kind::PupilName, "Zoe Smith-Jones");
        finds("Zoë Smith Jones came", Kind::PupilName, "Zoë Smith Jones");
        finds("lukasz nowak is here", Kind::PupilName, "lukasz nowak");
        finds("Siobhan O’Neill sang", Kind::PupilName, "Siobhan O’Neill");
        finds("Siobhan ONeill sang", Kind::PupilName, "Siobhan ONeill");
    }

    #[test]
    fn staff_titles_and_surnames() {
        finds("Ask Mrs Doe at the office", Kind::StaffName, "Mrs Doe");
        finds("Ask Mrs. Doe at the office", Kind::StaffName, "Mrs. Doe");
        finds("Ask Miss Doe at the office", Kind::StaffName, "Miss Doe");
        finds("Thanks Dr Taylor-Brown", Kind::StaffName, "Dr Taylor-Brown");
        finds("Thanks Mrs Jane Doe", Kind::StaffName, "Mrs Jane Doe");
        finds("Ask Mary Ojo", Kind::StaffName, "Mary Ojo");
        clean("Doe is a female deer");
        clean("Mr Hart came to pick up");
        clean("Mr Thomas is the new caretaker");
    }

    #[test]
    fn word_names_only_where_they_name_a_person() {
        finds("Well done Grace!", Kind::PupilName, "Grace");
        finds("Hope Will feels better soon", Kind::PupilName, "Will");
        finds("Will Robin be at Beavers tonight?", Kind::PupilName, "Robin");
        finds("Grace is coming to tea", Kind::PupilName, "Grace");
        finds("Grace's mum is collecting", Kind::PupilName, "Grace");
        finds("Victoria and Millie were fighting", Kind::PupilName, "Victoria");
        finds("So proud of Grace’s performance", Kind::PupilName, "Grace");
        finds("Lost property:\n- Summer's water bottle", Kind::PupilName, "Summer");
        finds("A card for Summer and her mum", Kind::PupilName, "Summer");
        clean("Dates:\n- Summer term starts Monday");
        clean("Bake-off theme is ‘Rose & Pistachio’");
        clean("someone will get hurt at drop off");
        finds("Summer, Grace and Robin didn’t sleep", Kind::PupilName, "Summer");
        finds("grace and will have been inseparable", Kind::PupilName, "grace");
        finds("grace and will have been inseparable", Kind::PupilName, "will");
        finds("robin’s mum here", Kind::PupilName, "robin");
        finds("📍 5 Orchard Grove – Grace’s 7th, bouncy castle", Kind::PupilName, "Grace");
        clean("Is it May already?");
        clean("We're off to Victoria tomorrow");
        clean("There's a grace period until Friday");
        clean("Will you come to the fair?");
        clean("See you in May");
        clean("Form says DOB May 6, 2019");
        clean("Great to see everyone at the summer fair");
        clean("Summer term starts next week");
        clean("Robin on the bird table this morning");
        clean("Hope to see you all at the match");
        clean("Anyone willing to help?");
        clean("The Summer Fair is on Saturday");
    }

    #[test]
    fn texting_without_capitals() {
        // A sentence that starts in lower case says nothing by its case, even beside a capitalised place.
        finds("omg robin got sent out of maths AGAIN", Kind::PupilName, "robin");
        finds("robin and summer fell asleep on the coach from Cornwall", Kind::PupilName, "summer");
        // Lists joined by "n", by bare spaces, and the last name of a list.
        finds("grace robin summer n may all in the same class", Kind::PupilName, "robin");
        finds("grace robin summer n may all in the same class", Kind::PupilName, "may");
        finds("grace and summer all in one class", Kind::PupilName, "summer");
        // Someone spoken to.
        finds("summer plz stop sending me videos", Kind::PupilName, "summer");
        finds("ROBIN WHY WOULD U SAY THAT", Kind::PupilName, "ROBIN");
        clean("summer fair n bake sale on friday");
        clean("hope to see u all there");
        clean("will do, see u at pickup");
    }

    #[test]
    fn places_named_like_people() {
        clean("Family holiday in Lewis this year");
        clean("Trip to Lewis booked for May");
        finds("Well done to Lewis!", Kind::PupilName, "Lewis");
        finds("Off to Lewis's party", Kind::PupilName, "Lewis");
        finds("Lewis came first", Kind::PupilName, "Lewis");
        clean("Lovely Harris tweed bags");
        clean("Our cat had kittens");
        clean("Bring your teddy on Friday for the Teddy Bears' Picnic");
        finds("😂😂 me n summer cant breathe", Kind::PupilName, "summer");
    }

    #[test]
    fn dates_seasons_jobs_and_people_spoken_to() {
        clean("Parents' evening is Thursday 12 May from 4pm");
        finds("May and Grace led the maypole dancing on 1st May", Kind::PupilName, "May");
        assert_eq!(found("May and Grace led the maypole dancing on 1st May").len(), 2);
        clean("Reminder: winter coats, and Summer term ends 19 July");
        finds("Summer's term report is in", Kind::PupilName, "Summer");
        finds("Grace, your mum is running late", Kind::PupilName, "Grace");
        finds("Robin the caretaker has gritted the site", Kind::PupilName, "Robin");
        finds("Robin on the gate every morning", Kind::PupilName, "Robin");
        finds("Will and his cousin won the pairs", Kind::PupilName, "Will");
        finds("Summer with her mum at the fair", Kind::PupilName, "Summer");
        finds("Grace rose to the challenge", Kind::PupilName, "Grace");
        clean("Service at Holy Thomas on Sunday");
        clean("Christmas Eve countdown");
    }

    #[test]
    fn someone_in_a_school_place() {
        finds("Grace on reception says the forms are due", Kind::PupilName, "Grace");
        finds("Robin in Year 4 found a wallet", Kind::PupilName, "Robin");
        finds("Summer from 5B won", Kind::PupilName, "Summer");
        clean("Summer in the city");
    }

    #[test]
    fn awards_idioms_and_other_peoples_titles_are_not_the_pupil() {
        finds("Summer got Summer of the Week", Kind::PupilName, "Summer");
        assert_eq!(found("Summer got Summer of the Week").len(), 1);
        finds("Y1 are building Thomas’s Ark", Kind::PupilName, "Thomas"); // no set phrase
        clean("Pope Thomas visited");
        clean("The choir sang Hail Mary beautifully");
        clean("dressed as Mary Poppins for World Book Day");
        clean("Congratulations to St Mary Thomas RC Primary");
        clean("Congratulations to Thomas Aquinas Catholic Primary Academy");
    }

    #[test]
    fn names_inside_places_tags_links_and_words_are_not_names() {
        clean("Victoria Road is closed");
        clean("St Mary's Primary won");
        clean("Great fair #SummerFair");
        clean("Follow @MillieHart");
        clean("see www.example.com/amelia");
        clean("Ameliorate the situation");
        clean("Mary-Jane came too");
    }

    #[test]
    fn pupils_win_shared_first_names_and_staff_have_their_own() {
        finds("Tell Mary I said hello", Kind::PupilName, "Mary");
        finds("Tell Sarah I said hello", Kind::StaffName, "Sarah");
    }

    #[test]
    fn a_capitalised_name_tagged_with_an_emoji() {
        finds("Rose🏆 player of the match", Kind::PupilName, "Rose");
        finds("🎉🎉Sunny🎉🎉 star baker", Kind::PupilName, "Sunny");
        finds("Ivy🏆", Kind::PupilName, "Ivy");
        finds("Ivy’s🏆", Kind::PupilName, "Ivy");
        finds("Robin 🐦 won the art prize", Kind::PupilName, "Robin");
        finds("Summer 🥇 came first in the sack race", Kind::PupilName, "Summer");
        finds("Robin 🎺 and Summer 🎻 in the county orchestra", Kind::PupilName, "Robin");
        finds("Grace 💙 thank you for the cake", Kind::PupilName, "Grace");
        finds("Grace 😍 and Summer 😍 on the stage", Kind::PupilName, "Summer");
        finds("Robin 🥈 2nd in the relay", Kind::PupilName, "Robin");
        clean("Rose 🌹 garden at the front looks lovely");
        clean("Summer 🤞 the weather holds for sports day");
        finds("Well done to our little Ivy🌟 today", Kind::PupilName, "Ivy");
        clean("June🎉 at last");
        clean("See you in June🎉");
        clean("a little ivy🌿 on the wall");
        clean("Look at the Rose 🌹 garden");
        clean("rose🌹");
    }

    #[test]
    fn a_full_name_in_lower_case() {
        finds("Well done to jade o'brien", Kind::PupilName, "jade o'brien");
        finds("Well done to jade obrien!", Kind::PupilName, "jade obrien");
        finds("Framed certificate with rose clark’s name in it", Kind::PupilName, "rose clark");
        // A surname that is a word too: the words, unless the case says name.
        clean("Lovely ivy gold leaves on the wreath");
        finds("Well done Ivy Gold!", Kind::PupilName, "Ivy Gold");
    }

    #[test]
    fn a_short_name_before_a_day_a_time_or_a_verb() {
        // A capital inside a sentence written in lower case.
        finds("pick up for Lee weds", Kind::PupilName, "Lee");
        finds("for Glen, is that right?", Kind::PupilName, "Glen");
        finds("fyi Lee has a dentist appointment", Kind::PupilName, "Lee");
        clean("pick up by the lee of the wall");
        clean("omg the Summer Fair was the best");
        // A month's name before a day or a time is someone's.
        finds("Need a babysitter for June on Friday", Kind::PupilName, "June");
        finds("Is there space for June at 3?", Kind::PupilName, "June");
        clean("Swimming lessons start in June on Fridays");
        clean("Booked for June this year");
        // A cue only a person follows, whatever the case; "to" after one is no journey.
        finds("Happy 6th birthday jordan!", Kind::PupilName, "jordan");
        clean("Happy birthday to all our summer babies");
        clean("Happy birthday summer babies!");
        finds("congrats to Chelsea on the 25m badge", Kind::PupilName, "Chelsea");
        finds("Well done to Jordan for the certificate", Kind::PupilName, "Jordan");
        clean("Our trip to Chelsea was lovely");
        clean("We're off to Jordan in the summer");
        clean("Thanks for a lovely summer");
        // A name heading a day's arrangement.
        finds("Grace tomorrow? we can take her home", Kind::PupilName, "Grace");
        finds("Robin Thursday — dentist 9:30", Kind::PupilName, "Robin");
        finds("Summer wed 3.15", Kind::PupilName, "Summer");
        clean("Will Friday work for everyone?");
        clean("Will Friday 10th suit everyone?");
        finds("Will tues 4pm, then the dentist", Kind::PupilName, "Will");
        // A question about someone, and a regular past tense after a name.
        finds("is will going on the trip?", Kind::PupilName, "will");
        finds("morning! is robin ok after the fall?", Kind::PupilName, "robin");
        clean("is summer coming early this year?");
        finds("Robin pulled the ivy off the fence", Kind::PupilName, "Robin");
        clean("Ivy covered walls around the old chapel");
        clean("The ivy pulled the fence down");
    }

    #[test]
    fn a_name_that_folds_to_a_word_needs_a_person_when_typed_without_accents() {
        clean("The ivy has taken over the back fence");
        clean("An angel on top of the tree");
        finds("Over has a dentist appointment", Kind::PupilName, "Over");
        finds("Well done Över!", Kind::PupilName, "Över");
        finds("so proud of över today", Kind::PupilName, "över");
        finds("Angel scored twice", Kind::PupilName, "Angel");
        finds("Well done over yilmaz", Kind::PupilName, "over yilmaz");
        // Any name that is a common English word needs a person, accents or not.
        clean("Can anyone lend us a t-shirt?");
        clean("no drama, just can we sort it");
        finds("At football Can scored twice", Kind::PupilName, "Can");
        finds("Sơn has a dentist appointment", Kind::PupilName, "Sơn");
        clean("our dog ate my son's reading book. who do I tell");
        clean("Her son is in Year 2");
        // Common words side by side are no list of names: "can" and "run" both on the roster.
        clean("look how fast that girl can run");
        finds("Rún can run so fast", Kind::PupilName, "Rún");
    }

    #[test]
    fn titles_and_conventional_capitals() {
        clean("Year 2 are reading The Very Quiet Robin");
        finds("Robin read The Very Quiet Robin to us", Kind::PupilName, "Robin");
        // A month takes a capital in a sentence written in lower case too.
        clean("trip in may? or June?");
        clean("cant wait for Summer!!");
        finds("Will, see me after class please", Kind::PupilName, "Will");
    }

    #[test]
    fn line_breaks_separate_names() {
        assert_eq!(found("Mary\nClark"), [(Kind::PupilName, "Mary")]);
    }
}
