#!/usr/bin/env bash
# Measures crmfile against the floor (benches/floor.rs) on generated stores and writes
# BENCHMARKS.md. Usage: benches/run.sh [N ...]   (default: 10000)
# Needs: python3 (timing and peak memory), rage.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000}")
cargo build --release --quiet
cargo bench --bench floor --no-run --quiet 2>/dev/null
floor_bin=$(ls -t target/release/deps/floor-* | grep -v '\.d$' | head -1)
bin=$PWD/target/release/crmfile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/cfg CRMFILE_NOW=2026-11-22T09:30:00+08:00
today=2026-11-22

export PATH="$HOME/.cargo/bin:$PATH"

# Best of RUNS wall times in seconds (3 decimals) and the peak RSS in MiB of the command.
# With BEFORE set, that shell command runs before each timed run (untimed).
measure_n() {
    local runs=$1; shift
    BEFORE=${BEFORE:-} python3 - "$runs" "$@" <<'PY'
import os, resource, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
before = os.environ.get("BEFORE")
best = float("inf")
for _ in range(runs):
    if before:
        subprocess.run(before, shell=True, check=True)
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - start)
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(f"{best:.3f} {rss}")
PY
}
measure() { measure_n 3 "$@"; }

out=BENCHMARKS.md.new
{
echo "# Benchmarks"
echo
echo "Measured by \`benches/run.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM, $(rustc --version | cut -d' ' -f1-2)."
echo "Stores are made by \`crmfile generate\` (seeded; 0-40 log entries per customer)."
echo "Times are the best of three runs, wall clock; memory is peak RSS. The floor is \`benches/floor.rs\`:"
echo "walk, read, decrypt and parse every record in parallel with the plainest age calls."
echo
} >"$out"

# BENCH_DIR keeps the generated stores (store-N, id-N.txt) for the next run.
keep=${BENCH_DIR:-}
for n in "${sizes[@]}"; do
    if [ -n "$keep" ] && [ -d "$keep/store-$n" ]; then
        store=$keep/store-$n id=$keep/id-$n.txt
    else
        store=${keep:-$work}/store-$n id=${keep:-$work}/id-$n.txt
        mkdir -p "$(dirname "$store")"
        "$bin" --identity "$id" init "$store" 2>/dev/null
        "$bin" --store "$store" --identity "$id" generate --count "$n" --seed 7 --today $today 2>/dev/null
    fi
    export CRMFILE_STORE=$store CRMFILE_IDENTITY=$id
    drop_index="rm -f '$store'/.crmfile/index-*.age"
    floor=$("$floor_bin" "$store" "$CRMFILE_IDENTITY" 3 | python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
    one=$("$bin" find --format ids | head -1)
    phone=$("$bin" show "$one" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["contact"]["phones"][0])')
    "$bin" export --format ndjson >"$work/export-$n.ndjson"
    ratio() { python3 -c "print(f'{$1/$floor:.2f}')"; }
    {
    avg=$(find "$store/" -name '*.toml.age' -printf '%s\n' | awk '{s+=$1; n++} END {printf "%.0f", s/n}')
    echo "## $n customers ($(du -sh --exclude=.crmfile "$store/" | cut -f1) on disk, record files $avg bytes on average)"
    echo
    echo "Floor: $floor s. Cold: the index removed before each run (the run rebuilds it). Warm: the index current."
    echo
    echo "| command | cold s | cold × floor | warm s | peak MiB (cold / warm) |"
    echo "|---|---:|---:|---:|---:|"
    } >>"$out"
    declare -A warm=()
    bulk() {
        local label=$1; shift
        read -r ct cm < <(BEFORE=$drop_index measure "$@")
        read -r wt wm < <(measure "$@")
        warm[$label]=$wt
        echo "| $label | $ct | $(ratio "$ct") | $wt | $cm / $wm |" >>"$out"
    }
    name_part=$("$bin" show "$one" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"][:2])')
    bulk "find PHONE" "$bin" find "$phone"
    bulk "find NAME-PART" "$bin" find "$name_part"
    bulk "remind --within 7d" "$bin" remind --today $today
    bulk "report --format json" "$bin" report --today $today --format json
    bulk "classify --dry-run --format ndjson" "$bin" classify --today $today --dry-run --format ndjson
    # A duplicate is refused after the check and writes nothing: the check alone.
    bulk "add (duplicate check; refused)" "$bin" add --name Bench --phone "$phone"
    bulk "export --format ndjson" "$bin" export --format ndjson
    # The same questions of the same customers in a plaintext SQLite file.
    sq=$(python3 benches/sqlite_baseline.py "$work/export-$n.ndjson" "$work/baseline-$n.sqlite" "$phone" "$name_part" $today)
    sql() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$sq" "$1"; }
    {
    echo
    echo "Against SQLite on plaintext (\`benches/sqlite_baseline.py\`: the export loaded into one SQLite"
    echo "file in $(sql load_s) s; each query timed from opening the file, best of five). crmfile's figure is"
    echo "the warm one above, a whole process."
    echo
    echo "| question | crmfile warm s | SQLite s | crmfile / SQLite |"
    echo "|---|---:|---:|---:|"
    } >>"$out"
    vs() { echo "| $1 | ${warm[$2]} | $(sql "$3") | $(python3 -c "print(f'{${warm[$2]}/max($(sql "$3"),1e-4):.1f}')") |" >>"$out"; }
    vs "remind, 7 days" "remind --within 7d" remind
    vs "find by phone" "find PHONE" find-phone
    vs "find by part of a name" "find NAME-PART" find-name
    vs "report" "report --format json" report
    vs "duplicate check" "add (duplicate check; refused)" add-check
    rm -f "$work/baseline-$n.sqlite"
    {
    echo
    echo "| command | seconds | × floor | peak MiB |"
    echo "|---|---:|---:|---:|"
    } >>"$out"
    row() {
        local label=$1; shift
        read -r t m < <(measure "$@")
        echo "| $label | $t | $(ratio "$t") | $m |" >>"$out"
    }
    row "audit (reads every file; never the index)" "$bin" audit --today $today
    row "set ID (single record)" "$bin" set "$one" title=Bench
    row "log-contact ID (single record)" "$bin" log-contact "$one" --channel phone --summary bench
    fresh=$work/fresh-$n
    rm -rf "$fresh"; "$bin" --identity "$CRMFILE_IDENTITY" init "$fresh" 2>/dev/null
    read -r t m < <(measure_n 1 "$bin" --store "$fresh" import customers --format ndjson "$work/export-$n.ndjson")
    echo "| import customers (ndjson, $(du -h "$work/export-$n.ndjson" | cut -f1), into an empty store; one run) | $t | $(ratio "$t") | $m |" >>"$out"
    rm -rf "$fresh" "$work/export-$n.ndjson"
    # rage -d, one process per file, over 1,000 files.
    find "$store/" -name '*.toml.age' | head -1000 >"$work/files" || true
    read -r rage_s _ < <(measure_n 1 sh -c 'while read -r f; do rage -d -i "$0" "$f" >/dev/null; done <"$1"' "$CRMFILE_IDENTITY" "$work/files")
    per_file_floor=$(python3 -c "print($floor/$n*1000)")
    echo "| rage -d, one process per file, 1,000 files | $rage_s | $(python3 -c "print(f'{$rage_s/$per_file_floor:.1f}')") (vs floor for 1,000) | |" >>"$out"
    echo >>"$out"
done
mv "$out" BENCHMARKS.md
cat BENCHMARKS.md
