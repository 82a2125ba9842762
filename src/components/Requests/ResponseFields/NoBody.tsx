import React from 'react';
import type { ResponseSpec } from '@site/src/requests/types';

/** What stands for the body of an answer that has none (a 204): its status and what it means. */
export default function NoBody({ response }: { response: ResponseSpec }): React.JSX.Element {
  return (
    <p>
      <code>{response.status}</code>: {response.description}
    </p>
  );
}
