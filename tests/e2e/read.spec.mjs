// "Show in the essay" opens the Read view at the evidence, highlighted; the Read view can also
// be browsed by section, and closing it returns to the quiz where it was.
import { test, expect, recorded } from "./support.mjs";

test("the evidence opens highlighted in the essay, and the quiz resumes", async ({ page, quiz }) => {
  const mixed = recorded("mixed");
  await quiz.open(mixed.query);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  const q = mixed.questions[0];
  await quiz.answerByMouse(q, true);
  // With the evidence step on offer, the quote waits behind "The essay's words".
  if (q.step) await page.locator(".feedback summary", { hasText: "The essay's words" }).click();
  await page.locator(".feedback").getByRole("button", { name: "Show in the essay" }).click();

  const mark = page.locator("article.essay mark");
  await expect(mark).toHaveText(q.evidence);
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(page.locator("article.essay p", { has: page.locator("mark") })).toHaveAttribute("data-paragraph", q.paragraph);

  await page.getByRole("button", { name: "Back to the quiz" }).click();
  await expect(page.getByTestId("verdict")).toHaveText("Right.");
  await expect(page.getByTestId("progress")).toHaveText(`Question 1 of ${mixed.questions.length}`);
});

test("the essay can be read section by section on its own", async ({ page, quiz }) => {
  await quiz.open();
  await page.getByRole("button", { name: "Read the essay" }).click();
  await expect(page.locator("article.essay h2")).toHaveText("Section I");
  await expect(page.locator("article.essay p").first()).toContainText("During the tumultuous years");
  await page.getByRole("button", { name: "Afterword", exact: true }).click();
  await expect(page.locator("article.essay h2")).toHaveText("Afterword");
  await expect(page.locator("article.essay p")).toContainText(["Max Shachtman"]);
  await page.getByRole("button", { name: "← Section V" }).click();
  await expect(page.locator("article.essay h2")).toHaveText("Section V");
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("button", { name: "Start quiz" })).toBeVisible();
});
