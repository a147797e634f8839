//! `postguard photo`: one JSON line per photo or video, in order — its size, faces,
//! position, time, camera, the findings in its metadata's text and the guidelines that
//! apply; or `{"file", "error"}` for a file that cannot be used.

use clap::Args;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::check::parse_role;
use super::{load_engine, EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE};
use postguard::photo::{analyse, FaceDetector};
use postguard::Role;

/// Files larger than this are not read (a phone's 4K video runs to gigabytes; its
/// metadata would need reading by parts, which we do not yet do).
const MAX_FILE_BYTES: u64 = 256 << 20;

#[derive(Debug, Args)]
pub struct PhotoArgs {
    /// Photos (JPEG, PNG, WebP, HEIC) or videos (MP4, MOV).
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// School configuration (JSON); the embedded sample school when absent.
    #[arg(long, short)]
    config: Option<PathBuf>,
    /// Check as this role instead of the configured one.
    #[arg(long, value_parser = parse_role)]
    role: Option<Role>,
}

#[derive(serde::Serialize)]
struct Unusable<'a> {
    file: &'a str,
    error: String,
}

pub fn run(args: &PhotoArgs) -> Result<u8, String> {
    let engine = load_engine(args.config.as_deref(), args.role)?;
    let mut detector = FaceDetector::seeta_frontal();
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut unusable, mut attention) = (false, false);
    let write_err = |e: io::Error| format!("cannot write output: {e}");
    for path in &args.files {
        let name = path.display().to_string();
        let line = match read(path)
            .and_then(|bytes| analyse(&bytes, &engine, Some(&mut detector)).map_err(|e| e.to_string()))
        {
            Ok(report) => {
                attention |= report.needs_attention();
                serde_json::to_string(&report.record(&name, engine.role()))
            }
            Err(error) => {
                unusable = true;
                serde_json::to_string(&Unusable { file: &name, error })
            }
        };
        writeln!(out, "{}", line.map_err(|e| e.to_string())?).map_err(write_err)?;
    }
    out.flush().map_err(write_err)?;
    Ok(if unusable {
        EXIT_UNUSABLE
    } else if attention {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

fn read(path: &std::path::Path) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?.len();
    if size > MAX_FILE_BYTES {
        return Err(format!("too large: {} MB, over the limit of {} MB", size >> 20, MAX_FILE_BYTES >> 20));
    }
    std::fs::read(path).map_err(|e| format!("cannot read: {e}"))
}
