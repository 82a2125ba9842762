import { translate } from '@docusaurus/Translate';

/** What the body of an answer is called: the title above it, or the accessible name of a large one's text. */
export function responseBodyLabel(): string {
  return translate({ id: 'callbell.tryIt.response.body', message: 'Response body', description: "Try-it panel: title (or accessible name) of the answer's body" });
}
