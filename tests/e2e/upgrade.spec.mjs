// Data saved by the last schema 1 release (built from git by `make release-1-build`) opens in
// this one with every result still there, upgraded once; and a tab still on that release,
// after this one upgraded the data, does not write over it.
import { readFileSync } from "node:fs";
import { test as base, expect, recorded, QuizPage, CLAIMS, CLAIM_IDS } from "./support.mjs";
import { serve } from "../support/serve.mjs";

const OLD = "target/e2e/release-1";
const RESULT = "essay-quiz.result.";

const test = base.extend({
  // Both builds on one origin, so they share its storage, as an update does.
  server: async ({}, use) => {
    const server = await serve({ mounts: [{ dir: "dist", base: "/app/" }, { dir: OLD, base: "/old/" }] });
    await use(server);
    await server.close();
  },
});

async function storedResults(page) {
  return page.evaluate((prefix) => {
    const out = {};
    for (const k of Object.keys(localStorage).filter((k) => k.startsWith("essay-quiz."))) out[k] = localStorage.getItem(k);
    return out;
  }, RESULT);
}

test("results saved by the schema 1 release open in this one, every one, upgraded once", async ({ page, server }) => {
  const old = new QuizPage(page, `${server.origin}/old/`);
  // The old release plays and saves two quizzes.
  for (const right of [() => true, (i) => i === 0]) {
    await page.goto(old.url);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await page.locator("#question-title").waitFor();
    for (let i = 0; i < 10; i++) {
      await page.locator(".kicker").waitFor();
      if (await page.locator(".option").count()) await page.locator(".option").first().click();
      const check = page.getByRole("button", { name: /^Check/ });
      if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("something");
      if (await page.locator("select").count()) for (const s of await page.locator("select").all()) await s.selectOption({ index: 1 });
      await check.click();
      await page.getByTestId("verdict").waitFor();
      await page.locator(".feedback .primary").click();
    }
    await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  }
  const before = await storedResults(page);
  const oldKeys = Object.keys(before).filter((k) => k.startsWith(RESULT));
  expect(oldKeys).toHaveLength(2);
  expect(oldKeys.every((k) => JSON.parse(before[k]).schema === 1)).toBe(true);

  // This release opens the same device: the results are there, and now at schema 2.
  const app = new QuizPage(page, `${server.origin}/app/`);
  await app.open();
  await expect(page.getByTestId("quiz-count")).toHaveText("2");
  const after = await storedResults(page);
  expect(Object.keys(after).filter((k) => k.startsWith(RESULT)).sort()).toEqual(oldKeys.sort());
  for (const k of oldKeys) {
    const [was, now] = [JSON.parse(before[k]), JSON.parse(after[k])];
    expect(now.schema).toBe(2);
    expect([now.score, now.answers.map((a) => [a.claim, a.form, a.correct])]).toEqual([was.score, was.answers.map((a) => [a.claim, a.form, a.correct])]);
  }
  expect(Object.keys(after).some((k) => k.startsWith("essay-quiz.backup."))).toBe(false);
  expect(after["essay-quiz.schema"]).toBe("2");
  // And they seeded the memory: the progress screen has studied claims.
  await page.getByRole("button", { name: "Progress" }).click();
  // (Claims the bank has since dropped no longer count.)
  const answered = new Set(oldKeys.flatMap((k) => JSON.parse(before[k]).answers.map((a) => a.claim)).filter((c) => CLAIM_IDS.has(c)));
  await expect(page.getByTestId("streak")).toContainText(`${answered.size} of ${CLAIMS} claims studied`);
});

test("a schema 1 profile with damaged entries keeps them untouched and upgrades the rest", async ({ page, server }) => {
  const app = new QuizPage(page, `${server.origin}/app/`);
  const profile = JSON.parse(readFileSync(new URL("../fixtures/profile-schema1.json", import.meta.url), "utf8"));
  await page.goto(`${server.origin}/app/`);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, profile.entries);
  await app.open();
  await expect(page.getByTestId("quiz-count")).toHaveText("3");
  await expect(page.getByText("2 saved result(s) could not be read. They are kept on this device unchanged.")).toBeVisible();
  const stored = await storedResults(page);
  for (const [k, v] of profile.entries) {
    if (k.endsWith("-zz9") || k.endsWith("-lie1")) expect(stored[k], k).toBe(v);
    else if (k.startsWith(RESULT)) expect(JSON.parse(stored[k]).schema, k).toBe(2);
  }
  expect(await page.evaluate(() => localStorage.getItem("another-app.settings"))).toBe("{\"volume\":3}");
});

test("a tab still on the schema 1 release does not write over what this one upgraded", async ({ page, context, server }) => {
  // A student has the old release open, mid-quiz…
  await page.goto(`${server.origin}/old/`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.locator("#question-title").waitFor();
  // …while this release opens in another tab and saves a quiz at schema 2.
  const other = await context.newPage();
  const app = new QuizPage(other, `${server.origin}/app/`);
  const rec = recorded("choice");
  await app.open(rec.query);
  await other.getByRole("button", { name: "Start this quiz" }).click();
  await app.play(rec, { by: "mouse", right: () => true });
  await expect(other.getByText("Saved on this device.", { exact: true })).toBeVisible();
  const upgraded = await storedResults(other);

  // The old tab finishes its quiz: it sees the newer data and keeps its result on screen.
  for (let i = 0; i < 10; i++) {
    await page.locator(".kicker").waitFor();
    if (await page.locator(".option").count()) await page.locator(".option").first().click();
    if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("something");
    if (await page.locator("select").count()) for (const s of await page.locator("select").all()) await s.selectOption({ index: 1 });
    await page.getByRole("button", { name: /^Check/ }).click();
    await page.getByTestId("verdict").waitFor();
    await page.locator(".feedback .primary").click();
  }
  await expect(page.getByRole("alert")).toContainText("A newer version of this app has saved results on this device");
  expect(await storedResults(page)).toEqual(upgraded);
});
