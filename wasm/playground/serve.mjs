#!/usr/bin/env node
// A small static server for the warmly playground: serves wasm/playground/ at `/` and the web
// build of the npm package (wasm/pkg/web/, made by scripts/wasm-build.sh) at `/pkg/`, with the
// `application/wasm` type WebAssembly streaming compilation needs. Local use only.
//
//   node wasm/playground/serve.mjs [port]     (or PORT=8787; 0 picks a free port)
//
// Tests and benchmarks import `startServer` and pass port 0.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

/** Where each URL prefix is served from. */
export const ROOTS = {
  "/pkg/": resolve(here, "../pkg/web"),
  "/": resolve(here),
};

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

/** Maps a URL path to a file under one of the roots, or null when it escapes them. */
function locate(pathname) {
  for (const [prefix, dir] of Object.entries(ROOTS)) {
    if (!pathname.startsWith(prefix)) continue;
    let rel = decodeURIComponent(pathname.slice(prefix.length));
    if (rel === "" || rel.endsWith("/")) rel += "index.html";
    const file = normalize(join(dir, rel));
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

async function handle(req, res) {
  const { pathname } = new URL(req.url, "http://localhost");
  const send = (status, body, type = "text/plain; charset=utf-8") => {
    res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
    res.end(body);
  };
  if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed\n");
  let file;
  try {
    file = locate(pathname);
  } catch {
    return send(400, "bad path\n");
  }
  if (!file) return send(403, "forbidden\n");
  try {
    if (!(await stat(file)).isFile()) return send(404, "not found\n");
    const body = await readFile(file);
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, {
      "content-type": type,
      "content-length": body.length,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    send(404, pathname.startsWith("/pkg/")
      ? "not found (build the package first: scripts/wasm-build.sh)\n"
      : "not found\n");
  }
}

/**
 * Starts the server on 127.0.0.1. Resolves to `{ url, port, close }`; `port` 0 picks a free one.
 */
export function startServer(port = 0, host = "127.0.0.1") {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections?.();
          server.close(() => done());
        }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve.mjs: bad port ${process.argv[2] ?? process.env.PORT}`);
    process.exit(2);
  }
  const { url } = await startServer(port);
  console.log(`warmly playground: ${url}`);
}
