// The benchmark (`make bench`, not part of `make test`): what the app costs to load and to use,
// beside a Yew "hello world" built with the same release profile in the same run, and beside a
// baseline git ref. Prints markdown tables: sizes, load timings (cold, from the service
// worker's cache, and throttled like a slow phone), answer → feedback, Lighthouse, and quizzes
// generated per second natively. Figures are reported, never asserted.
//
//   make bench                    baseline = HEAD
//   make bench BASE=HEAD~5        any other ref
//   RUNS=31 make bench            more runs per timing (default 15)
//   LIGHTHOUSE=0 make bench       skip Lighthouse (it is installed on first use)
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { chromium } from "@playwright/test";
import { serve } from "../support/serve.mjs";

const root = resolve(import.meta.dirname, "../..");
const base = process.env.BASE ?? "HEAD";
const runs = Number(process.env.RUNS ?? 15);
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], ...opts });
const SEEDED = "?seed=k3x9a2&count=10";

// ---------------------------------------------------------------- builds
const app = join(root, "dist");
const baseTree = join(root, "target/bench/base");
if (existsSync(baseTree)) run("git", ["-C", baseTree, "checkout", "--quiet", "--detach", base], { cwd: root });
else run("git", ["worktree", "add", "--quiet", "--detach", baseTree, base], { cwd: root });
if (!existsSync(join(baseTree, "node_modules"))) symlinkSync(join(root, "node_modules"), join(baseTree, "node_modules"));
console.error(`building the baseline (${base}) and the Yew hello world …`);
run("trunk", ["build", "--release", "--offline"], { cwd: baseTree, env: { ...process.env, CARGO_TARGET_DIR: join(root, "target/bench/target") } });
const hello = join(root, "target/bench/hello-dist");
run("trunk", ["build", "--release", "--offline", "--dist", hello], {
  cwd: join(root, "tests/bench/hello"),
  env: { ...process.env, CARGO_TARGET_DIR: join(root, "target/bench/hello-target") },
});
// Served like the app: precompressed beside each file.
for (const f of readdirSync(hello).filter((f) => /\.(html|js|wasm)$/.test(f))) {
  const data = readFileSync(join(hello, f));
  writeFileSync(join(hello, f + ".br"), brotli(data));
  writeFileSync(join(hello, f + ".gz"), gzipSync(data, { level: 9 }));
}

function brotli(data) {
  return brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
}

function fileSizes(dir, name) {
  const data = readFileSync(join(dir, name));
  return { raw: data.length, gz: gzipSync(data, { level: 9 }).length, br: brotli(data).length };
}

// ---------------------------------------------------------------- the browser
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

/** Until the page can be used: the app's first question of a seeded link, the hello heading. */
const targets = {
  app: {
    query: SEEDED,
    async reach(page) {
      await page.getByRole("button", { name: "Start this quiz" }).click();
      await page.locator("#question-title").waitFor();
      return page.evaluate(() => performance.now());
    },
  },
  hello: {
    query: "",
    async reach(page) {
      await page.locator("#hello").waitFor();
      return page.evaluate(() => performance.now());
    },
  },
};

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}

/** The files a page fetched before it could be used (the first load), and the time. */
async function visit(server, which, { throttled = false, context = null } = {}) {
  const ctx = context ?? (await browser.newContext({ serviceWorkers: "block" }));
  const page = await ctx.newPage();
  if (throttled) await throttle(page);
  const files = new Set();
  page.on("request", (r) => files.add(new URL(r.url()).pathname.replace(/^\//, "") || "index.html"));
  await page.goto(server.url + targets[which].query);
  const ms = await targets[which].reach(page);
  const fetched = [...files];
  if (context) await page.close();
  else await ctx.close();
  return { ms, fetched };
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const servers = { app: await serve({ dir: app }), hello: await serve({ dir: hello }), base: await serve({ dir: join(baseTree, "dist") }) };

// First loads, from what each page really fetched.
const firstLoad = {};
for (const [which, dir] of [["app", app], ["hello", hello]]) {
  const { fetched } = await visit(servers[which], which);
  const files = fetched.filter((f) => existsSync(join(dir, f)) && statSync(join(dir, f)).isFile());
  const sizes = files.map((f) => ({ f, ...fileSizes(dir, f) }));
  firstLoad[which] = { files: sizes, raw: 0, gz: 0, br: 0 };
  for (const s of sizes) for (const k of ["raw", "gz", "br"]) firstLoad[which][k] += s[k];
}

// Cold timings, alternating, then throttled.
const times = { app: [], hello: [], appThrottled: [], helloThrottled: [], appCached: [] };
for (let i = 0; i < runs; i++) {
  times.app.push((await visit(servers.app, "app")).ms);
  times.hello.push((await visit(servers.hello, "hello")).ms);
}
const slowRuns = Math.max(5, Math.ceil(runs / 3));
for (let i = 0; i < slowRuns; i++) {
  times.appThrottled.push((await visit(servers.app, "app", { throttled: true })).ms);
  times.helloThrottled.push((await visit(servers.hello, "hello", { throttled: true })).ms);
}
// From the service worker's cache: one visit installs it, then every visit is served by it.
{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(servers.app.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null || navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.close();
  for (let i = 0; i < runs; i++) times.appCached.push((await visit(servers.app, "app", { context })).ms);
  await context.close();
}

// Answer → feedback painted, over 50 answers of a 50-question quiz.
const feedback = [];
{
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  // Answer → feedback at once: no "how sure are you?" in between.
  await page.addInitScript(() => localStorage.setItem("essay-quiz.prefs", '{"theme":"system","confidence":false}'));
  await page.goto(servers.app.url + "?seed=bench&count=50&forms=mc,tf,stance");
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 50; i++) {
    await page.locator(".option").first().click();
    feedback.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Check answer");
            const t0 = performance.now();
            button.click();
            const painted = () =>
              document.querySelector("[data-testid=verdict]") ? requestAnimationFrame(() => done(performance.now() - t0)) : requestAnimationFrame(painted);
            painted();
          }),
      ),
    );
    await page.locator(".feedback > .actions .primary").click();
  }
  await context.close();
}
await browser.close();

// Lighthouse, mobile, from the compressing server.
const lighthouse = {};
if (process.env.LIGHTHOUSE !== "0") {
  const prefix = join(root, "target/bench/lighthouse");
  const bin = join(prefix, "node_modules/.bin/lighthouse");
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true });
    console.error("installing lighthouse@12.2.3 for the benchmark …");
    run("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "lighthouse@12.2.3"]);
  }
  for (const [name, url] of [
    ["app, start page", servers.app.url],
    ["app, seeded link", servers.app.url + SEEDED],
    ["hello world", servers.hello.url],
  ]) {
    const out = join(root, "target/bench", `lh-${name.replace(/\W+/g, "-")}.json`);
    try {
      // Asynchronously: the static servers run in this process and must keep answering.
      await promisify(execFile)(bin, [url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance", "--form-factor=mobile",
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run`],
        { env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 180_000 });
      const r = JSON.parse(readFileSync(out, "utf8"));
      lighthouse[name] = {
        score: Math.round(r.categories.performance.score * 100),
        lcp: r.audits["largest-contentful-paint"].numericValue,
        cls: r.audits["cumulative-layout-shift"].numericValue,
        tbt: r.audits["total-blocking-time"].numericValue,
        si: r.audits["speed-index"].numericValue,
      };
    } catch (e) {
      lighthouse[name] = { error: String(e.message).split("\n")[0] };
    }
  }
}
for (const s of Object.values(servers)) await s.close();

// Natively: quizzes generated per second.
const generated = execFileSync("cargo", ["bench", "--quiet", "--offline", "--bench", "generate"], { cwd: root, encoding: "utf8" }).trim();

// ---------------------------------------------------------------- the tables
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
const out = [];
out.push(`Measured ${new Date().toISOString().slice(0, 10)}, headless Chromium on this machine; baseline \`${base}\`.`, "");
out.push("| first load (every byte before the page can be used) | raw | gzip -9 | brotli -q 11 |", "|---|---|---|---|");
for (const which of ["app", "hello"]) {
  const f = firstLoad[which];
  const label = which === "app" ? "app: seeded link to its first question" : "Yew hello world: first render";
  out.push(`| ${label} | ${kb(f.raw)} | ${kb(f.gz)} | **${kb(f.br)}** |`);
  for (const s of f.files) out.push(`| &nbsp;&nbsp;${s.f.replace(/-[0-9a-f]{16}(?=[._])/, "")} | ${kb(s.raw)} | ${kb(s.gz)} | ${kb(s.br)} |`);
}
out.push(`| ratio, app / hello world (brotli) | | | ${(firstLoad.app.br / firstLoad.hello.br).toFixed(2)}× |`, "");

const baseSizes = (dir) => {
  let br = 0;
  for (const f of readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f))) br += fileSizes(dir, f).br;
  return br;
};
out.push(`html + js + wasm + css of \`dist/\`, brotli: this tree ${kb(baseSizes(app))}, baseline \`${base}\` ${kb(baseSizes(join(baseTree, "dist")))}.`, "");

out.push(`| timing (${runs} cold runs each, alternating; throttled ${slowRuns}) | p50 | p90 |`, "|---|---|---|");
const row = (label, xs) => out.push(`| ${label} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 90))} |`);
row("app: navigation → first question of a seeded link", times.app);
row("app: the same, from the service worker's cache", times.appCached);
row("hello world: navigation → first render", times.hello);
out.push(`| ratio, app / hello world (p50) | ${(pct(times.app, 50) / pct(times.hello, 50)).toFixed(2)}× | |`);
row("app, throttled (1.6 Mbps, 150 ms, 4× CPU)", times.appThrottled);
row("hello world, throttled", times.helloThrottled);
out.push(`| ratio, throttled (p50) | ${(pct(times.appThrottled, 50) / pct(times.helloThrottled, 50)).toFixed(2)}× | |`);
row("answer → feedback painted (50 answers)", feedback);
out.push("");
if (Object.keys(lighthouse).length) {
  out.push("| Lighthouse 12, mobile | Performance | LCP | CLS | TBT | Speed Index |", "|---|---|---|---|---|---|");
  for (const [name, r] of Object.entries(lighthouse)) {
    if (r.error) out.push(`| ${name} | failed: ${r.error} | | | | |`);
    else out.push(`| ${name} | ${r.score} | ${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${ms(r.tbt)} | ${(r.si / 1000).toFixed(2)} s |`);
  }
  out.push("");
}
out.push(`Natively: ${generated}.`);
console.log(out.join("\n"));
