/**
 * Compile-time tests, checked by `tsc --noEmit`: each `@ts-expect-error` line must fail to
 * type-check, so a mistake the registry's types should catch is proven to be caught.
 */
import React from 'react';
import RequestTabs from '@site/src/components/Requests/RequestTabs';
import ExampleResponse from '@site/src/components/Requests/ExampleResponse';
import { getRequest, type ExampleName } from '@site/src/requests';
import { defineRequest } from '@site/src/requests/define';
import { documentedError, type DocumentedError } from '@site/src/requests/errors';
import type { ReleaseMarks } from '@site/src/requests/releases';

export const knownPair = <RequestTabs endpoint="contacts_api" request="patch_contacts" />;

// @ts-expect-error: no such request in the contacts_api group
export const unknownRequest = <RequestTabs endpoint="contacts_api" request="patch_contact" />;

// @ts-expect-error: no such endpoint group
export const unknownEndpoint = <RequestTabs endpoint="contacts" request="patch_contacts" />;

export const knownExample = <RequestTabs endpoint="messages_api" request="post_send_messages" example="image" />;

// @ts-expect-error: the send-message request has no example named "sticker"
export const unknownExample = <RequestTabs endpoint="messages_api" request="post_send_messages" example="sticker" />;

export const knownResponseExample = <ExampleResponse endpoint="messages_api" request="post_send_messages" example="fields_contact" />;

// @ts-expect-error: no documented response named "fields_team"
export const unknownResponseExample = <ExampleResponse endpoint="messages_api" request="post_send_messages" example="fields_team" />;

export const imageExample: ExampleName<'messages_api', 'post_send_messages'> = 'image_caption';
// @ts-expect-error: example names are checked wherever they are typed
export const noSuchExample: ExampleName<'messages_api', 'post_send_messages'> = 'caption';

const uuid = { uuid: { type: 'string', required: true, description: 'id' } } as const;
const noQuery = {};
const noBody = { status: 200, description: 'd', schema: { type: 'null' }, example: null } as const;

export const missingPathParamDescription = defineRequest({
  method: 'GET',
  path: '/contacts/:uuid',
  summary: 's',
  // @ts-expect-error: `:uuid` in the path is not described
  params: { path: {}, query: noQuery, body: null },
  examples: { one: { summary: 's', path: {}, query: {} } },
  response: noBody,
  errors: [],
});

export const missingExampleValue = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  summary: 's',
  params: { path: uuid, query: noQuery, body: { fields: { name: { type: 'string', required: true, description: 'n' } } } },
  // @ts-expect-error: the example omits the required body parameter `name`
  examples: { one: { summary: 's', path: { uuid: 'x' }, query: {}, body: {} } },
  response: noBody,
  errors: [],
});

export const wrongExampleType = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  summary: 's',
  params: { path: uuid, query: noQuery, body: { fields: { tags: { type: 'array', items: { type: 'string', description: 't' }, description: 't' } } } },
  // @ts-expect-error: tags is a list of strings, not a string
  examples: { one: { summary: 's', path: { uuid: 'x' }, query: {}, body: { tags: 'lead' } } },
  response: noBody,
  errors: [],
});

export const unknownEnumValue = defineRequest({
  method: 'GET',
  path: '/contacts',
  summary: 's',
  params: { path: {}, query: { source: { type: 'string', enum: ['whatsapp'], description: 's' } }, body: null },
  // @ts-expect-error: "fax" is not one of the allowed values
  examples: { one: { summary: 's', path: {}, query: { source: 'fax' } } },
  response: noBody,
  errors: [],
});

/** A body like the send-message request's: nested, with variants by `type` and a one-of rule. */
const messageBody = {
  fields: {
    to: { type: 'string', description: 'to' },
    bsuid: { type: 'string', description: 'bsuid' },
    type: { type: 'string', required: true, enum: ['text', 'image'], description: 'type' },
    optin_contact: { type: 'boolean', description: 'o' },
    template_values: { type: 'array', items: { type: 'string', description: 'v' }, description: 'vs' },
  },
  variants: {
    by: 'type',
    cases: {
      text: { content: { type: 'object', required: true, description: 'c', fields: { text: { type: 'string', required: true, description: 't' } } } },
      image: { content: { type: 'object', required: true, description: 'c', fields: { url: { type: 'string', required: true, description: 'u' } } } },
    },
  },
  anyOf: [['to', 'bsuid']],
} as const;

const sendMessage = <const X extends string>(examples: Parameters<typeof defineRequest<'/messages/send', {}, {}, typeof messageBody, X, typeof noBody>>[0]['examples']) =>
  defineRequest({ method: 'POST', path: '/messages/send', summary: 's', params: { path: {}, query: {}, body: messageBody }, examples, response: noBody, errors: [] });

export const validVariants = sendMessage({
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'text', content: { text: 'Hi' } } },
  image: { summary: 's', path: {}, query: {}, body: { bsuid: 'b', type: 'image', content: { url: 'https://x' }, optin_contact: true, template_values: ['a'] } },
});

export const missingNestedField = sendMessage({
  // @ts-expect-error: a text message's content needs its `text`
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'text', content: {} } },
});

export const wrongVariantField = sendMessage({
  // @ts-expect-error: an image's content is a `url`, not a `text`
  image: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'image', content: { text: 'Hi' } } },
});

export const wrongNestedType = sendMessage({
  // @ts-expect-error: content.text is a string
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'text', content: { text: 42 } } },
});

export const wrongBoolean = sendMessage({
  // @ts-expect-error: optin_contact is a boolean, not the text "true"
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'text', content: { text: 'Hi' }, optin_contact: 'true' } },
});

export const wrongArrayItem = sendMessage({
  // @ts-expect-error: template values are strings
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'text', content: { text: 'Hi' }, template_values: [1] } },
});

export const neitherOfOneOf = sendMessage({
  // @ts-expect-error: `to` or `bsuid` must be given
  text: { summary: 's', path: {}, query: {}, body: { type: 'text', content: { text: 'Hi' } } },
});

export const unknownVariant = sendMessage({
  // @ts-expect-error: "sticker" is not a message type
  text: { summary: 's', path: {}, query: {}, body: { to: '+31', type: 'sticker', content: { text: 'Hi' } } },
});

export { React };

// A looked-up request keeps its precise type: its path, and its parameters' own fields.
const patchSpec = getRequest('contacts_api', 'patch_contacts');
export const patchPath: '/contacts/:uuid' = patchSpec.path;
export const numbersAsTextWhy: string = patchSpec.params.body!.fields.custom_fields.numbersAsText.why;
// @ts-expect-error: the PATCH request's path is not the list's
export const wrongPath: '/contacts' = patchSpec.path;
// @ts-expect-error: `name` of the PATCH body takes no numbers as text
export const noSuchNote: string = patchSpec.params.body!.fields.name.numbersAsText.why;

// A documented error's example is in the error shape, and carries the error's own status.
export const errorInShape: DocumentedError<404> = {
  status: 404,
  when: 'w',
  trigger: {},
  example: { error: { status: 404, message: 'm', details: [{ field: 'path.uuid', message: 'm' }] } },
};

export const errorWithoutDetails: DocumentedError<404> = {
  status: 404,
  when: 'w',
  trigger: {},
  // @ts-expect-error: `details` is part of the shape, even when empty
  example: { error: { status: 404, message: 'm' } },
};

export const errorOfAnotherStatus: DocumentedError<404> = {
  status: 404,
  when: 'w',
  trigger: {},
  // @ts-expect-error: the example's status is the error's
  example: { error: { status: 422, message: 'm', details: [] } },
};

// @ts-expect-error: a detail names its field
export const detailWithoutField = documentedError(422, 'w', {}, 'm', [{ message: 'is required' }]);

// Release marks name a release of src/requests/releases.ts.
const released: ReleaseMarks = { since: '2026-07-01', change: { date: '2023-03-03', text: 'It changed.' } };
// @ts-expect-error: no release of 2 July 2026
const unreleased: ReleaseMarks = { since: '2026-07-02' };
// @ts-expect-error: a change names its release too
const unreleasedChange: ReleaseMarks = { change: { date: '2026-7-1', text: 'It changed.' } };
export const releaseMarks = [released, unreleased, unreleasedChange];
