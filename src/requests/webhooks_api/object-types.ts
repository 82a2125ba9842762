/** The object types of this group: the webhook, its log entries, and the parts a new message may carry. */
import type { ObjectTypeSpec } from '../object-type';
import {
  messageContactCardExample,
  messageContactCardSchema,
  messageContextExample,
  messageContextSchema,
  messageForwardExample,
  messageForwardSchema,
  messageInteractiveListExample,
  messageInteractiveListSchema,
  messageLocationExample,
  messageLocationSchema,
  messageReplyButtonExample,
  messageReplyButtonSchema,
} from './message-parts';
import { demoWebhookLog, webhookEventSchema, webhookSchema } from './objects';
import { webhooksApi } from './index';

export const webhooksObjectTypes = {
  Webhook: { kind: 'schema', schema: webhookSchema, example: webhooksApi.requests.subscribe.response.example.webhook },
  WebhookEvent: { kind: 'schema', schema: webhookEventSchema, example: demoWebhookLog[0] },
  MessageContactCard: { kind: 'schema', schema: messageContactCardSchema, example: messageContactCardExample },
  MessageContext: { kind: 'schema', schema: messageContextSchema, example: messageContextExample },
  MessageForward: { kind: 'schema', schema: messageForwardSchema, example: messageForwardExample },
  MessageInteractiveList: { kind: 'schema', schema: messageInteractiveListSchema, example: messageInteractiveListExample },
  MessageLocation: { kind: 'schema', schema: messageLocationSchema, example: messageLocationExample },
  MessageReplyButton: { kind: 'schema', schema: messageReplyButtonSchema, example: messageReplyButtonExample },
} as const satisfies Record<string, ObjectTypeSpec>;
