// ES module entry for Node: the wasm-bindgen `nodejs` build (CommonJS, loads the .wasm
// synchronously) re-exported, plus no-op `init`/`initSync` so code written for the browser
// build (`await init(); new Linter()`) runs unchanged in Node.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const wasm = require("./warmly.cjs");

/** The linter class (see the TypeScript declarations). */
export const Linter = wasm.Linter;
/** The version of warmly. */
export const version = wasm.version;

/** Nothing to do in Node: the module is instantiated on import. Resolves at once. */
export default async function init() {
  return undefined;
}

/** Nothing to do in Node: the module is instantiated on import. */
export function initSync() {
  return undefined;
}
