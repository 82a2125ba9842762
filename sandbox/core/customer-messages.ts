/**
 * A customer writes in: the sandbox's one operation the API has no request for (on the real
 * account, messages come from customers' phones). It lets a reader cause the `message_created`
 * event of a received message, in the page and in the Node sandbox alike. The customer must be a
 * contact of the account's WhatsApp channel; the message is kept in their conversation and
 * announced with the payload the API documents. It does not move the contact's 24-hour window,
 * which the demo account fixes when it is made.
 */
import { demoAccount } from '../../src/requests/demo-account';
import type { AccountEvent } from './events';
import { ApiError, listProblems, type ErrorDetail } from './errors';
import { isoTime, newUuid, type Clock, type Store } from './store';

/** The longest text a customer may write here, in characters (WhatsApp's limit for a text). */
export const CUSTOMER_TEXT_LIMIT = 4096;

const asStored = (phone: string) => phone.trim().replace(/^\+/, '').replace(/[\s-]/g, '');

function problemsOf(body: unknown): ErrorDetail[] {
  const { from, text } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const problems: ErrorDetail[] = [];
  if (typeof from !== 'string' || from.trim() === '') problems.push({ field: 'body.from', message: "is required: the customer's phone number" });
  if (typeof text !== 'string' || text.trim() === '') problems.push({ field: 'body.text', message: 'is required: what the customer writes' });
  else if (text.length > CUSTOMER_TEXT_LIMIT) problems.push({ field: 'body.text', message: `is longer than ${CUSTOMER_TEXT_LIMIT} characters` });
  return problems;
}

/** Keeps the customer's message and returns its `message_created` event; a 422 names what is wrong. */
export function customerWrites(store: Store, now: Clock, body: unknown): AccountEvent {
  const problems = problemsOf(body);
  const { from, text } = body as { from: string; text: string };
  const contact = problems.length === 0 ? store.findByPhone(asStored(from), 'whatsapp') : null;
  if (problems.length === 0 && !contact) problems.push({ field: 'body.from', message: `is "${from}", not the number of a WhatsApp contact of this account` });
  if (problems.length > 0) throw new ApiError(422, listProblems(problems), problems);
  const createdAt = isoTime(now());
  store.addMessage({
    uuid: newUuid(),
    contactUuid: contact!.uuid,
    kind: 'received',
    text,
    channel: 'whatsapp',
    from: contact!.phoneNumber,
    to: demoAccount.phoneNumber,
    createdAt,
    sentAt: null,
    deliveredAt: null,
    readAt: null,
    statusPayload: null,
    contentDeleted: false,
  });
  return {
    event: 'message_created',
    payload: { to: demoAccount.phoneNumber, from: contact!.phoneNumber, text, attachments: [], status: 'received', channel: 'whatsapp', contact, createdAt },
  };
}
