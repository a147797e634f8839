//! Criterion benchmark of `photo::analyse` on a 12-megapixel phone photo (4032×3024 JPEG,
//! made from the three-person composite in `tests/data/photos/`), and of the 600×346 original.
//!
//! Run with `cargo bench --bench photo` (or `./build.sh bench`). Each benchmark runs twice:
//! in wall time, and in this thread's CPU time (`cpu/…`, Linux), which other work on a
//! shared machine does not inflate.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{criterion_group, criterion_main, Criterion};
use postguard::photo::{analyse, FaceDetector};
use postguard::{Config, Engine};
use std::hint::black_box;

#[path = "../tests/common/resize.rs"]
mod resize;
use resize::resized_jpeg;

/// The calling thread's CPU time, from the first field of `/proc/thread-self/schedstat` (ns).
struct CpuTime(WallTime);

fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|ns| ns.parse().ok()))
        .unwrap_or(0)
}

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.0.formatter() // nanoseconds, shown as durations
    }
}

fn photo(c: &mut Criterion) {
    run(c, "");
}

fn photo_cpu(c: &mut Criterion<CpuTime>) {
    run(c, "cpu/");
}

fn run<M: Measurement>(c: &mut Criterion<M>, prefix: &str) {
    let engine = Engine::new(&Config::default_school());
    let mut detector = FaceDetector::seeta_frontal();
    let small = std::fs::read("tests/data/photos/group3.jpg").unwrap();
    let phone = resized_jpeg(&small, 4032, 3024);
    let mut group = c.benchmark_group(format!("{prefix}photo"));
    group.sample_size(20);
    group.bench_function("analyse 12 MP JPEG (4032x3024, 3 faces)", |b| {
        b.iter(|| analyse(black_box(&phone), &engine, Some(&mut detector)).unwrap())
    });
    group.bench_function("analyse 600x346 JPEG (3 faces)", |b| {
        b.iter(|| analyse(black_box(&small), &engine, Some(&mut detector)).unwrap())
    });
    group.bench_function("build the face detector", |b| b.iter(FaceDetector::seeta_frontal));
    group.finish();
}

criterion_group!(benches, photo);
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(CpuTime(WallTime));
    targets = photo_cpu
}
criterion_main!(benches, cpu);
