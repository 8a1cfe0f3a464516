#!/usr/bin/env bash
# Runs each fuzz target for one time slice, one after the other, on one core (run from fuzz/,
# after `cargo fuzz build -O -s none`). Usage: ./run-slices.sh [SECONDS_PER_TARGET] [LOG_DIR]
set -u
cd "$(dirname "$0")"
seconds=${1:-600}
logs=${2:-logs}
bin=${FUZZ_BIN_DIR:-target/nosan/x86_64-unknown-linux-gnu/release}
mkdir -p "$logs" artifacts/extract artifacts/extract_layouts artifacts/map
[ -d corpus/extract ] || ./seed.sh
run() { # target max_len
  "$bin/$1" "corpus/$1" -max_total_time="$seconds" -max_len="$2" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="artifacts/$1/" -print_final_stats=1 > "$logs/$1.log" 2>&1
  echo "$1: exit $? $(grep -E '^stat::number_of_executed_units' "$logs/$1.log") $(grep -c 'ERROR' "$logs/$1.log") errors"
}
run extract 4096
run extract_layouts 1024
run map 4096
