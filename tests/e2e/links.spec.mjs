// Links with mistakes get a clear message and a way to start; none leaves a blank page.
import { test, expect } from "./support.mjs";

const cases = [
  ["?seed=k3-x", "The quiz number “k3-x” in this link is not valid"],
  ["?seed=zzzzzzzzzz", "it is too large"],
  ["?seed=abc&count=500", "The question count “500” in this link is not valid"],
  ["?seed=abc&count=0", "The question count “0” in this link is not valid"],
  ["?seed=abc&sections=I,VII", "This link asks for a section “VII”"],
  ["?seed=abc&forms=essay", "This link asks for a question form “essay”"],
];

for (const [query, message] of cases) {
  test(`a bad link (${query}) explains itself and still offers a quiz`, async ({ page, quiz }) => {
    await quiz.open(query);
    await expect(page.getByRole("alert")).toContainText(message);
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByTestId("progress")).toHaveText("Question 1 of 10");
    expect(quiz.errors).toEqual([]);
  });
}

test("a link from another version of the questions says so instead of pretending", async ({ page, quiz }) => {
  await quiz.open("?seed=abc&count=5&bank=0badc0de");
  await expect(page.getByRole("alert")).toContainText("made for another version of the questions");
  await page.getByRole("button", { name: "Start a quiz like it" }).click();
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 5");
});
