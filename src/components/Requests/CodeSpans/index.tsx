import React from 'react';

/**
 * Text from the registry, whose descriptions mark code with backquotes (`to`, `{{1}}`), with
 * those parts set as code.
 */
export default function CodeSpans({ text }: { text: string }): React.JSX.Element {
  const parts = text.split(/`([^`]+)`/);
  // split with a capture group alternates: text, code, text, code…
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}
