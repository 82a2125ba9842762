/**
 * The check that hand-written tables and code blocks agree with the registry, on MDX fixtures
 * compiled in-process as Docusaurus compiles pages (GitHub tables on). tests/build/ shows it
 * fails a real site build.
 */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { getRequest } from '../src/requests';
import { approvedTemplate } from '../src/requests/template_messages_api/objects';
import remarkRegistryConsistency from './remark-registry-consistency';

const compilePage = (mdx: string, path = 'docs/fixture_page.mdx') =>
  compile(new VFile({ path, value: mdx }), { remarkPlugins: [remarkGfm, remarkRegistryConsistency] });

const rows = (first: string, ...names: string[]) => [`| ${first} | Type | Description |`, '| :-- | :-- | :-- |', ...names.map((name) => `| ${name} | string | Words. |`), ''].join('\n');
const table = (heading: string, first: string, ...names: string[]) => [`## ${heading}`, '', rows(first, ...names)].join('\n');

/** A request page that lists its parameters by hand, around the request's samples. */
const patchPage = (...sections: string[]) =>
  ['# PATCH /templates/:uuid', '', ...sections, "<RequestTabs endpoint='template_messages_api' request='patch_templates'/>", ''].join('\n');

const paramTable = (request: string, location: string, endpoint = 'template_messages_api') => `<ParamTable endpoint='${endpoint}' request='${request}' location='${location}'/>`;
const section = (heading: string, ...blocks: string[]) => [`## ${heading}`, '', ...blocks, ''].join('\n');

const fine = (mdx: string, path?: string) => expect(compilePage(mdx, path)).resolves.toBeDefined();
const refused = (mdx: string, message: string | RegExp, path?: string) => expect(compilePage(mdx, path)).rejects.toThrow(message);

describe('parameter tables', () => {
  it('pass with one <ParamTable> per place the request takes parameters in, each under a heading naming it', async () => {
    await fine(patchPage(section('Path parameters', paramTable('patch_templates', 'path')), section('Body parameters', paramTable('patch_templates', 'body'))));
    // A request without parameters has no table.
    await fine("<RequestTabs endpoint='auth_api' request='me'/>");
  });

  it('fail for a place left without a table, naming the component to add', async () => {
    await refused(
      patchPage(section('Path parameters', paramTable('patch_templates', 'path'))),
      "the body parameters of PATCH /templates/:uuid have no table: add <ParamTable endpoint='template_messages_api' request='patch_templates' location='body'/> under \"Body parameters\"",
    );
  });

  it('fail for a second table of the same place, and for a table of a place without parameters', async () => {
    const path = section('Path parameters', paramTable('patch_templates', 'path'));
    const body = section('Body parameters', paramTable('patch_templates', 'body'));
    await refused(patchPage(path, body, '### More', '', paramTable('patch_templates', 'body'), ''), 'the body parameters of PATCH /templates/:uuid are in 2 tables: show them in one');
    await refused(patchPage(path, body, table('Body parameters', 'Parameter', '`title`')), 'are in 2 tables');
    await refused(patchPage(path, body, section('Query parameters', paramTable('patch_templates', 'query'))), 'PATCH /templates/:uuid takes no query parameters, so it has no table of them');
  });

  it('fail for a <ParamTable> without a place, or under a heading that names another', async () => {
    await refused(patchPage(section('Path parameters', "<ParamTable endpoint='template_messages_api' request='patch_templates' kind='required'/>")), 'needs location="path", "query" or "body"');
    await refused(
      patchPage(section('Path parameters', paramTable('patch_templates', 'path'), paramTable('patch_templates', 'body'))),
      '<ParamTable location="body"> of template_messages_api/patch_templates sits under no heading naming its place: put it under "Body parameters"',
    );
  });
});

describe('hand-written parameter tables', () => {
  it("pass when they list the parameters of their place, each under that place's heading", async () => {
    await fine(patchPage(table('Path parameters', 'Parameter', '`uuid`'), table('Body parameters', 'Parameter', '`title`'), table('Response', 'Parameter', '`template`')));
  });

  it('fail for a parameter the request does not have, naming the page, the line and the ones it has', async () => {
    await refused(
      patchPage(table('Path parameters', 'Parameter', '`uuid`'), table('Body parameters', 'Parameter', '`title`', '`name`')),
      'docs/fixture_page.mdx:11: the table names `name`, which is not one of the body parameters of PATCH /templates/:uuid (they are: `title`)',
    );
  });

  it('fail for a parameter the request has that they leave out, or put in the wrong place', async () => {
    await refused(patchPage(table('Path parameters', 'Parameter', '`uuid`'), table('Body parameters', 'Parameter')), 'the hand-written table leaves out `title` of the body parameters of PATCH /templates/:uuid');
    await refused(
      patchPage(table('Path parameters', 'Parameter', '`uuid`', '`title`'), table('Body parameters', 'Parameter', '`title`')),
      'the table names `title`, which is not one of the path parameters of PATCH /templates/:uuid, but one of its body ones',
    );
  });

  it('fail under a heading that names parameters but not their place', async () => {
    await refused(patchPage(table('Required Parameters', 'Parameter', '`uuid`')), 'a table of parameters under a heading that names no place: put it under "Path parameters", "Query parameters" or "Body parameters"');
  });

  it("name nested fields as the component's rows do", async () => {
    const page = (name: string) => ['# POST /messages/send', table('Body parameters', 'Parameter', name), "<RequestTabs endpoint='messages_api' request='post_send_messages'/>"].join('\n\n');
    await fine(page('`to`\n| `bsuid` | x | y |\n| `from` | x | y |\n| `type` | x | y |\n| `content` | x | y |\n| `content.url` | x | y |\n| `channel_uuid` | x | y |\n| `template_uuid` | x | y |\n| `optin_contact` | x | y |\n| `template_values` | x | y |\n| `assigned_user` | x | y |\n| `team_uuid` | x | y |\n| `fields` | x | y |\n| `bot_status` | x | y |\n| `metadata` | x | y |'));
    await refused(page('`content.caption`'), 'the table names `content.caption`, which is not one of the body parameters of POST /messages/send');
  });

  it('fail when the page names no request or several, since they cannot say whose they are', async () => {
    await refused(table('Body parameters', 'Parameter', '`title`'), 'the page names no request');
    await refused(
      patchPage(table('Body parameters', 'Parameter', '`title`'), "<RequestTabs endpoint='template_messages_api' request='get_template'/>"),
      'the page names several requests (template_messages_api/get_template, template_messages_api/patch_templates)',
    );
  });
});

describe('hand-written response tables', () => {
  const getPage = (...sections: string[]) =>
    ['# GET /templates', section('Query parameters', paramTable('get_templates', 'query')), ...sections, "<RequestTabs endpoint='template_messages_api' request='get_templates'/>"].join('\n\n');

  it('fail for a field the answer lacks, or one it has that they leave out, unless <ResponseFields> shows them', async () => {
    await refused(getPage(table('Response', 'Parameter', '`templates`', '`total`')), 'the table names `total`, which is not one of the fields of the answer of GET /templates');
    await refused(getPage(table('Response', 'Field', '`templates`')), 'leaves out `meta` of the fields of the answer of GET /templates');
    await fine(getPage(table('Response', 'Field', '`templates`'), "<ResponseFields endpoint='template_messages_api' request='get_templates'/>"));
  });

  it('fail for an answer with no body', async () => {
    await refused(
      ['# DELETE', table('Response', 'Field', '`status`'), "<RequestTabs endpoint='messages_api' request='delete_message'/>"].join('\n\n'),
      'DELETE /messages/:uuid answers 204 with no body, so its response has no fields to list',
    );
  });

  it('leave tables of anything else alone: other first columns, other headings', async () => {
    await fine(getPage(table('Errors', 'Status', '`404`'), table('Example Response', 'Field', '`anything`'), table('Notes', 'Field', '`anything`')));
  });
});

describe('object pages and tables', () => {
  const objectPage = (...sections: string[]) => ['# Template', 'A message text approved in advance.', ...sections].join('\n\n');
  const path = 'docs/api_reference/object_types/template.mdx';
  const allFields = Object.keys(approvedTemplate).map((name) => `\`${name}\``);

  it('pass when the page lists every field by hand or shows the component', async () => {
    await fine(objectPage(table('Template', 'Field', ...allFields)), path);
    await fine(objectPage("<ObjectFields type='Template'/>"), path);
  });

  it('fail when the page leaves a field out, has a row naming nothing, or shows no fields at all', async () => {
    const withoutTitle = allFields.filter((name) => name !== '`title`');
    await refused(objectPage(table('Template', 'Field', ...withoutTitle)), 'leaves out `title` of the fields of Template', path);
    await refused(objectPage(table('Template', 'Field', ...withoutTitle, '')), 'row 7 of the table names nothing', path);
    await refused(objectPage(), "the page of Template shows none of its fields: add <ObjectFields type='Template'/>", path);
  });

  it("check a table under an object type's name on any page, and refuse one for a type that has no fields", async () => {
    await refused(table('Template', 'Field', '`uuid`'), 'leaves out `title`');
    await refused(table('MessageType', 'Field', '`text`'), "MessageType has no fields of its own to list by hand: show it with <ObjectFields type='MessageType'/>");
  });
});

describe('code blocks claiming to be documented examples', () => {
  const getTemplate = getRequest('template_messages_api', 'get_template');
  const json = (value: unknown, meta = '') => ['```json ' + meta, JSON.stringify(value, null, 2), '```'].join('\n');
  const onGetTemplatePage = (block: string) =>
    [section('Path parameters', paramTable('get_template', 'path')), "<RequestTabs endpoint='template_messages_api' request='get_template'/>", block].join('\n\n');

  it("take a block titled response.json for the answer of the page's request", async () => {
    await fine(onGetTemplatePage(json(getTemplate.response.example, 'title=response.json')));
    await refused(
      onGetTemplatePage(json({ templates: getTemplate.response.example.template }, 'title="response.json"')),
      'the code block claims to be an answer of template_messages_api/get_template but differs from every one it documents',
    );
    await refused(json({}, 'title="response.json"'), 'is titled response.json on a page that names no request');
  });

  it('take response="…" and example="…" for the answer or the body they name', async () => {
    const send = getRequest('messages_api', 'post_send_messages');
    await fine(json(send.response.otherExamples.fields_contact.value, 'response="messages_api/post_send_messages#fields_contact"'));
    await refused(json(send.response.example, 'response="messages_api/post_send_messages#fields_contact"'), 'claims to be the answer "fields_contact" of messages_api/post_send_messages but differs from it');
    await refused(json({}, 'response="messages_api/post_send_messages#fields_bot"'), 'documents no such answer (it documents: (the main one), fields_contact');
    await fine(json({ title: 'New title' }, 'example="template_messages_api/patch_templates"'));
    await refused(json({ title: 'Other title' }, 'example="template_messages_api/patch_templates#new_title"'), 'claims to be the body of the example "new_title" of template_messages_api/patch_templates but differs from it');
    await refused(json({}, 'example="template_messages_api/get_template"'), 'a request that sends no body');
    await refused(json({}, 'example="templates_api/patch_template"'), 'example="templates_api/patch_template" names templates_api/patch_template, which is not in the registry');
  });

  it("take a shell block's curl to the API for an example of the request it calls", async () => {
    const curl = (uuid: string, body: string) =>
      ['```bash', `curl -X PATCH "https://api.callbell.eu/v1/templates/${uuid}" \\`, '  -H "Authorization: Bearer $CALLBELL_API_TOKEN" \\', `  -d '${body}'`, '```'].join('\n');
    await fine(curl(approvedTemplate.uuid, '{"title": "New title"}'));
    await refused(curl('414a6d692bd645ed803f2e7ce360d4c8', '{"title": "New title"}'), 'a curl call to PATCH /templates/414a6d692bd645ed803f2e7ce360d4c8 that is none of the documented examples of template_messages_api/patch_templates (new_title)');
    await refused(['```sh', 'curl https://api.callbell.eu/v1/templatez', '```'].join('\n'), 'a curl call to GET /templatez, which is no request of the registry');
    await fine(['```bash', 'curl http://127.0.0.1:4010/v1/templates/anything -d \'{"title": 1}\'', '```'].join('\n'));
  });

  it('take a shell block marked example="…" for that example, and say what differs', async () => {
    const block = (body: string) => ['```bash example="template_messages_api/patch_templates"', `curl -X PATCH https://api.callbell.eu/v1/templates/${approvedTemplate.uuid} -d '${body}'`, '```'].join('\n');
    await fine(block('{"title":"New title"}'));
    await refused(block('{"title": New title"}'), 'but sends a body that is not JSON');
  });
});
