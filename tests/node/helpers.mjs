// Shared helpers for the Node tests of the WebAssembly build (wasm/pkg, made by
// scripts/wasm-build.sh).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** The npm package directory. */
export const PKG = resolve(ROOT, "wasm/pkg");

if (!existsSync(resolve(PKG, "node/index.mjs"))) {
  throw new Error("wasm/pkg is missing: run scripts/wasm-build.sh before the Node tests");
}

/** The package's ES module entry for Node. */
export const warmly = await import(resolve(PKG, "node/index.mjs"));

/** Byte offset (UTF-8) to UTF-16 offset in `text`. */
export function utf16Offset(text, byte) {
  const bytes = Buffer.from(text, "utf8");
  if (byte < 0 || byte > bytes.length) throw new RangeError(`byte ${byte} out of range`);
  return bytes.subarray(0, byte).toString("utf8").length;
}
