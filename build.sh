#!/usr/bin/env bash
# PostGuard's one entry point.
#
#   ./build.sh demo    build the CLI and check example posts against the embedded sample school (Bucklebury)
#   ./build.sh test    run every test: unit, property, CLI, doc tests, and the scored eval sets
#   ./build.sh bench   criterion benchmarks of the core (check and build times)
#   ./build.sh eval    score the engine on ../shared/eval-sample with the release thresholds
#   ./build.sh build   release build of the CLI (target/release/postguard)
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

build() {
  setup
  cargo build --release --locked --bin postguard
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
}

eval_sample() {
  build
  [ -f "$EVAL_SAMPLE/run.sh" ] || { echo "build.sh: $EVAL_SAMPLE not found (shared/ must sit beside the repository)" >&2; exit 2; }
  bash "$EVAL_SAMPLE/run.sh" "$EVAL_SAMPLE" "$PWD/target/release/postguard check --config {config} --jsonl {posts}" \
    --min-f1 0.95 --min-exact 0.90 --max-false-alarm 0.03
}

run_tests() {
  setup
  cargo test --locked --all-targets
  cargo test --locked --doc
}

bench() {
  setup
  cargo bench --locked --bench engine
}

case "${1:-help}" in
  demo) demo ;;
  test) run_tests ;;
  bench) bench ;;
  eval) eval_sample ;;
  build) build ;;
  *) sed -n '2,9p' "$0"; [ "${1:-help}" = help ] || exit 2 ;;
esac
