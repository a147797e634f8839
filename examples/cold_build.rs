//! What a page's first keystroke waits for in the engine: the first engine of a process also builds the
//! process-wide tables (tone lexicons, word lists), a second one only the school's own. Prints both, with the
//! first check after each. For instruction counts, which do not drift with the machine's load:
//!
//! ```text
//! cargo build --release --features browser-patterns --example cold_build
//! valgrind --tool=callgrind target/release/examples/cold_build
//! ```
use std::time::{Duration, Instant};

use postguard::{Config, Engine};

/// How long building an engine took, and then its first check.
fn build_and_check(config: &Config, post: &str) -> (Duration, Duration) {
    let started = Instant::now();
    let engine = Engine::new(config);
    let built = started.elapsed();
    let started = Instant::now();
    std::hint::black_box(engine.check(std::hint::black_box(post)));
    (built, started.elapsed())
}

fn main() {
    let config = Config::default_school();
    let (first, check1) = build_and_check(&config, "Ring me on 07700 900461 x");
    let (second, check2) = build_and_check(&config, "Ring me on 07700 900461 y");
    println!("first build {first:?} first check {check1:?} second build {second:?} second check {check2:?}");
}
