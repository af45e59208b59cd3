#!/usr/bin/env bash
# Installs what the WebAssembly, Node and browser tests need, skipping whatever is already present,
# so it is safe to run on every test run, on a fresh machine and on CI:
#   - the wasm32-unknown-unknown Rust target;
#   - wasm-bindgen-cli at exactly the version of the `wasm-bindgen` crate in Cargo.lock;
#   - the npm dev dependencies of package-lock.json (`npm ci`) when node_modules is missing or stale;
#   - Debian's chromium (/usr/bin/chromium) for the playwright-core browser tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

log() { printf 'setup-test-deps: %s\n' "$*"; }

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        log "need root to run: $* (no sudo available)" >&2
        return 1
    fi
}

# 1. The wasm32 target.
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
    log "wasm32-unknown-unknown target: present"
else
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at the version of the wasm-bindgen crate in Cargo.lock. The CLI and the
#    crate must agree exactly, or the generated glue refuses the module.
wb_version=""
if [ -f Cargo.lock ]; then
    wb_version="$(awk '
        $0 == "name = \"wasm-bindgen\"" { found = 1; next }
        found && $1 == "version" { gsub(/"/, "", $3); print $3; exit }
        /^\[\[package\]\]/ { found = 0 }
    ' Cargo.lock)"
fi
if [ -z "$wb_version" ]; then
    # No lock file yet (or no wasm crate in it): fall back to the exact pin in wasm/Cargo.toml.
    wb_version="$(sed -n 's/^wasm-bindgen *= *"=\{0,1\}\([0-9.]*\)".*/\1/p' wasm/Cargo.toml | head -n1)"
fi
if [ -z "$wb_version" ]; then
    log "cannot find the wasm-bindgen version in Cargo.lock or wasm/Cargo.toml" >&2
    exit 1
fi
have_wb=""
if command -v wasm-bindgen >/dev/null 2>&1; then
    have_wb="$(wasm-bindgen --version | awk '{print $2}')"
fi
if [ "$have_wb" = "$wb_version" ]; then
    log "wasm-bindgen-cli $wb_version: present"
else
    log "installing wasm-bindgen-cli $wb_version (found: ${have_wb:-none}); takes a few minutes"
    # No --locked: one locked dependency of the CLI is missing from some registries/mirrors.
    cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# 3. npm dev dependencies. npm records what it installed in node_modules/.package-lock.json;
#    it is stale when package-lock.json or package.json is newer.
if [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ package.json -nt node_modules/.package-lock.json ] \
    || [ ! -x node_modules/.bin/wasm-opt ] \
    || [ ! -d node_modules/playwright-core ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
else
    log "npm packages: present and up to date"
fi

# 4. Debian's chromium for the browser tests (playwright-core drives it; no browser download).
if [ -x /usr/bin/chromium ]; then
    log "chromium: present ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
else
    log "installing Debian's chromium"
    export DEBIAN_FRONTEND=noninteractive
    if ! as_root apt-get install -y --no-install-recommends chromium; then
        as_root apt-get update
        as_root apt-get install -y --no-install-recommends chromium
    fi
fi

log "done"
