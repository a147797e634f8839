//! PostGuard's engine: finds what a school's social media policy asks people
//! not to post — pupils' and staff names from the school's roster, the
//! school's own identifiers, and personal details (UK phone numbers,
//! postcodes, street addresses, email addresses, dates of birth) — and says
//! which guideline each one touches for the person posting.
//!
//! The same engine runs in the `postguard` command-line tool and, compiled to
//! WebAssembly, in the browser extension's content script. It has no browser
//! dependency and does no I/O.
//!
//! # Overview
//!
//! - [`Config`] is one school's configuration (role, identifiers, roster,
//!   severities), parsed strictly with errors that give line and column.
//! - [`Engine::new`] compiles it once: the roster's names become one set of
//!   phrases over case-, accent- and apostrophe-folded text, found as whole words.
//! - [`Engine::check`] finds [`Finding`]s in a post: non-overlapping, in text
//!   order, each with its [`Kind`], byte [`Span`], [`Severity`], the policy
//!   clauses it breaches for the role, a message and a suggestion.
//! - [`Utf16Index`] converts spans to UTF-16 code units for JavaScript and
//!   the JSON contract.
//!
//! # Example
//!
//! ```
//! use postguard::{Config, Engine, Kind, Utf16Index};
//!
//! let config = Config::from_json(r#"{
//!   "role": "parent",
//!   "school": {"name": "Bucklebury Primary School", "handles": ["@BuckleburyPS"]},
//!   "pupils": [{"first": "Zoë", "last": "Smith-Jones"}]
//! }"#).unwrap();
//! let engine = Engine::new(&config);
//!
//! let post = "🎉 Zoe's first day at @BuckleburyPS!";
//! let findings = engine.check(post);
//! assert_eq!(findings.len(), 2);
//! assert_eq!((findings[0].kind, findings[0].text.as_str()), (Kind::PupilName, "Zoe"));
//! assert_eq!(findings[0].clauses[0].reference(), "General 5");
//! assert_eq!(Utf16Index::new(post).span(findings[0].span), (3, 6));
//! assert_eq!(findings[1].kind, Kind::SchoolIdentifier);
//! ```
//!
//! # What is and is not a finding
//!
//! The labelling rules live in `shared/eval-sample/CONTRACT.md`; each
//! detector's module documents how it reads them, and its tests are example
//! posts. In short: names count in any case and without accents, common-word
//! names ("Grace", "Will", "May") only where they name a person; numbers count
//! only when they are valid UK phone numbers; dates only when tied to a birth.

pub mod analysis;
pub mod config;
pub mod detect;
mod fast_hash;
pub mod finding;
pub mod geometry;
pub mod guidance;
pub mod json;
pub mod long_draft;
mod pattern;
pub mod photo;
pub mod policy;
pub mod review;
pub mod roster;
pub mod settings;
pub mod signup;
pub mod sites;
mod sorting;
pub mod text;
pub mod text_edit;
pub mod text_map;
#[cfg(target_arch = "wasm32")]
pub mod web;
pub mod word_list;

pub use analysis::Engine;
pub use config::{Config, ConfigError};
pub use finding::{Finding, Kind, Severity};
pub use policy::{Clause, Role};
pub use text::{Span, Utf16Index};
