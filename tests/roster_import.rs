//! `postguard roster import` on exports shaped like SIMS's, Arbor's and a
//! single `Name` column, 1,500 pupils each, in the encodings and line endings
//! Excel and MIS systems produce, with a few broken records: every good
//! record imported with its exact spelling and preferred name, every bad one
//! reported by its row, nothing else reported, exit status 1.

use std::process::Command;

/// Forenames and surnames as schools have them: accents, hyphens, apostrophes, spaces.
const FORENAMES: &[&str] = &[
    "Zoë",
    "Chloé",
    "José",
    "Siân",
    "Bjørn",
    "Amelia",
    "Oliver",
    "Mary Ann",
    "Jean-Luc",
    "Aoife",
    "Renée",
    "Noah",
    "Isla",
    "Muhammad",
    "Ava",
    "Leo",
    "Freya",
    "Théo",
    "Maëlle",
    "Ellie-May",
];
const SURNAMES: &[&str] = &[
    "Smith-Jones",
    "O'Neill",
    "Müller",
    "García",
    "Ní Bhriain",
    "D'Souza",
    "Brown",
    "Nowak",
    "van der Berg",
    "Ó Súilleabháin",
    "Hart",
    "MacDonald",
    "Zoltán",
    "Øvergård",
    "Lefèvre",
    "Patel",
];
const PREFERRED: &[&str] = &["", "", "", "Zoe", "Mo", "Ellie", "Jo", ""];

struct Pupil {
    first: String,
    last: String,
    preferred: Option<String>,
}

/// 1,500 pupils, deterministic.
fn pupils() -> Vec<Pupil> {
    (0..1500)
        .map(|i| {
            let first = FORENAMES[i % FORENAMES.len()].to_owned();
            let preferred = PREFERRED[(i / 3) % PREFERRED.len()];
            Pupil {
                last: SURNAMES[(i * 7) % SURNAMES.len()].to_owned(),
                preferred: (!preferred.is_empty() && preferred != first).then(|| preferred.to_owned()),
                first,
            }
        })
        .collect()
}

fn quoted(field: &str) -> String {
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// Writes `lines` (the header first) with `eol`, encoded by `encode`, and runs the import on it.
fn run_import(
    name: &str,
    lines: &[String],
    eol: &str,
    encode: impl Fn(&str) -> Vec<u8>,
) -> (i32, serde_json::Value, String) {
    let dir = std::env::temp_dir().join(format!("postguard-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, encode(&(lines.join(eol) + eol))).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_postguard")).args(["roster", "import"]).arg(&path).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).expect("stdout is the JSON fragment");
    (out.status.code().unwrap(), json, String::from_utf8(out.stderr).unwrap())
}

/// The broken records each export gets (row text, reason's start), inserted after the given pupil.
fn broken(format: impl Fn(&str, &str, &str) -> String, fields: usize) -> Vec<(usize, String, &'static str)> {
    vec![
        (10, format("", "Hart", ""), "missing forename"),
        (400, format("Amelia", "", ""), "missing surname"),
        (777, format("J0hn", "Smith", ""), "forename \"J0hn\" contains the digit 0"),
        (1200, format("Ro$e", "Brown", ""), "forename \"Ro$e\" contains '$'"),
        (1499, vec!["\"Extra\""; fields + 1].join(","), "expected"),
    ]
}

/// Builds the file's lines: header, pupils with the broken records and blank lines mixed in.
/// Returns the lines and the expected rejections as (row, reason start).
fn file(
    header: &str,
    row: impl Fn(&Pupil, usize) -> String,
    broken: Vec<(usize, String, &'static str)>,
    blank_every: Option<usize>,
) -> (Vec<String>, Vec<(usize, &'static str)>) {
    let mut lines = vec![header.to_owned()];
    let mut expected = Vec::new();
    for (i, pupil) in pupils().iter().enumerate() {
        lines.push(row(pupil, i));
        if blank_every.is_some_and(|n| i % n == n - 1) {
            lines.push(String::new());
        }
        for (_, text, reason) in broken.iter().filter(|(after, _, _)| *after == i) {
            lines.push(text.clone());
            expected.push((lines.len(), *reason));
        }
    }
    (lines, expected)
}

fn assert_import(code: i32, json: &serde_json::Value, stderr: &str, expected: &[(usize, &str)], ignored: &str) {
    assert_eq!(code, 1, "{stderr}");
    let want = pupils();
    let got = json["pupils"].as_array().unwrap();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g["first"], w.first.as_str());
        assert_eq!(g["last"], w.last.as_str());
        assert_eq!(g["preferred"].as_str(), w.preferred.as_deref(), "{} {}", w.first, w.last);
    }
    let mut lines = stderr.lines();
    assert_eq!(lines.next(), Some(ignored));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), expected.len(), "{stderr}");
    for (line, (row, reason)) in rows.iter().zip(expected) {
        assert!(line.starts_with(&format!("row {row}: {reason}")), "{line} (expected row {row}: {reason})");
    }
}

#[test]
fn sims_style_export_utf8_with_bom_crlf_quoted() {
    let cells = |first: &str, last: &str, preferred: &str| {
        [last, first, preferred, "7B", "Year 7", "A123456789012"].map(quoted).join(",")
    };
    let (lines, expected) = file(
        "\u{feff}\"Legal Surname\",\"Legal Forename\",\"Preferred Forename\",\"Reg Group\",\"Year\",\"UPN\"",
        |p, _| cells(&p.first, &p.last, p.preferred.as_deref().unwrap_or(&p.first)),
        broken(cells, 6),
        None,
    );
    let (code, json, stderr) = run_import("sims.csv", &lines, "\r\n", |t| t.as_bytes().to_vec());
    assert_import(code, &json, &stderr, &expected, "ignoring columns: Reg Group, Year, UPN");
}

#[test]
fn arbor_style_export_windows_1252_lf_blank_lines() {
    let cells = |first: &str, last: &str, preferred: &str| format!("{first},{last},{preferred},Year 3,3B,2016-04-01");
    let (lines, expected) = file(
        "First Name,Last Name,Preferred First Name,Year Group,Registration Form,Date of Birth",
        |p, _| cells(&p.first, &p.last, p.preferred.as_deref().unwrap_or("")),
        broken(cells, 6),
        Some(250),
    );
    // Arbor's names are all in Windows-1252 except the few that are not: keep those out of this file.
    let encode = |text: &str| {
        text.chars()
            .map(|c| match c {
                '\u{0}'..='\u{ff}' => c as u8,
                _ => panic!("{c} is not in Windows-1252's Latin-1 range"),
            })
            .collect()
    };
    let (code, json, stderr) = run_import("arbor.csv", &lines, "\n", encode);
    assert_import(code, &json, &stderr, &expected, "ignoring columns: Year Group, Registration Form, Date of Birth");
}

#[test]
fn single_name_column_utf8_crlf() {
    let cells = |first: &str, last: &str, _: &str| {
        let name = if first.is_empty() { last.to_owned() } else { format!("{last}, {first}") };
        [name.as_str(), "4A", "2015-09-01"].map(quoted).join(",")
    };
    let mut broken = broken(cells, 3);
    broken[0] = (10, ["Hart", "4A", "2015-09-01"].map(quoted).join(","), "name \"Hart\" is not written");
    broken[1] = (400, [", Amelia", "4A", "2015-09-01"].map(quoted).join(","), "missing surname");
    let (lines, expected) = file("Name,Reg Group,DOB", |p, _| cells(&p.first, &p.last, ""), broken, Some(500));
    let (code, json, stderr) = run_import("name.csv", &lines, "\r\n", |t| t.as_bytes().to_vec());
    // A single Name column carries no preferred names.
    assert_eq!(code, 1);
    let got = json["pupils"].as_array().unwrap();
    let want = pupils();
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!((g["first"].as_str(), g["last"].as_str()), (Some(w.first.as_str()), Some(w.last.as_str())));
    }
    let rows: Vec<&str> = stderr.lines().skip(1).collect();
    assert_eq!(stderr.lines().next(), Some("ignoring columns: Reg Group, DOB"));
    assert_eq!(rows.len(), expected.len(), "{stderr}");
    for (line, (row, reason)) in rows.iter().zip(&expected) {
        assert!(line.starts_with(&format!("row {row}: {reason}")), "{line} (expected row {row}: {reason})");
    }
}

#[test]
fn a_clean_export_exits_0_and_an_unusable_one_exits_2_listing_the_headers_understood() {
    let dir = std::env::temp_dir().join(format!("postguard-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let clean = dir.join("clean.csv");
    std::fs::write(&clean, "Forename,Surname\nMillie,Hart\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_postguard")).args(["roster", "import"]).arg(&clean).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    let unusable = dir.join("unusable.csv");
    std::fs::write(&unusable, "UPN,DOB\nA1,2015-01-01\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_postguard")).args(["roster", "import"]).arg(&unusable).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("forename / first name") && stderr.contains("Surname, Forename"), "{stderr}");
    let missing = dir.join("missing.csv");
    let out = Command::new(env!("CARGO_BIN_EXE_postguard")).args(["roster", "import"]).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn staff_import_prints_staff_with_titles() {
    let dir = std::env::temp_dir().join(format!("postguard-roster-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("staff.csv");
    std::fs::write(&path, "Title,First Name,Last Name,Role\nMrs,Helen,Whitcombe,Headteacher\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_postguard"))
        .args(["roster", "import", "--staff"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json, serde_json::json!({"staff": [{"first": "Helen", "last": "Whitcombe", "title": "Mrs"}]}));
}
