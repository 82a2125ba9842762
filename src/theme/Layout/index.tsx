/**
 * Docusaurus's layout, wrapped: the local search's results page gives its content no `main`
 * landmark (docs pages have one of their own), so screen-reader users could not jump to it.
 */
import React from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper(props: Props): React.JSX.Element {
  const isSearchPage = useLocation().pathname === useBaseUrl('/search');
  return <Layout {...props}>{isSearchPage ? <main>{props.children}</main> : props.children}</Layout>;
}
