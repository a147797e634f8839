//! `Config::from_json` on any bytes: a configuration is accepted and builds an engine, or is refused with a
//! position inside the document and a reason. The content script's readers must agree with it: its JSON reader
//! (`json::Json`) accepts exactly the texts serde_json accepts and reads the same configuration from them, and
//! its engine, which builds the roster's names table only after the first keystroke, finds what a built one finds.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postguard::json::Json;
use postguard::{Config, Engine};

fuzz_target!(|bytes: &[u8]| {
    let Ok(json) = std::str::from_utf8(bytes) else { return };
    let through_serde = serde_json::from_str::<serde_json::Value>(json);
    let through_reader = Json::parse(json);
    assert_eq!(through_reader.is_ok(), through_serde.is_ok(), "{json:?}");
    match Config::from_json(json) {
        Ok(config) => {
            let engine = Engine::new(&config);
            // A post naming the roster's first people, so the names table is what is compared.
            let names: Vec<String> = config
                .pupils
                .iter()
                .map(|p| format!("{} {}", p.first, p.last))
                .chain(config.staff.iter().map(|s| format!("Mrs {}", s.last)))
                .take(4)
                .collect();
            let post = format!("Ring {} on 07700 900461 at RG7 6PL", names.join(" and "));
            let findings = engine.check(&post);
            assert_eq!(Engine::deferred(config.clone()).check(&post), findings, "{post:?}");
            // What is accepted must survive its own round trip (the options page saves and reloads it).
            let saved = serde_json::to_string(&config).expect("a configuration serialises");
            assert_eq!(Config::from_json(&saved).as_ref(), Ok(&config));
            // Read as the content script reads it (a byte-order mark is the file's, not the JSON's).
            let text = json.strip_prefix('\u{FEFF}').unwrap_or(json);
            let read = Json::parse(text).expect("accepted by serde_json, so by the reader");
            assert_eq!(Config::from_json_value(&read).as_ref(), Ok(&config), "{json:?}");
            assert_eq!(Config::from_json_tree(read).as_ref(), Ok(&config), "{json:?}");
        }
        Err(e) => {
            assert!(e.line >= 1 && e.line <= json.lines().count().max(1) + 1, "{e} in {json:?}");
            assert!(!e.message.is_empty());
        }
    }
});
