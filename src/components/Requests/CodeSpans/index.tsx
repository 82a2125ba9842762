import React from 'react';
import { codeParts } from './parts';

/**
 * Text from the registry, whose descriptions mark code with backquotes (`to`, `{{1}}`), with
 * those parts set as code.
 */
export default function CodeSpans({ text }: { text: string }): React.JSX.Element {
  return <>{codeParts(text).map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}
