#!/usr/bin/env bash
# Builds the warmly browser extension: copies the extension sources and the web build of the
# WebAssembly core (wasm/pkg/web, made by scripts/wasm-build.sh) into wasm/extension/dist/, the
# folder to load unpacked, and zips it as wasm/extension/dist/warmly-extension.zip.
# WARMLY_WASM_WEB=<dir> takes warmly.js and warmly_bg.wasm from another folder (another build of
# the core, e.g. a debug build).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

src="wasm/extension"
dist="$src/dist"
web="${WARMLY_WASM_WEB:-wasm/pkg/web}"
log() { printf 'extension-build: %s\n' "$*"; }

for f in warmly.js warmly_bg.wasm; do
    if [ ! -f "$web/$f" ]; then
        log "missing $web/$f: run scripts/wasm-build.sh first" >&2
        exit 1
    fi
done

rm -rf "$dist"
mkdir -p "$dist/src" "$dist/lib" "$dist/icons"
cp "$src/manifest.json" "$src"/popup.{html,css,js} "$src"/options.{html,css,js} "$dist/"
cp "$src"/src/*.js "$dist/src/"
cp "$src"/icons/*.png "$dist/icons/"
cp "$web/warmly.js" "$web/warmly_bg.wasm" "$dist/lib/"
cp LICENSE-MIT LICENSE-APACHE "$dist/"

# Every file the manifest names must exist in the folder.
node -e '
const fs = require("fs"), path = require("path");
const dist = process.argv[1];
const m = JSON.parse(fs.readFileSync(path.join(dist, "manifest.json"), "utf8"));
const files = [
  ...Object.values(m.icons), ...Object.values(m.action.default_icon), m.action.default_popup,
  m.options_ui.page, m.background.service_worker, ...m.content_scripts.flatMap((c) => c.js),
  ...m.web_accessible_resources.flatMap((w) => w.resources),
];
const missing = files.filter((f) => !fs.existsSync(path.join(dist, f)));
if (missing.length) { console.error("extension-build: manifest names missing files: " + missing.join(", ")); process.exit(1); }
' "$dist"

zip_path="$dist/warmly-extension.zip"
tmp_zip="$(mktemp -d)/warmly-extension.zip"
if command -v zip >/dev/null 2>&1; then
    (cd "$dist" && zip -qr -X "$tmp_zip" . -x 'warmly-extension.zip')
else
    (cd "$dist" && python3 -c '
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for d, _, files in sorted(os.walk(".")):
        for f in sorted(files):
            p = os.path.join(d, f)[2:]
            if p != "warmly-extension.zip":
                z.write(p, p)
' "$tmp_zip")
fi
mv "$tmp_zip" "$zip_path"
rmdir "$(dirname "$tmp_zip")"

wasm_kb="$(awk -v b="$(wc -c < "$dist/lib/warmly_bg.wasm")" 'BEGIN { printf "%.1f", b / 1024 }')"
zip_kb="$(awk -v b="$(wc -c < "$zip_path")" 'BEGIN { printf "%.1f", b / 1024 }')"
log "unpacked extension in $dist (warmly_bg.wasm $wasm_kb KB)"
log "zip: $zip_path ($zip_kb KB)"
