/**
 * Docusaurus's doc content, wrapped (not copied: a Docusaurus upgrade keeps working) to offer
 * each page as Markdown above it, and to say so when a page is not translated into the reader's language.
 */
import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import CopyPageMarkdown from '@site/src/components/CopyPageMarkdown';
import InEnglishUnlessTranslated from '@site/src/components/InEnglishUnlessTranslated';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.JSX.Element {
  return (
    <>
      <CopyPageMarkdown />
      <InEnglishUnlessTranslated>
        <Content {...props} />
      </InEnglishUnlessTranslated>
    </>
  );
}
