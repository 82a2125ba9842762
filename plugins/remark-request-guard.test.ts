/**
 * The request guard on MDX fixtures, compiled in-process by the same MDX compiler Docusaurus
 * uses: milliseconds a case. tests/build/ keeps one test that it fails a real site build.
 */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRequestGuard from './remark-request-guard';

const compilePage = (mdx: string) =>
  compile(new VFile({ path: 'docs/fixture_page.mdx', value: mdx }), { remarkPlugins: [remarkRequestGuard] });

const page = (tag: string) => `import RequestTabs from "@site/src/components/Requests/RequestTabs"\n\n# Fixture\n\n${tag}\n`;

describe('the build-time request check', () => {
  it('refuses an unknown request, naming the page, its line and the pair', async () => {
    await expect(compilePage(page(`<RequestTabs endpoint='contacts_api' request="patch_contact"/>`))).rejects.toThrow(
      'docs/fixture_page.mdx:5: <RequestTabs> names endpoint "contacts_api" / request "patch_contact", which is not in the registry',
    );
  });

  it('refuses an unknown endpoint group', async () => {
    await expect(compilePage(page(`<RequestTabs endpoint='contact_api' request="patch_contacts"/>`))).rejects.toThrow(
      'endpoint "contact_api" / request "patch_contacts"',
    );
  });

  it('checks the parameter table and the example response too, inline or as blocks', async () => {
    await expect(compilePage(page(`Table: <ParamTable endpoint="contacts_api" request="nope" kind="required"/>`))).rejects.toThrow('<ParamTable> names');
    await expect(compilePage(page(`<ExampleResponse endpoint="contacts_api" request="nope"/>`))).rejects.toThrow('<ExampleResponse> names');
  });

  it('refuses a pair given as an expression, which it cannot check', async () => {
    await expect(compilePage(page(`<RequestTabs endpoint={'contacts_api'} request="patch_contacts"/>`))).rejects.toThrow(
      '<RequestTabs> needs endpoint="…" and request="…" as plain strings',
    );
  });

  it('lets a page through that names known pairs', async () => {
    const compiled = await compilePage(
      page(`<RequestTabs endpoint='contacts_api' request="patch_contacts"/>\n\n<ExampleResponse endpoint="contacts_api" request="get_contact"/>`),
    );
    expect(String(compiled)).toContain('patch_contacts');
  });
});
