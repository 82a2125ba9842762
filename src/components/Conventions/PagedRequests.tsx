import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import { pagedRequests } from './paging';

const yes = (answer: boolean) =>
  answer
    ? translate({ id: 'callbell.paging.yes', message: 'yes', description: 'Paging conventions table: the request does it' })
    : translate({ id: 'callbell.paging.no', message: 'no', description: 'Paging conventions table: the request does not do it' });

/** A table of the requests that page: whether each takes `page` and whether its answer carries `meta`. */
export default function PagedRequests(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="callbell.paging.request" description="Paging conventions table: heading of the column of requests">
              Request
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.paging.takesPage" description="Paging conventions table: heading; {page} is the query parameter's name, as code" values={{ page: <code>page</code> }}>
              {'Takes {page}'}
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.paging.answersMeta" description="Paging conventions table: heading; {meta} is the answer field's name, as code" values={{ meta: <code>meta</code> }}>
              {'Answers with {meta}'}
            </Translate>
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
