// Offline after the first load, from the root and from a subpath; and updates that never mix
// builds. The server really stops: nothing answers on its port.
import { test, expect, recorded } from "./support.mjs";
import { serve } from "../support/serve.mjs";

async function waitForControl(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
}

/** The page's js and wasm are the ones its html names: one build, never a mix. */
async function expectOneBuild(page) {
  const { named, loaded } = await page.evaluate(() => ({
    named: [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="fetch"]')].map((l) => l.href).sort(),
    loaded: [...new Set(performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /\.(js|wasm)$/.test(new URL(n).pathname)))].sort(),
  }));
  expect(named).toHaveLength(2);
  expect(loaded).toEqual(named);
  const inline = await page.locator("script[type=module]").first().textContent();
  for (const url of named) expect(inline).toContain(new URL(url).pathname.split("/").pop());
}

async function playRecorded(page, quiz, name) {
  const rec = recorded(name);
  await page.goto(quiz.url + rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  return { rec, right: await quiz.play(rec, { by: "mouse", right: (i) => i !== 1 }) };
}

async function offlineRoundTrip(page, quiz, server) {
  await quiz.open();
  await waitForControl(page);
  await server.close();

  await page.reload();
  await expect(page.getByRole("heading", { name: "This Changed Everything—Twice" })).toBeVisible();
  await expect(page.getByTestId("offline")).toContainText("your results are still saved on this device");

  const { rec, right } = await playRecorded(page, quiz, "choice");
  await expect(page.getByTestId("score")).toHaveText(`You scored ${right} of ${rec.questions.length}`);
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();

  await page.goto(quiz.url);
  await expect(page.getByTestId("last-score")).toHaveText(`${right} of ${rec.questions.length}`);
  await expectOneBuild(page);

  // A tab opened while the server is down works too.
  const fresh = await page.context().newPage();
  await fresh.goto(quiz.url);
  await expect(fresh.getByTestId("last-score")).toHaveText(`${right} of ${rec.questions.length}`);
  await fresh.getByRole("button", { name: "Start quiz" }).click();
  await expect(fresh.getByTestId("progress")).toHaveText("Question 1 of 10");
  expect(quiz.errors).toEqual([]);
}

test("after one visit, the whole app works with the server stopped", async ({ page, server, quiz }) => {
  await offlineRoundTrip(page, quiz, server);
});

test("the same from a subpath of the host", async ({ page }) => {
  const server = await serve({ dir: "dist", base: "/courses/history/essay-quiz/" });
  const { QuizPage } = await import("./support.mjs");
  const quiz = new QuizPage(page, server.url);
  try {
    await offlineRoundTrip(page, quiz, server);
    const scope = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    expect(scope).toBe(`${server.url}sw.js`);
  } finally {
    await server.close();
  }
});

test("a first visit downloads each file once: the offline copy revalidates what the page already has", async ({ page, quiz, server }) => {
  await quiz.open();
  await waitForControl(page);
  // Precaching is done once the worker controls the page: every file was asked for by then.
  const wasm = server.sent.filter((s) => s.path.endsWith(".wasm"));
  expect(wasm.map((s) => s.status), "the wasm: downloaded by the page, revalidated by the worker").toEqual([200, 304]);
  const full = server.sent.filter((s) => s.status === 200 && s.bytes > 0).map((s) => s.path);
  expect(full.length, `files downloaded: ${full.join(", ")}`).toBe(new Set(full).size);
  expect(new Set(full).size).toBeGreaterThan(4);
});

test("a new build is offered, not forced: wholly build 1 until accepted, then wholly build 2", async ({ page, quiz, server }) => {
  await quiz.open();
  await waitForControl(page);
  await expect(page.getByTestId("version")).toHaveText(/^Version \d+\.\d+\.\d+$/);

  // Start a quiz, then deploy build 2 under it.
  const rec = recorded("choice");
  await page.goto(quiz.url + rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  await quiz.expectQuestion(rec.questions[0], 0, rec.questions.length);
  await server.close();
  const next = await serve({ dir: "target/e2e/next", port: server.port });
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await expect(page.getByTestId("update")).toContainText("It will be offered when this quiz is over");
    await expect(page.getByRole("button", { name: "Reload to update" })).toHaveCount(0);
    await quiz.play(rec, { by: "mouse", right: () => true });
    await expect(page.getByTestId("score")).toHaveText(`You scored 5 of 5`);

    // A reload now still shows build 1, whole, with the offer.
    await page.reload();
    await expect(page.getByTestId("update")).toBeVisible();
    await expect(page.getByTestId("version")).toHaveText(/^Version \d+\.\d+\.\d+$/);
    await expectOneBuild(page);

    // A second tab, also on build 1.
    const other = await page.context().newPage();
    await other.goto(quiz.url);
    await expect(other.getByTestId("update")).toBeVisible();

    // The reload stayed on the result; to the start page, then the update.
    await page.getByRole("button", { name: "Start page" }).click();
    await page.getByRole("button", { name: "Reload to update" }).click();
    await expect(page.getByTestId("version")).toHaveText(/^Version \d+\.\d+\.\d+ \(next\)$/);
    await expectOneBuild(page);
    await expect(page.getByTestId("update")).toHaveCount(0);
    // The old build's cache is gone once no page uses it; the result saved under build 1 stays.
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.filter((k) => k.startsWith("essay-quiz-"))).toHaveLength(1);
    await expect(page.getByTestId("last-score")).toHaveText("5 of 5");

    // The other tab keeps running build 1 untouched, and offers the reload into build 2.
    await expect(other.getByTestId("version")).toHaveText(/^Version \d+\.\d+\.\d+$/);
    await expectOneBuild(other);
    await other.getByRole("button", { name: "Reload to update" }).click();
    await expect(other.getByTestId("version")).toHaveText(/^Version \d+\.\d+\.\d+ \(next\)$/);
    await expectOneBuild(other);
  } finally {
    await next.close();
  }
});
