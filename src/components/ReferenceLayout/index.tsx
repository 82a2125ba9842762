/**
 * The blocks plugins/remark-reference-layout.ts groups an endpoint page into: rows of prose
 * (left) and the examples shown beside it (right). Side by side from 1200 px, where the examples
 * stay in view (sticky) while their prose scrolls; one column, in the page's order, below that.
 */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

interface Props {
  children?: ReactNode;
}

export function ReferenceLayout({ children }: Props): React.JSX.Element {
  return <div className={styles.layout}>{children}</div>;
}

export function ReferenceRow({ children }: Props): React.JSX.Element {
  return <div className={styles.row}>{children}</div>;
}

export function ReferenceProse({ children }: Props): React.JSX.Element {
  return <div className={styles.prose}>{children}</div>;
}

export function ReferenceExamples({ children }: Props): React.JSX.Element {
  return <div className={styles.examples}>{children}</div>;
}
