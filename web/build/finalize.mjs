// Trunk post_build hook (see Trunk.toml): finishes the staged build before it becomes dist/.
//
// 0. The shell: the start screen, rendered by the app's own components natively
//    (`cargo run --bin essay-quiz` prints it), goes into index.html so that the first paint
//    shows it before any wasm has loaded.
// 1. Styles: the stylesheet goes inline into index.html, so the first paint waits for nothing
//    else.
// 2. Content-Security-Policy: Trunk's loader is an inline module script that changes with every
//    build. Its sha256 goes into the CSP meta tag's script-src, the inline styles' into
//    style-src, and Trunk's nonce placeholder is dropped, so no 'unsafe-inline' is needed.
// 3. Service worker: sw.js gets this build's id (a hash of every other file) and the list of
//    files to precache, so each build has its own cache and never mixes with another.
// 4. Compression: every text and wasm file gets a .br (brotli, quality 11) and a .gz (gzip,
//    level 9) beside it, which many static hosts serve as they are (and `make serve` does).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("finalize.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)");
  process.exit(1);
}
const fail = (message) => {
  console.error(`finalize.mjs: ${message}`);
  process.exit(1);
};

// 0. Shell
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
const shell = execFileSync(
  "cargo",
  // Its own target folder (one for every build, the labelled one too), so the native build
  // never waits on the wasm build's lock and is compiled once.
  ["run", "--quiet", "--offline", "--bin", "essay-quiz", "--target-dir", "target/shell"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 },
);
if (!shell.includes('id="start-title"')) fail("the shell rendered without the start screen");
// Trunk minifies release html, so attribute quotes may be gone.
const slot = /<div id="?shell"? inert(="")?><\/div>/;
if (!slot.test(html)) fail('index.html lacks its <div id="shell" inert></div>');
// The shell is a picture of the start screen, not the app: it carries none of the app's test
// hooks, so a test never finds the same hook twice in the moment the app has rendered (hidden)
// and not yet taken the shell's place.
const picture = shell.replace(/\sdata-testid="[^"]*"/g, "");
html = html.replace(slot, () => `<div id="shell" inert>${picture}</div>`);

// 1. Styles, inline: the first paint then needs index.html alone, not a second request for the
//    stylesheet (on a throttled phone, 1.6 Mbps and 150 ms, the start screen painted at 408 ms
//    instead of 592). The service worker keeps index.html like any other file.
// Trunk minifies release html: attributes may come in any order, unquoted.
const sheet = html.match(/<link[^>]*\brel="?stylesheet\b[^>]*>/);
const sheetFile = sheet?.[0].match(/\bhref="?\.\/([^"\s>]+\.css)/)?.[1];
if (!sheetFile) fail("found no stylesheet link in index.html");
const css = readFileSync(join(staging, sheetFile), "utf8");
if (css.includes("</style")) fail(`${sheetFile} holds "</style", which would end its inline copy`);
// At the end of the head: the preload scanner meets the js and wasm links first, and the styles
// still come before anything is drawn.
if (!html.includes("</head>")) fail("index.html lacks its </head>");
html = html.replace(sheet[0], "").replace("</head>", () => `<style>${css}</style></head>`);
unlinkSync(join(staging, sheetFile));

// 2. CSP
html = html.replace(/\snonce=("[^"]*"|[^\s>]*)/g, "");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) fail("found no inline loader script in index.html");
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const hashes = inline.map(sha256);
const meta = html.match(/<meta[^>]*Content-Security-Policy[^>]*>/)?.[0];
if (!meta?.includes("script-src 'self'") || !meta.includes("style-src 'self'")) {
  fail("found no CSP meta tag with script-src 'self' and style-src 'self' in index.html");
}
const csp = meta
  .replace("script-src 'self'", `script-src 'self' ${hashes.join(" ")}`)
  .replace("style-src 'self'", `style-src 'self' ${sha256(css)}`);
html = html.replace(meta, () => csp);
writeFileSync(indexPath, html);

// 3. Service worker
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(staging, path).split(sep).join("/"));
  }
};
walk(staging);
const precache = files.filter((f) => f !== "sw.js");
const build = createHash("sha256");
for (const f of precache) build.update(f).update("\0").update(readFileSync(join(staging, f))).update("\0");
const id = build.digest("hex").slice(0, 12);

const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8");
if (!sw.includes('"__BUILD__"') || !sw.includes("__PRECACHE__")) fail("sw.js lacks its __BUILD__ or __PRECACHE__ placeholder");
writeFileSync(swPath, sw.replace('"__BUILD__"', JSON.stringify(id)).replace("__PRECACHE__", JSON.stringify(precache)));
console.log(`finalize.mjs: build ${id}, ${precache.length} files precached, CSP script hash ${hashes.join(" ")}`);

// 4. Compression, last, so that it sees the finished files.
const COMPRESS = /\.(html|js|mjs|wasm|css|svg|webmanifest|json|txt)$/;
let raw = 0;
let br = 0;
for (const f of files.filter((f) => COMPRESS.test(f))) {
  const path = join(staging, f);
  const data = readFileSync(path);
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: f.endsWith(".wasm") ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(data, { level: 9 }));
  raw += data.length;
  br += brotli.length;
}
console.log(`finalize.mjs: compressed ${raw} bytes of text and wasm to ${br} bytes of brotli (.br and .gz beside each)`);
