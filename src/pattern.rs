//! The regular-expression engine the detectors use: `regex` natively (its
//! fast engines make the CLI and benchmarks quick), `regex-lite` in the browser
//! bundle (a fraction of the size). Both take the same syntax and API for the
//! ASCII patterns the detectors use, and `./build.sh test` runs the unit,
//! property and eval tests with each (`--features regex-lite`).

#[cfg(not(any(target_arch = "wasm32", feature = "regex-lite")))]
pub use regex::Regex;
#[cfg(any(target_arch = "wasm32", feature = "regex-lite"))]
pub use regex_lite::Regex;
