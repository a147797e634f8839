#!/usr/bin/env bash
# PostGuard's one entry point.
#
#   ./build.sh demo    build the CLI and check example posts (and three photos) against the embedded sample school (Bucklebury)
#   ./build.sh test    run every test: unit, property, CLI, doc tests, scored eval sets, and the extension in Chromium and Firefox
#   ./build.sh bench   criterion benchmarks of the core (posts, photos), then keystroke-to-highlight latency in Chromium
#   ./build.sh eval    score the engine on ../shared/eval-sample with the release thresholds
#   ./build.sh build   release build of the CLI and the extension (dist/ and dist-firefox/ unpacked, postguard-extension.zip, postguard-firefox.zip)
#   ./build.sh extension   the extension only
#   ./build.sh fuzz [SECONDS]   fuzz the core (check, config, roster, age) for SECONDS each (default 60), nightly + cargo-fuzz
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$HOME/.cargo/bin:$PATH"

EVAL_SAMPLE="../shared/eval-sample"

# Installs or checks what the commands need; safe to run again.
setup() {
  command -v cargo >/dev/null || { echo "build.sh: cargo not found; install Rust with rustup (https://rustup.rs)" >&2; exit 2; }
  if ! command -v python3 >/dev/null; then
    echo "build.sh: installing python3 (the eval scorer needs it)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3 >/dev/null; else sudo apt-get update -qq && sudo apt-get install -y -qq python3 >/dev/null; fi
  fi
}

# The wasm toolchain: the wasm32 target and the wasm-bindgen CLI matching Cargo.lock.
setup_wasm() {
  setup
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    echo "build.sh: installing wasm-bindgen-cli $want (a few minutes, once)" >&2
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

# Node packages for the browser tests (playwright-core, editor libraries, esbuild, binaryen).
setup_node() {
  command -v node >/dev/null || { echo "build.sh: node not found" >&2; exit 2; }
  [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund
}

build_cli() {
  setup
  cargo build --release --locked --bin postguard
}

# Where the page's CSP forbids WebAssembly, the same Rust runs as JavaScript: an MVP
# build (nightly, std rebuilt without reference types) turned into JS by binaryen's wasm2js,
# with a fixed memory (wasm2js's growing memory leaves wasm-bindgen's views stale).
JS_BUILD_FLAGS="-C target-cpu=mvp -C link-arg=--initial-memory=33554432 -C link-arg=--max-memory=33554432"

# The content script loads on every page, so its two builds trade a panic's message for bytes: a panic stops at
# once (no formatting machinery, no source locations), std is rebuilt for size. The engine never panics on any
# input (property tests and fuzzing); if it did, the page's console would show "unreachable" instead of a message.
CONTENT_FLAGS="-Zunstable-options -C panic=immediate-abort -Zlocation-detail=none"

setup_wasm2js() {
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  rustup component list --toolchain nightly --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain nightly
  rustup target list --toolchain nightly --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown --toolchain nightly
}

build_extension() {
  setup_wasm
  setup_node
  setup_wasm2js
  local out=target/extension
  rm -rf dist "$out"
  mkdir -p dist/content "$out"

  # 1. WebAssembly, for pages that allow it.
  RUSTFLAGS="$CONTENT_FLAGS" cargo +nightly build --locked -Z build-std=std,panic_abort \
    --target wasm32-unknown-unknown --profile wasm --lib --target-dir target/content
  wasm-bindgen --target no-modules --no-typescript --out-dir dist/content target/content/wasm32-unknown-unknown/wasm/postguard.wasm
  node_modules/.bin/wasm-opt -Oz --converge --zero-filled-memory --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue dist/content/postguard_bg.wasm -o dist/content/postguard_bg.wasm
  # Short names between the wasm and its glue (tools/minify_bindings.mjs says why and checks the glue).
  node_modules/.bin/wasm-opt --minify-imports-and-exports-and-modules --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    dist/content/postguard_bg.wasm -o dist/content/postguard_bg.wasm > "$out/content-names.json"
  node tools/minify_bindings.mjs dist/content/postguard.js dist/content/postguard_bg.wasm "$out/content-names.json"

  # 2. The engine for the extension's own pages (policy, options): the same core, other exports.
  cargo build --locked --target wasm32-unknown-unknown --profile wasm --lib --features pages
  wasm-bindgen --target no-modules --no-typescript --out-dir dist/pages/engine target/wasm32-unknown-unknown/wasm/postguard.wasm
  node_modules/.bin/wasm-opt -Oz --zero-filled-memory --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue dist/pages/engine/postguard_bg.wasm -o dist/pages/engine/postguard_bg.wasm

  # 3. The photo engine for the background worker: faces and metadata of attached photos, loaded on the first one.
  cargo build --locked --target wasm32-unknown-unknown --profile wasm --lib --features photo-worker
  wasm-bindgen --target no-modules --no-modules-global postguard_photo --no-typescript --out-dir dist/photo \
    --out-name postguard_photo target/wasm32-unknown-unknown/wasm/postguard.wasm
  node_modules/.bin/wasm-opt -Oz --zero-filled-memory --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue dist/photo/postguard_photo_bg.wasm -o dist/photo/postguard_photo_bg.wasm

  # 4. The content script's Rust as JavaScript, for pages whose CSP forbids WebAssembly.
  RUSTFLAGS="$JS_BUILD_FLAGS $CONTENT_FLAGS" cargo +nightly build --locked -Z build-std=std,panic_abort \
    --target wasm32-unknown-unknown --profile wasm --lib --target-dir target/mvp
  wasm-bindgen --target bundler --no-typescript --out-dir "$out" target/mvp/wasm32-unknown-unknown/wasm/postguard.wasm
  node_modules/.bin/wasm-opt -Oz "$out/postguard_bg.wasm" -o "$out/postguard_bg.opt.wasm"
  # -Oz rather than -O2: 4 KB smaller gzipped, no slower in bench/latency.mjs side by side (README, Speed and size).
  node_modules/.bin/wasm2js -Oz "$out/postguard_bg.opt.wasm" -o "$out/postguard_bg.wasm.js"
  sed -i 's|from "./postguard_bg.wasm";|from "./postguard_bg.wasm.js";|' "$out/postguard.js"
  node_modules/.bin/esbuild extension/js-entry.mjs --bundle --format=iife --global-name=postguard_js --minify \
    --alias:postguard-bindgen="./$out/postguard.js" --outfile=dist/content/postguard_js.js --log-level=warning

  cp manifest.json extension/managed_schema.json extension/background.js dist/
  cp extension/bootstrap.js extension/eager.js dist/content/
  cp -r extension/pages/. dist/pages/
  cp -r extension/icons dist/
  rm -f postguard-extension.zip
  (cd dist && zip -qr ../postguard-extension.zip .)
  echo "build.sh: dist/ (unpacked extension) and postguard-extension.zip"

  # 5. Firefox: the same files with Firefox's manifest (tools/firefox_manifest.mjs holds every difference).
  rm -rf dist-firefox postguard-firefox.zip
  cp -r dist dist-firefox
  rm dist-firefox/managed_schema.json # Firefox takes school IT's settings from policies.json, unchecked by a schema
  node tools/firefox_manifest.mjs manifest.json > dist-firefox/manifest.json
  (cd dist-firefox && zip -qr ../postguard-firefox.zip .)
  echo "build.sh: dist-firefox/ (unpacked, for Firefox) and postguard-firefox.zip"
  echo "build.sh: wasm $(wc -c < dist/content/postguard_bg.wasm) bytes ($(gzip -9 -c dist/content/postguard_bg.wasm | wc -c) gzipped);" \
    "js fallback $(wc -c < dist/content/postguard_js.js) bytes ($(gzip -9 -c dist/content/postguard_js.js | wc -c) gzipped);" \
    "extension pages' wasm $(wc -c < dist/pages/engine/postguard_bg.wasm) bytes"
}

build() {
  build_cli
  build_extension
}

demo() {
  build
  local pg=target/release/postguard
  echo "== PostGuard on the embedded sample school: $($pg config default | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["school"]["name"], "-", len(c["pupils"]), "pupils,", len(c["staff"]), "staff, role", c["role"])')"
  while IFS= read -r post; do
    [ -n "$post" ] || continue
    echo
    echo "\$ postguard check \"$post\""
    "$pg" check --color auto "$post" || true
  done < data/demo-posts.txt
  echo
  echo "== The same posts in bulk mode (postguard check --jsonl -), the form the eval contract uses:"
  python3 -c 'import json,sys; [print(json.dumps({"id": i, "text": l.rstrip("\n")})) for i, l in enumerate(sys.stdin) if l.strip()]' \
    < data/demo-posts.txt | "$pg" check --jsonl - | head -3
  echo "..."
  echo
  echo "== Photos (postguard photo --role parent): the labelled photos of tests/data/photos/"
  "$pg" photo --role parent tests/data/photos/group3.jpg tests/data/photos/portrait.jpg tests/data/photos/cat.jpg || true
}

eval_sample() {
  build
  [ -f "$EVAL_SAMPLE/run.sh" ] || { echo "build.sh: $EVAL_SAMPLE not found (shared/ must sit beside the repository)" >&2; exit 2; }
  bash "$EVAL_SAMPLE/run.sh" "$EVAL_SAMPLE" "$PWD/target/release/postguard check --config {config} --jsonl {posts}" \
    --min-f1 0.95 --min-exact 0.90 --max-false-alarm 0.03
}

# Debian's Chromium for the browser tests (never a downloaded browser build).
setup_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  echo "build.sh: installing Debian's chromium for the browser tests" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# Debian's Firefox ESR for the Firefox tests (tests/firefox/).
setup_firefox() {
  [ -x /usr/bin/firefox-esr ] && return 0
  echo "build.sh: installing Debian's firefox-esr for the Firefox tests" >&2
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr >/dev/null
}

run_tests() {
  setup
  cargo test --locked --all-targets
  cargo test --locked --doc
  # The browser bundle's patterns (trees, src/pattern/tree.rs) must find exactly what the CLI's regexes do.
  cargo test --locked --features browser-patterns --lib --test eval_sample --test properties --test same_findings
  build_extension
  setup_node
  setup_chromium
  setup_firefox
  npm test
}

bench() {
  setup
  cargo bench --locked --bench engine
  cargo bench --locked --bench photo
  build_extension
  setup_chromium
  node bench/latency.mjs
  node bench/page-cost.mjs
  node bench/photo.mjs
}

# cargo-fuzz on nightly: each target from the seeds in fuzz/seeds/ (kept small, in the repository) plus what earlier
# runs found (target/fuzz-corpus/, not kept). A crash stops the run and leaves its input in fuzz/artifacts/.
fuzz() {
  setup
  local seconds="${1:-60}"
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
  # `check` runs twice: with the CLI's regexes, and with the browser bundle's pattern trees.
  for run in check check:browser-patterns config roster age; do
    local target="${run%%:*}" features=""
    [ "$run" = "$target" ] || features="--features ${run#*:}"
    mkdir -p "target/fuzz-corpus/$target"
    echo "== fuzz $run for ${seconds}s"
    # shellcheck disable=SC2086 # $features is one flag and its value, or nothing
    cargo +nightly fuzz run --fuzz-dir fuzz $features "$target" "target/fuzz-corpus/$target" "fuzz/seeds/$target" -- \
      -max_total_time="$seconds" -print_final_stats=1 2>&1 | grep -E '^(stat::number_of_executed_units|stat::peak_rss|==|SUMMARY|.*panicked)' || true
    [ -z "$(ls fuzz/artifacts/"$target" 2>/dev/null)" ] || { echo "build.sh: fuzz $run found a crash: fuzz/artifacts/$target/" >&2; exit 1; }
  done
}

case "${1:-help}" in
  demo) demo ;;
  test) run_tests ;;
  bench) bench ;;
  eval) eval_sample ;;
  build) build ;;
  extension) build_extension ;;
  fuzz) fuzz "${2:-60}" ;;
  *) sed -n '2,10p' "$0"; [ "${1:-help}" = help ] || exit 2 ;;
esac
