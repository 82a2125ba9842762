import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import { auth, exampleValues, getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import { generateSample } from '@site/src/snippets';
import { useServers } from '../Requests/TryIt/servers';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/**
 * A request's first example as a terminal session against the local sandbox: its demo token put
 * where the samples read it, then the cURL sample at the sandbox's address (both as this site
 * was built with them).
 */
export default function SandboxSession<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const sandbox = useServers().find((server) => server.kind === 'sandbox')!;
  const spec = getRequest(endpoint, request);
  const session = [`export ${auth.tokenEnvVar}=${sandbox.demoToken ?? '<the token the sandbox printed>'}`, generateSample('curl', spec, exampleValues(spec), sandbox.url)];
  return (
    <CodeBlock language="bash" title="terminal">
      {session.join('\n\n')}
    </CodeBlock>
  );
}
