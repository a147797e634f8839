//! The browser layer: compiled only for `wasm32`, a thin shell over the core.
//!
//! Three bundles come out of it: the content script ([`content`], the default
//! build), the engine for extension pages ([`pages`], `--features pages`:
//! the policy and options pages' calls) and the background worker's photo
//! engine ([`photo_worker`], `--features photo-worker`). The content script runs on every
//! page, so it carries none of the options page's code (roster import,
//! settings editing). Offsets cross into JavaScript as UTF-16 code units,
//! exactly as JavaScript indexes strings.

#[cfg(not(any(feature = "pages", feature = "photo-worker")))]
pub mod content;
#[cfg(feature = "pages")]
pub mod pages;
#[cfg(feature = "photo-worker")]
pub mod photo_worker;
