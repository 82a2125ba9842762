/**
 * The site in each of its languages, as a reader of that language meets the PATCH page: its
 * language declared, its prose, headings, tables and try-it panel in that language, its samples
 * the very code of the English page, and a PATCH sent from its panel answered by the sandbox.
 * The expected words are read from the locale's translation files: what is tested is that the
 * page shows them, in place of the English.
 */
import { readFileSync } from 'node:fs';
import { apiBaseUrl, exampleValues, getRequest } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { translatedLocales, type Locale } from '@site/src/locales';
import { axeViolations, codeText, expect, patchPage, test, visibleSample } from './fixtures';

type Messages = Record<string, { message: string }>;
const readJson = <T,>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
/** Our component's string `id` in a locale, English being the source's. */
const say = (locale: Locale, id: string, values: Record<string, string> = {}) =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, value), readJson<Messages>(`i18n/${locale}/components.json`)[id]!.message);
/** The registry's text in a locale, as the page shows it: its backquoted parts set as code. */
const registryText = (locale: Locale, english: string) => readJson<Record<string, string>>(`i18n/${locale}/registry.json`)[english]!.replaceAll('`', '');
const patchSource = (locale: Locale) => readFileSync(`i18n/${locale}/docusaurus-plugin-content-docs/current/api_reference/contacts_api/patch_contacts.mdx`, 'utf8');
/** A heading of the locale's PATCH page, by its anchor, as its source writes it. */
const headingOf = (locale: Locale, anchor: string) => new RegExp(`^#+ (.*?) \\{#${anchor}\\}$`, 'm').exec(patchSource(locale))![1]!;
/** The paragraph under the title of the locale's PATCH page, its lines joined, as a reader reads it. */
const firstParagraphOf = (locale: Locale) => /^# .*\n\n((?:.+\n)+)/m.exec(patchSource(locale))![1]!.trim().replace(/\s*\n\s*/g, ' ');


/** The English page's cURL sample, which every-page.spec.ts proves it shows as generated. */
const patch = getRequest('contacts_api', 'patch_contacts');
const englishSample = generateSample('curl', patch, exampleValues(patch, Object.keys(patch.examples)[0]!), apiBaseUrl);
const noteDescription = patch.params.body.fields.note.description;
/** "Requests" in each language, a word no English page has, and what its search box is called (Docusaurus's code.json). */
const requestsIn: Record<Exclude<Locale, 'en'>, string> = { es: 'solicitudes', fr: 'requêtes', it: 'richieste', pt: 'solicitações' };
const searchLabel = Object.fromEntries(translatedLocales.map((locale) => [locale, readJson<Messages>(`i18n/${locale}/code.json`)['theme.SearchBar.label']!.message])) as Record<Exclude<Locale, 'en'>, string>;

test('the English page names its four translations, for readers and for search engines', async ({ page }) => {
  await page.goto(patchPage);
  for (const locale of translatedLocales) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${locale}"]`)).toHaveAttribute('href', new RegExp(`/${locale}${patchPage}$`));
  }
  await page.getByRole('button', { name: 'English' }).hover();
  for (const [locale, name] of [['es', 'Español'], ['fr', 'Français'], ['it', 'Italiano'], ['pt', 'Português']] as const) {
    await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', `/${locale}${patchPage}`);
  }
});

test("a reader's choice of sample language follows them into another language", async ({ page }) => {
  await page.goto(patchPage);
  await page.getByRole('tab', { name: 'Python' }).first().click();
  await page.getByRole('button', { name: 'English' }).hover();
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/fr${patchPage}`));
  await expect(page.getByRole('tab', { name: 'Python' }).first()).toHaveAttribute('aria-selected', 'true');
  expect(await codeText(visibleSample(page))).toContain('import requests');
});

for (const locale of translatedLocales) {
  test.describe(`in ${locale}`, () => {
    const localPage = `/${locale}${patchPage}`;

    test('the PATCH page is in the language, its cURL sample the English one, and its try-it panel sends a PATCH the sandbox applies', async ({ page }) => {
      await page.goto(localPage);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('PATCH /contacts/:uuid');
      await expect(page.locator('main article p').first()).toHaveText(firstParagraphOf(locale));
      for (const anchor of ['path-parameters', 'body-parameters', 'errors']) {
        await expect(page.locator(`h2#${anchor}`)).toHaveText(headingOf(locale, anchor));
      }
      await expect(page.locator('h2#body-parameters')).not.toHaveText('Body parameters');
      await expect(page.locator('tr#body-note')).toContainText(registryText(locale, noteDescription));
      expect(await codeText(visibleSample(page))).toBe(englishSample);

      await page.getByRole('button', { name: say(locale, 'callbell.tryIt.open'), exact: true }).click();
      await expect(page.getByLabel(say(locale, 'callbell.tryIt.server.label'), { exact: true })).toHaveValue('in-browser');
      await page.getByRole('button', { name: say(locale, 'callbell.tryIt.token.useDemo') }).click();
      await page.getByLabel('name', { exact: true }).fill('Joana Silva');
      await page.getByRole('button', { name: say(locale, 'callbell.tryIt.send', { method: 'PATCH' }) }).click();
      const outcome = page.getByRole('region', { name: /PATCH \/contacts\/:uuid/ }).first().locator('.alert').last();
      await expect(outcome).toContainText(say(locale, 'callbell.tryIt.outcome.success', { status: '200', reason: 'OK' }));
      await expect(page.locator('dialog pre').first()).toContainText('"name": "Joana Silva"');
    });

    test('the PATCH page and its open try-it panel have no axe violations in light and dark mode', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(localPage);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      expect(await axeViolations(page), 'page, light').toEqual([]);
      await page.getByRole('button', { name: say(locale, 'callbell.tryIt.open'), exact: true }).click();
      expect(await axeViolations(page), 'try-it panel open, light').toEqual([]);
      // The page follows the system's preference, as a reader's system switching to dark reaches it.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page), 'try-it panel open, dark').toEqual([]);
      await page.getByRole('button', { name: say(locale, 'callbell.tryIt.close'), exact: true }).click();
      expect(await axeViolations(page), 'page, dark').toEqual([]);
    });

    test("search finds the language's pages by a word of the language", async ({ page }) => {
      await page.goto(localPage);
      const box = page.getByLabel(searchLabel[locale], { exact: true });
      await box.fill(requestsIn[locale]);
      // The box keeps its name in the language once its code has taken over from the box drawn first.
      await expect(box).toHaveAttribute('aria-label', searchLabel[locale]);
      await page.getByRole('listbox').getByRole('option').first().click();
      await expect(page).toHaveURL(new RegExp(`^https?://[^/]+/${locale}/`));
    });

    test('a page not translated yet says so, and is marked as English', async ({ page }) => {
      await page.goto(`/${locale}/api_reference/teams_api/get_teams`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByText(say(locale, 'callbell.untranslated.note'))).toBeVisible();
      await expect(page.locator('article [lang="en"]').first()).toContainText('GET /teams');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
