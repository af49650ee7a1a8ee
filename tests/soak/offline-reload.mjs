// Soak: load the app, let the service worker take control, stop the server, reload and take a
// question, N times over (each in a fresh browser profile). Prints how many succeeded.
// Not part of `make test`; run with `make soak`.
import { chromium } from "@playwright/test";
import { serve } from "../support/serve.mjs";

const rounds = Number(process.argv[2] ?? 20);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let ok = 0;
const failures = [];
for (let round = 1; round <= rounds; round++) {
  const server = await serve({ dir: "dist" });
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = Date.now();
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
    await server.close();
    await page.reload();
    await page.getByRole("button", { name: "Start quiz" }).click({ timeout: 10_000 });
    await page.locator("#question-title").waitFor({ timeout: 10_000 });
    ok++;
    console.log(`round ${round}: ok (${Date.now() - started} ms)`);
  } catch (e) {
    failures.push(`round ${round}: ${String(e).split("\n")[0]}`);
    console.log(failures.at(-1));
  } finally {
    await context.close();
    await server.close();
  }
}
await browser.close();
console.log(`offline reload soak: ${ok} of ${rounds} succeeded`);
process.exit(ok === rounds ? 0 : 1);
