/**
 * The release notes page of the built site, as a reader uses it: the origin's 40 releases,
 * newest first; every link on it reaches an element of its target page; a link to a new
 * parameter lands on that parameter's row, which says when it was added; a page of a later
 * request says so under its title, linked back to the notes; the Atom feed its
 * head links is read by a real feed parser; and no axe violations in light or dark mode.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Page } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { axeViolations, expect, test } from './fixtures';

const notesPage = '/api_reference/release_notes';

/** The dates of the releases, as the page's headings give them. */
const releaseDates = (page: Page) => page.locator('main h2 time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

test('lists the 40 releases newest first, the three of November 2024 apart', async ({ page }) => {
  await page.goto(notesPage);
  const dates = await releaseDates(page);
  expect(dates).toHaveLength(40);
  expect(dates[0]).toBe('2026-07-01');
  expect(dates.at(-1)).toBe('2022-10-18');
  expect(dates).toEqual([...dates].sort().reverse());
  expect(new Set(dates).size).toBe(40);
  expect(dates).toEqual(expect.arrayContaining(['2024-11-18', '2024-11-19', '2024-11-21']));
  await expect(page.getByRole('heading', { level: 2, name: '1 July 2026: A free-text note on each contact' })).toBeVisible();
});

/** The ids of the elements of a page as the site serves it (every id a link aims at is in its HTML). */
async function idsOf(page: Page, path: string): Promise<Set<string>> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const ids = new Set<string>();
  visit(fromHtml(await response.text()), 'element', (element) => {
    if (typeof element.properties.id === 'string') ids.add(element.properties.id);
  });
  return ids;
}

test('every link of the notes reaches an element of its target page', async ({ page, baseURL }) => {
  await page.goto(notesPage);
  const hrefs = await page.locator('main article ul a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(100);
  const targets = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href);
    expect(url.origin, href).toBe(baseURL);
    const ids = targets.get(url.pathname) ?? new Set<string>();
    if (url.hash) ids.add(decodeURIComponent(url.hash.slice(1)));
    targets.set(url.pathname, ids);
  }
  for (const [path, ids] of targets) {
    const present = await idsOf(page, path);
    expect([...ids].filter((id) => !present.has(id)), `ids ${path} lacks`).toEqual([]);
  }
});

test('a link to a new parameter lands on its row, which says when it was added', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(notesPage);
  const release = page.locator('section', { has: page.locator('h2[id="2026-07-01"]') });
  await release.getByRole('link', { name: 'POST /contacts', exact: true }).click();
  await expect(page).toHaveURL(/\/api_reference\/contacts_api\/post_contacts#body-note$/);
  const row = page.locator('tr#body-note');
  await expect(row).toBeInViewport();
  await expect(row.locator('td').first()).toHaveText(/^note\s*Added 2026-07-01$/);
  // The row the link meant is outlined: that state too has no axe violations, light or dark.
  expect(await axeViolations(page, 'main'), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page, 'main'), 'dark').toEqual([]);
});

test("a request page marks what later releases added and changed, and only that", async ({ page }) => {
  await page.goto('/api_reference/contacts_api/post_contacts');
  const added = await page.locator('main tr', { hasText: /Added \d{4}-\d{2}-\d{2}/ }).evaluateAll((rows) =>
    rows.map((row) => `${row.querySelector('td code')?.textContent} ${row.querySelector('time')?.getAttribute('datetime')}`),
  );
  expect(added).toEqual(
    expect.arrayContaining(['tags 2023-03-03', 'custom_fields 2023-03-03', 'channel_uuid 2024-02-14', 'assigned_user 2023-04-05', 'team_uuid 2023-12-19', 'bot_status 2024-05-15', 'note 2026-07-01']),
  );
  // What the first version had carries no mark.
  await expect(page.locator('tr#body-identifier')).not.toContainText('Added');
  await expect(page.locator('tr#body-custom_fields')).toContainText('Changed 2026-03-03: Each value is checked against the kind of its custom field.');
});

test("a request a later release brought says when under its title, linked to that release's notes", async ({ page }) => {
  await page.goto('/api_reference/plan_api/get_plan');
  const added = page.locator('main article p', { hasText: /^Added on / });
  await expect(added).toHaveText('Added on 10 February 2026.');
  // Under the title, not above it.
  expect(await added.evaluate((line) => Boolean(document.querySelector('main h1')!.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await added.getByRole('link', { name: '10 February 2026' }).click();
  await expect(page).toHaveURL(/\/api_reference\/release_notes#2026-02-10$/);
  await expect(page.getByRole('heading', { level: 2, name: '10 February 2026: The Plan API' })).toBeInViewport();
  // A request the first version had says nothing of the kind.
  await page.goto('/api_reference/contacts_api/get_contact');
  await expect(page.locator('main')).not.toContainText('Added on');
});

test('a translated page says when its subject came in its language, linked to the notes in that language', async ({ page }) => {
  await page.goto('/es/api_reference/contacts_api/get_contact_messages');
  const added = page.locator('main article p', { has: page.locator('a[href="/es/api_reference/release_notes#2024-01-04"]') });
  await expect(added).toHaveText('Añadido el 4 de enero de 2024.');
});

test('the feed its head links is Atom with the 40 releases, for a real feed parser', async ({ page, request }) => {
  await page.goto(notesPage);
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveAttribute('href', '/release-notes.atom');
  const response = await request.get('/release-notes.atom');
  expect(response.status()).toBe(200);
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe('atom');
  expect(feed.items).toHaveLength(40);
  expect(feed.items.map((item) => item.url)).toContain(`${new URL(page.url()).origin}${notesPage}#2024-11-19`);
});

test('the page has no axe violations in light or dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(notesPage);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await axeViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page), 'dark').toEqual([]);
});
