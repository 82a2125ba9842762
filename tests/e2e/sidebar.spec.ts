/**
 * The sidebar as a reader scans it: each request's link shows its method as a badge (in the
 * link's text, so its name says it too) and its whole label, wrapped, never cut off.
 */
import type { Locator, Page } from '@playwright/test';
import { allRequests } from '@site/src/requests';
import { expect, settled, test } from './fixtures';

/** The requests of each group, in the registry's order. */
const groups = new Map<string, ReturnType<typeof allRequests>>();
for (const request of allRequests()) groups.set(request.endpoint, [...(groups.get(request.endpoint) ?? []), request]);

/** How a sidebar label is drawn: clipped, or clamped with an ellipsis, or whole. */
const labelDrawing = (link: Locator) =>
  link.locator(':scope > span').evaluate((label) => {
    const style = getComputedStyle(label);
    return {
      fits: label.scrollWidth <= label.clientWidth && label.scrollHeight <= label.clientHeight,
      ellipsis: style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none',
    };
  });

async function expectBadgedAndWhole(page: Page, menu: Locator, endpoint: string) {
  for (const { id, spec } of groups.get(endpoint)!) {
    const link = menu.getByRole('link', { name: `${spec.method} ${spec.path}`, exact: true });
    await expect(link, id).toHaveAttribute('href', `/api_reference/${endpoint}/${id}`);
    await expect(link.locator('[data-method]'), id).toHaveText(spec.method);
    expect(await labelDrawing(link), id).toEqual({ fits: true, ellipsis: false });
  }
}

for (const [endpoint, requests] of groups) {
  test(`each ${endpoint} request's sidebar link has its method badge and its whole label`, async ({ page }) => {
    await page.goto(`/api_reference/${endpoint}/${requests[0]!.id}`);
    await expectBadgedAndWhole(page, page.getByRole('navigation', { name: 'Docs sidebar' }), endpoint);
  });
}

test.describe('in the phone menu at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('the Contacts API links, the longest, keep their badges and whole labels', async ({ page }) => {
    await page.goto('/api_reference/contacts_api/get_contact_by_phone');
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    const menu = page.locator('.navbar-sidebar');
    await expect(menu.getByRole('link', { name: 'GET /contacts/phone/:phone_number', exact: true })).toBeVisible();
    await settled(page);
    await expectBadgedAndWhole(page, menu, 'contacts_api');
  });
});
