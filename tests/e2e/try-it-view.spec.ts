/**
 * The try-it dialog as a reader meets it, at a desktop's, a phone's and a small phone's size:
 * a view of its own over the page, where Send and the answer's status are seen together and
 * nothing but the dialog scrolls. It runs on the in-browser sandbox (the published site's first
 * server), so this file starts no server.
 */
import type { Page } from '@playwright/test';
import { axeViolations, expect, patchPage, test } from './fixtures';

const sendPage = '/api_reference/messages_api/post_send_messages';

const dialog = (page: Page) => page.getByRole('dialog');
const sendButton = (page: Page) => dialog(page).getByRole('button', { name: /^Send (PATCH|POST) request/ });
/** The message naming the answer's status ("Success: 200 OK."). */
const outcome = (page: Page) => dialog(page).locator('.alert').last();

/** Opens the first "Try it" of the page on the in-browser sandbox, with its demo token. */
async function openDialog(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('button', { name: 'Try it' }).first().click();
  await expect(dialog(page).getByLabel('Server', { exact: true })).toHaveValue('in-browser');
  await dialog(page).getByRole('button', { name: 'Use the demo token' }).click();
}

/** Every element that has scrolled, other than the page and the dialog, named by its tag and class. */
function scrolledBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => (element.scrollTop !== 0 || element.scrollLeft !== 0) && element !== document.scrollingElement && element.tagName !== 'DIALOG')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

/** Whether the element is wholly in the window and not under the dialog's sticky bar. */
async function inViewBelowBar(page: Page, element: ReturnType<Page['locator']>): Promise<boolean> {
  const box = (await element.boundingBox())!;
  const bar = (await dialog(page).getByRole('heading', { level: 2 }).locator('xpath=..').boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.x >= 0 && box.x + box.width <= width && box.y >= bar.y + bar.height - 1 && box.y + box.height <= height;
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
  { width: 320, height: 568 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const path of [patchPage, sendPage]) {
      test(`${path}: after Send from the end of the form, Send and the status are in view together, and only the dialog scrolls`, async ({ page }) => {
        await openDialog(page, path);
        // A reader who edited the body last: the form is scrolled to its end.
        await dialog(page).getByLabel('JSON body').scrollIntoViewIfNeeded();
        await sendButton(page).click();
        await expect(outcome(page)).toHaveText('Success: 200 OK.');
        await expect(sendButton(page)).toBeInViewport({ ratio: 1 });
        expect(await inViewBelowBar(page, outcome(page)), 'the status, below the bar').toBe(true);
        expect(await scrolledBoxes(page)).toEqual([]);

        // The wheel over the dialog scrolls it (back up, if it can), and nothing inside it.
        const before = await dialog(page).evaluate((element) => element.scrollTop);
        const { width, height } = page.viewportSize()!;
        await page.mouse.move(width / 2, height / 2);
        await page.mouse.wheel(0, before > 0 ? -300 : 300);
        await expect.poll(() => dialog(page).evaluate((element) => element.scrollTop)).not.toBe(before);
        expect(await scrolledBoxes(page)).toEqual([]);
      });
    }
  });
}

test('Escape closes the dialog, focus is back on "Try it", and reopening finds what was typed', async ({ page }) => {
  await openDialog(page, patchPage);
  await dialog(page).getByLabel('name', { exact: true }).fill('Johnny');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  const tryIt = page.getByRole('button', { name: 'Try it' });
  await expect(tryIt).toBeFocused();
  await tryIt.click();
  await expect(dialog(page).getByLabel('name', { exact: true })).toHaveValue('Johnny');
  await dialog(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect(tryIt).toBeFocused();
});

test("no backtick shows in the form's help text: code in a description is set as code", async ({ page }) => {
  // A sentence of each page's help that the registry writes with backticks.
  for (const [path, sentence] of [
    [patchPage, 'Starts (bot_start) or ends (bot_end)'],
    [sendPage, 'With a bot on, bot_start is the default.'],
  ] as const) {
    await openDialog(page, path);
    const help = await dialog(page).locator('p').allTextContents();
    expect(help.join('\n'), path).toContain(sentence);
    expect(help.filter((text) => text.includes('`')), path).toEqual([]);
    await expect(dialog(page).locator('p code').getByText('bot_start', { exact: true }).first()).toBeVisible();
  }
});

test('on a small phone, "What changed" keeps each name and value whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await openDialog(page, patchPage);
  await dialog(page).getByLabel('name', { exact: true }).fill('Johnny');
  await sendButton(page).click();
  await expect(outcome(page)).toHaveText('Success: 200 OK.');
  const changed = dialog(page).getByRole('table', { name: 'What changed' });
  await expect(changed.getByRole('row', { name: /^name/ })).toContainText('"Johnny"');
  // A name or value without a space is one line: it fits, and nothing breaks it.
  const lines = await changed.locator('code').evaluateAll((codes) =>
    codes.filter((code) => !/\s/.test(code.textContent ?? '')).map((code) => [code.textContent, code.getClientRects().length] as const),
  );
  expect(lines.length).toBeGreaterThan(3);
  expect(lines.filter(([, rects]) => rects !== 1)).toEqual([]);
  expect(await dialog(page).evaluate((element) => element.scrollWidth - element.clientWidth), 'the dialog is no wider than the screen').toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a phone, the dialog and an answer with what changed are accessible in ${colorScheme} mode`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme });
    await openDialog(page, patchPage);
    expect(await axeViolations(page), 'dialog open').toEqual([]);
    await dialog(page).getByLabel('name', { exact: true }).fill('Johnny');
    await sendButton(page).click();
    await expect(outcome(page)).toHaveText('Success: 200 OK.');
    expect(await axeViolations(page), 'answer shown').toEqual([]);
  });
}
