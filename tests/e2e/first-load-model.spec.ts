/**
 * The first-load budgets (budgets.spec.ts) weigh a static model of what a page loads, read from
 * the build's files (bench/first-load-budget.ts). Here Chromium loads pages of each kind, and the
 * scripts it fetches must be exactly the model's: a model that missed a chunk would let a
 * page's weight grow unseen. Prefetches of linked pages (`<link rel=prefetch>`) are not the
 * page's load, so only requests of scripts count.
 */
import { firstLoadScripts, readBundle, type Bundle } from '@site/bench/first-load-budget';
import { objectTypePage } from '@site/src/components/Requests/TypeLink/page';
import { expect, patchPage, test } from './fixtures';

const pages = [
  patchPage,
  '/api_reference/messages_api/post_send_messages',
  objectTypePage('Contact'),
  '/api_reference/pagination',
  '/',
];

// Read on first use: listing the tests needs no build.
let bundle: Bundle | undefined;
const built = () => (bundle ??= readBundle('build'));

for (const path of pages) {
  test(`Chromium loads exactly the scripts the first-load model lists for ${path}`, async ({ page }) => {
    const fetched = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') fetched.add(new URL(request.url()).pathname.replace(/^\//, ''));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect([...fetched].sort()).toEqual([...firstLoadScripts(built(), path)].sort());
  });
}
