// The web app manifest: Chromium finds nothing that stops installing the app, and every icon
// the manifest names is served at the size it claims.
import { chromium } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./support.mjs";

test("Chromium considers the app installable", async ({ server }, testInfo) => {
  // Installing is not offered in incognito, which is what test contexts are: use a profile.
  const profile = mkdtempSync(join(tmpdir(), "essay-quiz-install-"));
  const context = await chromium.launchPersistentContext(profile, testInfo.project.use.launchOptions);
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
    const cdp = await context.newCDPSession(page);
    const { errors, data } = await cdp.send("Page.getAppManifest");
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);

    const manifest = JSON.parse(data);
    expect(manifest).toMatchObject({ start_url: "./", scope: "./", display: "standalone", short_name: "Essay quiz" });
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons.filter((i) => i.type === "image/png")) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, icon.src);
      expect(size).toBe(icon.sizes);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
