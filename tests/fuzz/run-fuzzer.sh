#!/usr/bin/env bash
# Builds the fuzz target with clang (libFuzzer, AddressSanitizer, UBSan) in its own
# build folder and runs it for a bounded time on a corpus of real lemmas.
#   run-fuzzer.sh SOURCE_DIR BUILD_DIR SECONDS
set -euo pipefail
source_dir=$1
build_dir=$2
seconds=${3:-60}

if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DTRENDWEB_FUZZ=ON \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ >/dev/null
fi
cmake --build "$build_dir" --target fuzz_document

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
cp "$source_dir"/tests/fuzz/corpus/* "$work/corpus/"
cp "$source_dir"/content/lemmas/*.md "$work/corpus/" 2>/dev/null || true
cd "$work"
# -timeout: an input that takes longer than 10 s counts as a hang and fails the run.
"$build_dir/tests/fuzz/fuzz_document" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 corpus
