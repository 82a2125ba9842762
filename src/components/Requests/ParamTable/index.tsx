import React from 'react';
import { getRequest, type EndpointId, type ParamLocation, type RequestId } from '@site/src/requests';
import RowsTable from './RowsTable';
import { requestRows } from './rows';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
  /**
   * Which of the request's parameters to list, with the fields below them: those of its path,
   * its query or its body. A page shows one table per place the request takes parameters, under
   * a heading naming it ("Path parameters"); the build checks both (plugins/registry-consistency).
   */
  location: ParamLocation;
}

/** A reference table of a request's parameters in one place, nested fields included, read from the registry. */
export default function ParamTable<E extends EndpointId>({ endpoint, request, location }: Props<E>): React.JSX.Element {
  return <RowsTable rows={requestRows(getRequest(endpoint, request), location)} names="parameters" />;
}
