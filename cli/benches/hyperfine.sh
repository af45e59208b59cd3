#!/usr/bin/env bash
# Whole-process benchmarks of the warmly CLI (numbers in docs/bench-cli.md):
#   1. one small draft from stdin (start-up + one lint);
#   2. 10,000 canned replies in 10,000 files (walk + read + lint + report);
#   3. a 100 MB JSON Lines file in record mode (throughput and peak RSS).
# Inputs are generated from the dev corpus into a temporary directory (nothing is committed).
# Needs hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time) for peak RSS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${CARGO_TARGET_DIR:-$root/target}"
# The shipped binary (static-pie on Linux; scripts/dist.sh) and the plain `cargo build --release`
# one (dynamically linked), for the start-up comparison.
warmly="$("$root/scripts/dist.sh" | tail -n 1)"
cargo build --release -p warmly-cli --manifest-path "$root/Cargo.toml"
dynamic="$target/release/warmly"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$root/tests/corpus/dev.jsonl" "$work" <<'PY'
import json, os, sys
corpus, work = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8") if l.strip()]
open(os.path.join(work, "draft.txt"), "w").write(
    "Hi Sam, calm down. Per my last email, kindly revert with the RMA ASAP.\n")
os.makedirs(os.path.join(work, "files"))
for i in range(10_000):
    d = os.path.join(work, "files", f"d{i // 500:02}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f"reply-{i:05}.txt"), "w", encoding="utf-8") as f:
        f.write(texts[i % len(texts)] + "\n")
with open(os.path.join(work, "big.jsonl"), "w", encoding="utf-8") as f:
    n = 0
    while f.tell() < 100 * 1024 * 1024:
        f.write(json.dumps({"id": f"rec-{n}", "text": texts[n % len(texts)]}) + "\n")
        n += 1
PY

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "inputs: $(find "$work/files" -type f | wc -l) files ($(du -sh "$work/files" | cut -f1)), big.jsonl $(du -m "$work/big.jsonl" | cut -f1) MB, $(wc -l < "$work/big.jsonl") records"

# (hyperfine measures and subtracts the shell's own start-up for the redirection.)
hyperfine --warmup 5 --runs 100 \
    --export-markdown "$work/small.md" \
    -n "release binary (scripts/dist.sh)" "$warmly check --format concise --exit-zero - < $work/draft.txt" \
    -n "cargo build --release (dynamic)" "$dynamic check --format concise --exit-zero - < $work/draft.txt"
hyperfine --warmup 1 --runs 5 \
    --export-markdown "$work/files.md" \
    "$warmly check --format concise --exit-zero $work/files > /dev/null"
hyperfine --warmup 0 --runs 2 \
    --export-markdown "$work/jsonl.md" \
    "$warmly check --format jsonl --exit-zero $work/big.jsonl > /dev/null"
/usr/bin/time -v "$warmly" check --format jsonl --exit-zero "$work/big.jsonl" 2> "$work/time.txt" > /dev/null
grep -E "Maximum resident|Elapsed" "$work/time.txt"
/usr/bin/time -v "$warmly" check --format json --exit-zero "$work/big.jsonl" 2> "$work/time-json.txt" > /dev/null
echo "--format json:"; grep -E "Maximum resident|Elapsed" "$work/time-json.txt"
cat "$work/small.md" "$work/files.md" "$work/jsonl.md"
