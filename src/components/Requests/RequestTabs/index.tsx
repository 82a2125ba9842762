import React, { useState } from 'react';
import { auth, exampleValues, getRequest, type EndpointId, type ExampleName, type LooseValues, type RequestId } from '@site/src/requests';
import RequestBlock from '../RequestBlock';
import styles from './styles.module.css';

export interface RequestTabsProps<E extends EndpointId, R extends RequestId<E>> {
  endpoint: E;
  request: R;
  /** Which documented example to show; the first when not given. */
  example?: ExampleName<E, R>;
  /** Shows where the samples read the token from: set on a page's first request block by plugins/remark-token-note. */
  tokenNote?: boolean;
}

/**
 * The example request of a reference page: code samples in every language, and "Try it",
 * starting from the documented example's values.
 */
export default function RequestTabs<E extends EndpointId, R extends RequestId<E>>({ endpoint, request, example, tokenNote = false }: RequestTabsProps<E, R>): React.JSX.Element {
  const spec = getRequest(endpoint, request);
  const [values, setValues] = useState<LooseValues>(() => exampleValues(spec, example));
  return (
    // A page showing several examples of one request names each region by its example.
    // data-request and data-example name the block for its page's Markdown copy, which holds the
    // sample of every language (plugins/rehype-readable-page): the page renders the chosen one only.
    <section className={styles.requestTabs} data-request={`${endpoint}/${request}`} data-example={example} aria-label={`Example request: ${spec.method} ${spec.path}${example ? ` (${spec.examples[example]!.summary})` : ''}`}>
      <RequestBlock spec={spec} values={values} onValuesChange={setValues}>
        {tokenNote && (
          <p className={styles.tokenNote}>
            The samples read your API token from the environment variable <code>{auth.tokenEnvVar}</code>, so
            they run as they are once you have set it: <code>export {auth.tokenEnvVar}=&lt;your token&gt;</code>.
          </p>
        )}
      </RequestBlock>
    </section>
  );
}
