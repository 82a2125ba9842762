import React from 'react';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/**
 * What a request accepts beyond its parameter table, and why, read from the registry: for
 * pages whose table is written out (the PATCH page keeps its original text).
 */
export default function ParamNotes<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element | null {
  const { params } = getRequest(endpoint, request);
  const notes = (['path', 'query', 'body'] as const).flatMap((location) =>
    Object.entries((location === 'body' ? params.body?.fields : params[location]) ?? {}).flatMap(([name, spec]) => (spec.type === 'map' && spec.numbersAsText ? [{ name, why: spec.numbersAsText.why }] : [])),
  );
  if (notes.length === 0) return null;
  return (
    <ul>
      {notes.map(({ name, why }) => (
        <li key={name}>
          <code>{name}</code>: {why}
        </li>
      ))}
    </ul>
  );
}
