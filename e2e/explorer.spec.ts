// The vicious-cycle explorer on the landing page and in lesson 2.4, driven by keyboard, pointer
// and touch against the production build. Steps, arrows and interventions come from the data file.
import { axeViolations } from './axe';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { cycle } from '../src/data/cycle';
import { watchProblems } from './problems';
import { waitForHydration } from './site';

const LESSON = 'learn/vicious-cycle/closing-the-loop';
const explorer = (page: Page): Locator => page.locator('[data-cycle-explorer]');
const picture = (page: Page): Locator => explorer(page).getByRole('group', { name: cycle.title });
const item = (page: Page, id: string): Locator => picture(page).locator(`[data-item="${id}"]`);
const panelTitle = (page: Page): Locator => explorer(page).locator('[data-panel] h3');
const status = (page: Page): Locator => explorer(page).getByRole('status');
const stepOf = (id: string | undefined) => {
  const step = cycle.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step "${id}" in src/data/cycle.ts`);
  return step;
};
const arrowWithLabel = cycle.arrows.find((arrow) => arrow.label);
if (!arrowWithLabel) throw new Error('these tests click an arrow by its label: give one arrow a label');

async function open(page: Page, path = ''): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
  await expect(explorer(page)).toHaveAttribute('data-ready', 'true');
}

test('by keyboard: one tab stop into the picture, arrow keys move, Enter selects, Escape clears', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await open(page);
  // The picture comes first, then the controls: Shift+Tab from the first control enters the picture.
  const walkButton = explorer(page).getByRole('button', { name: 'Walk the loop' });
  await walkButton.focus();
  await page.keyboard.press('Shift+Tab');
  const [first, second] = cycle.loop;
  await expect(item(page, first ?? '')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(item(page, second ?? '')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panelTitle(page)).toHaveText(stepOf(second).title);
  await expect(status(page)).toHaveText(stepOf(second).title);
  await expect(item(page, second ?? '')).toHaveAttribute('aria-pressed', 'true');
  // The focused item shows a focus ring of its own (a wider stroke than the plain outline).
  const width = await item(page, second ?? '')
    .locator('rect, polygon')
    .first()
    .evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(width)).toBeGreaterThanOrEqual(5);
  await page.keyboard.press('Escape');
  await expect(panelTitle(page)).toHaveText('Explore the cycle');
  await expect(item(page, second ?? '')).toHaveAttribute('aria-pressed', 'false');
  // Tab leaves the picture in one press: the steps and arrows are one tab stop.
  await page.keyboard.press('Tab');
  await expect(walkButton).toBeFocused();
  expect(problems).toEqual([]);
});

test('by pointer: a step and an arrow open their explanation, evidence and lesson link', async ({ page }) => {
  await open(page);
  const step = stepOf(cycle.loop[2]);
  await item(page, step.id).click();
  await expect(panelTitle(page)).toHaveText(step.title);
  const panel = explorer(page).locator('[data-panel]');
  await expect(panel).toContainText(step.text);
  await expect(panel.getByRole('link', { name: /et al\.|\d{4}/ }).first()).toHaveAttribute(
    'href',
    /references#ref-/,
  );
  const lessonHref = await panel.getByRole('link').last().getAttribute('href');
  expect(lessonHref).toBe(`/course-under-test${step.lesson}`);
  await item(page, arrowWithLabel.id)
    .getByText(arrowWithLabel.label ?? '')
    .click();
  await expect(panelTitle(page)).toHaveText(new RegExp(`^From “.+” to “.+”: ${arrowWithLabel.label}$`));
  await expect(panel).toContainText(arrowWithLabel.text);
  await expect(page).toHaveURL(new RegExp(`#cycle:select=${arrowWithLabel.id}$`));
  // Following the lesson link lands on that section.
  await panel.getByRole('link').last().click();
  await expect(page).toHaveURL(new RegExp(`${arrowWithLabel.lesson}$`));
});

test('walking the loop visits every step in order, one link at a time, and comes back to the start', async ({
  page,
}) => {
  await open(page, LESSON);
  await explorer(page).getByRole('button', { name: 'Walk the loop' }).click();
  const n = cycle.loop.length;
  for (let position = 0; position < n; position += 1) {
    const step = stepOf(cycle.loop[position]);
    await expect(status(page)).toContainText(`Step ${position + 1} of ${n}: ${step.title}`);
    await expect(item(page, step.id)).toHaveAttribute('aria-pressed', 'true');
    const next = cycle.arrows.find(
      (arrow) => arrow.from === step.id && arrow.to === cycle.loop[(position + 1) % n],
    );
    await expect(item(page, next?.id ?? '')).toHaveClass(/walkCurrent/);
    await expect(page).toHaveURL(new RegExp(`#cycle:walk=${position + 1}$`));
    await explorer(page).getByRole('button', { name: 'Next' }).click();
  }
  await expect(status(page)).toContainText(`Step 1 of ${n}`);
  await expect(status(page)).toContainText('Back where you started');
  await explorer(page).getByLabel('Start at').selectOption({ index: 3 });
  await expect(status(page)).toContainText(`Step 4 of ${n}`);
  await explorer(page).getByRole('button', { name: 'Previous' }).click();
  await expect(status(page)).toContainText(`Step 3 of ${n}`);
});

test('interventions mark where they act, the evidence view styles every arrow, and a link keeps both', async ({
  page,
}) => {
  await open(page);
  const [one, two] = cycle.interventions;
  if (!one || !two) throw new Error('these tests need two interventions');
  await explorer(page).getByRole('checkbox', { name: one.name }).check();
  await explorer(page).getByRole('checkbox', { name: two.name }).check();
  for (const target of one.actsOn)
    await expect(item(page, target).getByText(one.badge, { exact: true })).toBeVisible();
  await expect(explorer(page).locator(`[data-active-intervention="${one.id}"]`)).toContainText(
    one.evidenceText,
  );
  await explorer(page)
    .getByRole('checkbox', { name: /Evidence view/ })
    .check();
  const legend = explorer(page).getByText('How strongly each arrow is shown', { exact: true });
  await expect(legend).toBeVisible();
  for (const arrow of cycle.arrows) {
    const dashes = await item(page, arrow.id)
      .locator('path')
      .nth(1)
      .evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(dashes === 'none', `arrow ${arrow.id} (${arrow.strength})`).toBe(arrow.strength === 'people');
  }
  await item(page, cycle.loop[0] ?? '').click();
  const url = page.url();
  expect(url).toContain(`on=${one.id},${two.id}`);
  expect(url).toContain('view=evidence');
  // A teacher's link: opened afresh, and reloaded, it shows the same state.
  const shared = new URL(url).hash;
  await page.goto('learn/wrap-up/glossary');
  await open(page, shared);
  await expect(explorer(page).getByRole('checkbox', { name: one.name })).toBeChecked();
  await expect(explorer(page).getByRole('checkbox', { name: two.name })).toBeChecked();
  await expect(panelTitle(page)).toHaveText(stepOf(cycle.loop[0]).title);
  await page.reload();
  await waitForHydration(page);
  await expect(explorer(page).getByRole('checkbox', { name: /Evidence view/ })).toBeChecked();
  await expect(panelTitle(page)).toHaveText(stepOf(cycle.loop[0]).title);
  await explorer(page).getByRole('checkbox', { name: one.name }).uncheck();
  await expect(item(page, one.actsOn[0] ?? '').getByText(one.badge, { exact: true })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the panel open, interventions on and the evidence view, ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(
      page,
      `${LESSON}#cycle:select=${cycle.loop[1]}&on=${cycle.interventions.map((i) => i.id).join(',')}&view=evidence`,
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(panelTitle(page)).toHaveText(stepOf(cycle.loop[1]).title);
    await explorer(page)
      .getByRole('button', { name: /Show the cycle in words/ })
      .click();
    expect(await axeViolations(page, '[data-cycle-explorer]')).toEqual([]);
    await explorer(page).getByRole('button', { name: 'Walk the loop' }).click();
    expect(await axeViolations(page, '[data-cycle-explorer]')).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap selects, and the panel sits below the picture', async ({ page }) => {
    await open(page);
    const step = stepOf(cycle.loop[4]);
    await item(page, step.id).tap();
    await expect(panelTitle(page)).toHaveText(step.title);
    const figure = await explorer(page).locator('figure').boundingBox();
    const panel = await explorer(page).locator('[data-panel]').boundingBox();
    expect(panel?.y ?? 0).toBeGreaterThan((figure?.y ?? 0) + (figure?.height ?? 0) - 1);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'nothing makes the page scroll sideways').toBeLessThanOrEqual(390);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the picture is followed by the steps in order and the interventions, with no dead controls', async ({
    page,
  }) => {
    await page.goto('');
    const section = explorer(page);
    await expect(section.getByRole('img', { name: cycle.title })).toBeVisible();
    await expect(section.getByRole('checkbox')).toHaveCount(0);
    await expect(section.getByRole('button')).toHaveCount(0);
    const steps = section.locator('[data-text-version] ol > li');
    await expect(steps).toHaveCount(cycle.loop.length);
    for (const [position, id] of cycle.loop.entries()) {
      await expect(steps.nth(position)).toContainText(stepOf(id).title);
      await expect(steps.nth(position)).toContainText(stepOf(id).text);
    }
    const interventions = section.locator('[data-interventions] > li');
    await expect(interventions).toHaveCount(cycle.interventions.length);
    for (const [index, entry] of cycle.interventions.entries()) {
      await expect(interventions.nth(index)).toContainText(entry.name);
      await expect(interventions.nth(index).getByRole('link').last()).toHaveAttribute(
        'href',
        `/course-under-test${entry.lesson}`,
      );
    }
  });
});

test('a link in a lesson opens the explorer with that intervention switched on', async ({ page }) => {
  const [intervention] = cycle.interventions;
  if (!intervention) throw new Error('the course needs an intervention');
  await page.goto('learn/breaking-the-cycle/sleep-and-stress');
  await waitForHydration(page);
  await page.locator(`a[href$="#cycle:on=${intervention.id}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}#cycle:on=${intervention.id}$`));
  await expect(explorer(page).getByRole('checkbox', { name: intervention.name })).toBeChecked();
  await expect(explorer(page)).toBeInViewport();
  // A link on the same page changes what the explorer shows.
  await page.getByRole('link', { name: 'switch on the evidence view' }).click();
  await expect(explorer(page).getByRole('checkbox', { name: /Evidence view/ })).toBeChecked();
  await expect(explorer(page).getByRole('checkbox', { name: intervention.name })).not.toBeChecked();
});
