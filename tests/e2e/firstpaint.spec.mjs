// The first paint: the page shows the start screen (or a shared link's screen) before any wasm
// has loaded, and when the app takes over nothing on the page moves: no layout shift, and
// every part of the start screen exactly where it was.
import { test, expect } from "./support.mjs";

/** Holds the wasm back until `release()`, so the page can be seen as it first paints. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Records every layout shift from the start of the page's life. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Where each part of the start screen is drawn. */
async function startLayout(page, root) {
  return page.evaluate((root) => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    };
    const scope = document.querySelector(root);
    const parts = {};
    for (const [name, selector] of [
      ["top bar", "header.top"],
      ["title", "#start-title"],
      ["lead", ".start .lead"],
      ["settings", "form.settings"],
      ["mode hint", ".mode-hint"],
      ["start button", "form.settings button[type=submit]"],
      ["results", ".history"],
      ["footer", "footer.foot"],
    ]) {
      const el = scope.querySelector(selector);
      parts[name] = el ? box(el) : null;
    }
    parts.chips = [...scope.querySelectorAll(".chip")].map(box);
    return parts;
  }, root);
}

for (const [device, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["laptop", { width: 1280, height: 800 }],
]) {
  test(`${device}: the start screen is in the first paint, and nothing moves when the app takes over`, async ({ page, quiz }) => {
    await page.setViewportSize(viewport);
    await watchShifts(page);
    const release = await holdWasm(page);
    await page.goto(quiz.url);

    // Before any wasm: the start screen, drawn from the build-time shell.
    const shell = page.locator("#shell");
    await expect(shell.locator("#start-title")).toHaveText("This Changed Everything—Twice");
    // Four ways to study, three counts, six sections, eight forms.
    await expect(shell.locator(".chip")).toHaveCount(4 + 3 + 6 + 8);
    await expect(shell.locator("footer")).toContainText("Version");
    const before = await startLayout(page, "#shell");

    release();
    await quiz.ready();
    const after = await startLayout(page, "#app");
    expect(after).toEqual(before);
    await expect(page.getByRole("button", { name: "Start quiz" })).toBeEnabled();

    // Let any late shift be recorded, then none may have happened.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  });

  test(`${device}: a shared link first paints its own screen, and nothing shifts`, async ({ page, quiz }) => {
    await page.setViewportSize(viewport);
    await watchShifts(page);
    const release = await holdWasm(page);
    await page.goto(quiz.url + "?seed=k3x9a2&count=5");

    const shell = page.locator("#shell");
    await expect(shell.getByText("A quiz was shared with you")).toBeVisible();
    await expect(shell.locator("#start-title")).toBeHidden();
    const top = await shell.locator("header.top").boundingBox();

    release();
    await quiz.ready();
    await expect(page.getByRole("heading", { name: "A quiz was shared with you" })).toBeVisible();
    expect(await page.locator("#app header.top").boundingBox()).toEqual(top);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => window.__shifts)).toEqual([]);
  });
}

test("the shell cannot be used before the app is there, and is gone after", async ({ page, quiz }) => {
  const release = await holdWasm(page);
  await page.goto(quiz.url);
  // Inert: no control of the shell takes focus, so no keystroke goes to a control that cannot act.
  await expect(page.locator("#shell #start-title")).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  release();
  await quiz.ready();
  await expect(page.getByRole("button", { name: "Start quiz" })).toHaveCount(1);
  await expect(page.locator("[id=start-title]")).toHaveCount(1);
});
