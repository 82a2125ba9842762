import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import { auth, exampleValues, getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { DEFAULT_SANDBOX_PORT, DEMO_TOKEN, sandboxBaseUrl } from '@site/sandbox/address';
import { useServers } from '../Requests/TryIt/servers';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/**
 * A request's first example as a terminal session against the local sandbox: its demo token put
 * where the samples read it, then the cURL sample at the sandbox's address (the one this site
 * offers in "Try it", or where `npm run sandbox` listens when it offers none).
 */
export default function SandboxSession<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const offered = useServers().find((server) => server.kind === 'sandbox');
  const spec = getRequest(endpoint, request);
  const url = offered?.url ?? sandboxBaseUrl(DEFAULT_SANDBOX_PORT);
  const session = [`export ${auth.tokenEnvVar}=${offered?.demoToken ?? DEMO_TOKEN}`, generateSample('curl', spec, exampleValues(spec), url)];
  return (
    <CodeBlock language="bash" title="terminal">
      {session.join('\n\n')}
    </CodeBlock>
  );
}
