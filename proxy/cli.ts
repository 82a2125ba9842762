/** `npm run proxy`: see proxy/node.ts and the README's "Deploying the proxy". */
import config from '../docusaurus.config';
import { DEFAULT_PROXY_PORT, startProxy } from './node';
import { settingsFromEnv } from './settings';

async function main(): Promise<void> {
  const settings = settingsFromEnv(process.env, [config.url, 'http://localhost:3000', 'http://127.0.0.1:3000']);
  const port = Number(process.env.PROXY_PORT ?? DEFAULT_PROXY_PORT);
  const proxy = await startProxy(settings, { port, log: (line) => console.log(line) });
  console.log(`Proxy:    ${proxy.url} → ${settings.upstream}`);
  console.log(`Origins:  ${settings.allowedOrigins.join(', ')}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void proxy.close().then(() => process.exit(0)));
}

void main();
