/**
 * Docusaurus's sidebar link, wrapped: a request's page (marked by plugins/sidebar-method-badges)
 * shows its method as a badge before its path. The method stays in the link's text, so the
 * link's name is still "PATCH /contacts/:uuid", and the path may wrap before each `/`.
 */
import React from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

function RequestLabel({ method, path }: { method: string; path: string }): React.JSX.Element {
  return (
    <span className={styles.requestLabel}>
      <span className={styles.method} data-method={method}>
        {method}
      </span>{' '}
      {path.split(/(?=\/)/).map((part, index) => (
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </React.Fragment>
      ))}
    </span>
  );
}

export default function LinkWrapper(props: Props): React.JSX.Element {
  const method = props.item.customProps?.method;
  if (typeof method !== 'string') return <Link {...props} />;
  const label = <RequestLabel method={method} path={props.item.label.slice(method.length + 1)} />;
  // The theme puts the label inside its link as it is; typed as text, it renders any node.
  return <Link {...props} item={{ ...props.item, label: label as unknown as string }} />;
}
