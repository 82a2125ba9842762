import React from 'react';
import { sandboxWebhookDelivery } from '@site/src/requests/webhooks_api/objects';

const seconds = (ms: number) => `${ms / 1000} ${ms === 1000 ? 'second' : 'seconds'}`;

/** How the local sandbox retries a failed delivery, read from the registry (the sandbox uses the same). */
export default function SandboxDelivery(): React.JSX.Element {
  const { retryDelaysMs, timeoutMs } = sandboxWebhookDelivery;
  const waits = retryDelaysMs.map(seconds);
  return (
    <>
      An address has {seconds(timeoutMs)} to answer. A failed attempt is tried again {retryDelaysMs.length} times, after waiting{' '}
      {waits.slice(0, -1).join(', ')} and {waits.at(-1)} in turn; then the sandbox gives up on that event.
    </>
  );
}
