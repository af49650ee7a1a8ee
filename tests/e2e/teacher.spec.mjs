// For teachers: a quiz built on the teacher's screen reaches every student the same, fixed;
// the students' results codes come back to the teacher's screen as scores and an item table;
// the paper copy and its key print whole; and all of it works with the server stopped.
import AxeBuilder from "@axe-core/playwright";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { test, expect, QuizPage } from "./support.mjs";

const FORMS = ["Multiple choice", "True or false", "Fill in the blank", "Year or number", "Chronology", "Who said, who did", "The essay's stance", "Find the evidence"];

/** Builds "Week 3: Kronstadt": an exam of `count` questions in the forms `keep`. */
async function buildQuiz(page, quiz, count = 5, keep = ["Multiple choice", "True or false"]) {
  await quiz.open();
  await page.getByRole("button", { name: "For teachers: assign a quiz, print it, read the results" }).click();
  await expect(page.getByRole("heading", { name: "For teachers" })).toBeFocused();
  await page.getByLabel("Title").fill("Week 3: Kronstadt");
  await page.getByRole("radio", { name: "Exam" }).check();
  await page.getByRole("radio", { name: String(count), exact: true }).check();
  for (const f of keep) await page.getByRole("checkbox", { name: f, exact: true }).check();
  for (const f of FORMS.filter((f) => !keep.includes(f))) {
    await page.getByRole("checkbox", { name: f, exact: true }).uncheck();
  }
  await page.locator(".teacher summary", { hasText: "Preview" }).click();
  const preview = await page.getByTestId("preview").locator("li").allInnerTexts();
  expect(preview).toHaveLength(count);
  return { link: await page.locator("#assign-link").inputValue(), preview };
}

/**
 * A student takes the assigned quiz, choosing option `pick(i)`, or typing it where the question
 * has a blank; returns their code and score.
 */
async function takeQuiz(browser, link, name, pick) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const student = new QuizPage(page, link);
  await page.goto(link);
  await student.ready();
  await expect(page.getByTestId("assigned-title")).toHaveText("Week 3: Kronstadt");
  await expect(page.getByTestId("assigned-settings")).toContainText("5 questions on the whole essay");
  await expect(page.getByTestId("assigned-settings")).toContainText("As an exam");
  // The settings are the teacher's: nothing here changes them.
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  const asked = [];
  for (let i = 0; i < 5; i++) {
    await expect(page.getByTestId("progress")).toHaveText(`Question ${i + 1} of 5`);
    const statement = await page.locator(".question > .statement").count() ? ` “${await page.locator(".question > .statement").innerText()}”` : "";
    asked.push(`${await page.locator(".kicker").innerText()}`.split(" · ")[0] + " · " + (await page.locator("#question-title").innerText()) + statement);
    if (await page.locator("#blank-input").count()) await page.locator("#blank-input").fill(pick(i));
    else await page.locator(".option").nth(pick(i)).click();
    await student.saveExamAnswer();
  }
  const score = await page.getByTestId("score").innerText();
  await page.getByLabel("Your name").fill(name);
  const code = await page.getByTestId("code").inputValue();
  await context.close();
  return { code, score, asked };
}

test("a teacher's quiz reaches each student fixed, and their codes come back as scores and an item table", async ({ page, quiz, browser }) => {
  const { link, preview } = await buildQuiz(page, quiz);
  expect(link).toContain("title=Week%203%3A%20Kronstadt");
  const ana = await takeQuiz(browser, link, "Ana Lima", () => 0);
  const zoe = await takeQuiz(browser, link, "Zoë 李", (i) => (i % 2 === 0 ? 1 : 0));
  // The same questions, in the same order, as the teacher's preview.
  const same = (t) => t.replace(/\s+/g, " ").toLowerCase();
  for (const asked of [ana.asked, zoe.asked]) expect(asked.map(same)).toEqual(preview.map(same));
  expect(ana.code.length).toBeLessThan(120);

  // A damaged code in the middle: named, and the good ones still shown.
  const damaged = ana.code.slice(0, 20) + (ana.code[20] === "A" ? "B" : "A") + ana.code.slice(21);
  await page.locator("#codes").fill([ana.code, damaged, zoe.code].join("\n"));
  await expect(page.getByTestId("bad-code")).toHaveText(/^Line 2, from Ana Lima: it was damaged in copying/);
  const rows = page.getByTestId("students").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const scoreOf = (s) => s.match(/You scored (\d+) of 5/)[1] + " of 5";
  await expect(rows.nth(0)).toHaveText(`Ana Lima${scoreOf(ana.score)}`);
  await expect(rows.nth(1)).toHaveText(`Zoë 李${scoreOf(zoe.score)}`);
  // One row per question, the hardest first, each with its share right and the essay's words.
  const items = page.getByTestId("items").locator(":scope > li");
  await expect(items).toHaveCount(5);
  const shares = (await items.locator("strong").allInnerTexts()).map((t) => Number(t.match(/(\d+)% right/)[1]));
  expect(shares).toEqual([...shares].sort((a, b) => a - b));
  await expect(items.locator("figure.evidence")).toHaveCount(5);
  await expect(page.getByText("it is not proof")).toBeVisible();
});

test("typed answers in any script come back folded alike: one wrong answer, given twice", async ({ page, quiz, browser }) => {
  // Case and script are the browser's Unicode (the wasm asks JavaScript), as they are Rust's
  // when the build checks the bank: "СТАЛИН" and "сталин" are one answer, not letters dropped.
  const { link } = await buildQuiz(page, quiz, 5, ["Fill in the blank"]);
  const one = await takeQuiz(browser, link, "Ana", () => "СТАЛИН, Ἀθῆναι");
  const two = await takeQuiz(browser, link, "Ben", () => "сталин ἀθῆναι!");
  await page.locator("#codes").fill([one.code, two.code].join("\n"));
  const items = page.getByTestId("items").locator(":scope > li");
  await expect(items).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await expect(items.nth(i).locator(".wrong-answers li")).toHaveText(["сталин ἀθῆναι (2)"]);
  }
});

/** The text of each page of a PDF. */
async function pagesOf(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(flat(content.items.map((i) => i.str).join(" ")));
  }
  return pages;
}

const squash = (t) => t.replace(/\s+/g, " ").trim();
/** Text as a PDF gives it back and as the page has it alike: no spaces, no ligatures. */
const flat = (t) => t.normalize("NFKC").replace(/\s+/g, "");

test("the paper copy and its key print whole: every question and answer, none cut across pages", async ({ page, quiz }) => {
  await quiz.open();
  await page.getByRole("button", { name: "For teachers: assign a quiz, print it, read the results" }).click();
  await page.getByLabel("Title").fill("Paper test");
  await page.getByRole("radio", { name: "20", exact: true }).check();
  await page.getByRole("button", { name: "Print the quiz and its key" }).click();
  await expect(page.getByRole("heading", { name: "Paper test", exact: true })).toBeFocused();
  const questions = await page.getByTestId("paper").locator(".paper-q").all();
  expect(questions).toHaveLength(20);
  // What each question starts and ends with on paper, and each answer in the key.
  const firstLast = [];
  for (const q of questions) {
    const lines = (await q.innerText()).split("\n").map(squash).filter((l) => l.length > 3);
    firstLast.push([flat(lines[0]).slice(0, 40), flat(lines[lines.length - 1]).slice(-30)]);
  }
  const answers = (await page.getByTestId("key").locator(".paper-q > p > strong").allInnerTexts()).map((a) => flat(a).slice(0, 40));
  expect(answers).toHaveLength(20);

  await page.emulateMedia({ media: "print" });
  const pages = await pagesOf(await page.pdf({ format: "A4" }));
  const keyStart = pages.findIndex((p) => p.includes(flat("Paper test: answer key")));
  expect(keyStart, "the key starts on a page of its own").toBeGreaterThan(0);
  expect(pages[keyStart - 1]).not.toContain("answerkey");
  expect(pages[0]).toContain("Name:");
  expect(pages.join(" ")).not.toContain("Essayquiz"); // no app chrome on paper
  expect(keyStart, "20 questions take more than a page").toBeGreaterThan(1);
  for (const [i, [start, last]] of firstLast.entries()) {
    // Its number as the list prints it, then its first words (prompts repeat between questions).
    const first = `${i + 1}.${start}`;
    const at = pages.findIndex((p, n) => n < keyStart && p.includes(first));
    expect(at, `question ${i + 1} (“${first}”) is on the paper`).toBeGreaterThanOrEqual(0);
    expect(pages[at], `question ${i + 1} ends on the page it starts`).toContain(last);
  }
  const key = pages.slice(keyStart).join(" ");
  for (const a of answers) expect(key).toContain(a);
});

test("the teacher's screens pass axe and fit a phone", async ({ page, quiz, browser }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const check = async (p, name) => {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name}: wider than the screen`).toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page: p }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`), name).toEqual([]);
  };
  const { link } = await buildQuiz(page, quiz);
  await check(page, "teacher");
  const student = await takeQuiz(browser, link, "Ana", () => 0);
  await page.locator("#codes").fill(student.code + "\nEQ1-nonsense");
  await check(page, "teacher with results");
  await page.getByRole("button", { name: "Print the quiz and its key" }).click();
  await check(page, "paper copy on screen");
  // The student's side, on a phone.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const sp = await context.newPage();
  await sp.goto(link);
  await new QuizPage(sp, link).ready();
  await check(sp, "assigned quiz");
  await sp.getByRole("button", { name: "Start this quiz" }).click();
  for (let i = 0; i < 5; i++) {
    await sp.locator(".option").first().click();
    await new QuizPage(sp, link).saveExamAnswer();
  }
  await sp.getByLabel("Your name").fill("Ana");
  await check(sp, "results code");
  await context.close();
});

test("with the server stopped, the teacher's screen builds, prints and reads codes", async ({ page, quiz, server, browser }) => {
  const { link } = await buildQuiz(page, quiz);
  const student = await takeQuiz(browser, link, "Ana", () => 0);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20_000 });
  await server.close();
  // The reload stays on the teacher's screen, with the quiz being built.
  await page.reload();
  await quiz.ready();
  await expect(page.getByLabel("Title")).toHaveValue("Week 3: Kronstadt");
  await page.locator("#codes").fill(student.code);
  await expect(page.getByTestId("students").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("button", { name: "Print the quiz and its key" }).click();
  await expect(page.getByTestId("key")).toBeVisible();
});
