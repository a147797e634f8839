//! Pupils' and staff names from the roster.
//!
//! Every name form (first, preferred, full, and staff surnames for use after a
//! title) is folded and compiled once into one Aho-Corasick automaton; a check
//! runs it over the folded text, keeps matches that stand as whole words, and
//! reads the context where it matters:
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

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;

use super::{words, Candidate, Detector, Document};
use crate::config::Config;
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
    automaton: Option<AhoCorasick>,
    /// For each pattern, what it stands for, and whether its given name is also a word.
    patterns: Vec<PatternInfo>,
}

#[derive(Debug, Clone)]
struct PatternInfo {
    entries: Vec<Entry>,
    word_like: bool,
}

impl NameDetector {
    /// Compiles the roster of `config`.
    pub fn new(config: &Config) -> Result<Self, aho_corasick::BuildError> {
        let mut builder = PatternSet::default();
        for p in &config.pupils {
            builder.add_person(Kind::PupilName, &p.first, p.preferred.as_deref(), &p.last);
        }
        for s in &config.staff {
            builder.add_person(Kind::StaffName, &s.first, s.preferred.as_deref(), &s.last);
            for last in name_variants(&s.last) {
                builder.add(&last, Entry { kind: Kind::StaffName, form: Form::StaffSurname }, false);
            }
        }
        let automaton = if builder.texts.is_empty() {
            None
        } else {
            Some(
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .match_kind(MatchKind::Standard)
                    .build(&builder.texts)?,
            )
        };
        Ok(NameDetector { automaton, patterns: builder.info })
    }
}

/// Patterns being collected, deduplicated by their folded text.
#[derive(Default)]
struct PatternSet {
    texts: Vec<String>,
    info: Vec<PatternInfo>,
    index: HashMap<String, usize>,
}

impl PatternSet {
    fn add(&mut self, text: &str, entry: Entry, word_like: bool) {
        if text.is_empty() {
            return;
        }
        let id = *self.index.entry(text.to_string()).or_insert_with(|| {
            self.texts.push(text.to_string());
            self.info.push(PatternInfo { entries: Vec::new(), word_like: false });
            self.texts.len() - 1
        });
        let info = &mut self.info[id];
        if !info.entries.contains(&entry) {
            info.entries.push(entry);
        }
        info.word_like |= word_like;
    }

    fn add_person(&mut self, kind: Kind, first: &str, preferred: Option<&str>, last: &str) {
        for given in std::iter::once(first).chain(preferred) {
            let given_variants = name_variants(given);
            for g in &given_variants {
                let word_like = is_word_like(g);
                self.add(g, Entry { kind, form: Form::Given }, word_like);
                for l in name_variants(last) {
                    self.add(&format!("{g} {l}"), Entry { kind, form: Form::Full }, word_like);
                }
            }
        }
    }
}

/// The folded spellings of a name: as written, and with hyphens and
/// apostrophes typed as spaces or left out ("O'Neill", "O Neill", "ONeill").
fn name_variants(name: &str) -> Vec<String> {
    let folded = fold(name);
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

    fn find(&self, doc: &Document<'_>, out: &mut Vec<Candidate>) {
        let Some(automaton) = &self.automaton else { return };
        let folded = doc.folded.as_str();
        let caseless = !doc.text.chars().any(char::is_uppercase);
        let mut accepted: Vec<(Candidate, Option<usize>)> = Vec::new();
        // Where roster names start: "Hope and Faith" names two people only if "Faith" is on the roster too.
        let mut name_starts: Vec<usize> = Vec::new();
        for m in automaton.find_overlapping_iter(folded) {
            let span = Span::new(m.start(), m.end());
            if !stands_alone(folded, span) {
                continue;
            }
            name_starts.push(span.start);
            if let Some(judged) = self.judge(doc, &self.patterns[m.pattern().as_usize()], span, caseless) {
                accepted.push(judged);
            }
        }
        let mut accepted: Vec<Candidate> = accepted
            .into_iter()
            .filter(|(_, partner)| partner.is_none_or(|at| name_starts.contains(&at)))
            .map(|(candidate, _)| candidate)
            .collect();
        // Longest first, then leftmost: "Amelia Hart" beats "Amelia" inside it.
        accepted.sort_by_key(|c| (std::cmp::Reverse(c.span.len()), c.span.start));
        let mut chosen: Vec<Candidate> = Vec::new();
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
    /// the folded offset where another roster name must start for it to count.
    fn judge(
        &self,
        doc: &Document<'_>,
        info: &PatternInfo,
        folded_span: Span,
        caseless: bool,
    ) -> Option<(Candidate, Option<usize>)> {
        let ctx = Context { caseless, ..Context::new(doc, folded_span) };
        if ctx.inside_link_or_tag() || ctx.part_of_place() {
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
            if info.word_like && !(ctx.capitalised() || ctx.caseless) {
                return None;
            }
            return Some((Candidate::new(kind, ctx.span), None));
        }
        let kind = kind_of(Form::Given)?;
        if !info.word_like {
            return Some((Candidate::new(kind, ctx.span), None));
        }
        match ctx.names_a_person() {
            Verdict::Name => Some((Candidate::new(kind, ctx.span), None)),
            Verdict::NameIfPartnerAt(at) => Some((Candidate::new(kind, ctx.span), Some(at))),
            Verdict::NotName => None,
        }
    }
}

/// How far around a name to look for the URL, email or tag it may be part of.
const LONGEST_TOKEN: usize = 256;

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
}

/// What the context says about a name that is also a word.
enum Verdict {
    Name,
    /// A name if another roster name starts at this folded offset ("Hope and Faith", "Summer, Amber and Rose").
    NameIfPartnerAt(usize),
    NotName,
}

impl<'d, 't> Context<'d, 't> {
    fn new(doc: &'d Document<'t>, folded_span: Span) -> Self {
        Context { doc, folded_span, span: doc.folded.to_original(folded_span), caseless: false }
    }

    fn matched(&self) -> &'t str {
        self.doc.slice(self.span)
    }

    /// Starts with a capital letter (or is shouted in capitals inside normal text).
    fn capitalised(&self) -> bool {
        self.matched().starts_with(char::is_uppercase)
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

    /// The folded word before the match, when only spaces separate them.
    fn prev_word(&self) -> &str {
        let folded = self.doc.folded.as_str();
        let before = &folded[..self.folded_span.start];
        let Some(trimmed) = before.strip_suffix(' ') else {
            return "";
        };
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\''))
            .map_or(0, |(i, c)| i + c.len_utf8());
        &trimmed[start..]
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
        let folded = self.doc.folded.as_str();
        let rest = &folded[self.folded_span.end..];
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

    /// Part of a place or an institution: "Victoria Road", "St Mary's Primary", "Grace Church".
    fn part_of_place(&self) -> bool {
        let saint = matches!(self.prev_word(), "st" | "st." | "saint");
        let next_is_capitalised = self.next_word_original().starts_with(char::is_uppercase);
        saint || (next_is_capitalised && words::is_place_word(self.next_word()))
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
        token.contains("://")
            || token.contains("www.")
            || token.contains('@')
            || token.starts_with('#')
            || (token.contains('/') && token.contains('.'))
    }

    /// Where the next name of a list would start: after ", ", " and ", " & " (folded offset).
    fn partner_position(&self) -> Option<usize> {
        let folded = self.doc.folded.as_str();
        let rest = &folded[self.folded_span.end..];
        let rest = rest.strip_prefix("'s").filter(|r| !r.starts_with(char::is_alphanumeric)).unwrap_or(rest);
        let skipped = ["&", "and", "+", ","].iter().find_map(|joint| {
            let r = rest.strip_prefix(' ').unwrap_or(rest).strip_prefix(joint)?;
            let r2 = r.strip_prefix(' ')?;
            // "Summer, Amber and Rose": a comma may be followed by "and".
            Some(r2.strip_prefix("and ").unwrap_or(r2))
        })?;
        Some(folded.len() - skipped.len())
    }

    /// For a name that is also a word: does the context say it names a person?
    fn names_a_person(&self) -> Verdict {
        let shouted = self.shouted();
        if !(self.capitalised() || shouted || self.caseless) {
            return Verdict::NotName;
        }
        let name = self.matched_folded();
        let prev = self.prev_word();
        if words::makes_it_a_word(prev, name) {
            return Verdict::NotName;
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
        let verb_follows = (no_case_signal || next_original.starts_with(char::is_lowercase))
            && words::is_person_verb(self.next_word());
        let partner = self.partner_position();
        if verb_follows || (no_case_signal && words::is_person_cue(prev)) {
            return Verdict::Name;
        }
        if self.sentence_initial() || self.caseless || words::is_day_name(name) {
            // "Grace is coming", "Hope and Faith…", but not "Hope to see…", "Will you…", "Rose & Pistachio", "Cake sale Thu".
            return partner.map_or(Verdict::NotName, Verdict::NameIfPartnerAt);
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
        {"first": "Thomas", "last": "Green"}
      ],
      "staff": [
        {"first": "Jane", "last": "Doe", "title": "Mrs"},
        {"first": "Sarah", "last": "Taylor-Brown", "title": "Dr"},
        {"first": "Mary", "last": "Ojo", "title": "Ms"}
      ]}"#;

    fn found(text: &str) -> Vec<(Kind, &str)> {
        let config = Config::from_json(ROSTER).unwrap();
        let detector = NameDetector::new(&config).unwrap();
        let mut out = Vec::new();
        detector.find(&Document::new(text), &mut out);
        out.sort_by_key(|c| c.span.start);
        out.into_iter().map(|c| (c.kind, &text[c.span.start..c.span.end])).collect()
    }

    fn finds(text: &str, kind: Kind, name: &str) {
        assert!(found(text).contains(&(kind, name)), "{text}: expected {kind} {name:?}, found {:?}", found(text));
    }

    fn clean(text: &str) {
        assert!(found(text).is_empty(), "{text}: expected nothing, found {:?}", found(text));
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
    fn line_breaks_separate_names() {
        assert_eq!(found("Mary\nClark"), [(Kind::PupilName, "Mary")]);
    }
}
