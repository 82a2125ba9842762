import React from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';

interface Props {
  /** The row's id, which links may point at; none for a second row of the same field. */
  id: string | undefined;
  className: string | undefined;
  children: React.ReactNode;
}

/** A table row a link can point at: its id is told to Docusaurus, whose build refuses a link to an id no page has. */
export default function AnchoredRow({ id, className, children }: Props): React.JSX.Element {
  const brokenLinks = useBrokenLinks();
  if (id) brokenLinks.collectAnchor(id);
  return (
    <tr id={id} className={className}>
      {children}
    </tr>
  );
}
