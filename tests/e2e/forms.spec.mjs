// Each question form, by keyboard alone: one question answered right and one wrong, and
// "Show in the essay" opening the Read view at the claim's passage. After a right answer that
// offers it, the evidence step is taken too, and "Show in the essay" is reached from it.
import { test, expect, recorded } from "./support.mjs";

const FORMS = ["mc", "tf", "blank", "num", "order", "who", "stance", "evidence"];
const CORRECTION = {
  mc: "The answer is",
  num: "The answer is",
  stance: "The answer is",
  evidence: "The answer is",
  tf: "The statement is",
  blank: "The essay has",
  order: "In the essay's order",
  who: "(you chose",
};

for (const form of FORMS) {
  test(`${form}: right, then wrong, by keyboard, with the evidence in the essay`, async ({ page, quiz }) => {
    const rec = recorded(`form-${form}`);
    await quiz.open(rec.query);
    await page.getByRole("button", { name: "Start this quiz" }).focus();
    await page.keyboard.press("Enter");

    let steps = 0;
    for (const [i, right] of [[0, true], [1, false]]) {
      const q = rec.questions[i];
      await quiz.expectQuestion(q, i, 2);
      await quiz.answerByKeyboard(q, right);
      // A wrong answer is shown the right one, and no evidence step.
      if (!right) {
        await expect(page.locator(".feedback")).toContainText(CORRECTION[form]);
        await expect(page.getByRole("button", { name: "Now find the sentence that shows it" })).toHaveCount(0);
      }

      // Where the step is offered, find the sentence first; its evidence then shows the way.
      let evidence = page.locator(".feedback > .evidence");
      if (right && q.step) {
        await quiz.findEvidence(q, true, "keyboard");
        evidence = page.locator(".step .evidence");
        steps += 1;
      } else if (right) {
        await expect(page.getByRole("button", { name: "Now find the sentence that shows it" })).toHaveCount(0);
      }
      const show = evidence.getByRole("button", { name: "Show in the essay" });
      await quiz.tabTo(show);
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
    if (steps > 0) await expect(page.getByTestId("evidence-score")).toHaveText(`Evidence found: ${steps} of ${steps}`);
    else await expect(page.getByTestId("evidence-score")).toHaveCount(0);
    expect(quiz.errors).toEqual([]);
  });
}
