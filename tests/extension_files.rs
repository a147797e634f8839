//! The extension's JavaScript and manifest repeat a few facts the engine owns, because they must act before the
//! engine is loaded (see extension/bootstrap.js): these tests keep the copies equal to the engine's.

use postguard::signup::AGE_LIMITS;
use postguard::sites::SUBMIT_WORDS;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_bootstrap_knows_the_engines_post_button_words() {
    let bootstrap = read("extension/bootstrap.js");
    let line = bootstrap.lines().find(|l| l.contains("const SUBMIT_WORDS")).expect("SUBMIT_WORDS in bootstrap.js");
    let words: Vec<&str> = line.split('\'').skip(1).step_by(2).collect();
    assert_eq!(words, SUBMIT_WORDS);
}

#[test]
fn sign_up_and_request_sites_start_the_engine_at_once() {
    let manifest: serde_json::Value = serde_json::from_str(&read("manifest.json")).unwrap();
    let scripts = manifest["content_scripts"].as_array().unwrap();
    let eager = scripts.iter().find(|s| s["js"][0] == "content/eager.js").expect("an entry for content/eager.js");
    assert_eq!(eager["all_frames"], false);
    assert_eq!(eager["run_at"], "document_start");
    let matches: Vec<&str> = eager["matches"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    let expected: Vec<String> = AGE_LIMITS.iter().flat_map(|l| l.hosts).map(|h| format!("*://*.{h}/*")).collect();
    assert_eq!(matches, expected);
    // Every other page gets only the bootstrap: no engine until someone is about to type.
    let everywhere = scripts.iter().find(|s| s["matches"][0] == "<all_urls>").unwrap();
    assert_eq!(everywhere["js"], serde_json::json!(["content/bootstrap.js"]));
}
