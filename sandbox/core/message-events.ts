/**
 * The webhook events of a message the account sent: `message_created` at once, then a
 * `message_status_updated` for each status of its delivery timeline, announced with the time
 * it is reached (the core runs no timer: whoever delivers waits until then).
 */
import { sandboxDelivery } from '../../src/requests/messages_api/objects';
import type { AccountEvent } from './events';
import { reachedAt } from './messages';
import type { Store, StoredMessage } from './store';
import type { BodyOf } from './values';

type SendBody = BodyOf<'messages_api', 'post_send_messages'>;

/** Each status of the timeline the message will reach, with when; a demo message, which has no timeline, only `enqueued`. */
function timeline(message: StoredMessage): [status: (typeof sandboxDelivery.timeline)[number], at: string][] {
  const times = reachedAt(message);
  return sandboxDelivery.timeline.flatMap((status) => (times[status] === null ? [] : [[status, times[status]!]]));
}

export function sentMessageEvents(store: Store, uuid: string, body: SendBody): AccountEvent[] {
  const message = store.message(uuid)!;
  const contact = store.get(message.contactUuid)!;
  const metadata = body.metadata === undefined ? {} : { metadata: body.metadata };
  const created: AccountEvent = {
    event: 'message_created',
    payload: {
      to: message.to,
      from: message.from,
      text: message.text,
      attachments: 'url' in body.content && body.content.url ? [body.content.url] : [],
      status: 'sent',
      channel: message.channel,
      contact,
      createdAt: message.createdAt,
      ...metadata,
    },
  };
  const statuses = timeline(message).map(([status, at]): AccountEvent => ({
    event: 'message_status_updated',
    at: Date.parse(at),
    payload: { uuid, status, ...metadata, messageStatusPayload: { ...message.statusPayload, type: status }, contact },
  }));
  return [created, ...statuses];
}
