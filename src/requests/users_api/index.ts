/** The Users API: set a user's availability and custom status, or take the custom status away. */
import { defineRequest } from '../define';
import type { EndpointGroup } from '../types';
import { vacationing } from '../custom_status_api/objects';
import { johnDoeUser } from '../teams_api/objects';
import { userStatus, userStatusSchema } from './objects';
import { UNKNOWN_ID, documentedError, invalidParameters, notFound } from '../errors';

const noSuchUser = notFound('user', 'uuid', 'No such user in this account');

const userUuid = {
  uuid: { type: 'string', required: true, description: 'The identifier of a user of the account.' },
} as const;

const put_user_status = defineRequest({
  since: '2024-12-05',
  method: 'PUT',
  path: '/users/:uuid/status',
  errors: [
    noSuchUser,
    invalidParameters({ body: { available: 'no' } }, [{ field: 'body.available', message: 'must be true or false' }]),
    documentedError(
      422,
      '`custom_status_uuid` names no custom status of the account.',
      { body: { custom_status_uuid: UNKNOWN_ID } },
      `body.custom_status_uuid is "${UNKNOWN_ID}", not a custom status of this account (create it with POST /custom_statuses)`,
      [{ field: 'body.custom_status_uuid', message: `is "${UNKNOWN_ID}", not a custom status of this account (create it with POST /custom_statuses)` }],
    ),
  ],
  summary: "Sets a user's availability, custom status, or both; what is not sent stays as it is.",
  params: {
    path: userUuid,
    query: {},
    body: {
      fields: {
        available: { type: 'boolean', description: '`true` makes the user available, `false` away.' },
        custom_status_uuid: {
          change: { date: '2025-02-17', text: '`null` takes the custom status away.' },
          type: 'string',
          nullable: true,
          description: 'The `id` of a custom status of the account for the user to show; `null` takes their custom status away.',
        },
      },
    },
  },
  examples: {
    away_vacationing: {
      summary: 'John Doe away, on vacation',
      path: { uuid: johnDoeUser.uuid },
      query: {},
      body: { available: false, custom_status_uuid: vacationing.id },
    },
  },
  response: {
    status: 200,
    description: "The user's status, as it is now.",
    schema: {
      type: 'object',
      properties: { user_status: userStatusSchema },
      required: ['user_status'],
      additionalProperties: false,
    },
    example: { user_status: userStatus(johnDoeUser, vacationing) },
    otherExamples: {
      no_custom_status: {
        summary: 'With `custom_status_uuid: null`',
        value: { user_status: userStatus({ ...johnDoeUser, customStatus: null }, null) },
      },
    },
  },
});

const delete_user_status = defineRequest({
  since: '2025-02-17',
  method: 'DELETE',
  path: '/users/:uuid/status',
  errors: [
    noSuchUser,
    invalidParameters({ query: { notify: 'true' } }, [{ field: 'query.notify', message: 'is not a parameter of this request' }]),
  ],
  summary: "Takes a user's custom status away; whether they are available or away stays as it is.",
  params: { path: userUuid, query: {}, body: null },
  examples: { john_doe: { summary: "John Doe's custom status", path: { uuid: johnDoeUser.uuid }, query: {} } },
  response: { status: 204, description: 'The user shows no custom status now; the answer has no body.' },
});

export const usersApi = {
  title: 'Users API',
  description: "A user's availability and custom status: set them, or take the custom status away.",
  requests: { put_user_status, delete_user_status },
} as const satisfies EndpointGroup;
