import React from 'react';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import { requestRows } from '../ParamTable/rows';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/**
 * What a request accepts beyond its parameter table, and why, read from the registry: for
 * pages whose table is written out (the PATCH page keeps its original text).
 */
export default function ParamNotes<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element | null {
  const spec = getRequest(endpoint, request);
  const notes = [...requestRows(spec, 'required'), ...requestRows(spec, 'optional')].flatMap(({ path, spec: param }) =>
    param.type === 'map' && param.numbersAsText ? [{ path, why: param.numbersAsText.why }] : [],
  );
  if (notes.length === 0) return null;
  return (
    <ul>
      {notes.map(({ path, why }) => (
        <li key={path}>
          <code>{path}</code>: {why}
        </li>
      ))}
    </ul>
  );
}
