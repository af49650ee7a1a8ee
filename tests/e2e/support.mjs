// Shared test setup: a static server per test, the recorded quizzes, and a page object that
// plays questions by keyboard or by mouse.
import { test as base, expect } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { serve } from "../support/serve.mjs";

/** A recorded quiz (tests/fixtures/quiz-<name>.json, written by `cargo test --test generation`). */
export function recorded(name) {
  return JSON.parse(readFileSync(new URL(`../fixtures/quiz-${name}.json`, import.meta.url), "utf8"));
}

/** The ids of the bank's claims (each claim's `id` in questions/claims/*.toml), and how many. */
export const CLAIM_IDS = new Set(
  readdirSync(new URL("../../questions/claims/", import.meta.url))
    .filter((f) => f.endsWith(".toml"))
    .flatMap((f) => [...readFileSync(new URL(`../../questions/claims/${f}`, import.meta.url), "utf8").matchAll(/^\[\[claim\]\]\nid = "([^"]+)"/gm)].map((m) => m[1])),
);
export const CLAIMS = CLAIM_IDS.size;

/** Chromium's own notice about Trunk's preload links, not the app's doing. */
const NOT_THE_APP = [/The `integrity` attribute is currently ignored for preload destinations/];

export const test = base.extend({
  // Console messages a test expects (for example a failed fetch once it has stopped the server).
  consoleAllowed: [[], { option: true }],
  // Every page fails its test on a console error or warning, or an uncaught exception, that
  // the app causes.
  page: async ({ page, consoleAllowed }, use) => {
    const problems = [];
    const allowed = [...NOT_THE_APP, ...consoleAllowed];
    page.on("console", (m) => {
      if ((m.type() === "error" || m.type() === "warning") && !allowed.some((a) => a.test(m.text()))) {
        problems.push(`${m.type()}: ${m.text()} (${m.location().url})`);
      }
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e}`));
    await use(page);
    expect(problems, "console errors and warnings").toEqual([]);
  },
  // dist/ served at the root; a test may stop it with `server.close()`.
  server: async ({}, use) => {
    const server = await serve({ dir: "dist" });
    await use(server);
    await server.close();
  },
  quiz: async ({ page, server }, use) => {
    await use(new QuizPage(page, server.url));
  },
});
export { expect };

export class QuizPage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.errors = [];
    page.on("pageerror", (e) => this.errors.push(String(e)));
  }

  async open(query = "") {
    await this.page.goto(this.url + query);
    await this.ready();
  }

  /** Waits for the app to take the place of the build-time shell. */
  async ready() {
    await expect(this.page.locator("#shell")).toHaveCount(0);
    await expect(this.page.locator("main :is(h1, h2):visible").first()).toBeVisible();
  }

  heading() {
    return this.page.locator("#question-title");
  }

  /** Opens the start page's "More options" (how, how many, sections, forms), if closed. */
  async moreOptions() {
    const details = this.page.locator("details.more-options");
    if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
  }

  /** In an exam: saves the answer given ("Finish exam" on the last, confirmed). */
  async saveExamAnswer() {
    const p = this.page;
    const finish = p.getByRole("button", { name: "Finish exam" });
    if (await finish.count()) {
      await finish.click();
      await p.getByRole("button", { name: "Finish and see results" }).click();
    } else {
      await p.getByRole("button", { name: "Save answer" }).click();
    }
  }

  /** The start page's one button that starts a quiz of the chosen options. */
  startButton() {
    return this.page.getByRole("button", { name: "Start quiz", exact: true });
  }

  /** Checks that the question on screen is the recorded one. */
  async expectQuestion(q, index, total) {
    await expect(this.page.getByTestId("progress")).toHaveText(`Question ${index + 1} of ${total}`);
    await expect(this.heading()).toHaveText(q.prompt);
    if (q.options) await expect(this.page.locator(".option .text")).toHaveText(q.options);
    if (q.statement) await expect(this.page.locator(".statement")).toHaveText(q.statement);
    if (q.items) await expect(this.page.locator(".order .what")).toHaveText(q.items);
    if (q.rows) await expect(this.page.locator(".match-what")).toHaveText(q.rows);
  }

  /** Answers by keyboard only: digits and Enter, typing, Tab and arrow keys. */
  async answerByKeyboard(q, right, confidence = 1) {
    const kb = this.page.keyboard;
    switch (q.form) {
      case "mc":
      case "num":
      case "stance":
      case "evidence":
        await kb.press(String((right ? q.answer : (q.answer + 1) % q.options.length) + 1));
        await kb.press("Enter");
        break;
      case "tf":
        await kb.press(q.answer === right ? "1" : "2");
        await kb.press("Enter");
        break;
      case "blank":
        await expect(this.page.locator("#blank-input")).toBeFocused();
        await kb.type(right ? q.answer : "something else");
        await kb.press("Enter");
        break;
      case "order": {
        if (right) {
          // Selection sort with the "earlier" buttons; focus stays on the moved item's button.
          for (let target = 0; target < q.answer.length; target++) {
            const shown = await this.page.locator(".order .what").allTextContents();
            const at = shown.indexOf(q.answer[target]);
            if (at === target) continue;
            await this.page.getByRole("button", { name: `Move “${q.answer[target]}” earlier` }).focus();
            for (let i = at; i > target; i--) await kb.press("Enter");
            await expect(this.page.locator(".order .what").nth(target)).toHaveText(q.answer[target]);
          }
        }
        // With confidence on, Enter on one of the "how sure" buttons checks it.
        await (await this.checkButton(confidence)).focus();
        await kb.press("Enter");
        break;
      }
      case "who": {
        const rows = q.rows.length;
        for (let row = 0; row < rows; row++) {
          const name = right ? q.answer[row] : q.answer[(row + 1) % rows];
          const steps = q.names.indexOf(name) + 1;
          await this.page.locator(`#match-${row}`).focus();
          for (let i = 0; i < steps; i++) await kb.press("ArrowDown");
          await expect(this.page.locator(`#match-${row}`)).toHaveValue(String(steps - 1));
        }
        await kb.press("Tab");
        await expect(this.page.locator(".question .answer .actions button").first()).toBeFocused();
        await (await this.checkButton(confidence)).focus();
        await kb.press("Enter");
        break;
      }
      default:
        throw new Error(`unknown form ${q.form}`);
    }
    await this.sayHowSure("keyboard", confidence);
    await expect(this.page.getByTestId("verdict")).toHaveText(right ? "Right." : "Not quite.");
  }

  /**
   * The button that checks the answer on screen: with Learn's confidence on, "A guess",
   * "Fairly sure" or "Sure" (`confidence` 0–2) each check it; otherwise the one button.
   */
  async checkButton(confidence = 1) {
    const sure = this.page.locator(".question .answer .actions.sure");
    if (await sure.count()) return sure.getByRole("button").nth(confidence);
    return this.page.locator(".question .answer .actions .primary").first();
  }

  /**
   * Learn asks how sure the student is before it checks (a setting, on by default): answers it
   * when asked, by key (1–3) or by click. `confidence` is 0 (a guess), 1 (fairly sure) or 2.
   */
  async sayHowSure(by, confidence = 1) {
    const p = this.page;
    const prompt = p.locator(".confidence");
    await expect(p.getByTestId("verdict").or(prompt)).toBeVisible();
    if (await prompt.isVisible()) {
      await expect(prompt.getByText("How sure are you?")).toBeFocused();
      if (by === "keyboard") await p.keyboard.press(String(confidence + 1));
      else await prompt.getByRole("button").nth(confidence).click();
    }
  }

  /** Answers with clicks and taps (and picking from lists). */
  async answerByMouse(q, right, confidence = 1) {
    const p = this.page;
    switch (q.form) {
      case "mc":
      case "num":
      case "stance":
      case "evidence":
        await p.locator(".option").nth(right ? q.answer : (q.answer + 1) % q.options.length).click();
        break;
      case "tf":
        await p.locator(".option", { hasText: q.answer === right ? "True" : "False" }).click();
        break;
      case "blank":
        await p.locator("#blank-input").click();
        await p.locator("#blank-input").fill(right ? q.answer : "something else");
        break;
      case "order":
        if (right) {
          for (let target = 0; target < q.answer.length; target++) {
            let shown = await p.locator(".order .what").allTextContents();
            while (shown.indexOf(q.answer[target]) > target) {
              await p.getByRole("button", { name: `Move “${q.answer[target]}” earlier` }).click();
              shown = await p.locator(".order .what").allTextContents();
            }
          }
        }
        break;
      case "who":
        for (let row = 0; row < q.rows.length; row++) {
          const name = right ? q.answer[row] : q.answer[(row + 1) % q.rows.length];
          await p.locator(`#match-${row}`).selectOption({ label: name });
        }
        break;
      default:
        throw new Error(`unknown form ${q.form}`);
    }
    await this.check(confidence);
    await expect(p.getByTestId("verdict")).toHaveText(right ? "Right." : "Not quite.");
  }

  /** Checks the answer given, by a tap (see `checkButton`). */
  async check(confidence = 1) {
    await (await this.checkButton(confidence)).click();
  }

  /** Tabs forward until `locator` has the focus (at most `max` presses). */
  async tabTo(locator, max = 15) {
    for (let n = 0; n < max && !(await locator.evaluate((el) => el === document.activeElement)); n++) {
      await this.page.keyboard.press("Tab");
    }
    await expect(locator).toBeFocused();
  }

  /** After a right answer: opens "Now find the sentence that shows it" and answers it. */
  async findEvidence(q, right, by) {
    const p = this.page;
    const offer = p.getByRole("button", { name: "Now find the sentence that shows it" });
    if (by === "keyboard") {
      await this.tabTo(offer);
      await p.keyboard.press("Enter");
    } else {
      await offer.click();
    }
    const step = p.locator(".step");
    await expect(step.getByRole("heading", { name: "Now find the sentence that shows it" })).toBeFocused();
    await expect(step.locator(".statement")).toHaveText(q.step.statement);
    await expect(step.locator(".option .text")).toHaveText(q.step.options);
    const pick = right ? q.step.answer : (q.step.answer + 1) % q.step.options.length;
    if (by === "keyboard") {
      await p.keyboard.press(String(pick + 1));
      await p.keyboard.press("Enter");
    } else {
      await step.locator(".option").nth(pick).click();
      await step.getByRole("button", { name: "Check answer" }).click();
    }
    await expect(p.getByTestId("step-verdict")).toHaveText(right ? "Found it." : "Not that one: the marked sentence holds the evidence.");
    // The sentence that holds the evidence is marked, whatever was chosen.
    await expect(step.locator(".option.right .text")).toContainText(q.step.options[q.step.answer]);
  }

  /** Plays a whole recorded quiz from its first question; returns how many were answered right. */
  /**
   * Plays a whole recorded quiz from its first question. `evidence(i)` says whether to take the
   * evidence step after a right answer that offers it, and to answer it right (true), wrong
   * (false) or not at all (undefined). Returns how many questions, and how many steps, were right
   * and how many steps were taken.
   */
  async play(recordedQuiz, { by, right, evidence = () => undefined }) {
    const qs = recordedQuiz.questions;
    let rightCount = 0;
    const steps = { right: 0, taken: 0 };
    for (let i = 0; i < qs.length; i++) {
      await this.expectQuestion(qs[i], i, qs.length);
      const isRight = right(i);
      if (by === "keyboard") await this.answerByKeyboard(qs[i], isRight);
      else await this.answerByMouse(qs[i], isRight);
      rightCount += isRight ? 1 : 0;
      const step = isRight && qs[i].step ? evidence(i) : undefined;
      if (step !== undefined) {
        await this.findEvidence(qs[i], step, by);
        steps.taken += 1;
        steps.right += step ? 1 : 0;
        // Back to the verdict, where Enter moves on.
        if (by === "keyboard") await this.page.getByTestId("verdict").focus();
      }
      if (by === "keyboard") {
        await expect(this.page.getByTestId("verdict")).toBeFocused();
        await this.page.keyboard.press("Enter");
      } else {
        await this.page.getByRole("button", { name: i + 1 === qs.length ? "See your results" : "Next question" }).click();
      }
    }
    this.steps = steps;
    return rightCount;
  }
}
