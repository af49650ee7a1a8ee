// Playing whole quizzes, by keyboard and by mouse, against the recorded quizzes: the browser
// draws exactly what the native generator recorded, and the score counts the right answers.
import { test, expect, recorded, QuizPage } from "./support.mjs";

test("a whole quiz by keyboard: the score is the right answers given, and a reload keeps it", async ({ page, quiz }) => {
  const mixed = recorded("mixed");
  await quiz.open(mixed.query);
  await expect(page.getByRole("heading", { name: "A quiz was shared with you" })).toBeVisible();
  // Tab from the top of the page to the start button.
  for (let i = 0; i < 5 && !(await page.getByRole("button", { name: "Start this quiz" }).evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(page.getByRole("button", { name: "Start this quiz" })).toBeFocused();
  await page.keyboard.press("Enter");

  const right = await quiz.play(mixed, { by: "keyboard", right: (i) => i % 3 !== 1 });
  await expect(page.getByTestId("score")).toHaveText(`You scored ${right} of ${mixed.questions.length}`);
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  // The questions answered wrong are listed for review, with the right answers.
  await expect(page.locator(".review > li")).toHaveCount(mixed.questions.length - right);

  await page.reload();
  await page.getByRole("button", { name: "Make my own quiz" }).or(page.getByRole("button", { name: "Start page" })).first().click();
  await expect(page.getByTestId("last-score")).toHaveText(`${right} of ${mixed.questions.length}`);
  await expect(page.getByTestId("quiz-count")).toHaveText("1");
  expect(quiz.errors).toEqual([]);
});

test("a whole quiz by mouse, then a second one: history shows the last and the best", async ({ page, quiz }) => {
  const choice = recorded("choice");
  await quiz.open(choice.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  // The evidence step wherever it is offered: wrong the first time, then right.
  let offered = 0;
  const first = await quiz.play(choice, { by: "mouse", right: () => true, evidence: () => offered++ > 0 });
  await expect(page.getByTestId("score")).toHaveText(`You scored ${first} of 5`);
  expect(quiz.steps.taken).toBeGreaterThan(1);
  // Scored apart: every question right, one step missed.
  await expect(page.getByTestId("evidence-score")).toHaveText(`Evidence found: ${quiz.steps.taken - 1} of ${quiz.steps.taken}`);

  await quiz.open(choice.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  const second = await quiz.play(choice, { by: "mouse", right: (i) => i < 2 });
  await expect(page.getByTestId("score")).toHaveText(`You scored ${second} of 5`);
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();

  await quiz.open();
  await expect(page.getByTestId("last-score")).toHaveText("2 of 5");
  await expect(page.getByTestId("best-score")).toHaveText("5 of 5");
  await expect(page.getByTestId("quiz-count")).toHaveText("2");
  expect(quiz.errors).toEqual([]);
});

test("the same link gives the same quiz, question after question", async ({ browser, server }) => {
  const long = recorded("long");
  // Two students (two browsers): the same link, the same questions.
  for (let visit = 0; visit < 2; visit++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const quiz = new QuizPage(page, server.url);
    await quiz.open(long.query);
    await page.getByRole("button", { name: "Start this quiz" }).click();
    for (let i = 0; i < 3; i++) {
      await quiz.expectQuestion(long.questions[i], i, long.questions.length);
      await quiz.answerByMouse(long.questions[i], true);
      await page.getByRole("button", { name: "Next question" }).click();
    }
    await context.close();
  }
});

test("a new quiz from the start screen draws the settings chosen, and its link reproduces it", async ({ page, quiz }) => {
  await quiz.open();
  await quiz.moreOptions();
  await page.getByRole("radio", { name: "5", exact: true }).check();
  for (const s of ["III", "IV", "V", "Afterword"]) await page.getByRole("checkbox", { name: s, exact: true }).uncheck();
  for (const f of ["Fill in the blank", "Year or number", "Chronology", "Who said, who did", "The essay's stance", "Find the evidence"]) {
    await page.getByRole("checkbox", { name: f, exact: true }).uncheck();
  }
  await quiz.startButton().click();
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 5");
  const kickers = [];
  const prompts = [];
  for (let i = 0; i < 5; i++) {
    kickers.push(await page.locator(".kicker").textContent());
    prompts.push((await quiz.heading().textContent()) + " " + (await page.locator(".option .text").allTextContents()).join("|"));
    await page.locator(".option").first().click();
    await quiz.check();
    await expect(page.getByTestId("verdict")).toBeVisible();
    await page.locator(".feedback .primary").click();
  }
  for (const k of kickers) expect(k).toMatch(/^(Multiple choice|True or false) · Section (I|II)$/);
  // The link holds the quiz: opening it again starts the same questions with the same options.
  const shared = await page.locator("#share-link").inputValue();
  expect(shared).toContain("sections=I,II&forms=mc,tf");
  await page.goto(shared);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 5; i++) {
    expect((await quiz.heading().textContent()) + " " + (await page.locator(".option .text").allTextContents()).join("|")).toBe(prompts[i]);
    await page.locator(".option").first().click();
    await quiz.check();
    await page.locator(".feedback .primary").click();
  }
  await expect(page.getByTestId("score")).toBeVisible();
});
