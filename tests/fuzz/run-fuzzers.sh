#!/usr/bin/env bash
# Bounded libFuzzer run of every importer's fuzz target (docs/fuzzing.md).
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]     (default 20)
# Builds the fuzz targets with clang (ASan + UBSan + libFuzzer) in build-fuzz/ (or
# $WAYMARK_FUZZ_BUILD_DIR), then runs each over a copy of its corpus in tests/fuzz/corpus/, so
# nothing is written into the source tree. Exit 0: no target crashed, hung or broke a rule;
# 1: a target failed (its input is kept under <build dir>/artifacts/); 77: no clang++ or no
# libFuzzer runtime here (apt-get install clang libclang-rt-14-dev), so nothing was run.
# WAYMARK_FUZZ_TARGETS="jsonbundle ..." picks targets; WAYMARK_FUZZ_JOBS sets build parallelism (2).
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD

seconds=${1:-20}
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
    echo "usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi
build_dir=${WAYMARK_FUZZ_BUILD_DIR:-build-fuzz}
cxx=${WAYMARK_FUZZ_CXX:-clang++}
jobs=${WAYMARK_FUZZ_JOBS:-2}
read -r -a targets <<<"${WAYMARK_FUZZ_TARGETS:-jsonbundle bankholidays ruleoverrides mentorimport}"

corpus_of() {
    case $1 in
        jsonbundle) echo json-bundle ;;
        bankholidays) echo bank-holidays ;;
        ruleoverrides) echo rule-overrides ;;
        mentorimport) echo mentor-spreadsheet ;;
        *) echo "run-fuzzers: unknown target $1" >&2; exit 2 ;;
    esac
}

# The toolchain: clang++ that can link a libFuzzer program with the sanitizers.
skip() {
    echo "fuzz: skipped: $1" >&2
    echo "fuzz: on Debian 12: apt-get install clang libclang-rt-14-dev" >&2
    exit 77
}
command -v "$cxx" >/dev/null 2>&1 || skip "$cxx not found"
probe_dir=$(mktemp -d)
trap 'rm -rf "$probe_dir"' EXIT
printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n' \
    >"$probe_dir/probe.cpp"
"$cxx" -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" 2>"$probe_dir/log" ||
    skip "$cxx cannot build a libFuzzer program ($(head -c 300 "$probe_dir/log"))"

start=$SECONDS
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    # Debug keeps Qt's inline Q_ASSERTs; -O1 with line tables is the usual speed for fuzzing.
    cmake -S "$source_dir" -B "$build_dir" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
        -DWAYMARK_BUILD_FUZZERS=ON -DWAYMARK_BUILD_GUI=OFF -DWAYMARK_BUILD_TESTS=OFF >/dev/null
fi
build_targets=()
for t in "${targets[@]}"; do
    corpus_of "$t" >/dev/null
    build_targets+=("waymark_fuzz_$t")
done
cmake --build "$build_dir" --parallel "$jobs" --target "${build_targets[@]}"
echo "fuzz: built in $((SECONDS - start)) s"

work=$(mktemp -d)
trap 'rm -rf "$probe_dir" "$work"' EXIT
artifacts=$build_dir/artifacts
mkdir -p "$artifacts"
failed=()
for t in "${targets[@]}"; do
    name=$(corpus_of "$t")
    mkdir -p "$work/$name"
    cp tests/fuzz/corpus/"$name"/* "$work/$name/"
    dict=()
    [[ -f tests/fuzz/dict/$name.dict ]] && dict=(-dict="tests/fuzz/dict/$name.dict")
    log=$build_dir/fuzz-$name.log
    echo "fuzz: $name for $seconds s"
    status=0
    # Leaks are checked per input by libFuzzer; Qt's own one-time allocations at exit are not ours.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
        "$build_dir/bin/waymark_fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$name-" "${dict[@]}" "$work/$name" \
        >"$log" 2>&1 || status=$?
    stats=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true)
    runs=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
    if ((status != 0)); then
        echo "fuzz: $name FAILED (exit $status); log: $log" >&2
        grep -E 'fuzz target|ERROR|SUMMARY|Test unit written|runtime error|==ERROR' "$log" | head -20 >&2 || true
        failed+=("$name")
    else
        echo "fuzz: $name ok: ${runs:-?} runs; ${stats:-no stats}"
    fi
done
echo "fuzz: whole run $((SECONDS - start)) s"
if ((${#failed[@]})); then
    echo "fuzz: failed: ${failed[*]} (inputs in $artifacts/)" >&2
    exit 1
fi
