import React from 'react';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import SchemaTable from '../ObjectFields/SchemaTable';
import NoBody from './NoBody';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/** The fields of a request's answer, from its response schema; for an answer without a body, its status. */
export default function ResponseFields<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const { response } = getRequest(endpoint, request);
  if (!response.schema) return <NoBody response={response} />;
  return <SchemaTable schema={response.schema} table="response" />;
}
