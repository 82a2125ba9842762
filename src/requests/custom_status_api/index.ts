/** The Custom Status API: the statuses the account's users can show, listed, read, created, renamed and deleted. */
import { defineRequest } from '../define';
import { pageMetaSchema, pageParam } from '../pagination';
import type { JsonSchema } from '../schema';
import type { EndpointGroup } from '../types';
import { backInABit, commuting, customStatusSchema, demoCustomStatuses, vacationing } from './objects';
import { documentedError, invalidParameters, notFound } from '../errors';

const noSuchStatus = notFound('custom status', 'id', 'No such custom status');

const statusId = {
  id: { type: 'string', required: true, description: 'The identifier of the custom status.' },
} as const;

const statusName = { type: 'string', required: true, notBlank: true, description: 'The name users will see, such as `Lunch`; it cannot be blank.' } as const;

const oneStatus = (description: string): JsonSchema => ({
  type: 'object',
  description,
  properties: { customStatus: customStatusSchema },
  required: ['customStatus'],
  additionalProperties: false,
});

const get_custom_statuses = defineRequest({
  method: 'GET',
  path: '/custom_statuses',
  errors: [
    invalidParameters({ query: { page: '0' } }, [{ field: 'query.page', message: 'must be 1 or more' }]),
  ],
  summary: 'Lists the custom statuses of the account, oldest first, one page at a time.',
  params: { path: {}, query: { page: pageParam }, body: null },
  examples: { all: { summary: 'The first page of custom statuses', path: {}, query: {} } },
  response: {
    status: 200,
    description: 'One page of custom statuses, and where it stands among all of them.',
    schema: {
      type: 'object',
      properties: {
        customStatuses: { type: 'array', items: customStatusSchema, description: 'The custom statuses of this page, oldest first.' },
        meta: pageMetaSchema,
      },
      required: ['customStatuses', 'meta'],
      additionalProperties: false,
    },
    example: { customStatuses: demoCustomStatuses, meta: { page: 1, pages: 1 } },
  },
});

const get_custom_status = defineRequest({
  method: 'GET',
  path: '/custom_statuses/:id',
  errors: [
    noSuchStatus,
    invalidParameters({ query: { expand: 'users' } }, [{ field: 'query.expand', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Retrieves one custom status by its identifier.',
  params: { path: statusId, query: {}, body: null },
  examples: { vacationing: { summary: 'Vacationing, by id', path: { id: vacationing.id }, query: {} } },
  response: { status: 200, description: 'The custom status.', schema: oneStatus('The custom status.'), example: { customStatus: vacationing } },
});

const post_custom_status = defineRequest({
  method: 'POST',
  path: '/custom_statuses',
  errors: [
    invalidParameters({ body: { name: '' } }, [{ field: 'body.name', message: 'is required' }]),
    documentedError(422, 'The new name is blank (only spaces).', { body: { name: ' ' } }, 'body.name is blank; a custom status needs a name', [
      { field: 'body.name', message: 'is blank; a custom status needs a name' },
    ]),
  ],
  summary: 'Creates a custom status, which users can then show (see the Users API).',
  params: { path: {}, query: {}, body: { fields: { name: statusName } } },
  examples: { lunch: { summary: 'A status named Lunch', path: {}, query: {}, body: { name: 'Lunch' } } },
  response: {
    status: 200,
    description: 'The new custom status.',
    schema: oneStatus('The new custom status.'),
    // The API's own answer: the status its PUT example then renames (the demo account holds it renamed).
    example: { customStatus: { ...backInABit, name: 'Lunch', emoji: '🍙', updatedAt: backInABit.createdAt } },
  },
});

const put_custom_status = defineRequest({
  method: 'PUT',
  path: '/custom_statuses/:id',
  errors: [
    noSuchStatus,
    invalidParameters({ body: { name: '' } }, [{ field: 'body.name', message: 'is required' }]),
    documentedError(422, 'The new name is blank (only spaces).', { body: { name: ' ' } }, 'body.name is blank; a custom status needs a name', [
      { field: 'body.name', message: 'is blank; a custom status needs a name' },
    ]),
  ],
  summary: 'Renames a custom status; users who show it show the new name.',
  params: { path: statusId, query: {}, body: { fields: { name: statusName } } },
  examples: {
    back_in_a_bit: { summary: 'The status created as Lunch, renamed "Back in a bit"', path: { id: backInABit.id }, query: {}, body: { name: 'Back in a bit' } },
  },
  response: { status: 200, description: 'The custom status, as it is now.', schema: oneStatus('The custom status, as it is now.'), example: { customStatus: backInABit } },
});

const delete_custom_status = defineRequest({
  method: 'DELETE',
  path: '/custom_statuses/:id',
  errors: [
    noSuchStatus,
    invalidParameters({ query: { force: 'true' } }, [{ field: 'query.force', message: 'is not a parameter of this request' }]),
  ],
  summary: 'Deletes a custom status; users who showed it show none. This cannot be undone.',
  destructive: true,
  params: { path: statusId, query: {}, body: null },
  examples: { commuting: { summary: 'Commuting, by id', path: { id: commuting.id }, query: {} } },
  response: {
    status: 200,
    description: 'Confirmation that the custom status is gone.',
    schema: {
      type: 'object',
      properties: { status: { type: 'string', enum: ['custom status was destroyed'], description: 'Always `custom status was destroyed`.' } },
      required: ['status'],
      additionalProperties: false,
    },
    example: { status: 'custom status was destroyed' },
  },
});

export const customStatusApi = {
  title: 'Custom Status API',
  since: '2024-12-05',
  description: "The custom statuses the account's users can show (such as Vacationing): list, read, create, rename and delete them.",
  requests: { get_custom_statuses, get_custom_status, post_custom_status, put_custom_status, delete_custom_status },
} as const satisfies EndpointGroup;
