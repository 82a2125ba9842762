/**
 * Compile-time tests, checked by `tsc --noEmit`: each `@ts-expect-error` line must fail to
 * type-check, so a mistake the registry's types should catch is proven to be caught.
 */
import React from 'react';
import RequestTabs from '@site/src/components/Requests/RequestTabs';
import { getRequest } from '@site/src/requests';
import { defineRequest } from '@site/src/requests/define';

export const knownPair = <RequestTabs endpoint="contacts_api" request="patch_contacts" />;

// @ts-expect-error: no such request in the contacts_api group
export const unknownRequest = <RequestTabs endpoint="contacts_api" request="patch_contact" />;

// @ts-expect-error: no such endpoint group
export const unknownEndpoint = <RequestTabs endpoint="contacts" request="patch_contacts" />;

const uuid = { uuid: { type: 'string', required: true, description: 'id' } } as const;
const noQuery = {};

export const missingPathParamDescription = defineRequest({
  method: 'GET',
  path: '/contacts/:uuid',
  summary: 's',
  // @ts-expect-error: `:uuid` in the path is not described
  params: { path: {}, query: noQuery, body: null },
  example: { path: {}, query: {} },
  response: { status: 200, description: 'd', schema: { type: 'null' }, example: null },
});

export const missingExampleValue = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  summary: 's',
  params: { path: uuid, query: noQuery, body: { name: { type: 'string', required: true, description: 'n' } } },
  // @ts-expect-error: the example omits the required body parameter `name`
  example: { path: { uuid: 'x' }, query: {}, body: {} },
  response: { status: 200, description: 'd', schema: { type: 'null' }, example: null },
});

export const wrongExampleType = defineRequest({
  method: 'PATCH',
  path: '/contacts/:uuid',
  summary: 's',
  params: { path: uuid, query: noQuery, body: { tags: { type: 'string[]', description: 't' } } },
  // @ts-expect-error: tags is a list of strings, not a string
  example: { path: { uuid: 'x' }, query: {}, body: { tags: 'lead' } },
  response: { status: 200, description: 'd', schema: { type: 'null' }, example: null },
});

export const unknownEnumValue = defineRequest({
  method: 'GET',
  path: '/contacts',
  summary: 's',
  params: { path: {}, query: { source: { type: 'string', enum: ['whatsapp'], description: 's' } }, body: null },
  // @ts-expect-error: "fax" is not one of the allowed values
  example: { path: {}, query: { source: 'fax' } },
  response: { status: 200, description: 'd', schema: { type: 'null' }, example: null },
});

export { React };

// A looked-up request keeps its precise type: its path, and its parameters' own fields.
const patchSpec = getRequest('contacts_api', 'patch_contacts');
export const patchPath: '/contacts/:uuid' = patchSpec.path;
export const numbersAsTextWhy: string = patchSpec.params.body!.custom_fields.numbersAsText.why;
// @ts-expect-error: the PATCH request's path is not the list's
export const wrongPath: '/contacts' = patchSpec.path;
// @ts-expect-error: `name` of the PATCH body takes no numbers as text
export const noSuchNote: string = patchSpec.params.body!.name.numbersAsText.why;
