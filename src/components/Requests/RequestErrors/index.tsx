import React from 'react';
import Translate from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import Details from '@theme/Details';
import { getRequest, type EndpointId, type RequestId } from '@site/src/requests';
import { errorsOf, type ErrorStatus } from '@site/src/requests/errors';
import CodeSpans from '../CodeSpans';
import ExactCodeBlock from '../ExactCodeBlock';
import styles from './styles.module.css';

/** How HTTP names each status a request's errors have. */
const REASON: Record<ErrorStatus, string> = {
  401: 'Unauthorized',
  404: 'Not Found',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
};

interface Props<E extends EndpointId> {
  endpoint: E;
  request: RequestId<E>;
}

/**
 * The errors of a request, from the registry: each status, when it is answered, and the body
 * the sandbox answers with, folded until asked for. `sandbox/documented-errors.test.ts` proves
 * every body is what the sandbox sends.
 */
export default function RequestErrors<E extends EndpointId>({ endpoint, request }: Props<E>): React.JSX.Element {
  const errors = errorsOf(getRequest(endpoint, request));
  return (
    <>
      <p>
        <Translate
          id="callbell.requestErrors.intro"
          description="A request's page, above its table of errors; {sandbox} is a link named 'sandbox', {errorShape} a link named 'error shape'"
          values={{
            sandbox: (
              <Link to="/sandbox">
                <Translate id="callbell.requestErrors.sandboxLink" description="A request's page, above its errors: the link to the sandbox's page, inside the sentence">
                  sandbox
                </Translate>
              </Link>
            ),
            errorShape: (
              <Link to="/api_reference/errors">
                <Translate id="callbell.requestErrors.errorShapeLink" description="A request's page, above its errors: the link to the error shape, inside the sentence">
                  error shape
                </Translate>
              </Link>
            ),
          }}
        >
          {'Besides its success, this request can get these answers. Each body is the one the {sandbox} gives for the cause shown, in its {errorShape}; the API answers with the same statuses, but does not document its error bodies.'}
        </Translate>
      </p>
      <table className={styles.errors}>
        <thead>
          <tr>
            <th scope="col">
              <Translate id="callbell.requestErrors.status" description="A request's table of errors: heading of the column of HTTP statuses">
                Status
              </Translate>
            </th>
            <th scope="col">
              <Translate id="callbell.requestErrors.when" description="A request's table of errors: heading of the column of when each is answered">
                When
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <React.Fragment key={index}>
              <tr className={styles.cause}>
                <td>
                  <code>{error.status}</code> <span className={styles.reason}>{REASON[error.status]}</span>
                </td>
                <td>
                  <CodeSpans text={error.when} />
                </td>
              </tr>
              {/* The body gets the table's whole width, so it reads on a phone too. */}
              <tr>
                <td colSpan={2} className={styles.example}>
                  <Details summary={<summary>
                        <Translate id="callbell.requestErrors.exampleBody" description="A request's table of errors: folded example body of an error; {status} is its HTTP status code" values={{ status: error.status }}>
                          {'Example body: {status}'}
                        </Translate>
                      </summary>}>
                    <ExactCodeBlock language="json" title="error.json">{JSON.stringify(error.example, null, 2)}</ExactCodeBlock>
                  </Details>
                </td>
              </tr>
            </React.Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}
