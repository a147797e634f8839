//! Generates the accent-folding table used by `src/text.rs`.
//!
//! Folding strips accents ("Zoë" → "zoe") by canonical decomposition. Doing
//! that at run time needs Unicode's decomposition tables (about 30 KB in the
//! browser bundle); names only need the Latin, Greek and Cyrillic letters, so
//! the table is computed here, once, from the same Unicode data, and only the
//! letters that change are kept.

use std::fmt::Write as _;
use std::path::PathBuf;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Blocks whose accented letters appear in names on school rosters.
const BLOCKS: &[(u32, u32)] = &[
    (0x00C0, 0x024F), // Latin-1 Supplement letters, Latin Extended-A and -B
    (0x0370, 0x03FF), // Greek
    (0x0400, 0x04FF), // Cyrillic
    (0x1E00, 0x1EFF), // Latin Extended Additional (Vietnamese, Welsh ŵ ŷ)
];

fn main() {
    let mut table = String::from(
        "/// Letters whose canonical decomposition has accents, with the letters left once they are stripped.\n",
    );
    table.push_str("pub(crate) const STRIPPED: &[(char, &str)] = &[\n");
    for &(first, last) in BLOCKS {
        // Text is lower-cased before it is folded, so upper-case letters need no entry.
        for c in (first..=last).filter_map(char::from_u32).filter(|c| !c.is_uppercase()) {
            let mut base = String::new();
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    base.push(d);
                }
            });
            if base != c.to_string() {
                writeln!(table, "    ({c:?}, {base:?}),").unwrap();
            }
        }
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("fold_table.rs");
    std::fs::write(out, table).unwrap();
    println!("cargo::rerun-if-changed=build.rs");

    // `browser_patterns`: the detectors' patterns run as trees (src/pattern/tree.rs), in the browser bundle and
    // natively with `--features browser-patterns`.
    println!("cargo::rustc-check-cfg=cfg(browser_patterns)");
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm || std::env::var_os("CARGO_FEATURE_BROWSER_PATTERNS").is_some() {
        println!("cargo::rustc-cfg=browser_patterns");
    }
}
