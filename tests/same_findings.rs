//! Speed work must not change what is found: the engine's findings on every labelled post (our sets in
//! `tests/data`, the shared samples beside the repository) and on posts mixed from their words are compared
//! with those recorded in `tests/data/findings.expected` (a digest per school of each set) — kind, span,
//! severity, clauses and, for the tone kinds, the target and words named — with either pattern engine
//! (`regex`, or the browser's trees with `--features browser-patterns`).
//!
//! When a change to a detector is meant to change findings, diff the full listings before and after, then
//! rewrite the record:
//! `POSTGUARD_RECORD_FINDINGS=1 cargo test --test same_findings`. `POSTGUARD_DUMP_FINDINGS=FILE` writes the full
//! listing (one line per post with findings), to diff two versions of the engine.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use postguard::{Config, Engine};

const RECORD: &str = "tests/data/findings.expected";

/// The labelled sets: each has `schools/<id>.config.json` and `posts/<id>.jsonl`.
fn data_sets() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sets: Vec<(String, PathBuf)> =
        ["phrasings", "texting", "nations", "wordnames", "lastmiss", "tone-parents", "tone-voices"]
            .iter()
            .map(|name| (name.to_string(), root.join("tests/data").join(name)))
            .collect();
    for shared in ["eval-sample", "eval-tone-sample"] {
        sets.push((shared.to_string(), root.join("../shared").join(shared)));
    }
    sets
}

/// One school of a set: its id, its engine, and its posts as (post id, text).
type School = (String, Engine, Vec<(String, String)>);

/// Every school of a set, in name order.
fn schools(set: &Path) -> Vec<School> {
    let mut configs: Vec<PathBuf> = std::fs::read_dir(set.join("schools"))
        .unwrap_or_else(|e| panic!("{}: {e}", set.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".config.json"))
        .collect();
    configs.sort();
    configs
        .into_iter()
        .map(|config_path| {
            let id = config_path.file_name().unwrap().to_string_lossy().trim_end_matches(".config.json").to_string();
            let config = Config::from_json(&std::fs::read_to_string(&config_path).unwrap()).unwrap();
            let jsonl = std::fs::read_to_string(set.join("posts").join(format!("{id}.jsonl"))).unwrap();
            let posts = jsonl
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|line| {
                    let post: serde_json::Value = serde_json::from_str(line).unwrap();
                    let post_id = match &post["id"] {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (post_id, post["text"].as_str().unwrap().to_string())
                })
                .collect();
            (id, Engine::new(&config), posts)
        })
        .collect()
}

/// A small deterministic generator (xorshift), so mixed posts are the same on every run.
struct Mixer(u64);

impl Mixer {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Posts made of the set's own words in other orders and company: names beside insults, numbers beside
/// words, sentences cut mid-way — the combinations the labelled posts do not hold.
fn mixed_posts(posts: &[(String, String)], count: usize, seed: u64) -> Vec<(String, String)> {
    let words: Vec<&str> = posts.iter().flat_map(|(_, text)| text.split(' ')).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut mixer = Mixer(seed | 1);
    (0..count)
        .map(|n| {
            let length = 3 + mixer.below(40);
            let mut text = String::new();
            // Runs of consecutive words keep phrases whole; jumps put them in new company.
            let mut at = mixer.below(words.len());
            for k in 0..length {
                if k > 0 {
                    text.push(if mixer.below(25) == 0 { '\n' } else { ' ' });
                }
                if mixer.below(4) == 0 {
                    at = mixer.below(words.len());
                }
                text.push_str(words[at % words.len()]);
                at += 1;
            }
            (format!("mix{n}"), text)
        })
        .collect()
}

/// One line per post with findings: `set/school/post<TAB>finding | finding …`.
fn describe(engine: &Engine, key: &str, text: &str, out: &mut String) {
    let findings = engine.check(text);
    if findings.is_empty() {
        return;
    }
    let described: Vec<String> = findings
        .iter()
        .map(|f| {
            let clauses: Vec<String> = f.clauses.iter().map(|c| c.reference()).collect();
            let mut line = format!("{} {}-{} {} [{}]", f.kind, f.span.start, f.span.end, f.severity, clauses.join(","));
            if let Some(because) = &f.because {
                write!(line, " {because}").unwrap();
            }
            line
        })
        .collect();
    writeln!(out, "{key}\t{}", described.join(" | ").replace('\n', "\\n")).unwrap();
}

/// The full listing of every post's findings, one group of lines per school of each set (and the bench posts).
fn all_findings() -> Vec<(String, String)> {
    let mut groups = Vec::new();
    for (name, set) in data_sets() {
        for (school, engine, posts) in schools(&set) {
            let mut labelled = String::new();
            for (id, text) in &posts {
                describe(&engine, &format!("{name}/{school}/{id}"), text, &mut labelled);
            }
            groups.push((format!("{name}/{school}"), labelled));
            let seed = fnv1a(name.bytes().chain(school.bytes()));
            let mut mixed = String::new();
            for (id, text) in mixed_posts(&posts, 200, seed) {
                describe(&engine, &format!("{name}/{school}/{id}"), &text, &mut mixed);
            }
            groups.push((format!("{name}/{school}/mixed"), mixed));
        }
    }
    // The benchmark's dense post and long draft, against the sample school.
    let engine = Engine::new(&Config::default_school());
    const POST: &str = "So proud of Amelia Hart and Zoe Smith-Jones at @BuckleburyPS today 🎉 Party for Łukasz this Saturday at 12 Mill Lane, Reading RG7 6PL, 2.30 till 5. Ring 07700 900123 or email us. Born 3/4/2015! Mrs Doe says the summer fair is on Friday, tickets £3.50 each. Will you come? xx";
    let draft: String = POST.repeat(5000 / POST.len() + 1).chars().take(5000).collect();
    let mut bench = String::new();
    describe(&engine, "bench/post", POST, &mut bench);
    describe(&engine, "bench/draft", &draft, &mut bench);
    groups.push(("bench".to_string(), bench));
    groups
}

/// FNV-1a, 64 bits: a digest that stays the same across Rust versions and platforms.
fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    bytes.into_iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// One line per group: its name, how many posts have findings, how many findings, and the listing's digest.
fn digest(groups: &[(String, String)]) -> String {
    groups
        .iter()
        .map(|(name, listing)| {
            let findings: usize = listing.lines().map(|l| l.matches(" | ").count() + 1).sum();
            format!(
                "{name} posts={} findings={findings} digest={:016x}\n",
                listing.lines().count(),
                fnv1a(listing.bytes())
            )
        })
        .collect()
}

#[test]
fn findings_are_those_recorded() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RECORD);
    let groups = all_findings();
    // The full listing, to diff two versions of the engine when a digest changes.
    if let Some(dump) = std::env::var_os("POSTGUARD_DUMP_FINDINGS") {
        std::fs::write(dump, groups.iter().map(|(_, listing)| listing.as_str()).collect::<String>()).unwrap();
    }
    let found = digest(&groups);
    if std::env::var_os("POSTGUARD_RECORD_FINDINGS").is_some() {
        std::fs::write(&path, &found).unwrap();
        return;
    }
    let recorded = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let recorded_lines: HashSet<&str> = recorded.lines().collect();
    let changed: Vec<&str> = found.lines().filter(|l| !recorded_lines.contains(l)).collect();
    assert!(
        changed.is_empty(),
        "findings changed in:\n{}\nCompare full listings (POSTGUARD_DUMP_FINDINGS=FILE) of this engine and the last one.",
        changed.join("\n")
    );
    assert_eq!(found, recorded);
    assert!(
        groups.iter().map(|(_, l)| l.lines().count()).sum::<usize>() > 1000,
        "the record covers the labelled posts"
    );
}

/// The content script's engine ([`Engine::deferred`]) checks its first texts with tables of their own (the people
/// whose names could be in the text): it finds what the engine built whole finds, on every labelled post and every
/// mixed one. A fresh engine per post, as the whole table is built once a long text has been read.
#[test]
fn a_deferred_engine_finds_what_a_built_one_finds() {
    let mut compared = 0;
    for (name, set) in data_sets() {
        for (school, engine, posts) in schools(&set) {
            let seed = fnv1a(name.bytes().chain(school.bytes()));
            for (id, text) in posts.iter().cloned().chain(mixed_posts(&posts, 200, seed)) {
                let key = format!("{name}/{school}/{id}");
                let (mut built, mut deferred) = (String::new(), String::new());
                describe(&engine, &key, &text, &mut built);
                describe(&Engine::deferred(engine.config().clone()), &key, &text, &mut deferred);
                assert_eq!(deferred, built);
                compared += 1;
            }
        }
    }
    assert!(compared > 3000, "{compared}");
}
