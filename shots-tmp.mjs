import { chromium } from '@playwright/test';
const [path, name, ...sels] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [w, h] of [[1440, 900], [390, 844], [320, 568]]) for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:3340' + path);
  await page.waitForTimeout(300);
  for (const sel of sels) {
    const el = page.locator(sel).first();
    await el.evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => window.scrollBy(0, -70));
    await page.screenshot({ path: `/tmp/pshots/${name}-${w}-${scheme}-${sel.replace(/[^a-z0-9]/gi, '')}.png` });
  }
  await page.close();
}
await browser.close();
