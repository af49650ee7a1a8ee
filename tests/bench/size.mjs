// Benchmark: what the app costs to load, for this tree and for a baseline git ref built side by
// side in the same run. Prints each file's raw and brotli size, the totals, and the median time
// from navigation to the start screen in headless Chromium. Not part of `make test`.
//
//   make bench              baseline = HEAD (what this tree's uncommitted changes cost)
//   make bench BASE=HEAD~5  any other ref
import { execFileSync } from "node:child_process";
import { brotliCompressSync, constants } from "node:zlib";
import { existsSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { serve } from "../support/serve.mjs";

const root = resolve(import.meta.dirname, "../..");
const base = process.env.BASE ?? "HEAD";
const runs = Number(process.env.RUNS ?? 9);
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], ...opts });

// The baseline: a worktree of BASE, built with its own target directory.
const tree = join(root, "target/bench/base");
if (existsSync(tree)) run("git", ["-C", tree, "checkout", "--quiet", "--detach", base], { cwd: root });
else run("git", ["worktree", "add", "--quiet", "--detach", tree, base], { cwd: root });
if (!existsSync(join(tree, "node_modules"))) symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
console.log(`building the baseline (${base}) …`);
run("trunk", ["build", "--release", "--offline"], { cwd: tree, env: { ...process.env, CARGO_TARGET_DIR: join(root, "target/bench/target") } });

function sizes(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const bytes = readFileSync(p);
        const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        // Hashed names differ between builds: compare by kind.
        const kind = p.slice(dir.length + 1).replace(/-[0-9a-f]{16}(?=[._])/, "");
        out.set(kind, { raw: bytes.length, br });
      }
    }
  };
  walk(dir);
  return out;
}

async function startTimes(dir) {
  const server = await serve({ dir });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("#start-title").waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  await browser.close();
  await server.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const now = sizes(join(root, "dist"));
const then = sizes(join(tree, "dist"));
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const delta = (a, b) => ((a - b >= 0 ? "+" : "") + ((a - b) / 1024).toFixed(1)).padStart(8);
console.log(`\n${"file".padEnd(28)} ${"raw KB".padStart(8)} ${"br KB".padStart(8)} ${"base br".padStart(8)} ${"Δ br".padStart(8)}`);
let total = { raw: 0, br: 0, base: 0 };
let first = { br: 0, base: 0 };
for (const kind of [...new Set([...now.keys(), ...then.keys()])].sort()) {
  const a = now.get(kind) ?? { raw: 0, br: 0 };
  const b = then.get(kind) ?? { raw: 0, br: 0 };
  console.log(`${kind.padEnd(28)} ${kb(a.raw)} ${kb(a.br)} ${kb(b.br)} ${delta(a.br, b.br)}`);
  total = { raw: total.raw + a.raw, br: total.br + a.br, base: total.base + b.br };
  // What the page itself needs before it can be used (the worker precaches the rest after).
  if (/^(index\.html|essay-quiz(_bg)?\.(js|wasm)|styles\.css)$/.test(kind)) first = { br: first.br + a.br, base: first.base + b.br };
}
console.log(`${"all of dist/".padEnd(28)} ${kb(total.raw)} ${kb(total.br)} ${kb(total.base)} ${delta(total.br, total.base)}`);
console.log(`${"first load (html+js+wasm+css)".padEnd(28)} ${"".padStart(8)} ${kb(first.br)} ${kb(first.base)} ${delta(first.br, first.base)}`);
const [tNow, tThen] = [await startTimes(join(root, "dist")), await startTimes(join(tree, "dist"))];
console.log(`\nnavigation to start screen, median of ${runs}: ${tNow.toFixed(0)} ms (baseline ${tThen.toFixed(0)} ms)`);
