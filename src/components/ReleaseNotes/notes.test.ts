import { describe, expect, it } from 'vitest';
import { markedDates, releaseNotes, type NoteItem, type ReleaseNote } from './notes';

const notes = releaseNotes();
const note = (date: string): ReleaseNote => notes.find((candidate) => candidate.date === date)!;
/** A line as a reader reads it, links as `[label](href)`. */
const text = ({ parts }: NoteItem) => parts.map((part) => (typeof part === 'string' ? part : `[${part.label}](${part.href})`)).join('');
const lines = (date: string) => note(date).items.map(text);

describe('the release notes read off the registry', () => {
  it('has the origin\'s 40 releases, newest first, the three of November 2024 apart', () => {
    expect(notes).toHaveLength(40);
    expect(notes[0]!.date).toBe('2026-07-01');
    expect(notes.at(-1)!.date).toBe('2022-10-18');
    expect(notes.map(({ date }) => date).filter((date) => date.startsWith('2024-11-') && date < '2024-11-25')).toEqual(['2024-11-21', '2024-11-19', '2024-11-18']);
  });

  it('gives every release at least one line, each with a link', () => {
    for (const { date, items } of notes) {
      expect(items.length, date).toBeGreaterThan(0);
      for (const item of items) expect(item.parts.some((part) => typeof part !== 'string'), `${date}: ${text(item)}`).toBe(true);
    }
  });

  it("links a parameter to its row on each request that takes it, in one line when POST and PATCH share it", () => {
    expect(lines('2024-05-15')).toEqual([
      'New parameter `bot_status` in [`POST /contacts`](/api_reference/contacts_api/post_contacts#body-bot_status), [`PATCH /contacts/:uuid`](/api_reference/contacts_api/patch_contacts#body-bot_status).',
      'New parameter `bot_status` in [`POST /messages/send`](/api_reference/messages_api/post_send_messages#body-bot_status).',
    ]);
    expect(lines('2026-02-06')).toEqual(['New parameter `active` in [`GET /channels`](/api_reference/channels_api/get_channels#query-active).']);
  });

  it("links a field to its object type's row first, then to every event that carries it", () => {
    const [field] = lines('2026-02-19');
    expect(field).toBe('New field `closingReason` in [`conversation_closed`](/api_reference/webhooks/conversation_events/conversation_closed#field-closingReason).');
    const conversationHref = lines('2024-09-24').find((line) => line.includes('`conversationHref`'))!;
    expect(conversationHref).toMatch(/^New field `conversationHref` in \[Contact\]\(\/api_reference\/object_types\/contact#field-conversationHref\), /);
    expect(conversationHref).toContain('[`contact_created`](/api_reference/webhooks/contact_events/contact_created#field-conversationHref)');
  });

  it('lists a group, a request, an event and an object type by their pages, largest first, then changes', () => {
    expect(lines('2024-12-05').map((line) => line.split(']')[0])).toEqual(['New group of requests: [Custom Status API', 'New request: [`PUT /users/:uuid/status`']);
    expect(lines('2024-11-26')).toEqual([
      'New request: [`POST /contacts/:uuid/conversation/note`](/api_reference/contacts_api/post_contact_conversation_create_note). Leaves a note in the contact\'s conversation, for the team only; `@` mentions a collaborator.',
      'New webhook event: [`agent_session_updated`](/api_reference/webhooks/agent_events/agent_session_updated). An agent logged in or out, or their session expired.',
    ]);
    expect(lines('2025-02-17')[1]).toBe('Changed: `custom_status_uuid` in [`PUT /users/:uuid/status`](/api_reference/users_api/put_user_status#body-custom_status_uuid). `null` takes the custom status away.');
  });

  it("adds a release's extras, for what the registry cannot describe", () => {
    expect(lines('2024-07-25')).toEqual(['[Every request has code samples in C#, Java and Rust too.](/api_reference/introduction#your-first-request-on-the-sandbox)']);
  });

  it('names each date its marks use once', () => {
    const dates = markedDates();
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toContain('2023-12-14');
    // A release whose only line is an extra has no mark.
    expect(dates).not.toContain('2024-07-25');
  });
});
