// A plain static server for dist/, as a good static host would serve it: no reload script, no
// rewriting, and the build's precompressed .br and .gz files with their Content-Encoding when
// the browser accepts them. Used by `make serve` and, started and stopped in-process, by the browser tests
// (stopping it is how they take the network away).
//
//   node tests/support/serve.mjs [dir] [--port 8080] [--base /some/path/]
import http from "node:http";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

/**
 * Serves `dir` under `base` (a path ending in "/"), or several builds side by side on one
 * origin (`mounts: [{ dir, base }]`, so they share its storage); resolves to { url, close }.
 */
export function serve({ dir = "dist", port = 0, base = "/", mounts = [{ dir, base }] } = {}) {
  const handlers = mounts.map((m) => ({ base: m.base, files: sirv(m.dir, { dev: true, etag: true, brotli: true, gzip: true }) }));
  // What was sent: each response's path, status and body bytes, for tests that count downloads.
  const sent = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      if (chunk) bytes += chunk.length;
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") bytes += chunk.length;
      return end(chunk, ...rest);
    };
    res.on("finish", () => sent.push({ path: url.pathname, status: res.statusCode, bytes }));
    const mount = handlers.find((h) => url.pathname.startsWith(h.base));
    if (!mount) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    req.url = "/" + url.pathname.slice(mount.base.length) + url.search;
    mount.files(req, res, () => res.writeHead(404, { "content-type": "text/plain" }).end("Not found"));
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://localhost:${actual}${mounts[0].base}`,
        origin: `http://localhost:${actual}`,
        port: actual,
        sent,
        // Closes the server and cuts open connections, as a host going down would.
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option("--port", "8080"));
  let base = option("--base", "/");
  if (!base.endsWith("/")) base += "/";
  const dir = args[0] ?? "dist";
  const { url } = await serve({ dir, port, base });
  console.log(`Serving ${dir}/ at ${url}  (Ctrl+C stops)`);
}
