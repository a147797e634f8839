//! Importing a roster from the CSV exports of school MIS systems (SIMS,
//! Arbor, Bromcom) and plain lists, for the CLI and the options page alike.
//!
//! What real exports look like, and what this reads: UTF-8 with or without a
//! byte-order mark, or Windows-1252 (Excel's "CSV" on Windows); CRLF or LF;
//! quoted fields with commas and doubled quotes; blank lines (and rows of
//! empty fields) between records. Headers in any case, with spaces,
//! underscores or dots: forename/surname columns under their usual names, or
//! one `Name` column written `Surname, Forename` as SIMS writes it; a
//! preferred-name column; other columns (Reg Group, UPN, DOB…) are ignored and
//! reported once. Names are kept exactly as written (Zoë, Łukasz, Smith-Jones,
//! O'Neill), trimmed of surrounding spaces.
//!
//! Every record is either imported or rejected with its row (its line number
//! in the file, the header being row 1) and a reason: nothing is dropped
//! silently.

use std::fmt;

use serde::Serialize;

use crate::config::{validate_person_name, Person, StaffMember};

/// Which roster a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RosterKind {
    /// Pupils: forename, surname, preferred name.
    Pupils,
    /// Staff: the same, and a title ("Mrs", "Dr").
    Staff,
}

/// The text encoding a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// Windows-1252 (what Excel on Windows saves as "CSV").
    Windows1252,
}

/// What an import produced.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Roster {
    /// Pupils imported (empty for a staff import).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pupils: Vec<Person>,
    /// Staff imported (empty for a pupil import).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub staff: Vec<StaffMember>,
}

/// The outcome of reading a file whose header was understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The people imported, as a configuration fragment.
    pub roster: Roster,
    /// Records that were not imported, in file order.
    pub rejected: Vec<Rejected>,
    /// Header columns that were not used, as written in the file.
    pub ignored_columns: Vec<String>,
    /// How the file was decoded.
    pub encoding: Encoding,
}

impl Import {
    /// How many people were imported.
    pub fn imported(&self) -> usize {
        self.roster.pupils.len() + self.roster.staff.len()
    }
}

/// A record that was not imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The record's line number in the file (the header is row 1).
    pub row: u64,
    /// Why, in words.
    pub reason: String,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

/// A file that cannot be used at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// No records at all.
    Empty,
    /// The first row names no forename and surname columns (nor a `Name` column).
    NoRecognisableHeader {
        /// The header as found.
        found: Vec<String>,
    },
    /// The CSV itself could not be read.
    Unreadable(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("the file has no rows"),
            ImportError::NoRecognisableHeader { found } => write!(
                f,
                "no forename and surname columns in the header (found: {}). Headers understood: {}; {}; \
                 preferred names: {}; or one column {} written \"Surname, Forename\"",
                found.join(", "),
                FORENAME_HEADERS.join(" / "),
                SURNAME_HEADERS.join(" / "),
                PREFERRED_HEADERS.join(" / "),
                NAME_HEADERS.join(" / "),
            ),
            ImportError::Unreadable(why) => write!(f, "the file cannot be read as CSV: {why}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// Header names (normalised: lower case, single spaces) for each column we use.
pub const FORENAME_HEADERS: &[&str] =
    &["forename", "first name", "firstname", "given name", "legal forename", "legal first name"];
/// Surname columns.
pub const SURNAME_HEADERS: &[&str] =
    &["surname", "last name", "lastname", "family name", "legal surname", "legal last name"];
/// Preferred-name columns.
pub const PREFERRED_HEADERS: &[&str] =
    &["preferred forename", "preferred first name", "preferred name", "known as", "chosen name"];
/// The single `Surname, Forename` column.
pub const NAME_HEADERS: &[&str] = &["name"];
/// Staff titles.
pub const TITLE_HEADERS: &[&str] = &["title"];

/// Where the name parts are in each record.
enum Layout {
    Split { forename: usize, surname: usize },
    Combined { name: usize },
}

/// Reads a roster export.
pub fn import(bytes: &[u8], kind: RosterKind) -> Result<Import, ImportError> {
    let (text, encoding) = decode(bytes);
    let lines = LineIndex::new(&text);
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = loop {
        match records.next() {
            None => return Err(ImportError::Empty),
            Some(Err(e)) => return Err(ImportError::Unreadable(e.to_string())),
            Some(Ok(record)) if is_blank(&record) => continue,
            Some(Ok(record)) => break record,
        }
    };
    let columns: Vec<String> = header.iter().map(normalise_header).collect();
    let find = |names: &[&str]| columns.iter().position(|c| names.contains(&c.as_str()));
    let layout = match (find(FORENAME_HEADERS), find(SURNAME_HEADERS), find(NAME_HEADERS)) {
        (Some(forename), Some(surname), _) => Layout::Split { forename, surname },
        (_, _, Some(name)) => Layout::Combined { name },
        _ => {
            return Err(ImportError::NoRecognisableHeader {
                found: header.iter().map(|h| h.trim().to_owned()).collect(),
            })
        }
    };
    let preferred = find(PREFERRED_HEADERS);
    let title = if kind == RosterKind::Staff { find(TITLE_HEADERS) } else { None };
    let used: Vec<usize> = match layout {
        Layout::Split { forename, surname } => vec![forename, surname],
        Layout::Combined { name } => vec![name],
    }
    .into_iter()
    .chain(preferred)
    .chain(title)
    .collect();
    let ignored_columns =
        (0..header.len()).filter(|i| !used.contains(i)).map(|i| header[i].trim().to_owned()).collect();

    let mut import = Import { roster: Roster::default(), rejected: Vec::new(), ignored_columns, encoding };
    for result in records {
        let record = match result {
            Ok(record) => record,
            Err(e) => {
                let row = e.position().map_or(0, |p| lines.line_of(p.byte()));
                import.rejected.push(Rejected { row, reason: format!("cannot be read: {e}") });
                continue;
            }
        };
        if is_blank(&record) {
            continue;
        }
        let row = record.position().map_or(0, |p| lines.line_of(p.byte()));
        if record.len() != header.len() {
            let reason = format!("expected {} fields (as in the header), found {}", header.len(), record.len());
            import.rejected.push(Rejected { row, reason });
            continue;
        }
        match person(&record, &layout, preferred, title) {
            Ok((first, last, preferred, title)) => match kind {
                RosterKind::Pupils => import.roster.pupils.push(Person { first, last, preferred }),
                RosterKind::Staff => import.roster.staff.push(StaffMember { first, last, preferred, title }),
            },
            Err(reason) => import.rejected.push(Rejected { row, reason }),
        }
    }
    Ok(import)
}

type Names = (String, String, Option<String>, Option<String>);

/// The names in one record, checked.
fn person(
    record: &csv::StringRecord,
    layout: &Layout,
    preferred: Option<usize>,
    title: Option<usize>,
) -> Result<Names, String> {
    let field = |i: usize| record.get(i).unwrap_or("").trim();
    let (first, last) = match *layout {
        Layout::Split { forename, surname } => (field(forename).to_owned(), field(surname).to_owned()),
        Layout::Combined { name } => {
            let written = field(name);
            if written.is_empty() {
                return Err("missing name".into());
            }
            match written.split_once(',') {
                Some((last, first)) => (first.trim().to_owned(), last.trim().to_owned()),
                None => return Err(format!("name \"{written}\" is not written \"Surname, Forename\"")),
            }
        }
    };
    if first.is_empty() {
        return Err("missing forename".into());
    }
    if last.is_empty() {
        return Err("missing surname".into());
    }
    check_name("forename", &first)?;
    check_name("surname", &last)?;
    let preferred = preferred.map(field).filter(|p| !p.is_empty() && *p != first).map(str::to_owned);
    if let Some(p) = &preferred {
        check_name("preferred name", p)?;
    }
    let title = title.map(field).filter(|t| !t.is_empty()).map(str::to_owned);
    if let Some(t) = &title {
        check_name("title", t)?;
    }
    Ok((first, last, preferred, title))
}

fn check_name(what: &str, name: &str) -> Result<(), String> {
    if let Some(digit) = name.chars().find(char::is_ascii_digit) {
        return Err(format!("{what} \"{name}\" contains the digit {digit}"));
    }
    validate_person_name(name).map_err(|e| format!("{what} {e}"))
}

/// Line numbers from byte offsets (the CSV reader's own line count leaves out the blank lines it skips).
struct LineIndex<'t> {
    text: &'t [u8],
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    fn new(text: &'t str) -> LineIndex<'t> {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { text: text.as_bytes(), starts }
    }

    /// The 1-based line a record reported at byte `offset` starts on. The reader reports a record
    /// from where it began looking, which may be blank lines before it: those are stepped over.
    fn line_of(&self, offset: u64) -> u64 {
        let mut at = offset as usize;
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.starts.partition_point(|&start| start <= at) as u64
    }
}

/// A record with no content: a blank line, or a row of empty cells.
fn is_blank(record: &csv::StringRecord) -> bool {
    record.iter().all(|f| f.trim().is_empty())
}

/// "Legal_First.Name " → "legal first name".
fn normalise_header(header: &str) -> String {
    let spaced: String = header
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| if matches!(c, '_' | '.' | '-') { ' ' } else { c })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The file as text: UTF-8 (a byte-order mark dropped) when it is valid
/// UTF-8, else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), Encoding::Utf8),
        Err(_) => (bytes.iter().map(|&b| windows_1252(b)).collect(), Encoding::Windows1252),
    }
}

/// One Windows-1252 byte as a character: Latin-1, except 0x80–0x9F.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pupils(csv: &str) -> Import {
        import(csv.as_bytes(), RosterKind::Pupils).unwrap()
    }

    fn names(import: &Import) -> Vec<(String, String, Option<String>)> {
        import.roster.pupils.iter().map(|p| (p.first.clone(), p.last.clone(), p.preferred.clone())).collect()
    }

    fn reasons(import: &Import) -> Vec<String> {
        import.rejected.iter().map(|r| r.to_string()).collect()
    }

    #[test]
    fn arbor_style_headers_with_preferred_names_and_ignored_columns() {
        let import = pupils(
            "Legal_First_Name,Legal_Last_Name,Preferred_First_Name,Year,Reg_Group\n\
             Zoë,Smith-Jones,Zoe,Year 3,3B\nŁukasz,O'Neill,,Year 4,4A\nThomas,Brown,Tom,Year 4,4A\n",
        );
        assert_eq!(
            names(&import),
            [
                ("Zoë".into(), "Smith-Jones".into(), Some("Zoe".into())),
                ("Łukasz".into(), "O'Neill".into(), None),
                ("Thomas".into(), "Brown".into(), Some("Tom".into())),
            ]
        );
        assert_eq!(import.ignored_columns, ["Year", "Reg_Group"]);
        assert!(import.rejected.is_empty());
    }

    #[test]
    fn a_preferred_name_equal_to_the_forename_is_left_out() {
        let import = pupils("Forename,Surname,Known As\nAmelia,Hart,Amelia\n");
        assert_eq!(names(&import), [("Amelia".into(), "Hart".into(), None)]);
    }

    #[test]
    fn sims_single_name_column_with_quotes_crlf_and_a_bom() {
        let import = pupils(
            "\u{feff}\"Name\",\"Reg Group\",\"UPN\"\r\n\"Smith-Jones, Zoë\",\"3B\",\"A123\"\r\n\"O'Neill, Mary Ann\",\"4A\",\"B234\"\r\n",
        );
        assert_eq!(
            names(&import),
            [("Zoë".into(), "Smith-Jones".into(), None), ("Mary Ann".into(), "O'Neill".into(), None)]
        );
        assert_eq!(import.ignored_columns, ["Reg Group", "UPN"]);
    }

    #[test]
    fn headers_in_any_case_with_dots_and_extra_spaces() {
        let import = pupils("FIRST.NAME , last  name,Chosen Name\nMillie,Hart,\n");
        assert_eq!(names(&import), [("Millie".into(), "Hart".into(), None)]);
        assert!(import.ignored_columns.is_empty());
    }

    #[test]
    fn quoted_fields_keep_commas_and_doubled_quotes() {
        let import = pupils("Surname,Forename,Note\n\"Hart\",\"Millie\",\"likes \"\"art\"\", music\"\n");
        assert_eq!(names(&import), [("Millie".into(), "Hart".into(), None)]);
    }

    #[test]
    fn windows_1252_is_decoded() {
        let mut bytes = b"Forename,Surname\r\nZo".to_vec();
        bytes.push(0xEB); // ë
        bytes.extend_from_slice(b",O");
        bytes.push(0x92); // ’
        bytes.extend_from_slice(b"Neill\r\n");
        let import = import(&bytes, RosterKind::Pupils).unwrap();
        assert_eq!(import.encoding, Encoding::Windows1252);
        assert_eq!(names(&import), [("Zoë".into(), "O’Neill".into(), None)]);
    }

    #[test]
    fn blank_lines_and_empty_rows_are_skipped_and_rows_are_file_lines() {
        let import = pupils("Forename,Surname\n\nMillie,Hart\n,\n\nJ0hn,Smith\n");
        assert_eq!(names(&import), [("Millie".into(), "Hart".into(), None)]);
        assert_eq!(reasons(&import), ["row 6: forename \"J0hn\" contains the digit 0"]);
    }

    #[test]
    fn every_bad_record_is_reported_with_its_row_and_reason() {
        let import = pupils(
            "Forename,Surname,Year\n\
             Millie,,Y3\n\
             ,Hart,Y3\n\
             Mil@ie,Hart,Y3\n\
             Millie,Hart\n\
             Millie,Hart,Y3,extra\n\
             \"Multi\nLine\",Hart,Y3\n\
             Oliver,Twist,Y4\n",
        );
        assert_eq!(names(&import), [("Oliver".into(), "Twist".into(), None)]);
        let reasons = reasons(&import);
        assert_eq!(reasons[0], "row 2: missing surname");
        assert_eq!(reasons[1], "row 3: missing forename");
        assert!(reasons[2].starts_with("row 4: forename \"Mil@ie\" contains '@'"), "{}", reasons[2]);
        assert_eq!(reasons[3], "row 5: expected 3 fields (as in the header), found 2");
        assert_eq!(reasons[4], "row 6: expected 3 fields (as in the header), found 4");
        assert!(reasons[5].starts_with("row 7: forename \"Multi\\nLine\" contains '\\n'"), "{}", reasons[5]);
        assert_eq!(reasons.len(), 6);
    }

    #[test]
    fn a_name_column_without_a_comma_is_rejected() {
        let import = pupils("Name\nMillie Hart\n\"Hart, Millie\"\n");
        assert_eq!(reasons(&import), ["row 2: name \"Millie Hart\" is not written \"Surname, Forename\""]);
        assert_eq!(import.imported(), 1);
    }

    #[test]
    fn files_without_a_usable_header_say_which_headers_work() {
        let e = import(b"UPN,DOB\nA1,2015-01-01\n", RosterKind::Pupils).unwrap_err();
        let message = e.to_string();
        assert!(message.contains("found: UPN, DOB"), "{message}");
        assert!(message.contains("forename / first name"), "{message}");
        assert!(message.contains("Surname, Forename"), "{message}");
        assert_eq!(import(b"", RosterKind::Pupils).unwrap_err(), ImportError::Empty);
        assert_eq!(import(b"\n\n", RosterKind::Pupils).unwrap_err(), ImportError::Empty);
    }

    #[test]
    fn staff_keep_their_titles() {
        let import =
            import(b"Title,Forename,Surname\nMrs,Helen,Whitcombe\n,David,Okafor\n", RosterKind::Staff).unwrap();
        let staff: Vec<(Option<&str>, &str)> =
            import.roster.staff.iter().map(|s| (s.title.as_deref(), s.first.as_str())).collect();
        assert_eq!(staff, [(Some("Mrs"), "Helen"), (None, "David")]);
        assert!(import.roster.pupils.is_empty());
    }

    #[test]
    fn the_fragment_is_config_shaped() {
        let import = pupils("Forename,Surname,Preferred Name\nThomas,Brown,Tom\n");
        assert_eq!(
            serde_json::to_string(&import.roster).unwrap(),
            r#"{"pupils":[{"first":"Thomas","last":"Brown","preferred":"Tom"}]}"#
        );
    }
}
