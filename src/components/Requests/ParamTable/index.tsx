import React from 'react';
import { getRequest, type EndpointId, type ParamSpec, type RequestId } from '@site/src/requests';

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
  /** Which parameters to list. */
  kind: 'required' | 'optional';
}

const locations = ['path', 'query', 'body'] as const;

function typeOf(spec: ParamSpec): string {
  return spec.type === 'string' && spec.enum ? spec.enum.join(' | ') : spec.type;
}

/** A reference table of a request's parameters, read from the registry. */
export default function ParamTable<E extends EndpointId>({ endpoint, request, kind }: Props<E>): React.JSX.Element {
  const { params } = getRequest(endpoint, request);
  const rows = locations.flatMap((location) =>
    Object.entries((location === 'body' ? params.body?.fields : params[location]) ?? {})
      .filter(([, spec]) => Boolean(spec.required) === (kind === 'required'))
      .map(([name, spec]) => ({ location, name, spec })),
  );
  return (
    <table>
      <thead>
        <tr>
          <th>Parameter</th>
          <th>Type</th>
          <th>In</th>
          <th>Description</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ location, name, spec }) => (
          <tr key={`${location}.${name}`}>
            <td>
              <code>{name}</code>
            </td>
            <td>{typeOf(spec)}</td>
            <td>{location}</td>
            <td>
              {spec.description}
              {spec.type === 'map' && spec.numbersAsText && ` ${spec.numbersAsText.why}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
