//! The `postguard` command as a school's IT lead or a script would use it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn postguard(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_postguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("postguard starts");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("postguard-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn bulk_mode_answers_each_line_in_order_with_utf16_offsets() {
    let input = "{\"id\": \"a\", \"text\": \"😀 Well done Millie!\"}\n\n{\"id\": 7, \"text\": \"nothing here\", \"school\": \"x\"}\n";
    let out = postguard(&["check", "--jsonl", "-"], input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    let f = &lines[0]["findings"][0];
    assert_eq!((f["kind"].as_str(), f["start"].as_u64(), f["end"].as_u64()), (Some("pupil_name"), Some(13), Some(19)));
    assert_eq!(f["clauses"][0], "Staff 2");
    assert_eq!(f["severity"], "warn");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn a_bad_line_is_reported_by_number_and_fails_the_run_without_losing_the_others() {
    let input = "{\"id\": \"a\", \"text\": \"hi\"}\nnot json\n{\"id\": \"c\"}\n{\"id\": \"d\", \"text\": \"Millie\"}\n";
    let out = postguard(&["check", "--jsonl", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("<stdin>:2:"), "{err}");
    assert!(err.contains("<stdin>:3:") && err.contains("missing field `text`"), "{err}");
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"a\"", "\"d\""]);
}

#[test]
fn human_output_underlines_the_finding_with_its_clause_and_suggestion() {
    let out = postguard(&["check", "--color", "never", "Ring me on 07700 900123"], "");
    assert_eq!(out.status.code(), Some(1), "findings exit 1");
    let s = text(&out.stdout);
    assert!(s.contains("^^^^^^^^^^^^"), "{s}");
    assert!(s.contains("guideline Staff 3"), "{s}");
    assert!(s.contains("instead: Remove it"), "{s}");
    assert!(!s.contains('\u{1b}'), "no colour codes when asked for none");
}

#[test]
fn human_output_reads_standard_input_and_says_when_all_is_well() {
    let out = postguard(&["check", "--color", "never"], "Lovely sunny day at the beach");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("No findings"), "{}", text(&out.stdout));
}

#[test]
fn role_changes_the_guideline_cited() {
    let out =
        postguard(&["check", "--role", "parent", "--jsonl", "-"], "{\"id\": 1, \"text\": \"Well done Millie\"}\n");
    let v: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!(v["findings"][0]["clauses"][0], "General 5");
}

#[test]
fn config_validate_names_the_field_line_and_column() {
    let path =
        temp_file("bad.json", "{\"role\": \"staff\",\n \"school\": {\"name\": \"X\",\n  \"postcode\": \"QV1 1CI\"}}\n");
    let out = postguard(&["config", "validate", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("line 3, column 24: school.postcode"), "{err}");
    assert!(err.contains("not a valid UK postcode"), "{err}");

    let good = temp_file(
        "good.json",
        "{\"role\": \"parent\", \"school\": {\"name\": \"X\"}, \"pupils\": [{\"first\": \"A\", \"last\": \"B\"}]}",
    );
    let out = postguard(&["config", "validate", good.to_str().unwrap()], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("valid (parent for X, 1 pupils, 0 staff)"), "{}", text(&out.stdout));
}

#[test]
fn a_missing_config_file_is_a_clear_error() {
    let out = postguard(&["check", "--config", "/nonexistent/school.json", "hello"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot read /nonexistent/school.json"), "{}", text(&out.stderr));
}

#[test]
fn policy_prints_the_guidelines_for_a_role() {
    let out = postguard(&["policy", "--role", "parent"], "");
    assert!(out.status.success());
    let s = text(&out.stdout);
    assert!(s.contains("Parent guidelines") && s.contains("complaints procedure"), "{s}");
    assert!(!s.contains("Staff guidelines"), "{s}");
    let out = postguard(&["policy", "--role", "teacher"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("staff, governor, parent, pupil"), "{}", text(&out.stderr));
}

#[test]
fn the_default_config_round_trips_through_validate() {
    let out = postguard(&["config", "default"], "");
    let path = temp_file("default.json", &text(&out.stdout));
    let out = postguard(&["config", "validate", path.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Bucklebury Primary School"));
}
