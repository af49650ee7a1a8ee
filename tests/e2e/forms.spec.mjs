// Each question form, by keyboard alone: one question answered right and one wrong, and
// "Show in the essay" opening the Read view at the claim's passage.
import { test, expect, recorded } from "./support.mjs";

for (const form of ["mc", "tf", "blank", "num", "order", "who"]) {
  test(`${form}: right, then wrong, by keyboard, with the evidence in the essay`, async ({ page, quiz }) => {
    const rec = recorded(`form-${form}`);
    await quiz.open(rec.query);
    await page.getByRole("button", { name: "Start this quiz" }).focus();
    await page.keyboard.press("Enter");

    for (const [i, right] of [[0, true], [1, false]]) {
      const q = rec.questions[i];
      await quiz.expectQuestion(q, i, 2);
      await quiz.answerByKeyboard(q, right);
      // A wrong answer is shown the right one.
      const correction = { mc: "The answer is", num: "The answer is", tf: "The statement is", blank: "The essay has", order: "In the essay's order", who: "(you chose" };
      if (!right) await expect(page.locator(".feedback")).toContainText(correction[form]);

      // Tab from the verdict to "Show in the essay", then back to the quiz.
      const show = page.locator(".feedback > .evidence").last().getByRole("button", { name: "Show in the essay" });
      for (let n = 0; n < 12 && !(await show.evaluate((b) => b === document.activeElement)); n++) await page.keyboard.press("Tab");
      await expect(show).toBeFocused();
      await page.keyboard.press("Enter");
      const mark = page.locator("article.essay mark");
      await expect(mark).toHaveText(q.evidence);
      await expect(mark).toBeFocused();
      await expect(page.locator(`article.essay p[data-paragraph="${q.paragraph}"] mark`)).toHaveCount(1);
      await page.getByRole("button", { name: "Back to the quiz" }).focus();
      await page.keyboard.press("Enter");

      await expect(page.getByTestId("verdict")).toHaveText(right ? "Right." : "Not quite.");
      await page.getByTestId("verdict").focus();
      await page.keyboard.press("Enter");
    }
    await expect(page.getByTestId("score")).toHaveText("You scored 1 of 2");
    expect(quiz.errors).toEqual([]);
  });
}
