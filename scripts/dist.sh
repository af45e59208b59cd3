#!/usr/bin/env bash
# Builds the warmly release binary the way it is shipped and benchmarked: target/dist/warmly.
#
# On x86_64/aarch64 Linux with glibc it is linked statically (static-pie, `+crt-static`): the
# dynamic loader then has no libraries to find, map and relocate, which is a sixth of the
# start-up of one short draft (about 0.8 ms of 5 on the benchmark machine; BENCHMARKS.md). The
# flag goes in RUSTFLAGS with an explicit `--target`, so it reaches only the target crates, not
# build scripts or proc-macros (which cannot be static). Elsewhere it is a plain release build.
#
#   scripts/dist.sh            # prints the binary's path on the last line
#   cp target/dist/warmly ~/.local/bin/
#
# Uses $CARGO_TARGET_DIR when set, target/ otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
host="$(rustc -vV | sed -n 's/^host: //p')"

case "$host" in
    x86_64-unknown-linux-gnu | aarch64-unknown-linux-gnu)
        RUSTFLAGS="${RUSTFLAGS:-} -C target-feature=+crt-static" \
            cargo build --release --locked -p warmly-cli --target "$host" \
            --manifest-path "$root/Cargo.toml" >&2
        built="$target_dir/$host/release/warmly"
        ;;
    *)
        cargo build --release --locked -p warmly-cli --manifest-path "$root/Cargo.toml" >&2
        built="$target_dir/release/warmly"
        ;;
esac

mkdir -p "$target_dir/dist"
# Copied to a temporary name and renamed: a running copy is never overwritten in place.
cp "$built" "$target_dir/dist/.warmly.tmp"
mv -f "$target_dir/dist/.warmly.tmp" "$target_dir/dist/warmly"
echo "$target_dir/dist/warmly"
