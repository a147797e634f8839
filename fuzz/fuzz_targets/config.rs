//! `Config::from_json` on any bytes: a configuration is accepted and builds an engine, or is refused with a
//! position inside the document and a reason.

#![no_main]

use libfuzzer_sys::fuzz_target;
use postguard::{Config, Engine};

fuzz_target!(|bytes: &[u8]| {
    let Ok(json) = std::str::from_utf8(bytes) else { return };
    match Config::from_json(json) {
        Ok(config) => {
            Engine::new(&config).check("Ring Mrs Smith on 07700 900461 at RG7 6PL");
            // What is accepted must survive its own round trip (the options page saves and reloads it).
            let saved = serde_json::to_string(&config).expect("a configuration serialises");
            assert_eq!(Config::from_json(&saved).as_ref(), Ok(&config));
        }
        Err(e) => {
            assert!(e.line >= 1 && e.line <= json.lines().count().max(1) + 1, "{e} in {json:?}");
            assert!(!e.message.is_empty());
        }
    }
});
