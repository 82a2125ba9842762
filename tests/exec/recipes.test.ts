/**
 * Each recipe's whole program, as its page shows it in cURL, Node and Python, run by the real
 * toolchain against the Node sandbox, with a webhook receiver in the place of the reader's
 * endpoint: it subscribes, gets the customer's message_created event on standard input as the
 * receiver got it, and answers the customer, whose reply the receiver then hears of.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CUSTOMER_MESSAGES_PATH, DEMO_TOKEN } from '@site/sandbox/address';
import { startSandbox, type RunningSandbox } from '@site/sandbox/node/server';
import { startReceiver, type ReceivedEvent, type Receiver } from '@site/sandbox/node/webhooks-receiver';
import { auth } from '@site/src/requests';
import { janJansen } from '@site/src/requests/contacts_api/objects';
import { recipes, type Recipe } from '@site/src/recipes';
import { programLanguageIds, programLanguages, programWriters, type ProgramLanguage } from '@site/src/recipes/programs';

const runners: Record<ProgramLanguage, (file: string) => [string, string[]]> = {
  curl: (file) => ['bash', [file]],
  node: (file) => [process.execPath, [file]],
  python: (file) => ['python3', [file]],
};

let sandbox: RunningSandbox;
let receiver: Receiver;
let workDir: string;

beforeEach(async () => {
  sandbox = await startSandbox({ dbFile: ':memory:', token: DEMO_TOKEN, rateLimit: 0 });
  receiver = await startReceiver();
  workDir = mkdtempSync(join(tmpdir(), 'recipe-'));
});

afterEach(async () => {
  await sandbox.close();
  await receiver.close();
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Starts the recipe's program in `language` against the sandbox, its webhook subscribed at the
 * receiver; what it prints is gathered, and `exited` resolves with its exit code.
 */
function start(recipe: Recipe, language: ProgramLanguage) {
  const file = join(workDir, programLanguages[language].fileName);
  writeFileSync(file, programWriters[language](recipe, { baseUrl: sandbox.baseUrl, values: { subscribe: { 'body.url': receiver.url } } }));
  const [command, args] = runners[language](file);
  const child = spawn(command, args, { cwd: workDir, env: { ...process.env, [auth.tokenEnvVar]: DEMO_TOKEN } });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { child, output, exited };
}

/** Runs the program to its end: it must exit 0 and write nothing to standard error. */
async function runToEnd(recipe: Recipe, language: ProgramLanguage): Promise<string> {
  const { output, exited } = start(recipe, language);
  expect(await exited, output.stderr).toBe(0);
  expect(output.stderr).toBe('');
  return output.stdout;
}

const isMessage = (status: string) => (event: ReceivedEvent) => event.event === 'message_created' && (event.payload as { status: string }).status === status;

describe.each(programLanguageIds)('the bot recipe in %s', (language) => {
  it('subscribes, reads the customer’s message event from standard input, and answers them on their number', async () => {
    const { child, output, exited } = start(recipes.bot_reply, language);
    // The program prints the webhook it subscribed before it waits for the event (or ends, having failed).
    await new Promise<void>((resolve) => {
      child.stdout.on('data', () => output.stdout.includes(receiver.url) && resolve());
      void exited.then(() => resolve());
    });
    expect(output.stdout, output.stderr).toContain(receiver.url);

    const written = await fetch(`${new URL(sandbox.baseUrl).origin}${CUSTOMER_MESSAGES_PATH}`, {
      method: 'POST',
      headers: { Authorization: `${auth.scheme} ${DEMO_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ from: `+${janJansen.phoneNumber}`, text: 'Are you open on Sunday?' }),
    });
    expect(written.status).toBe(201);
    const heard = await receiver.next(isMessage('received'));
    child.stdin.end(JSON.stringify({ event: heard.event, payload: heard.payload }));

    expect(await exited, output.stderr).toBe(0);
    expect(output.stderr).toBe('');
    const replied = await receiver.next(isMessage('sent'));
    expect(replied.payload).toMatchObject({ to: janJansen.phoneNumber, text: 'Hello!', contact: { uuid: janJansen.uuid } });
    expect(output.stdout).toContain('"status":"enqueued"');
  });
});

describe.each(programLanguageIds)('the getting-started program in %s', (language) => {
  it('checks the token, sends a text, and reads the status of that message by the uuid the send answered', async () => {
    const stdout = await runToEnd(recipes.getting_started, language);
    const [checked, sent, status] = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(checked.status).toBe('ok');
    expect(status.message.uuid).toBe(sent.message.uuid);
    expect(status.message.status).toMatch(/^(enqueued|sent|delivered|read)$/);
  });
});

describe.each(programLanguageIds)('the CRM recipe in %s', (language) => {
  it('creates a contact with a tag and a custom field, updates that contact, and the webhook hears both', async () => {
    await runToEnd(recipes.crm_contact, language);
    const created = (await receiver.next((event) => event.event === 'contact_created')).payload as { uuid: string };
    expect(created).toMatchObject({ name: 'Ada Lovelace', tags: ['lead'], customFields: { 'Billing Address': 'Main Street 1' } });
    const updated = await receiver.next((event) => event.event === 'contact_updated');
    expect(updated.payload).toMatchObject({ uuid: created.uuid, name: 'Ada Lovelace', tags: ['Call back', 'Interested'] });
  });
});

describe.each(programLanguageIds)('the reminder recipe in %s', (language) => {
  it("sends the reminder, then closes the conversation of the contact the answer named, and the webhook hears both", async () => {
    await runToEnd(recipes.appointment_reminder, language);
    const reminded = await receiver.next(isMessage('sent'));
    expect(reminded.payload).toMatchObject({ to: janJansen.phoneNumber, text: expect.stringMatching(/^Reminder: your appointment/) });
    const closed = await receiver.next((event) => event.event === 'conversation_closed');
    expect(closed.payload).toMatchObject({ contact: { uuid: janJansen.uuid }, closingReason: 'issue_resolved' });
  });
});

describe.each(programLanguageIds)('the order recipe in %s', (language) => {
  it('sends a template to a new number and reads the contact it created, and the webhook hears the message', async () => {
    const printed = (await runToEnd(recipes.order_confirmation, language)).trim().split('\n').map((line) => JSON.parse(line));
    const [, confirmed, read] = printed;
    expect(read.contact).toMatchObject({ uuid: confirmed.message.contact.uuid, phoneNumber: '447700900789' });
    const sent = await receiver.next(isMessage('sent'));
    expect(sent.payload).toMatchObject({ to: '447700900789', text: 'Hello Ada, this is a template message example' });
  });
});
