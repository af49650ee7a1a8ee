// Saved results in real localStorage: damaged, foreign and newer data is never lost or
// overwritten; a full storage gets a message and a retry; two tabs never clobber each other.
import { test, expect, recorded } from "./support.mjs";

const RESULT = "essay-quiz.result.";

async function finishQuiz(page, quiz, name = "choice", right = () => true) {
  const rec = recorded(name);
  await page.goto(quiz.url + rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  return quiz.play(rec, { by: "mouse", right });
}

const ourKeys = (page) => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)), RESULT);

test("damaged and foreign data is reported, kept, and never overwritten", async ({ page, quiz }) => {
  await quiz.open();
  await page.evaluate((p) => {
    localStorage.setItem(p + "1-broken", "{\"schema\":1,\"seed\":");
    localStorage.setItem("another-app", "theirs");
  }, RESULT);
  await page.reload();
  await expect(page.getByText("1 saved result(s) could not be read. They are kept on this device unchanged.")).toBeVisible();
  await finishQuiz(page, quiz);
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  const kept = await page.evaluate((p) => [localStorage.getItem(p + "1-broken"), localStorage.getItem("another-app")], RESULT);
  expect(kept).toEqual(["{\"schema\":1,\"seed\":", "theirs"]);
  expect(await ourKeys(page)).toHaveLength(2);
  expect(quiz.errors).toEqual([]);
});

test("a full storage says so, keeps the result on screen, and saves it on retry", async ({ page, quiz }) => {
  await quiz.open();
  // Fill this origin's storage with another app's data, as much as it takes.
  await page.evaluate(() => {
    const block = "x".repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try {
        localStorage.setItem(`filler-${i}`, block);
      } catch {
        for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
          try {
            localStorage.setItem(`filler-tail-${size}`, "x".repeat(size));
          } catch {}
        }
        return;
      }
    }
  });
  const right = await finishQuiz(page, quiz);
  await expect(page.getByRole("alert")).toContainText("storage for the app is full");
  await expect(page.getByTestId("score")).toHaveText(`You scored ${right} of 5`);
  expect(await ourKeys(page)).toHaveLength(0);

  await page.evaluate(() => localStorage.removeItem("filler-0"));
  await page.getByRole("button", { name: "Try saving again" }).click();
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  expect(await ourKeys(page)).toHaveLength(1);
});

test("a page outdated by a newer build keeps its result instead of writing over newer data", async ({ page, quiz }) => {
  await quiz.open();
  // What a build newer than this one leaves behind after migrating this device's data.
  await page.evaluate(() => localStorage.setItem("essay-quiz.schema", "3"));
  await finishQuiz(page, quiz);
  await expect(page.getByRole("alert")).toContainText("A newer version of this app has saved results on this device");
  expect(await ourKeys(page)).toHaveLength(0);
  expect(await page.evaluate(() => localStorage.getItem("essay-quiz.schema"))).toBe("3");
});

test("two tabs finishing quizzes both keep their results, and each sees the other's", async ({ page, quiz, context }) => {
  await quiz.open();
  const other = await context.newPage();
  await other.goto(quiz.url);
  // Each waits for its "Saved" before the next goes on: the save follows the results' render.
  const saved = (p) => expect(p.getByText("Saved on this device.", { exact: true })).toBeVisible();
  await finishQuiz(page, quiz, "choice", () => true);
  await saved(page);
  const { QuizPage } = await import("./support.mjs");
  await finishQuiz(other, new QuizPage(other, quiz.url), "choice", (i) => i === 0);
  await saved(other);
  expect(await ourKeys(page)).toHaveLength(2);
  await page.goto(quiz.url);
  await expect(page.getByTestId("quiz-count")).toHaveText("2");
  await other.getByRole("button", { name: "Start page" }).click();
  await expect(other.getByTestId("quiz-count")).toHaveText("2");
  await expect(other.getByTestId("best-score")).toHaveText("5 of 5");
});
