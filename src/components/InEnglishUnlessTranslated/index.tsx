/**
 * A page of a translated locale whose text is not translated yet says so above it, and marks its
 * content as English for screen readers and search engines, which would read it with the page's
 * language otherwise. Docusaurus serves such a page from docs/ rather than from i18n/<locale>/.
 */
import React, { type ReactNode } from 'react';
import Admonition from '@theme/Admonition';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

/** Where Docusaurus read an English page from (`@site/docs/…`), as its metadata names it. */
const ENGLISH_SOURCE = '@site/docs/';

export default function InEnglishUnlessTranslated({ children }: { children: ReactNode }): ReactNode {
  const { i18n } = useDocusaurusContext();
  const { metadata } = useDoc();
  if (i18n.currentLocale === i18n.defaultLocale || !metadata.source.startsWith(ENGLISH_SOURCE)) return children;
  return (
    <>
      <Admonition type="info">
        <Translate id="callbell.untranslated.note" description="Above a page whose text is not translated into the reader's language yet and is shown in English">
          This page is not translated yet: it is shown in English.
        </Translate>
      </Admonition>
      <div lang={i18n.defaultLocale}>{children}</div>
    </>
  );
}
