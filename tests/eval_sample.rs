//! The engine on labelled data, scored by the eval set's own scorer.
//!
//! `shared/eval-sample` (beside the repository) is the public sample of the
//! held-out evaluation; `tests/data/phrasings` is our own labelled set, written
//! independently from the contract's rules with other phrasings (lower-case
//! posts, lists of names, typographic quotes…), so that passing does not depend
//! on the sample's wording. `tests/data/texting` is a third set, written later
//! by another hand without reading the engine (pupils' texting without
//! capitals, a secondary academy and a Catholic primary, other idioms); it first
//! scored 0.971 with 8% false alarms and drove the rules for lower-case
//! sentences, lists, set phrases and other people's titles, so it is now a
//! regression set rather than an independent measure. `tests/data/nations`
//! (a Welsh primary, a Scottish high school, an English nursery) came from a
//! third hand the same way: it first scored 0.977 with 13.4% false alarms (Welsh
//! words, Scottish places and set phrases read as names) and is a regression set too.
//! `tests/data/wordnames` (a fifth hand; rosters heavy with names that are also
//! words, months and places) first scored 0.955 with 10.5% false alarms; it is
//! held to the bar, not to a perfect score: its last misses ("Paris is in
//! France", "Look what Drew drew") are left for a reader of meaning.
//! `tests/data/lastmiss` (a sixth hand, written for issue #16 without reading the
//! engine: word-names beside emoji, full names in lower case, short names before
//! a day, a time or a verb, names that fold to English words such as Över and
//! Can) first scored 0.839 with 15.0% false alarms; it drove the rules of #16 (now 0.995, 1.6%) and
//! is held to the bar too.

use std::path::{Path, PathBuf};
use std::process::Command;

const MIN_F1_OVERLAP: &str = "0.95";
const MIN_F1_EXACT: &str = "0.90";
const MAX_FALSE_ALARM: &str = "0.03";

/// The tone kinds (threat, hostile remark, complaint), scored on sentences by overlap.
const TONE_KINDS: &str = "threat,hostile_remark,complaint";

fn shared_eval_sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-sample")
}

/// The bar a data set is held to, and which kinds it scores.
struct Bar {
    kinds: Option<&'static str>,
    min_f1_overlap: &'static str,
    min_f1_exact: &'static str,
    max_false_alarm: &'static str,
}

/// The eight detail kinds at the release thresholds.
const DETAILS: Bar =
    Bar { kinds: None, min_f1_overlap: MIN_F1_OVERLAP, min_f1_exact: MIN_F1_EXACT, max_false_alarm: MAX_FALSE_ALARM };

/// Runs `run.sh` with the release thresholds on one data set; panics with the scorer's output on a miss.
fn score(data: &Path) {
    score_against(data, &DETAILS);
}

/// Runs `run.sh` on one data set with `bar`; panics with the scorer's output on a miss.
fn score_against(data: &Path, bar: &Bar) {
    let scorer = shared_eval_sample().join("run.sh");
    assert!(
        scorer.exists(),
        "{} is missing: the tests expect the project's shared/ folder beside the repository",
        scorer.display()
    );
    let command = format!("{} check --config {{config}} --jsonl {{posts}}", env!("CARGO_BIN_EXE_postguard"));
    let mut run = Command::new("bash");
    run.arg(&scorer).arg(data).arg(&command).args([
        "--min-f1",
        bar.min_f1_overlap,
        "--min-exact",
        bar.min_f1_exact,
        "--max-false-alarm",
        bar.max_false_alarm,
    ]);
    if let Some(kinds) = bar.kinds {
        run.args(["--kinds", kinds]);
    }
    let output = run.output().expect("bash runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(output.status.success(), "{} below the bar:\n{stdout}\n{stderr}", data.display());
    assert!(stdout.contains("micro_f1_overlap="), "the scorer printed no result:\n{stdout}\n{stderr}");
}

#[test]
fn the_public_sample_meets_the_bar() {
    score(&shared_eval_sample());
}

#[test]
fn our_own_phrasings_meet_the_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/phrasings"));
}

#[test]
fn the_texting_set_meets_the_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/texting"));
}

#[test]
fn the_nations_set_meets_the_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/nations"));
}

#[test]
fn the_word_names_set_meets_the_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wordnames"));
}

#[test]
fn the_last_misses_set_meets_the_bar() {
    score(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lastmiss"));
}

/// `shared/eval-tone-sample`: the public sample of the tone evaluation (two schools, 240 posts).
#[test]
fn the_public_tone_sample_meets_its_bar() {
    let bar = Bar { kinds: Some(TONE_KINDS), min_f1_overlap: "0.97", min_f1_exact: "0.97", max_false_alarm: "0.03" };
    score_against(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval-tone-sample"), &bar);
}

/// `tests/data/tone-parents`: parents' groups written by another hand (a northern primary, a Welsh-medium
/// primary, an academy; dialect, Welsh words, Mumsnet-style threads). It first scored 0.634 with 9.0% false
/// alarms; the rules it drove are classes of language (see `detect/tone_words.rs`), so it is now a regression set.
#[test]
fn the_tone_parents_set_meets_its_bar() {
    let bar = Bar { kinds: Some(TONE_KINDS), min_f1_overlap: "0.90", min_f1_exact: "0.90", max_false_alarm: "0.02" };
    score_against(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tone-parents"), &bar);
}

/// `tests/data/tone-voices`: staff, parents and teenage pupils (slang, texting) by a third hand. It first
/// scored 0.612 with 3.1% false alarms; now a regression set like tone-parents.
#[test]
fn the_tone_voices_set_meets_its_bar() {
    let bar = Bar { kinds: Some(TONE_KINDS), min_f1_overlap: "0.89", min_f1_exact: "0.89", max_false_alarm: "0.01" };
    score_against(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tone-voices"), &bar);
}
