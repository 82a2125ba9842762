/**
 * The Messages API's rules, the same over any store: which channel, template and recipient a
 * message may name, the 24-hour window, what the answer carries, and how a sent message's
 * status moves on with time (read off stored times, so no timer runs). Each refusal is a 422
 * naming its field; an unknown message is a 404.
 */
import { isEmpty } from '../../src/requests/check';
import { type Contact, type Source } from '../../src/requests/contacts_api/objects';
import { demoAccount } from '../../src/requests/demo-account';
import { replyWindowHours, sandboxDelivery, type MessageStatus } from '../../src/requests/messages_api/objects';
import { channel, channels, has, template } from './account';
import { createContact } from './contacts';
import { ApiError, listProblems, type ErrorDetail } from './errors';
import { isoTime, newUuid, type Clock, type StatusPayload, type Store, type StoredMessage } from './store';
import type { BodyOf } from './values';

type SendBody = BodyOf<'messages_api', 'post_send_messages'>;

const HOUR = 3_600_000;
const STEP = sandboxDelivery.stepSeconds * 1000;

/** What `fields` may ask the answer to add. */
const answerParts = ['contact', 'conversation'] as const;
type AnswerPart = (typeof answerParts)[number];

const templateOnly = 'only a template can reach them now: send template_uuid, with optin_contact: true';

/** The kind of channel `from` names, and the channel `channel_uuid` names, which must be of that kind. */
function channelProblems(store: Store, body: SendBody): { source?: Source; problems: ErrorDetail[] } {
  const accountChannels = channels(store);
  const ofKind = accountChannels.filter((channel) => channel.source === body.from);
  if (ofKind.length === 0) {
    const kinds = [...new Set(accountChannels.map((channel) => channel.source))].join(', ');
    return { problems: [{ field: 'body.from', message: `is "${body.from}", not a kind of channel this account has (it has: ${kinds})` }] };
  }
  const source = ofKind[0]!.source;
  if (isEmpty(body.channel_uuid)) return { source, problems: [] };
  const named = channel(store, body.channel_uuid!);
  if (!named) return { source, problems: [{ field: 'body.channel_uuid', message: `is "${body.channel_uuid}", not a channel of this account` }] };
  if (named.source !== source) {
    return { source, problems: [{ field: 'body.channel_uuid', message: `is a ${named.source} channel, not a ${source} one as from says` }] };
  }
  return { source, problems: [] };
}

function templateProblems(store: Store, body: SendBody): ErrorDetail[] {
  if (isEmpty(body.template_uuid)) return [];
  const problems: ErrorDetail[] = [];
  const chosen = template(store, body.template_uuid!);
  if (!chosen) problems.push({ field: 'body.template_uuid', message: `is "${body.template_uuid}", not a template of this account` });
  else if (chosen.status !== 'approved') {
    problems.push({ field: 'body.template_uuid', message: `is "${chosen.title}", which WhatsApp has not approved (its status is ${chosen.status}): only an approved template can be sent` });
  }
  if (body.optin_contact === false) {
    problems.push({
      field: 'body.optin_contact',
      message: 'must be true to send a template: a template may only go to a contact who agreed to receive messages from you',
    });
  }
  return problems;
}

/** Outside a template, only an image carries text beside its file (its caption). */
function captionProblems(body: SendBody): ErrorDetail[] {
  if (body.type === 'text' || body.type === 'image' || isEmpty(body.content.text) || !isEmpty(body.template_uuid)) return [];
  return [{ field: 'body.content.text', message: `is a caption, which only an image takes: a ${body.type} carries text only as a template's variable (with template_uuid)` }];
}

/** `fields`: comma-separated parts, spaces around them allowed. */
function requestedParts(fields: string | undefined): { parts: Set<AnswerPart>; problems: ErrorDetail[] } {
  const asked = (fields ?? '').split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = asked.filter((part) => !(answerParts as readonly string[]).includes(part));
  const problems = unknown.map((part) => ({ field: 'body.fields', message: `asks for "${part}"; the answer can add: ${answerParts.join(', ')}` }));
  return { parts: new Set(asked.filter((part): part is AnswerPart => !unknown.includes(part))), problems };
}

function teamProblems(store: Store, teamUuid: string | undefined): ErrorDetail[] {
  if (isEmpty(teamUuid) || has(store, 'team', teamUuid!)) return [];
  return [{ field: 'body.team_uuid', message: `is "${teamUuid}", not the uuid of a team of this account` }];
}

/** `+31 6-1234 5678` → `31612345678`: how contacts' numbers are kept. */
const asStored = (to: string) => to.trim().replace(/^\+/, '').replace(/[\s-]/g, '');

const E164_DIGITS = /^\d{1,15}$/;

type Recipient = { contact: Contact } | { newNumber: string } | { problem: ErrorDetail };

/**
 * Who the message goes to: a contact of the channel's kind, by `to`; a new contact when a
 * template goes to a number nobody has (as in Callbell); otherwise a refusal. Outside a
 * template, the contact must have written in the last 24 hours.
 */
function recipient(store: Store, body: SendBody, source: Source, now: number): Recipient {
  if (isEmpty(body.to)) {
    return { problem: { field: 'body.bsuid', message: 'matches no contact: the sandbox finds recipients by phone number only; send the number as "to"' } };
  }
  const number = asStored(body.to!);
  const isTemplate = !isEmpty(body.template_uuid);
  const contact = store.findByPhone(number, source);
  if (!contact) {
    if (!isTemplate) {
      const message = `is "${body.to}", a number no ${source} contact of this account has, so it has never written to you; ${templateOnly} (the template creates the contact)`;
      return { problem: { field: 'body.to', message } };
    }
    if (!E164_DIGITS.test(number)) {
      return { problem: { field: 'body.to', message: `is "${body.to}", not a phone number (up to 15 digits with the country code; a leading +, spaces and dashes are ignored)` } };
    }
    return { newNumber: number };
  }
  if (isTemplate) return { contact };
  const lastWrote = store.lastWrote(contact.uuid);
  const hoursAgo = lastWrote === null ? undefined : (now - Date.parse(lastWrote)) / HOUR;
  if (hoursAgo !== undefined && hoursAgo < replyWindowHours) return { contact };
  const when = hoursAgo === undefined ? 'has never written to you' : `last wrote ${Math.floor(hoursAgo)} hours ago`;
  return { problem: { field: 'body.to', message: `is ${contact.name}, who ${when}, outside the ${replyWindowHours}-hour window; ${templateOnly}` } };
}

/** A random id in the style of WhatsApp's message ids (27 characters of URL-safe base64). */
function whatsappMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What the customer reads: a template with its variables filled in (`{{1}}`…), or the text (an image's caption); empty for a file alone. */
function sentText(store: Store, body: SendBody): string {
  const chosen = isEmpty(body.template_uuid) ? null : template(store, body.template_uuid!);
  if (!chosen) return body.content.text ?? '';
  const values = body.template_values ?? [body.content.text];
  return chosen.text.replace(/\{\{(\d+)\}\}/g, (variable, number: string) => values[Number(number) - 1] ?? variable);
}

export interface SentMessage {
  uuid: string;
  status: 'enqueued';
  conversation?: { source: string; href: string; createdAt: string };
  contact?: { uuid: string; name: string; phone: string; email: null };
}

export function sendMessage(store: Store, now: Clock, body: SendBody): SentMessage {
  return store.transaction(() => {
    const at = now();
    const kind = channelProblems(store, body);
    const { parts, problems: partProblems } = requestedParts(body.fields);
    const problems = [...kind.problems, ...templateProblems(store, body), ...captionProblems(body), ...partProblems, ...teamProblems(store, body.team_uuid)];
    const found = kind.source === undefined ? undefined : recipient(store, body, kind.source, at);
    if (found && 'problem' in found) problems.push(found.problem);
    // `found` is missing only when `from` was refused, which is among the problems.
    if (!found || 'problem' in found || problems.length > 0) throw new ApiError(422, listProblems(problems), problems);

    const source = kind.source!;
    let contact = 'contact' in found ? found.contact : createContact(store, { identifier: found.newNumber, source, name: found.newNumber }, now);
    // Someone outside the account's team is accepted, and not assigned (as the API does).
    const user = body.assigned_user !== undefined && has(store, 'user', body.assigned_user) ? body.assigned_user : undefined;
    contact = store.assign(contact.uuid, { user, teamUuid: body.team_uuid || undefined })!;

    const statusPayload: StatusPayload = {
      id: newUuid(),
      type: 'enqueued',
      payload: { type: isEmpty(body.template_uuid) ? 'session' : 'template', whatsappMessageId: whatsappMessageId() },
      destination: contact.phoneNumber,
    };
    const message: StoredMessage = {
      uuid: newUuid(),
      contactUuid: contact.uuid,
      kind: 'sent',
      text: sentText(store, body),
      channel: source,
      from: demoAccount.phoneNumber,
      to: contact.phoneNumber,
      createdAt: isoTime(at),
      sentAt: isoTime(at + STEP),
      deliveredAt: isoTime(at + 2 * STEP),
      readAt: isoTime(at + 3 * STEP),
      statusPayload,
      contentDeleted: false,
    };
    store.addMessage(message);
    return {
      uuid: message.uuid,
      status: 'enqueued',
      ...(parts.has('conversation') ? { conversation: { source, href: contact.conversationHref, createdAt: contact.createdAt } } : {}),
      ...(parts.has('contact') ? { contact: { uuid: contact.uuid, name: contact.name, phone: `+${contact.phoneNumber}`, email: null } } : {}),
    };
  });
}

function noSuchMessage(uuid: string): ApiError {
  return new ApiError(404, `No message with uuid "${uuid}"`, [{ field: 'path.uuid', message: 'No such message' }]);
}

/** When the message reaches each status of the timeline; `null`: never (the demo messages). */
export function reachedAt(message: StoredMessage): Record<(typeof sandboxDelivery.timeline)[number], string | null> {
  return { enqueued: message.createdAt, sent: message.sentAt, delivered: message.deliveredAt, read: message.readAt };
}

/** The last status of the timeline the message has reached by `now`. */
function statusAt(message: StoredMessage, now: number): MessageStatus {
  const times = reachedAt(message);
  return sandboxDelivery.timeline.filter((status) => times[status] !== null && Date.parse(times[status]!) <= now).at(-1) ?? 'enqueued';
}

export interface MessageStatusAnswer {
  uuid: string;
  status: MessageStatus;
  messageStatusPayload?: StatusPayload;
}

/** A message the account sent: the others of a conversation (notes, what the contact wrote) have no status to read, nor an id to name them by. */
function sentMessage(store: Store, uuid: string): StoredMessage {
  const message = store.message(uuid);
  if (!message || message.kind !== 'sent') throw noSuchMessage(uuid);
  return message;
}

export function messageStatus(store: Store, now: Clock, uuid: string): MessageStatusAnswer {
  const message = sentMessage(store, uuid);
  const status = statusAt(message, now());
  return { uuid, status, ...(message.statusPayload ? { messageStatusPayload: { ...message.statusPayload, type: status } } : {}) };
}

/** Deletes the message's text and attachments; its status stays readable. */
export function deleteMessage(store: Store, uuid: string): void {
  store.deleteMessageContent(sentMessage(store, uuid).uuid);
}
