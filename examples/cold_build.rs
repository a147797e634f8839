//! What a page's first keystroke waits for in the engine: the first engine of a process also builds the
//! process-wide tables (tone lexicons, word lists), a second one only the school's own. Prints both, with the
//! first check after each. For instruction counts, which do not drift with the machine's load:
//!
//! ```text
//! cargo build --release --features regex-lite --example cold_build
//! valgrind --tool=callgrind target/release/examples/cold_build
//! ```
use std::time::Instant;
fn main() {
    let config = postguard::Config::default_school();
    let t = Instant::now();
    let engine = postguard::Engine::new(&config);
    let first = t.elapsed();
    let t = Instant::now();
    let _ = engine.check("Ring me on 07700 900461 x");
    let check1 = t.elapsed();
    let t = Instant::now();
    let engine2 = postguard::Engine::new(&config);
    let second = t.elapsed();
    let t = Instant::now();
    let _ = engine2.check("Ring me on 07700 900461 y");
    let check2 = t.elapsed();
    println!("first build {first:?} first check {check1:?} second build {second:?} second check {check2:?}");
}
