import React from 'react';
import Link from '@docusaurus/Link';
import { pagedRequests } from './paging';

const yes = (answer: boolean) => (answer ? 'yes' : 'no');

/** A table of the requests that page: whether each takes `page` and whether its answer carries `meta`. */
export default function PagedRequests(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Request</th>
          <th scope="col">
            Takes <code>page</code>
          </th>
          <th scope="col">
            Answers with <code>meta</code>
          </th>
        </tr>
      </thead>
      <tbody>
        {pagedRequests().map(({ endpoint, id, method, path, takesPage, answersMeta }) => (
          <tr key={`${endpoint}/${id}`}>
            <td>
              <Link to={`/api_reference/${endpoint}/${id}`}>
                <code>
                  {method} {path}
                </code>
              </Link>
            </td>
            <td>{yes(takesPage)}</td>
            <td>{yes(answersMeta)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
