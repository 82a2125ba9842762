/**
 * `npm run webhooks:receive [-- --fail-first N]`: a webhook receiver on 127.0.0.1:$WEBHOOKS_PORT
 * (default 4030) that prints each event it receives. It says how to subscribe it to the local
 * sandbox. With `--fail-first N` it answers 500 to the first N events, to watch the retries.
 */
import { parseArgs } from 'node:util';
import { DEMO_TOKEN, sandboxBaseUrl } from '../address';
import { webhookEventNames } from '../../src/requests/webhooks_api/events';
import { startReceiver, type ReceivedEvent } from './webhooks-receiver';

const DEFAULT_RECEIVER_PORT = 4030;

const port = Number(process.env.WEBHOOKS_PORT ?? DEFAULT_RECEIVER_PORT);
const { values } = parseArgs({ options: { 'fail-first': { type: 'string', default: '0' } } });
const failFirst = Number(values['fail-first']);

function printed({ event, payload, status }: ReceivedEvent): string {
  const time = new Date().toTimeString().slice(0, 8);
  const answered = status < 300 ? '' : ` (answered ${status}: the sandbox will try again)`;
  return `${time} ${event}${answered}\n${JSON.stringify(payload, null, 2)}\n`;
}

async function main(): Promise<void> {
  if (!Number.isInteger(failFirst) || failFirst < 0) {
    console.error(`--fail-first takes a number of events, not "${values['fail-first']}"`);
    process.exit(1);
  }
  const receiver = await startReceiver({
    port,
    answer: (count) => (count <= failFirst ? 500 : 200),
    onEvent: (event) => console.log(printed(event)),
    onRejected: (reason) => console.log(`Not an event: ${reason} (answered 400)`),
  }).catch((error: Error) => {
    console.error(`The receiver could not start on 127.0.0.1:${port}: ${error.message}. Set WEBHOOKS_PORT to a free port.`);
    process.exit(1);
  });
  const token = process.env.SANDBOX_TOKEN ?? DEMO_TOKEN;
  const body = JSON.stringify({ url: receiver.url, subscriptions: webhookEventNames });
  console.log(`Webhook receiver: ${receiver.url}`);
  console.log('Subscribe it to the local sandbox (npm run sandbox) with:\n');
  console.log(`  curl -X POST ${sandboxBaseUrl()}/webhooks/subscribe \\`);
  console.log(`    -H "Authorization: Bearer ${token}" -H "Content-Type: application/json" \\`);
  console.log(`    -d '${body}'\n`);
  console.log(`Waiting for events${failFirst > 0 ? ` (the first ${failFirst} answered 500)` : ''}; Ctrl-C stops.\n`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void receiver.close().then(() => process.exit(0));
    });
  }
}

void main();
