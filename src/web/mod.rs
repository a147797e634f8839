//! The browser layer: compiled only for `wasm32`, a thin shell over the core.
//!
//! Two bundles come out of it: the content script ([`content`], the default
//! build) and the engine for extension pages ([`pages`], `--features pages`:
//! the policy and options pages' calls). The content script runs on every
//! page, so it carries none of the options page's code (roster import,
//! settings editing). Offsets cross into JavaScript as UTF-16 code units,
//! exactly as JavaScript indexes strings.

#[cfg(not(feature = "pages"))]
pub mod content;
#[cfg(feature = "pages")]
pub mod pages;
