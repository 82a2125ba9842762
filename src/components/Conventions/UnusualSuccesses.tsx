import React from 'react';
import Link from '@docusaurus/Link';
import { unusualSuccesses } from './successes';

/** The requests that succeed with another status than `200`, each with that status and what it means. */
export default function UnusualSuccesses(): React.JSX.Element {
  return (
    <ul>
      {unusualSuccesses().map(({ endpoint, id, method, path, status, description }) => (
        <li key={`${endpoint}/${id}`}>
          <Link to={`/api_reference/${endpoint}/${id}`}>
            <code>
              {method} {path}
            </code>
          </Link>
          : <code>{status}</code>. {description}
        </li>
      ))}
    </ul>
  );
}
