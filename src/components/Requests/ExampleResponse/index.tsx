import React from 'react';
import CodeBlock from '@theme/CodeBlock';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/** The documented response of a request, read from the registry (the sandbox answers the same). */
export default function ExampleResponse<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const { example } = getRequest(endpoint, request).response;
  return (
    <CodeBlock language="json" title="response.json">
      {JSON.stringify(example, null, 2)}
    </CodeBlock>
  );
}
