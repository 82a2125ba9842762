import React from 'react';
import { translate } from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import { apiBaseUrl, auth, exampleValues, getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import { toHttpCall } from '@site/src/requests/http';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/** The headers the code samples send with a request's first example, the token written as a placeholder. */
export default function SentHeaders<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const spec = getRequest(endpoint, request);
  const call = toHttpCall(spec, exampleValues(spec), apiBaseUrl);
  const lines = [`${call.method} ${new URL(call.url).pathname}`, `Authorization: ${auth.scheme} ${translate({ id: 'callbell.sentHeaders.tokenPlaceholder', message: '<your API token>', description: "Conventions page, the headers a request sends: stands for the reader's API token after Authorization: Bearer" })}`, ...call.headers.map(([name, value]) => `${name}: ${value}`)];
  return (
    <CodeBlock language="text" title={`${spec.method} ${spec.path}`}>
      {lines.join('\n')}
    </CodeBlock>
  );
}
