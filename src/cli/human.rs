//! Human output for one post: each finding underlined like a compiler
//! diagnostic, with the guideline it touches and what to do instead.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream, WriteColor};
use codespan_reporting::term::{self, Config};
use std::io;

use postguard::{Engine, Finding, Severity};

pub fn print(engine: &Engine, text: &str, findings: &[Finding], color: bool) -> io::Result<()> {
    let stream = StandardStream::stdout(if color { ColorChoice::Always } else { ColorChoice::Never });
    let mut out = stream.lock();
    let file = SimpleFile::new("post", text);
    let config = Config::default();
    for finding in findings {
        term::emit_to_write_style(&mut out, &config, &file, &diagnostic(finding)).map_err(io::Error::other)?;
    }
    summary(&mut out, engine, findings)
}

fn diagnostic(f: &Finding) -> Diagnostic<()> {
    let base = match f.severity {
        Severity::Block => Diagnostic::error(),
        Severity::Warn => Diagnostic::warning(),
        Severity::Info => Diagnostic::note(),
    };
    let mut notes: Vec<String> =
        f.clauses.iter().map(|c| format!("guideline {} ({}): {}", c.reference(), c.title, c.plain)).collect();
    notes.push(format!("instead: {}", f.suggestion));
    base.with_code(f.kind.as_str())
        .with_message(format!("{} in this post", f.kind.label()))
        .with_labels(vec![Label::primary((), f.span.start..f.span.end).with_message(f.message())])
        .with_notes(notes)
}

fn summary(out: &mut impl WriteColor, engine: &Engine, findings: &[Finding]) -> io::Result<()> {
    let role = engine.role();
    if findings.is_empty() {
        return writeln!(
            out,
            "No findings: nothing in this post goes against {}'s guidelines for {}.",
            engine.config().school.name,
            role.people()
        );
    }
    let blocked = findings.iter().filter(|f| f.severity == Severity::Block).count();
    write!(
        out,
        "{} finding{} (guidelines for {})",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" },
        role.people()
    )?;
    if blocked > 0 {
        write!(out, "; {blocked} the school does not allow to be posted")?;
    }
    writeln!(out, ". Nothing has been changed: edit the post, or post it if you are sure.")
}
