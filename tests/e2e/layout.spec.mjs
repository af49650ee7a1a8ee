// Every screen on a 390 px phone: nothing scrolls sideways, every control is at least 24 × 24
// px, and axe finds no WCAG A/AA violations.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, recorded } from "./support.mjs";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function checkScreen(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name}: page is wider than the screen`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, input, select, textarea, a[href], summary")]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ el, box }) => `${el.tagName.toLowerCase()} “${(el.textContent || el.getAttribute("aria-label") || el.id).trim()}” ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect(small, `${name}: controls under 24 × 24 px`).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const violations = axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(violations, `${name}: accessibility violations`).toEqual([]);
}

test("every screen fits a phone and its controls are big enough", async ({ page, quiz }) => {
  await quiz.open();
  await checkScreen(page, "start");

  const seen = new Set();
  let stepChecked = false;
  for (const rec of ["every-form", "mixed", "form-stance", "form-evidence", "form-who"].map(recorded)) {
    await quiz.open(rec.query);
    await checkScreen(page, "shared link");
    await page.getByRole("button", { name: "Start this quiz" }).click();
    for (let i = 0; i < rec.questions.length; i++) {
      const q = rec.questions[i];
      await quiz.expectQuestion(q, i, rec.questions.length);
      const first = !seen.has(q.form);
      if (first) await checkScreen(page, `question (${q.form})`);
      await quiz.answerByMouse(q, i % 2 === 0);
      if (first) await checkScreen(page, `feedback (${q.form})`);
      seen.add(q.form);
      if (i % 2 === 0 && q.step && !stepChecked) {
        await page.getByRole("button", { name: "Now find the sentence that shows it" }).click();
        await checkScreen(page, "evidence step");
        await page.locator(".step .option").nth(q.step.answer).click();
        await page.locator(".step").getByRole("button", { name: "Check answer" }).click();
        await checkScreen(page, "evidence step answered");
        stepChecked = true;
      }
      await page.locator(".feedback > .actions .primary").click();
    }
    await expect(page.getByTestId("score")).toBeVisible();
    await checkScreen(page, "results");
  }
  expect([...seen].sort()).toEqual(["blank", "evidence", "mc", "num", "order", "stance", "tf", "who"]);
  expect(stepChecked).toBe(true);

  await page.getByRole("button", { name: "Show in the essay" }).first().click();
  await expect(page.locator("mark")).toBeVisible();
  await checkScreen(page, "read");
});

test("the top bar takes one line on common phones, and stacks whole on the narrowest", async ({ page, quiz }) => {
  const bar = page.locator("header.top");
  const buttons = bar.getByRole("button");
  for (const width of [390, 360, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await quiz.open();
    const brand = await bar.locator(".brand").boundingBox();
    const boxes = await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(2);
    // Each button's label on one line, whatever the width.
    for (const b of boxes) expect(b.height, `${width} px: a button's label wraps`).toBeLessThan(48);
    const oneLine = boxes.every((b) => Math.abs(b.y + b.height / 2 - (brand.y + brand.height / 2)) < 4);
    expect(oneLine, `${width} px: name and buttons on one line`).toBe(width >= 360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});
