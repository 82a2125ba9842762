/**
 * The account's bot and where it stands for each contact, kept as records: the bot the account
 * has enabled (the first of kind `bot`), and per contact its status (kind `contactBot`, by
 * contact uuid). A contact with no record of its own has the bot waiting for them, the default
 * while the account has a bot.
 */
import { statusAfter, waitingBot, type Bot, type BotCommand, type BotDefinition, type ContactBot } from '../../src/requests/contacts_api/bot';
import { ApiError, listProblems, type ErrorDetail } from './errors';
import type { Store } from './store';

declare module './store' {
  interface RecordTypes {
    bot: BotDefinition;
    contactBot: ContactBot;
  }
}

function enabledBot(store: Store): BotDefinition | null {
  return store.records('bot').list()[0] ?? null;
}

/** A refusal of `field` when the account has no bot to start or end; none when it has one. */
export function needsBot(store: Store, field: string): ErrorDetail[] {
  return enabledBot(store) ? [] : [{ field, message: 'needs a bot, and this account has none enabled (create one in the dashboard, under Bots)' }];
}

/** The bot as it stands for the contact (who must exist). */
export function botFor(store: Store, contactUuid: string): Bot {
  const bot = enabledBot(store);
  if (!bot) throw new ApiError(404, 'This account has no bot enabled (create one in the dashboard, under Bots)');
  return { ...bot, ...(store.records('contactBot').get(contactUuid) ?? waitingBot) };
}

/**
 * Starts or ends the bot for the contact, as `field` asks. Started, it waits for the contact's
 * next message, so its conversation has not begun; ended, it keeps when its last conversation began.
 */
export function commandBot(store: Store, contactUuid: string, command: BotCommand, field: string): Bot {
  const problems = needsBot(store, field);
  if (problems.length > 0) throw new ApiError(422, listProblems(problems), problems);
  const current = botFor(store, contactUuid);
  const next: ContactBot =
    command === 'bot_start' ? { status: statusAfter.bot_start, conversationStartedAt: null } : { status: statusAfter.bot_end, conversationStartedAt: current.conversationStartedAt };
  store.records('contactBot').put(contactUuid, next);
  return { ...current, ...next };
}

/** A deleted contact's bot status goes with it. */
export function forgetBot(store: Store, contactUuid: string): void {
  store.records('contactBot').delete(contactUuid);
}
