//! Criterion benchmarks for the core: checking posts and building engines.
//!
//! Run with `./build.sh bench`. Rosters are generated deterministically from
//! name lists, so every run measures the same work.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use postguard::config::{Person, StaffMember};
use postguard::detect::Document;
use postguard::{Config, Engine};
use std::hint::black_box;

const FIRST: &[&str] = &[
    "Amelia",
    "Oliver",
    "Zoë",
    "Łukasz",
    "Aisha",
    "Mohammed",
    "Grace",
    "Chloé",
    "Oluwaseun",
    "Siobhan",
    "Ciarán",
    "Ioana",
    "Jakub",
    "Mei",
    "Yusuf",
    "Priya",
    "Harry",
    "Isla",
    "Noah",
    "Freya",
    "Arjun",
    "Fatima",
    "Kacper",
    "Ava",
    "Leo",
    "Sofia",
    "Ibrahim",
    "Maya",
    "Theo",
    "Hana",
    "Dáithí",
    "Amara",
    "Kwame",
    "Elif",
    "Minh",
    "Rosa",
    "Tomasz",
    "Layla",
    "Finn",
    "Nia",
];
const LAST: &[&str] = &[
    "Hart",
    "Smith-Jones",
    "Nowak",
    "O'Neill",
    "Khan",
    "Begum",
    "Adeyemi",
    "Popescu",
    "Kowalski",
    "Chen",
    "Nguyễn",
    "Yılmaz",
    "Murphy",
    "Patel",
    "Okafor",
    "Ali",
    "Wood",
    "Clarke",
    "Hussain",
    "Mensah",
    "Dubois",
    "Silva",
    "Kaya",
    "Brown",
    "Taylor",
    "Evans",
    "Rahman",
    "Osei",
    "Novak",
    "Walsh",
    "Lloyd",
    "Farah",
    "Kazlauskas",
    "Tran",
    "Mahmood",
    "Reid",
    "Byrne",
    "Lewandowski",
    "Ahmed",
    "Wright",
    "Hughes",
    "Singh",
    "Gomes",
    "Ionescu",
    "Ward",
    "Price",
    "Dunne",
    "Ogunleye",
    "Bello",
    "Sato",
];

fn config_with(pupils: usize, staff: usize) -> Config {
    let mut config = Config::default_school();
    let person = |i: usize| (FIRST[i % FIRST.len()].to_string(), LAST[(i / FIRST.len() + i) % LAST.len()].to_string());
    config.pupils = (0..pupils)
        .map(|i| {
            let (first, last) = person(i);
            let last = if i >= FIRST.len() * LAST.len() { format!("{last}-{}", LAST[i % 7]) } else { last };
            Person { first, last, preferred: None }
        })
        .collect();
    config.staff = (0..staff)
        .map(|i| {
            let (first, last) = person(i + 7);
            StaffMember { first, last, preferred: None, title: Some("Mrs".into()) }
        })
        .collect();
    config
}

/// A realistic 280-character post with a few findings.
const POST: &str = "So proud of Amelia Hart and Zoe Smith-Jones at @BuckleburyPS today 🎉 Party for Łukasz this Saturday at 12 Mill Lane, Reading RG7 6PL, 2.30 till 5. Ring 07700 900123 or email us. Born 3/4/2015! Mrs Doe says the summer fair is on Friday, tickets £3.50 each. Will you come? xx";

fn check(c: &mut Criterion) {
    let engine = Engine::new(&config_with(1500, 60));
    let post: String = POST.chars().take(280).collect();
    let draft: String = POST.repeat(5000 / POST.len() + 1).chars().take(5000).collect();
    let mut group = c.benchmark_group("check");
    for (name, text) in [("280-char post", &post), ("5000-char draft", &draft)] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("1500 pupils", name), text, |b, text| {
            b.iter(|| engine.check(black_box(text)))
        });
    }
    group.finish();
}

/// Each detector alone on the 280-character post: where the time of a check goes.
fn detectors(c: &mut Criterion) {
    let engine = Engine::new(&config_with(1500, 60));
    let post: String = POST.chars().take(280).collect();
    let mut group = c.benchmark_group("detector");
    group.bench_function("fold", |b| b.iter(|| Document::new(black_box(&post))));
    for detector in engine.detectors() {
        group.bench_function(detector.name(), |b| {
            b.iter(|| {
                let doc = Document::new(black_box(&post));
                let mut out = Vec::new();
                detector.find(&doc, &mut out);
                out
            })
        });
    }
    group.finish();
}

fn build(c: &mut Criterion) {
    let config = config_with(2000, 60);
    c.bench_function("build/2000 pupils", |b| b.iter(|| Engine::new(black_box(&config))));
}

criterion_group!(benches, check, detectors, build);
criterion_main!(benches);
