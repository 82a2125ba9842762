import React from 'react';
import { getRequest, type EndpointId, type RequestId, type ResponseExampleName } from '@site/src/requests';
import ExactCodeBlock from '../ExactCodeBlock';
import NoBody from '../ResponseFields/NoBody';

interface Props<E extends EndpointId, R extends RequestId<E>> {
  endpoint: E;
  request: R;
  /** One of the further documented answers (`fields_contact`); the main one when not given. */
  example?: ResponseExampleName<E, R>;
  /** What the page says about this answer, shown right above it (a note on how it differs from the API's own example). */
  children?: React.ReactNode;
}

/** A documented response of a request, read from the registry (the sandbox answers the same). */
export default function ExampleResponse<E extends EndpointId, R extends RequestId<E>>({ endpoint, request, example, children }: Props<E, R>): React.JSX.Element {
  const { response } = getRequest(endpoint, request);
  if (!response.schema) return <NoBody response={response} />;
  const body = example === undefined ? response.example : response.otherExamples![example]!.value;
  return (
    <>
      {children}
      <ExactCodeBlock language="json" title="response.json">
        {JSON.stringify(body, null, 2)}
      </ExactCodeBlock>
    </>
  );
}
