// Nothing a student did is lost, and screens behave like pages: a quiz in progress survives a
// reload, Back and a discarded tab; a timed exam keeps its deadline; each screen has its address
// and starts at its top (or its target, clear of the sticky headers); the first minute on a
// phone is one obvious tap.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, recorded } from "./support.mjs";

const PHONE = { width: 390, height: 844 };

/** Opens the recorded ten-question quiz and answers its first `n` questions right. */
async function startMixed(page, quiz, n) {
  const rec = recorded("mixed");
  await quiz.open(rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < n; i++) {
    await quiz.expectQuestion(rec.questions[i], i, rec.questions.length);
    await quiz.answerByMouse(rec.questions[i], true);
    await page.locator(".feedback > .actions .primary").click();
  }
  await quiz.expectQuestion(rec.questions[n], n, rec.questions.length);
  return rec;
}

test("a reload mid-quiz keeps the answers and the question on screen", async ({ page, quiz }) => {
  const rec = await startMixed(page, quiz, 2);
  await page.reload();
  await quiz.ready();
  await quiz.expectQuestion(rec.questions[2], 2, 10);
  await expect(page.getByText("2 right so far")).toBeVisible();
  // Not offered as a link someone shared: it is the student's own quiz, as it was.
  await expect(page.getByText("A quiz was shared with you")).toHaveCount(0);
});

/** Answers the question on screen with its first option (or a guess), and checks it. */
async function answerAny(page, quiz) {
  if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill("Lenin");
  else if (await page.locator("select").count()) for (const s of await page.locator("select").all()) await s.selectOption({ index: 1 });
  else if (await page.locator(".question .option").count()) await page.locator(".question .option").first().click();
  await quiz.check();
  await expect(page.getByTestId("verdict")).toBeVisible();
}

test("Back leaves the quiz for the start page, which offers to resume it; Forward returns", async ({ page, quiz }) => {
  await quiz.open();
  await quiz.startButton().click();
  for (let i = 0; i < 3; i++) {
    await expect(page.getByTestId("progress")).toHaveText(`Question ${i + 1} of 10`);
    await answerAny(page, quiz);
    await page.locator(".feedback > .actions .primary").click();
  }
  const fourth = await page.locator("#question-title").innerText();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This Changed Everything—Twice");
  const resume = page.getByRole("button", { name: "Resume your quiz (question 4 of 10)" });
  await expect(resume).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId("progress")).toHaveText("Question 4 of 10");
  await page.goBack();
  await resume.click();
  await expect(page.getByTestId("progress")).toHaveText("Question 4 of 10");
  await expect(page.locator("#question-title")).toHaveText(fourth);
});

test("a tab the phone discarded comes back: a new page in the same browser resumes the quiz", async ({ page, quiz, context, server }) => {
  const rec = await startMixed(page, quiz, 2);
  await page.close();
  const again = await context.newPage();
  await again.goto(server.url);
  await expect(again.locator("#shell")).toHaveCount(0);
  await again.getByRole("button", { name: "Resume your quiz (question 3 of 10)" }).click();
  await expect(again.getByTestId("progress")).toHaveText("Question 3 of 10");
  await expect(again.locator("#question-title")).toHaveText(rec.questions[2].prompt);
});

test("leaving a quiz asks first and says what is kept; discarding asks again", async ({ page, quiz }) => {
  await startMixed(page, quiz, 1);
  await page.getByRole("button", { name: "Leave quiz" }).click();
  await expect(page.getByTestId("leave-confirm")).toContainText("It stays on this device at question 2 of 10");
  await page.getByTestId("leave-confirm").getByRole("button", { name: "Keep going" }).click();
  await expect(page.getByTestId("leave-confirm")).toHaveCount(0);
  await page.getByRole("button", { name: "Leave quiz" }).click();
  await page.getByTestId("leave-confirm").getByRole("button", { name: "Leave quiz" }).click();
  await expect(page.getByRole("button", { name: "Resume your quiz (question 2 of 10)" })).toBeVisible();
  await page.getByRole("button", { name: "Discard it" }).click();
  await expect(page.getByText("Discard it? Its 1 answer will not count.")).toBeVisible();
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  await expect(page.getByRole("button", { name: "Start quiz" }).first()).toBeVisible();
  await page.reload();
  await quiz.ready();
  await expect(page.getByRole("button", { name: /Resume your quiz/ })).toHaveCount(0);
});

test("a timed exam keeps its deadline across a reload, and cannot be restarted by one", async ({ page, quiz }) => {
  await page.clock.install({ time: Date.UTC(2025, 10, 14, 12) });
  await quiz.open("?seed=exam5&count=5&mode=exam&minutes=5");
  await page.getByRole("button", { name: "Start this quiz" }).click();
  await expect(page.getByTestId("timer")).toHaveText(/^(5:00|4:5\d) left$/);
  // In an exam the essay stays closed, and answers are saved, not checked.
  await expect(page.getByRole("button", { name: "Read the essay" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Check answer" })).toHaveCount(0);
  await page.clock.fastForward(120_000);
  await expect(page.getByTestId("timer")).toHaveText(/^(3:00|2:5\d) left$/);
  await page.reload();
  await quiz.ready();
  // The same deadline (the clock runs on in real time meanwhile), not a fresh five minutes.
  await expect(page.getByTestId("timer")).toHaveText(/^(3:00|2:[45]\d) left$/);
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 5");
});

test("the last answer of an exam asks before it ends the exam", async ({ page, quiz }) => {
  await quiz.open("?seed=exam2&count=2&forms=tf&mode=exam");
  await page.getByRole("button", { name: "Start this quiz" }).click();
  await page.locator(".option").first().click();
  await page.getByRole("button", { name: "Save answer" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Question 2 of 2");
  await page.locator(".option").first().click();
  await page.getByRole("button", { name: "Finish exam" }).click();
  await expect(page.getByText("That was the last question.")).toBeVisible();
  await page.getByRole("button", { name: "Change my answer" }).click();
  await page.locator(".option").nth(1).click();
  await page.getByRole("button", { name: "Finish exam" }).click();
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
});

test("each screen has an address: Back and Forward move between them, and a reload stays", async ({ page, quiz }) => {
  await quiz.open();
  await page.getByRole("button", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\?progress$/);
  await page.getByRole("button", { name: "Read the essay" }).click();
  await expect(page).toHaveURL(/\?progress&read=I\.1$/);
  await page.reload();
  await quiz.ready();
  await expect(page.getByRole("heading", { name: "This Changed Everything—Twice", level: 1 })).toBeVisible();
  await expect(page.locator(".reader")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { name: "Your progress" })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("first-action")).toBeVisible();
  // The name in the top bar leads home from anywhere but a quiz.
  await page.goForward();
  await page.getByRole("link", { name: "Essay quiz" }).click();
  await expect(page.getByTestId("first-action")).toBeVisible();
  await expect(page).toHaveURL(quiz.url);
});

test("a new screen opens at its top; a mastery cell's paragraph clears the sticky header", async ({ page, quiz }) => {
  await page.setViewportSize(PHONE);
  await quiz.open();
  // "For teachers" sits at the bottom of the start page, below the options opened.
  await quiz.moreOptions();
  const link = page.getByRole("button", { name: "For teachers: assign a quiz, print it, read the results" });
  await link.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await link.click();
  await expect(page.getByRole("heading", { name: "For teachers" })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(80);

  // A paragraph opened from the mastery map: its first line and label below the Read header.
  await startMixed(page, quiz, 1);
  await page.getByRole("button", { name: "Leave quiz" }).click();
  await page.getByTestId("leave-confirm").getByRole("button", { name: "Leave quiz" }).click();
  await page.getByRole("button", { name: "Progress" }).click();
  await page.locator(".cell[data-paragraph='V.14']").click();
  const head = await page.locator(".reader .reader-head").boundingBox();
  const label = await page.locator("#p-V\\.14 .pid").boundingBox();
  expect(label.y, "the paragraph's label is not under the header").toBeGreaterThanOrEqual(head.y + head.height - 1);
});

test("closing the essay returns to the place in the results the student was reading", async ({ page, quiz }) => {
  await page.setViewportSize(PHONE);
  const rec = recorded("mixed");
  await quiz.open(rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < rec.questions.length; i++) {
    await quiz.answerByMouse(rec.questions[i], false);
    await page.locator(".feedback > .actions .primary").click();
  }
  await expect(page.getByTestId("score")).toBeVisible();
  const show = page.locator(".review li").nth(5).getByRole("button", { name: "Show in the essay" });
  await show.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  expect(before).toBeGreaterThan(500);
  await show.click();
  await expect(page.locator(".reader")).toBeVisible();
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.locator(".reader")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before);
});

test("on a phone the first thing to do is one tap above the fold; after feedback Next is in reach", async ({ page, quiz }) => {
  await page.setViewportSize(PHONE);
  await quiz.open();
  const first = page.getByRole("button", { name: "Start quiz" }).first();
  const box = await first.boundingBox();
  expect(box.y + box.height, "the start button above the fold").toBeLessThan(PHONE.height);
  // Sections and forms wait under "More options".
  await expect(page.getByRole("checkbox", { name: "Multiple choice" })).toBeHidden();
  await page.locator(".more-options > summary").click();
  await expect(page.getByRole("checkbox", { name: "Multiple choice" })).toBeVisible();
  await first.click();
  await expect(page.locator("#question-title")).toBeVisible();
  // One tap chooses, one tap says how sure and checks ("Fairly sure"), one tap goes on.
  await expect(page.locator(".actions.sure").getByRole("button")).toHaveText(["A guess", "Fairly sure", "Sure"]);
  await answerAny(page, quiz);
  const next = await page.locator(".feedback > .actions .primary").boundingBox();
  expect(next.y + next.height, "Next within the screen").toBeLessThanOrEqual(PHONE.height);
});

test("a returning student is offered what is due first", async ({ page, quiz }) => {
  await page.clock.install({ time: Date.UTC(2025, 10, 14, 12) });
  const rec = recorded("form-mc");
  await quiz.open(rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await quiz.answerByMouse(rec.questions[i], false);
    await page.locator(".feedback > .actions .primary").click();
  }
  await expect(page.getByText("Saved on this device.", { exact: true })).toBeVisible();
  await page.clock.setSystemTime(Date.UTC(2025, 10, 16, 12));
  await page.goto(quiz.url);
  await quiz.ready();
  await expect(page.getByRole("button", { name: "Review 2 due today" })).toBeVisible();
});

test("key hints stay off touch screens", async ({ browser, server }) => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${server.url}?seed=keys1&count=2&forms=mc`);
  await page.getByRole("button", { name: "Start this quiz" }).tap();
  await page.locator(".option").first().tap();
  await expect(page.locator(".keyhint")).toBeHidden();
  await context.close();
});

test("summaries keep their disclosure marker", async ({ page, quiz }) => {
  await quiz.open();
  const display = await page.locator(".more-options > summary").evaluate((el) => getComputedStyle(el).display);
  expect(display).toBe("list-item");
});

test("a shared link says what the student will get", async ({ page, quiz }) => {
  const rec = recorded("form-tf");
  await quiz.open(rec.query);
  await expect(page.getByTestId("shared-settings")).toHaveText(/^2 questions on the whole essay of “This Changed Everything—Twice”: true or false\.$/);
});

test("a finished assigned quiz keeps its code, which needs a name first, and opens again from the history", async ({ page, quiz }) => {
  await quiz.open("?seed=code1&count=2&forms=tf&title=Week%202");
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await page.locator(".option").first().click();
    await quiz.check();
    await page.locator(".feedback > .actions .primary").click();
  }
  await expect(page.getByTestId("code-needs-name")).toBeVisible();
  await expect(page.getByTestId("code")).toHaveCount(0);
  await page.getByLabel("Your name").fill("Ana");
  const code = await page.getByTestId("code").inputValue();
  expect(code).toMatch(/^EQ1-/);
  await page.getByRole("button", { name: "Start page" }).click();
  await page.locator(".recent-item").first().click();
  await expect(page.getByTestId("score")).toBeVisible();
  await expect(page.getByTestId("code")).toHaveValue(code);
  // Its address opens it again after a reload.
  await page.reload();
  await quiz.ready();
  await expect(page.getByTestId("code")).toHaveValue(code);
});

test("the import preview comes into view with the focus on it", async ({ page, quiz }) => {
  await page.setViewportSize(PHONE);
  const rec = recorded("form-mc");
  await quiz.open(rec.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await quiz.answerByMouse(rec.questions[i], true);
    await page.locator(".feedback > .actions .primary").click();
  }
  await page.getByRole("button", { name: "Start page" }).click();
  await page.getByRole("button", { name: "Progress" }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator("input[type=file]").setInputFiles(await download.path());
  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeFocused();
  await expect(preview).toBeInViewport();
});

/** A student takes the assigned two-question true-or-false quiz at `link`; returns their code. */
async function codeFrom(browser, link, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await page.locator(".option").first().click();
    await page.getByRole("button", { name: i === 1 ? "Finish exam" : "Save answer" }).click();
  }
  await page.getByRole("button", { name: "Finish and see results" }).click();
  await page.getByLabel("Your name").fill(name);
  const code = await page.getByTestId("code").inputValue();
  await context.close();
  return code;
}

test("the teacher's screen keeps its quiz and codes across a reload, and flags what to look at", async ({ page, quiz, browser }) => {
  await quiz.open("?teacher");
  await expect(page.getByRole("heading", { name: "For teachers" })).toBeVisible();
  await expect(page.getByTestId("title-hint")).toContainText("No title yet: students would see “Quiz”");
  await page.getByLabel("Title").fill("Week 5");
  await expect(page.getByTestId("title-hint")).not.toContainText("No title yet");
  await page.getByRole("radio", { name: "Exam" }).check();
  await expect(page.getByText("the essay stays closed while it runs")).toBeVisible();
  await page.getByRole("radio", { name: "5", exact: true }).check();
  for (const f of ["Multiple choice", "Fill in the blank", "Year or number", "Chronology", "Who said, who did", "The essay's stance", "Find the evidence"]) {
    await page.getByRole("checkbox", { name: f, exact: true }).uncheck();
  }
  const link = (await page.locator("#assign-link").inputValue()).replace("count=5", "count=2");
  const ana = await codeFrom(browser, link, "Ana");
  const ben = await codeFrom(browser, link, "Ben");
  const broken = ben.slice(0, -4) + "AAAA";
  await page.getByLabel("Paste the results codes").fill([ana, ben, ana, broken].join("\n"));
  await page.reload();
  await quiz.ready();
  await expect(page.getByLabel("Title")).toHaveValue("Week 5");
  await expect(page.getByLabel("Paste the results codes")).toHaveValue([ana, ben, ana, broken].join("\n"));
  // The same answers from two students are flagged; a code pasted twice counts once; a damaged
  // one is named by its line and its student.
  await expect(page.getByTestId("student-flag")).toHaveText(" — the same answers as Ana");
  await expect(page.getByTestId("bad-code")).toHaveText([
    "Line 3, from Ana: it is the same code as on line 1, so it counts once.",
    /^Line 4, from Ben: it was damaged in copying/,
  ]);
});

test("review cards show a blank's sentence, and a missed evidence answer reads cleanly", async ({ page, quiz }) => {
  const blank = recorded("form-blank");
  await quiz.open(blank.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 2; i++) {
    await quiz.answerByMouse(blank.questions[i], false);
    await page.locator(".feedback > .actions .primary").click();
  }
  await expect(page.locator(".review .statement").first()).toHaveText(blank.questions[0].text);
  const ev = recorded("form-evidence");
  await quiz.open(ev.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  await quiz.answerByMouse(ev.questions[0], false);
  await expect(page.locator(".feedback")).not.toContainText("..");
});

for (const [scheme, width] of [["light", 390], ["dark", 390], ["light", 1280], ["dark", 1280]]) {
  test(`the new parts pass axe in ${scheme} mode at ${width} px`, async ({ page, quiz }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 844 });
    const check = async (name) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
      const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), name).toEqual([]);
    };
    await quiz.open();
    await quiz.moreOptions();
    await check("start, options open");
    await quiz.open(recorded("form-mc").query);
    await page.getByRole("button", { name: "Start this quiz" }).click();
    await page.locator(".question .option").first().click();
    await check("question, how sure");
    await page.getByRole("button", { name: "Leave quiz" }).click();
    await check("leave asked");
    await page.getByTestId("leave-confirm").getByRole("button", { name: "Leave quiz" }).click();
    await page.getByRole("button", { name: "Discard it" }).click();
    await check("start, resume and discard asked");
    await page.getByRole("button", { name: "Keep it" }).click();
    await page.getByRole("button", { name: /^Resume your quiz/ }).click();
    await page.locator(".question .option").first().click();
    await quiz.check();
    await check("feedback");
    await quiz.open("?teacher");
    await check("teacher, no title yet");
  });
}
