//! `Engine::check` with any configuration: a school, a roster and a role made of arbitrary strings, and any post.
//! Every finding must be in order, on character boundaries, exactly the text it names, and convertible to the
//! UTF-16 offsets the browser uses; a long draft read in segments must name the same text at the same places.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use postguard::long_draft::Segmenter;
use postguard::{Config, Engine, Utf16Index};
use serde_json::json;

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    role: u8,
    name: &'a str,
    aliases: Vec<&'a str>,
    handles: Vec<&'a str>,
    hashtags: Vec<&'a str>,
    domains: Vec<&'a str>,
    pupils: Vec<(&'a str, &'a str, Option<&'a str>)>,
    staff: Vec<(&'a str, &'a str, Option<&'a str>)>,
    post: &'a str,
    repeat: u8,
}

fuzz_target!(|input: Input<'_>| {
    let role = ["staff", "governor", "parent", "pupil"][usize::from(input.role % 4)];
    let person = |(first, last, other): &(&str, &str, Option<&str>)| json!({"first": first, "last": last, "preferred": other});
    let config = json!({
        "role": role,
        "school": {
            "name": input.name, "aliases": input.aliases, "handles": input.handles,
            "hashtags": input.hashtags, "domains": input.domains,
        },
        "pupils": input.pupils.iter().map(person).collect::<Vec<_>>(),
        "staff": input.staff.iter().map(|p| {
            let mut v = person(p);
            v["title"] = json!(p.2);
            v
        }).collect::<Vec<_>>(),
    });
    // Most arbitrary names are refused with a reason (empty, digits); the ones accepted must build and check.
    let Ok(config) = Config::from_json(&config.to_string()) else { return };
    let engine = Engine::new(&config);
    let findings = engine.check(input.post);
    let index = Utf16Index::new(input.post);
    let units = input.post.encode_utf16().count();
    let mut last_start = 0;
    for f in &findings {
        assert!(f.span.start < f.span.end && f.span.start >= last_start, "{f:?}");
        last_start = f.span.start;
        assert_eq!(input.post.get(f.span.start..f.span.end), Some(f.text.as_str()));
        let (start, end) = index.span(f.span);
        assert!(start < end && end <= units);
    }
    // The same post pasted many times over: read in segments, each finding where it says.
    let long = input.post.repeat(usize::from(input.repeat % 8) * 64 + 1);
    for f in Segmenter::new().check(&engine, &long) {
        assert_eq!(long.get(f.span.start..f.span.end), Some(f.text.as_str()));
    }
});
