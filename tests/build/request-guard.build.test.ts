/**
 * The page checks are wired into the real `docusaurus build`: a page naming a request that is
 * not in the registry fails it, and so does a page whose hand-written table disagrees with the
 * registry, each saying which page and what; so does a release note linking to what the site
 * lacks (plugins/release-notes.ts). The build runs on a throw-away copy of the site
 * whose docs folder holds only a fixture page. The checks' cases are tested in-process in
 * plugins/remark-request-guard.test.ts and plugins/remark-registry-consistency.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
let site: string;

function buildWithPage(mdx: string) {
  rmSync(join(site, 'docs'), { recursive: true, force: true });
  mkdirSync(join(site, 'docs'));
  writeFileSync(join(site, 'docs', 'index.mdx'), '---\nslug: /\n---\n\n# Fixture\n');
  writeFileSync(join(site, 'docs', 'fixture_page.mdx'), mdx);
  const result = spawnSync(join(root, 'node_modules/.bin/docusaurus'), ['build', site, '--out-dir', join(site, 'build')], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const page = (tag: string) =>
  `import RequestTabs from "@site/src/components/Requests/RequestTabs"\n\n# Fixture\n\n${tag}\n`;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'guard-site-'));
  for (const file of ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) {
    copyFileSync(join(root, file), join(site, file));
  }
  for (const dir of ['node_modules', 'src', 'plugins', 'sandbox', 'static']) {
    symlinkSync(join(root, dir), join(site, dir));
  }
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('the build-time page checks in a real site build', () => {
  it('fails the build for an unknown request, naming the page and the pair', () => {
    const { status, output } = buildWithPage(page(`<RequestTabs endpoint='contacts_api' request="patch_contact"/>`));
    expect(status).not.toBe(0);
    expect(output).toContain('fixture_page.mdx');
    expect(output).toContain('endpoint "contacts_api" / request "patch_contact", which is not in the registry');
  }, 120_000);

  it('fails the build for a hand-written parameter table naming a parameter the request does not have', () => {
    const table = ['## Body parameters', '', '| Parameter | Type | Description |', '| :-- | :-- | :-- |', '| `title` | string | The new title. |', '| `name` | string | Not a parameter. |'];
    const { status, output } = buildWithPage(page([...table, '', "<RequestTabs endpoint='template_messages_api' request='patch_templates'/>"].join('\n')));
    expect(status).not.toBe(0);
    expect(output).toContain('fixture_page.mdx:7: the table names `name`, which is not one of the body parameters of PATCH /templates/:uuid');
  }, 120_000);

  it('fails the build when a release note links to a page the site lacks (here, a site of one page), naming the release and the link', () => {
    const { status, output } = buildWithPage('# Fixture\n\nNothing the release notes link to.\n');
    expect(status).not.toBe(0);
    expect(output).toContain('The release notes do not match the site:');
    expect(output).toContain(
      '2026-02-06 (Listing only the channels in use): "`GET /channels`" links to /api_reference/channels_api/get_channels#query-active, and the site has no page /api_reference/channels_api/get_channels',
    );
  }, 120_000);
});
