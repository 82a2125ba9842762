/**
 * The request guard on MDX fixtures, compiled in-process by the same MDX compiler Docusaurus
 * uses, after the two plugins of Docusaurus's that change what the guard reads (the title wrapped
 * in a `<header>`, the headings' ids): milliseconds a case. tests/build/ keeps one test that it
 * fails a real site build.
 */
import { compile } from '@mdx-js/mdx';
import contentTitle from '@docusaurus/mdx-loader/lib/remark/contentTitle';
import headings from '@docusaurus/mdx-loader/lib/remark/headings';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { getRequest } from '../src/requests';
import { objectTypeNames } from '../src/requests/object-types';
import remarkRequestGuard from './remark-request-guard';

const compilePage = (mdx: string) =>
  compile(new VFile({ path: 'docs/fixture_page.mdx', value: mdx }), { remarkPlugins: [contentTitle, [headings, { anchorsMaintainCase: false }], remarkRequestGuard] });

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
    await expect(compilePage(page(`Table: <ParamTable endpoint="contacts_api" request="nope" location="path"/>`))).rejects.toThrow('<ParamTable> names');
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

  it('checks the response fields table too', async () => {
    await expect(compilePage(page(`<ResponseFields endpoint="messages_api" request="send"/>`))).rejects.toThrow('<ResponseFields> names');
  });
});

describe('the build-time check of named examples', () => {
  const send = getRequest('messages_api', 'post_send_messages');

  it('refuses an example the request does not document, listing the ones it does', async () => {
    await expect(compilePage(page(`<RequestTabs endpoint='messages_api' request='post_send_messages' example='sticker'/>`))).rejects.toThrow(
      `docs/fixture_page.mdx:5: <RequestTabs> names example "sticker" of messages_api/post_send_messages, which it does not document. Known: ${Object.keys(send.examples).join(', ')}`,
    );
  });

  it('lets every documented example through', async () => {
    const tags = Object.keys(send.examples).map((name) => `<RequestTabs endpoint='messages_api' request='post_send_messages' example='${name}'/>`);
    expect(tags).toHaveLength(15);
    await expect(compilePage(page(tags.join('\n\n')))).resolves.toBeDefined();
  });

  it("checks a response example against the request's further answers, not its request examples", async () => {
    await expect(compilePage(page(`<ExampleResponse endpoint='messages_api' request='post_send_messages' example='fields_contact'/>`))).resolves.toBeDefined();
    await expect(compilePage(page(`<ExampleResponse endpoint='messages_api' request='post_send_messages' example='image'/>`))).rejects.toThrow(
      '<ExampleResponse> names example "image" of messages_api/post_send_messages, which it does not document. Known: fields_contact, fields_conversation, fields_conversation_contact',
    );
  });

  it('says so when the request documents no further answers', async () => {
    await expect(compilePage(page(`<ExampleResponse endpoint='template_messages_api' request='get_template' example='full'/>`))).rejects.toThrow(
      'names example "full" of template_messages_api/get_template, which it does not document. Known: (none)',
    );
  });

  it('refuses an example given as an expression, which it cannot check', async () => {
    await expect(compilePage(page(`<RequestTabs endpoint='messages_api' request='post_send_messages' example={'image'}/>`))).rejects.toThrow(
      '<RequestTabs> needs example="…" as a plain string',
    );
  });
});

describe('the build-time check of object types', () => {
  it('refuses an unknown object type, listing the known ones', async () => {
    await expect(compilePage(page(`<ObjectFields type='MessageSendRequst'/>`))).rejects.toThrow(
      `<ObjectFields> names object type "MessageSendRequst", which is not in the registry (src/requests/object-types.ts). Known: ${objectTypeNames.join(', ')}`,
    );
  });

  it('refuses a missing or computed type, and lets a known one through', async () => {
    await expect(compilePage(page(`<ObjectFields/>`))).rejects.toThrow('<ObjectFields> needs type="…" as a plain string');
    await expect(compilePage(page(`<ObjectFields type={'Message'}/>`))).rejects.toThrow('<ObjectFields> needs type="…" as a plain string');
    await expect(compilePage(page(`<ObjectFields type="MessageContent"/>`))).resolves.toBeDefined();
  });
});

describe('the build-time check of a request page’s errors', () => {
  const requestPage = (end: string) => `# GET /auth/me\n\nWho the token belongs to.\n\n## Example Request\n\n<RequestTabs endpoint='auth_api' request='me'/>\n\n${end}\n`;

  it('refuses a request page that does not end with its errors, naming what it needs', async () => {
    await expect(compilePage(requestPage('## Response\n\nA user.'))).rejects.toThrow(
      `docs/fixture_page.mdx: the page of GET /auth/me must end with an "## Errors" section holding <RequestErrors endpoint='auth_api' request='me'/>`,
    );
    await expect(compilePage(requestPage(`## Errors\n\n<RequestErrors endpoint='auth_api' request='me'/>\n\n## Notes\n\nMore.`))).rejects.toThrow('must end with an "## Errors" section');
  });

  it("refuses an errors section showing another request's errors, or none", async () => {
    await expect(compilePage(requestPage(`## Errors\n\n<RequestErrors endpoint='plan_api' request='get_plan'/>`))).rejects.toThrow(
      `its "## Errors" section must hold <RequestErrors endpoint='auth_api' request='me'/>`,
    );
    await expect(compilePage(requestPage('## Errors\n\nSee the sandbox.'))).rejects.toThrow('its "## Errors" section must hold');
  });

  it('knows the errors section of a translated page by its anchor', async () => {
    await expect(compilePage(requestPage(`## Erreurs {/* #errors */}\n\n<RequestErrors endpoint='auth_api' request='me'/>`))).resolves.toBeDefined();
    await expect(compilePage(requestPage(`## Erreurs\n\n<RequestErrors endpoint='auth_api' request='me'/>`))).rejects.toThrow('must end with an "## Errors" section');
  });

  it("lets a request page with its errors through, and asks nothing of a page that only shows a request", async () => {
    await expect(compilePage(requestPage(`## Errors\n\n<RequestErrors endpoint='auth_api' request='me'/>`))).resolves.toBeDefined();
    await expect(compilePage(page(`<RequestTabs endpoint='auth_api' request='me'/>`))).resolves.toBeDefined();
  });
});
