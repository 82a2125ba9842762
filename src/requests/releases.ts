/**
 * The API's releases, newest first: the date and a one-line title of each. What a release added
 * or changed is marked where the thing is described (`since`, `change` on a request, a parameter,
 * a field, an event, an object type or a group), so a table, the OpenAPI document and the release
 * notes read one mark. `extras` are the few changes the registry cannot describe (a sample
 * language, a guide), each with the page that best shows it.
 */

export interface ReleaseExtra {
  /** What changed, in a sentence (code in backquotes). */
  readonly text: string;
  /** A page of the site, with an anchor where one shows it: `/api_reference/introduction#…`. */
  readonly href: string;
}

export interface Release {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly title: string;
  readonly extras?: readonly ReleaseExtra[];
}

/** Where code samples are shown first: the introduction's first request. */
const firstSamples = '/api_reference/introduction#your-first-request-on-the-sandbox';

export const releases = [
  { date: '2026-07-01', title: 'A free-text note on each contact' },
  { date: '2026-06-22', title: 'Contacts known by their WhatsApp Business Suite User ID' },
  { date: '2026-03-03', title: 'Custom fields with types' },
  { date: '2026-02-19', title: 'Why a conversation was closed' },
  { date: '2026-02-10', title: 'The Plan API' },
  { date: '2026-02-06', title: 'Listing only the channels in use' },
  { date: '2025-12-22', title: 'Sales funnels' },
  { date: '2025-05-20', title: 'Deleting a message' },
  { date: '2025-02-17', title: 'Removing a user\'s custom status' },
  { date: '2025-02-05', title: 'Emojis and custom statuses of team members' },
  { date: '2025-01-06', title: 'Blocked contacts, and the status and category of templates' },
  { date: '2024-12-05', title: 'Custom statuses' },
  { date: '2024-11-26', title: 'Conversation notes and agent sessions' },
  { date: '2024-11-21', title: 'Replies and forwarded messages in new-message events' },
  { date: '2024-11-19', title: 'Button replies and list choices in new-message events' },
  { date: '2024-11-18', title: 'Contact cards and locations in new-message events' },
  { date: '2024-09-24', title: 'Links to conversations, and the conversation of a sent message' },
  { date: '2024-07-30', title: 'Your own metadata on a message' },
  {
    date: '2024-07-25',
    title: 'Samples in C#, Java and Rust',
    extras: [{ text: 'Every request has code samples in C#, Java and Rust too.', href: firstSamples }],
  },
  { date: '2024-05-15', title: 'Starting and stopping the bot from a request' },
  { date: '2024-03-11', title: 'The bot of a contact' },
  { date: '2024-03-05', title: 'Finding a contact by phone on one channel' },
  { date: '2024-02-22', title: 'Events for team membership and agent status' },
  { date: '2024-02-20', title: 'Team members, and extra parts in the answer to a send' },
  { date: '2024-02-14', title: 'Creating a contact on a given channel' },
  { date: '2024-02-09', title: 'The Channels API' },
  { date: '2024-01-11', title: 'Opening and closing conversations' },
  {
    date: '2024-01-08',
    title: 'Guides for Zapier',
    extras: [
      {
        text: 'Guides to connecting Callbell with Zapier, whose triggers and actions rest on webhooks and requests of this API (the guides sit in Callbell\'s help pages, outside this reference).',
        href: '/api_reference/webhooks_api/introduction',
      },
    ],
  },
  { date: '2024-01-04', title: 'The messages of a contact' },
  { date: '2023-12-19', title: 'Teams for contacts and conversations' },
  { date: '2023-12-14', title: 'The whole contact in new-message events' },
  { date: '2023-11-30', title: 'Events for opened and closed conversations' },
  { date: '2023-11-07', title: 'The Teams API' },
  { date: '2023-06-29', title: 'Templates with several variables' },
  { date: '2023-06-15', title: 'The channel\'s own status payload of a message' },
  { date: '2023-04-05', title: 'Assigning contacts to collaborators' },
  {
    date: '2023-03-03',
    title: 'Samples in six languages, release notes, and custom fields',
    extras: [
      { text: 'Every request has code samples in cURL, Node, Python, PHP, Ruby and Go.', href: firstSamples },
      { text: 'These release notes began.', href: '/api_reference/release_notes' },
    ],
  },
  { date: '2023-01-17', title: 'Templates' },
  { date: '2022-11-11', title: 'The Auth API' },
  { date: '2022-10-18', title: 'Webhooks' },
] as const satisfies readonly Release[];

/** The date of a release: a `since` or a `change` naming any other date does not compile. */
export type ReleaseDate = (typeof releases)[number]['date'];

/** A later release's change to something that was already there, in a line. */
export interface Change {
  readonly date: ReleaseDate;
  readonly text: string;
}

/**
 * When a described thing came, and what a later release changed about it. Both are left out
 * for what the first version of the API had.
 */
export interface ReleaseMarks {
  /** The release that added it. */
  readonly since?: ReleaseDate;
  readonly change?: Change;
}
