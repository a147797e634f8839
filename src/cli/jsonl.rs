//! Bulk mode (`check --jsonl`): the contract in `shared/eval-sample/CONTRACT.md`.
//!
//! One `{"id", "text"}` object per input line, one `{"id", "findings"}` line
//! out per input line, in order, with UTF-16 offsets. A line that is not such
//! an object is reported on stderr with its line number, and the run exits 1
//! at the end; blank lines are not records and are passed over.

use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use super::{EXIT_FINDINGS, EXIT_OK};
use postguard::finding::{records, FindingRecord};
use postguard::Engine;

#[derive(Deserialize)]
struct Post {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct Checked<'a> {
    id: &'a serde_json::Value,
    findings: Vec<FindingRecord>,
}

pub fn run(engine: &Engine, path: &Path) -> Result<u8, String> {
    let input: Box<dyn BufRead> = if path == Path::new("-") {
        Box::new(BufReader::new(io::stdin().lock()))
    } else {
        Box::new(BufReader::new(File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?))
    };
    let name = if path == Path::new("-") { "<stdin>".to_string() } else { path.display().to_string() };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut bad_lines = 0usize;
    for (number, line) in input.lines().enumerate() {
        let number = number + 1;
        let line = line.map_err(|e| format!("{name}:{number}: cannot read: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let post: Post = match serde_json::from_str(&line) {
            Ok(post) => post,
            Err(e) => {
                eprintln!("postguard: {name}:{number}: not a {{\"id\", \"text\"}} object: {e}");
                bad_lines += 1;
                continue;
            }
        };
        let findings = engine.check(&post.text);
        let checked = Checked { id: &post.id, findings: records(&post.text, &findings) };
        serde_json::to_writer(&mut out, &checked).map_err(|e| format!("cannot write output: {e}"))?;
        out.write_all(b"\n").map_err(|e| format!("cannot write output: {e}"))?;
    }
    out.flush().map_err(|e| format!("cannot write output: {e}"))?;
    if bad_lines > 0 {
        eprintln!("postguard: {name}: {bad_lines} line(s) could not be checked");
        return Ok(EXIT_FINDINGS);
    }
    Ok(EXIT_OK)
}
