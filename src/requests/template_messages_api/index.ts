/** The Templates API: list the account's templates, read one, rename one. */
import { defineRequest } from '../define';
import { pageMetaSchema, pageParam } from '../pagination';
import type { JsonSchema } from '../schema';
import type { EndpointGroup } from '../types';
import { approvedTemplate, demoTemplates, templateSchema } from './objects';
import { documentedError, invalidParameters, notFound } from '../errors';

const noSuchTemplate = notFound('template', 'uuid', 'No such template');

const templateUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of the template.' },
} as const;

const oneTemplate = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { template: templateSchema },
  required: ['template'],
  additionalProperties: false,
});

const get_templates = defineRequest({
  method: 'GET',
  path: '/templates',
  errors: [
    invalidParameters({ query: { page: '0' } }, [{ field: 'query.page', message: 'must be 1 or more' }]),
  ],
  summary: 'Lists the templates of the account, oldest first, one page at a time.',
  params: { path: {}, query: { page: pageParam }, body: null },
  examples: { all: { summary: 'The first page of templates', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'One page of templates, and where it stands among all of them.',
    schema: {
      type: 'object',
      properties: {
        templates: { type: 'array', items: templateSchema, description: 'The templates of this page.' },
        meta: pageMetaSchema,
      },
      required: ['templates', 'meta'],
      additionalProperties: false,
    },
    example: { templates: demoTemplates, meta: { page: 1, pages: 1 } },
  },
});

const get_template = defineRequest({
  method: 'GET',
  path: '/templates/:uuid',
  errors: [
    noSuchTemplate,
    invalidParameters({ query: { expand: 'variables' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Retrieves one template by its identifier.',
  params: { path: templateUuid, query: {}, body: null },
  examples: { approved: { summary: 'The approved example template, by uuid', path: { uuid: approvedTemplate.uuid }, query: {} } },
  response: { status: 200, description: 'The template.', schema: oneTemplate('The template.'), example: { template: approvedTemplate } },
});

const patch_templates = defineRequest({
  method: 'PATCH',
  path: '/templates/:uuid',
  errors: [
    noSuchTemplate,
    invalidParameters({ body: { title: 7 } }, [{ field: 'body.title', message: 'must be a string' }]),
    documentedError(422, 'The new title is blank (only spaces).', { body: { title: ' ' } }, 'body.title is blank; a template needs a title', [
      { field: 'body.title', message: 'is blank; a template needs a title' },
    ]),
  ],
  summary: 'Renames a template; what WhatsApp approved (its text, type and category) stays as it is.',
  params: {
    path: templateUuid,
    query: {},
    body: {
      fields: {
        title: { type: 'string', notBlank: true, description: 'The new title of the template; it cannot be blank.' },
      },
    },
  },
  examples: {
    new_title: { summary: 'The approved example template, renamed "New title"', path: { uuid: approvedTemplate.uuid }, query: {}, body: { title: 'New title' } },
  },
  response: {
    status: 200,
    description: 'The template, as it is now.',
    schema: oneTemplate('The template, as it is now.'),
    example: { template: { ...approvedTemplate, title: 'New title' } },
  },
});

export const templateMessagesApi = {
  title: 'Templates API',
  since: '2023-01-17',
  description: "The account's WhatsApp message templates: list them, read one, rename one.",
  requests: { get_templates, get_template, patch_templates },
} as const satisfies EndpointGroup;
