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

/// `postguard age` for a site and a date of birth, counted on 2026-11-25; (exit code, stdout JSON or stderr).
fn age(site: &str, dob: &str) -> (i32, serde_json::Value, String) {
    let out = postguard(&["age", "--site", site, "--dob", dob, "--today", "2026-11-25"], "");
    let json = serde_json::from_str(text(&out.stdout).trim()).unwrap_or(serde_json::Value::Null);
    (out.status.code().unwrap(), json, text(&out.stderr))
}

#[test]
fn age_for_every_site_a_day_short_on_the_birthday_and_years_over() {
    let sites = [
        ("facebook", 13),
        ("instagram", 13),
        ("threads", 13),
        ("snapchat", 13),
        ("tiktok", 13),
        ("x", 13),
        ("discord", 13),
        ("reddit", 13),
        ("youtube", 13),
        ("bluesky", 13),
        ("whatsapp", 13),
        ("linkedin", 16),
    ];
    for (site, minimum) in sites {
        let birthday_year = 2026 - minimum;
        for (dob, old_enough, years) in [
            (format!("{birthday_year}-11-26"), false, minimum - 1),
            (format!("{birthday_year}-11-25"), true, minimum),
            (format!("{}-03-14", birthday_year - 4), true, minimum + 4),
        ] {
            let (code, json, stderr) = age(site, &dob);
            assert_eq!(code, 0, "{site} {dob}: {stderr}");
            assert_eq!(json["site"], site);
            assert_eq!(json["minimum_age"], minimum, "{site}");
            assert_eq!(json["age"], years, "{site} {dob}");
            assert_eq!(json["old_enough"], old_enough, "{site} {dob}");
            assert!(json["source"].as_str().unwrap().starts_with("https://"), "{site}");
        }
    }
}

#[test]
fn age_on_mastodon_has_no_minimum_and_says_so() {
    let (code, json, _) = age("mastodon", "2014-05-01");
    assert_eq!(code, 0);
    assert_eq!((json["minimum_age"].is_null(), json["old_enough"].is_null(), &json["age"]), (true, true, &12.into()));
    assert!(json["message"].as_str().unwrap().contains("server"));
}

#[test]
fn age_for_someone_born_on_29_february() {
    let out = postguard(&["age", "--site", "tiktok", "--dob", "2012-02-29", "--today", "2025-02-28"], "");
    let json: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!((json["age"].as_u64(), json["old_enough"].as_bool()), (Some(12), Some(false)));
    let out = postguard(&["age", "--site", "tiktok", "--dob", "2012-02-29", "--today", "2025-03-01"], "");
    let json: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert_eq!((json["age"].as_u64(), json["old_enough"].as_bool()), (Some(13), Some(true)));
}

#[test]
fn age_rejects_bad_input_with_exit_2_and_a_clear_message() {
    let (code, _, stderr) = age("myspace", "2014-01-01");
    assert_eq!(code, 2);
    assert!(
        stderr.contains("unknown site `myspace`") && stderr.contains("tiktok") && stderr.contains("mastodon"),
        "{stderr}"
    );
    let (code, _, stderr) = age("tiktok", "2014-02-30");
    assert_eq!(code, 2);
    assert!(stderr.contains("2014-02-30 is not a date"), "{stderr}");
    let (code, _, stderr) = age("tiktok", "01/02/2014");
    assert_eq!(code, 2);
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
    let (code, _, stderr) = age("tiktok", "2027-01-01");
    assert_eq!(code, 2);
    assert!(stderr.contains("after today"), "{stderr}");
    let out = postguard(&["age", "--site", "tiktok", "--dob", "2014-01-01", "--today", "2026-13-01"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--today"), "{}", text(&out.stderr));
}

#[test]
fn age_counts_on_the_local_date_by_default() {
    let out = postguard(&["age", "--site", "x", "--dob", "2000-01-01"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    assert!(json["age"].as_u64().unwrap() >= 26);
}
