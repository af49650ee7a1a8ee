// Studying over days, in the browser with its real clock (moved by Playwright) and real
// storage: each mode played through, confidence moving the next review, the progress screen,
// and the student's data exported, reset and imported back.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, recorded, CLAIMS } from "./support.mjs";

const DAY = 86_400_000;
/** Noon, 14 Nov 2025, in the browser's time zone (UTC here). */
const T0 = Date.UTC(2025, 10, 14, 12);

/** Starts the browser's clock at `T0`; `later(days)` moves it on. */
async function clock(page) {
  await page.clock.install({ time: T0 });
  return { later: (days) => page.clock.setSystemTime(T0 + days * DAY) };
}

/** Plays a recorded two-question quiz; `right(i)` and `sure(i)` (0 guess, 1 fairly, 2 sure). */
async function playTwo(page, quiz, right, sure = () => 1) {
  const rec = recorded("form-mc");
  await quiz.open(rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await quiz.expectQuestion(rec.questions[i], i, 2);
    await quiz.answerByMouse(rec.questions[i], right(i), sure(i));
    await page.locator(".feedback > .actions .primary").click();
  }
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  return rec;
}

async function openProgress(page) {
  await page.getByRole("button", { name: "Start page" }).click();
  await page.getByRole("button", { name: "Progress" }).click();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeFocused();
}

test("an exam gives no feedback until the end, then reviews every answer", async ({ page, quiz }) => {
  await quiz.open();
  await quiz.moreOptions();
  await page.getByRole("radio", { name: "Exam" }).check();
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await quiz.startButton().click();
  for (let i = 0; i < 5; i++) {
    await expect(page.getByTestId("progress")).toHaveText(`Question ${i + 1} of 5`);
    await expect(page.locator(".progress")).toContainText("answers are checked at the end");
    const options = page.locator(".option");
    if (await options.count()) await options.first().click();
    if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("Lenin");
    if (await page.locator("select").count()) for (const s of await page.locator("select").all()) await s.selectOption({ index: 1 });
    await quiz.saveExamAnswer();
    // No confidence asked, no verdict shown: the next question, or the results.
    await expect(page.locator(".confidence")).toHaveCount(0);
    await expect(page.getByTestId("verdict")).toHaveCount(0);
  }
  await expect(page.getByTestId("score")).toContainText("of 5");
  await expect(page.getByRole("heading", { name: "Every answer" })).toBeVisible();
  await expect(page.getByTestId("exam-verdict")).toHaveCount(5);
  // The result has its own address; its share link holds the quiz.
  expect(page.url()).toContain("?result=");
  expect(await page.locator("#share-link").inputValue()).toContain("mode=exam");
});

test("an exam's time limit ends it, and unanswered questions count as wrong", async ({ page, quiz }) => {
  await clock(page);
  await quiz.open();
  await quiz.moreOptions();
  await page.getByRole("radio", { name: "Exam" }).check();
  await page.getByRole("radio", { name: "5 minutes" }).check();
  await quiz.startButton().click();
  await expect(page.getByTestId("timer")).toHaveText("5:00 left");
  await page.clock.fastForward("01:30");
  await expect(page.getByTestId("timer")).toHaveText("3:30 left");
  await page.clock.fastForward("03:31");
  await expect(page.getByTestId("time-up")).toHaveText("Time ran out with 10 questions unanswered; they count as wrong.");
  await expect(page.getByTestId("score")).toHaveText("You scored 0 of 10");
  expect(await page.locator("#share-link").inputValue()).toContain("mode=exam&minutes=5");
});

test("review mistakes asks again exactly the claims missed", async ({ page, quiz }) => {
  const rec = await playTwo(page, quiz, () => false);
  await page.getByRole("button", { name: "Start page" }).click();
  await quiz.moreOptions();
  await expect(page.getByRole("radio", { name: "Review mistakes · 2" })).toBeVisible();
  await page.getByRole("radio", { name: "Review mistakes · 2" }).check();
  await quiz.startButton().click();
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 2");
  const missed = rec.questions.map((q) => q.evidence);
  for (let i = 0; i < 2; i++) {
    // Whatever the form, the claim is one of the missed ones: its evidence says so.
    if (await page.locator(".option").count()) await page.locator(".option").first().click();
    if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("x");
    await quiz.check();
    const evidence = page.locator(".feedback .evidence blockquote").first();
    if (!(await evidence.isVisible())) await page.locator(".feedback summary").first().click();
    const quote = (await evidence.textContent()).replace(/^“|”$/g, "");
    expect(missed).toContain(quote);
    await page.locator(".feedback > .actions .primary").click();
  }
  expect(await page.locator("#share-link").inputValue()).toMatch(/mode=mistakes.*claims=/);
});

test("confidence moves the next review as documented: a right guess returns tomorrow, a sure answer in a week", async ({ browser, server }) => {
  const due = {};
  for (const [name, sure] of [["guess", 0], ["fairly", 1], ["sure", 2]]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { QuizPage } = await import("./support.mjs");
    const quiz = new QuizPage(page, server.url);
    const time = await clock(page);
    await playTwo(page, quiz, () => true, () => sure);
    due[name] = [];
    for (const days of [1, 2, 7, 8]) {
      await time.later(days);
      await openProgress(page);
      due[name].push(await page.getByTestId("due-count").textContent());
    }
    await context.close();
  }
  // A guess is Hard (due in 1 day), fairly sure Good (2 days), sure Easy (8 days).
  expect(due.guess).toEqual(["2 claims are due for review today.", ...Array(3).fill("2 claims are due for review today.")]);
  expect(due.fairly).toEqual(["Nothing is due for review today.", "2 claims are due for review today.", "2 claims are due for review today.", "2 claims are due for review today."]);
  expect(due.sure).toEqual([...Array(3).fill("Nothing is due for review today."), "2 claims are due for review today."]);
});

test("due now reviews what is due first", async ({ page, quiz }) => {
  const time = await clock(page);
  const rec = await playTwo(page, quiz, () => false);
  // Missed today, due tomorrow: until then the same button studies the weakest and new claims.
  await openProgress(page);
  await expect(page.getByTestId("due-count")).toHaveText("Nothing is due for review today.");
  await expect(page.getByTestId("due-card").getByRole("button")).toHaveText("Study weak and new claims: 2 questions");
  await time.later(1);
  await openProgress(page);
  await expect(page.getByTestId("due-count")).toHaveText("2 claims are due for review today.");
  // As many questions as last chosen (the link's two), and the button says so.
  await page.getByRole("button", { name: "Study what is due: 2 questions" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 2");
  expect(page.url()).toMatch(/mode=due.*claims=/);
  if (await page.locator(".option").count()) await page.locator(".option").first().click();
  if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("x");
  if (await page.locator("select").count()) for (const s of await page.locator("select").all()) await s.selectOption({ index: 1 });
  await quiz.check();
  const evidence = page.locator(".feedback .evidence blockquote").first();
  if (!(await evidence.isVisible())) await page.locator(".feedback summary").first().click();
  expect(rec.questions.map((q) => q.evidence)).toContain((await evidence.textContent()).replace(/^“|”$/g, ""));
});

test("the progress screen after a few quizzes: due count, mastery map, weakest claims, charts with their text", async ({ page, quiz }) => {
  await playTwo(page, quiz, (i) => i === 0, (i) => (i === 0 ? 2 : 0));
  const rec = await playTwo(page, quiz, (i) => i === 1, () => 1);
  await openProgress(page);
  await expect(page.getByTestId("due-count")).toHaveText("Nothing is due for review today.");
  await expect(page.getByTestId("streak")).toHaveText(`1 study day in a row · 2 of ${CLAIMS} claims studied.`);
  // One cell per paragraph of the essay; the studied ones are coloured.
  await expect(page.locator(".map .cell")).toHaveCount(47);
  const studied = [...new Set(rec.questions.map((q) => q.paragraph))];
  for (const p of studied) await expect(page.locator(`.cell[data-paragraph="${p}"]`)).not.toHaveClass(/level-0/);
  await expect(page.locator(".cell.level-0")).toHaveCount(47 - studied.length);
  // Each chart is an image with its description, and a table says the same.
  await expect(page.locator("svg[role=img]")).toHaveCount(2);
  await expect(page.locator("#scores-desc")).toHaveText("The last 2 quizzes, from 50% to 50%.");
  // Sure and right; a wrong guess; fairly sure once wrong, once right.
  await expect(page.getByTestId("calibration-table")).toHaveText("You saidRightA guess0 of 1 (0%)Fairly sure1 of 2 (50%)Sure1 of 1 (100%)");
  // A mastery cell opens its paragraph in the Read view.
  await page.locator(`.cell[data-paragraph="${studied[0]}"]`).click();
  await expect(page.locator(`article.essay p[data-paragraph="${studied[0]}"]`)).toBeFocused();
  await page.getByRole("button", { name: "Close" }).click();
  // "Practise these" asks the weakest claims.
  await page.getByRole("button", { name: "Practise these" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 2");
});

test("export, reset and import give back the same progress", async ({ page, quiz }) => {
  await playTwo(page, quiz, (i) => i === 0, () => 2);
  await playTwo(page, quiz, () => true, () => 0);
  await openProgress(page);
  const screen = () => page.locator(".progress-screen .card").allInnerTexts();
  const before = await screen();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^essay-quiz-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ app: "essay-quiz", schema: 2 });
  await expect(page.getByTestId("data-message")).toHaveText("Exported: keep the file somewhere safe.");

  await page.getByRole("button", { name: "Reset…" }).click();
  await expect(page.getByTestId("reset-confirm")).toContainText("Delete all 2 results");
  await page.getByRole("button", { name: "Delete everything" }).click();
  await expect(page.getByTestId("data-message")).toHaveText("Reset: this device holds no results now.");
  await expect(page.getByTestId("streak")).toContainText(`0 of ${CLAIMS} claims studied`);

  await page.locator("input[type=file]").setInputFiles(file);
  await expect(page.getByTestId("import-preview")).toContainText("2 results in the file");
  await expect(page.getByTestId("import-preview")).toContainText("2 of them are new to this device");
  await page.getByRole("button", { name: "Merge with this device" }).click();
  await expect(page.getByTestId("data-message")).toHaveText("Imported: 2 results on this device now.");
  const after = await screen();
  // The same progress; only the data card's messages differ.
  expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
});

test("a week of progress never exported brings a reminder, until the student exports", async ({ page, quiz }) => {
  const time = await clock(page);
  await playTwo(page, quiz, () => true);
  await openProgress(page);
  await expect(page.getByTestId("persisted")).toBeVisible();
  await expect(page.getByTestId("export-reminder")).toHaveCount(0);
  await time.later(8);
  await openProgress(page);
  await expect(page.getByTestId("export-reminder")).toContainText("since your last export, over a week ago");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  await expect(page.getByTestId("export-reminder")).toHaveCount(0);
  // The export's date is kept: a reload (which stays on the progress screen) still knows it.
  await page.reload();
  await quiz.ready();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await expect(page.getByTestId("export-reminder")).toHaveCount(0);
});

test("a damaged or foreign file is refused with a clear message and changes nothing", async ({ page, quiz }) => {
  await playTwo(page, quiz, () => true);
  await openProgress(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  const good = readFileSync(await download.path(), "utf8");
  const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith("essay-quiz.result.")).sort()));
  const before = await stored();
  for (const [name, text, says] of [
    ["edited.json", good.replace("\"correct\":true", "\"correct\":false"), "checksum does not match"],
    ["other.json", "{\"app\":\"someone-else\"}", "not an export of this app"],
    ["notes.txt", "my notes", "not valid JSON"],
  ]) {
    await page.locator("input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
    await expect(page.getByTestId("data-message")).toContainText(says);
    await expect(page.getByTestId("import-preview")).toHaveCount(0);
  }
  expect(await stored()).toBe(before);
});

for (const scheme of ["light", "dark"]) {
  test(`the new screens pass axe in ${scheme} mode, by keyboard, on a phone`, async ({ page, quiz }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await playTwo(page, quiz, (i) => i === 0);
    await openProgress(page);
    const check = async (name) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), name).toEqual([]);
    };
    await check("progress");
    for (const summary of await page.locator(".progress-screen summary").all()) await summary.click();
    await page.getByRole("button", { name: "Reset…" }).click();
    await check("progress, tables open, reset asked");
    // The theme switch, by keyboard: the choice holds on the start screen too.
    await page.getByRole("radio", { name: scheme === "light" ? "Dark" : "Light" }).focus();
    await page.keyboard.press("Space");
    const chosen = scheme === "light" ? "dark" : "light";
    await expect(page.locator("html")).toHaveAttribute("data-theme", chosen);
    await check(`progress, ${chosen} chosen`);
    await page.getByRole("button", { name: "Start page" }).click();
    await quiz.moreOptions();
    await page.getByRole("radio", { name: "Exam" }).check();
    await check("start screen, exam");
    await page.reload();
    await quiz.ready();
    await expect(page.locator("html")).toHaveAttribute("data-theme", chosen);
    // The how-sure prompt, by keyboard.
    await quiz.moreOptions();
    await page.getByRole("radio", { name: "Learn" }).check();
    await quiz.startButton().click();
    await page.locator("#question-title").waitFor();
    if (await page.locator(".option").count()) {
      await page.keyboard.press("1");
      await page.keyboard.press("Enter");
      await expect(page.getByText("How sure are you?")).toBeFocused();
      await check("how sure");
    }
  });
}
