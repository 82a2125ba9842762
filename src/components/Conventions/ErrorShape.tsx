import React from 'react';
import { translate } from '@docusaurus/Translate';
import CodeBlock from '@theme/CodeBlock';
import { errorSchema } from '@site/src/requests/errors';
import { authorize } from '@site/sandbox/core/auth';
import { ApiError, errorBody } from '@site/sandbox/core/errors';
import SchemaTable from '../Requests/ObjectFields/SchemaTable';

/** What the sandbox answers a request that carries no token: its own code's answer, not a copy of it. */
function answerWithoutToken(): unknown {
  try {
    authorize(null, 'any token');
  } catch (error) {
    if (error instanceof ApiError) return errorBody(error.status, error.message, error.details);
    throw error;
  }
  throw new Error('The sandbox let a request without a token through');
}

/** The sandbox's one error shape: its fields from the registry's schema, and a real example. */
export default function ErrorShape(): React.JSX.Element {
  return (
    <>
      <SchemaTable schema={errorSchema} table="field" />
      <CodeBlock language="json" title={translate({ id: 'callbell.errorShape.exampleTitle', message: '401 without a token', description: "Errors page: title of the example answer to a request without a token; 401 is the HTTP status code" })}>
        {JSON.stringify(answerWithoutToken(), null, 2)}
      </CodeBlock>
    </>
  );
}
