import React from 'react';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import RowsTable from './RowsTable';
import { requestRows } from './rows';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
  /** Which parameters to list (with the fields below them). */
  kind: 'required' | 'optional';
}

/** A reference table of a request's parameters, nested fields included, read from the registry. */
export default function ParamTable<E extends EndpointId>({ endpoint, request, kind }: Props<E>): React.JSX.Element {
  return <RowsTable rows={requestRows(getRequest(endpoint, request), kind)} showLocation nameHeading="Parameter" presenceOf="nested" />;
}
