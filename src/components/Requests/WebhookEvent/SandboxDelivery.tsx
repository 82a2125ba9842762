import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { usePluralForm } from '@docusaurus/theme-common';
import { sandboxWebhookDelivery } from '@site/src/requests/webhooks_api/objects';

/** How the local sandbox retries a failed delivery, read from the registry (the sandbox uses the same). */
export default function SandboxDelivery(): React.JSX.Element {
  const { selectMessage } = usePluralForm();
  const seconds = (ms: number) =>
    selectMessage(
      ms / 1000,
      translate(
        {
          id: 'callbell.webhooks.seconds',
          message: '{count} second|{count} seconds',
          description: "The webhooks page, how the sandbox retries: a wait in seconds; {count} is a number. Plural forms separated by |, as Docusaurus's usePluralForm reads them",
        },
        { count: ms / 1000 },
      ),
    );
  const { retryDelaysMs, timeoutMs } = sandboxWebhookDelivery;
  const waits = retryDelaysMs.map(seconds);
  return (
    <Translate
      id="callbell.webhooks.sandboxRetries"
      description="The webhooks page: how the local sandbox retries a failed delivery; {timeout} is a wait (10 seconds), {count} the number of retries, {waits} the waits before the last, separated by commas, {last} the last wait"
      values={{ timeout: seconds(timeoutMs), count: retryDelaysMs.length, waits: waits.slice(0, -1).join(', '), last: waits.at(-1)! }}
    >
      {'An address has {timeout} to answer. A failed attempt is tried again {count} times, after waiting {waits} and {last} in turn; then the sandbox gives up on that event.'}
    </Translate>
  );
}
