import React, { useState } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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

/** The accessible name of an example's region: its request, and which example when the page shows several. */
function exampleLabel(method: string, path: string, summary: string | undefined): string {
  return summary === undefined
    ? translate({ id: 'callbell.requestTabs.label', message: 'Example request: {method} {path}', description: "A request's page: accessible name of the region of its samples; {method} is GET, POST…, {path} the request path" }, { method, path })
    : translate(
        {
          id: 'callbell.requestTabs.labelWithExample',
          message: 'Example request: {method} {path} ({example})',
          description: "A request's page: accessible name of the region of one of its examples; {method} is GET, POST…, {path} the request path, {example} the example's summary, from the registry",
        },
        { method, path, example: summary },
      );
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
    <section className={styles.requestTabs} data-request={`${endpoint}/${request}`} data-example={example} aria-label={exampleLabel(spec.method, spec.path, example && spec.examples[example]!.summary)}>
      <RequestBlock spec={spec} values={values} onValuesChange={setValues}>
        {tokenNote && (
          <p className={styles.tokenNote}>
            <Translate
              id="callbell.requestTabs.tokenNote"
              description="A request's page, above its first samples: where they read the token; {variable} is an environment variable's name, {command} a shell command setting it (both code, keep them as they are)"
              values={{
                variable: <code>{auth.tokenEnvVar}</code>,
                command: (
                  <code>
                    export {auth.tokenEnvVar}=
                    {translate({ id: 'callbell.requestTabs.tokenPlaceholder', message: '<your token>', description: "A request's page, the token note: stands for the reader's API token in the shell command" })}
                  </code>
                ),
              }}
            >
              {'The samples read your API token from the environment variable {variable}, so they run as they are once you have set it: {command}.'}
            </Translate>
          </p>
        )}
      </RequestBlock>
    </section>
  );
}
