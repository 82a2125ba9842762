/**
 * The account's bot as it stands for one contact: the `Bot` object type, the statuses it goes
 * through, and the demo account's bot.
 */
import type { JsonSchema } from '../schema';
import { johnDoe } from './objects';

/** What a request asks of a contact's bot: start it, or end it. */
export const botCommands = ['bot_start', 'bot_end'] as const;
export type BotCommand = (typeof botCommands)[number];

/** Where the bot stands for a contact: switched on and waiting, talking with them, or off. */
export const botStatuses = ['started', 'in_progress', 'ended'] as const;
export type BotStatus = (typeof botStatuses)[number];

/** The status a command leaves the bot in. */
export const statusAfter: { readonly [C in BotCommand]: BotStatus } = { bot_start: 'started', bot_end: 'ended' };

/** A bot of the account, as it is built in the dashboard. */
export interface BotDefinition {
  uuid: string;
  name: string;
  version: number;
  latestBotVersion: boolean;
}

/** The bot for one contact. */
export interface ContactBot {
  status: BotStatus;
  conversationStartedAt: string | null;
}

export type Bot = BotDefinition & ContactBot;

export const botSchema: JsonSchema = {
  type: 'object',
  description: "The account's bot, as it stands for one contact.",
  properties: {
    uuid: { type: 'string', description: 'The identifier of the bot.' },
    name: { type: 'string', description: 'The name of the bot, as built in the dashboard.' },
    status: {
      type: 'string',
      enum: botStatuses,
      description:
        '`started` when the bot is on for the contact and answers their next message, `in_progress` while it is talking with them, `ended` when it is off for them.',
    },
    conversationStartedAt: {
      anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }],
      description: 'When the bot began its conversation with the contact (ISO 8601); `null` while it waits for them to write.',
    },
    version: { type: 'integer', minimum: 1, description: 'The version of the bot that talks with the contact.' },
    latestBotVersion: { type: 'boolean', description: 'Whether that version is the bot\'s latest.' },
  },
  required: ['uuid', 'name', 'status', 'conversationStartedAt', 'version', 'latestBotVersion'],
  additionalProperties: false,
};

/** The demo account's bot: the one the API's examples show. */
export const demoBot: BotDefinition = { uuid: 'f7155fc557b74597b429bd3dbb5ca677', name: 'My Bot', version: 5, latestBotVersion: true };

/** A bot the account has switched on for a contact who has not written since: the default for every contact. */
export const waitingBot: ContactBot = { status: 'started', conversationStartedAt: null };

/** Where the demo bot stands for each demo contact it has talked with; for every other contact it waits. */
export const demoContactBots: Readonly<Record<string, ContactBot>> = {
  [johnDoe.uuid]: { status: 'in_progress', conversationStartedAt: '2024-03-11T17:57:09Z' },
};
