/**
 * Compile-time tests, checked by `tsc --noEmit`: each `@ts-expect-error` line must fail to
 * type-check, so a page written in TSX cannot name an event the registry lacks (an MDX page
 * naming one fails the build when the component renders).
 */
import React from 'react';
import WebhookEvent from '.';
import { webhookEventPage } from './page';

export const knownEvent = <WebhookEvent name="contact_created" part="fields" />;

// @ts-expect-error: no event is named "contact_removed"
export const unknownEvent = <WebhookEvent name="contact_removed" part="fields" />;

// @ts-expect-error: an event page shows its fields or its example
export const unknownPart = <WebhookEvent name="contact_created" part="schema" />;

// @ts-expect-error: only a documented event has a page
export const noPage: string = webhookEventPage('message_deleted');
