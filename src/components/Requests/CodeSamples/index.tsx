import React from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type { LooseValues, RequestSpec } from '@site/src/requests';
import { generateSample, languageIds, languages, type Language } from '@site/src/snippets';
import styles from './styles.module.css';
import ExactCodeBlock from '../ExactCodeBlock';

interface Props {
  spec: RequestSpec;
  values: LooseValues;
  baseUrl: string;
}

/**
 * One tab per language; the choice is shared by every page and kept in `?lang=`. Only the chosen
 * tab is rendered (`lazy`): a page with many examples would otherwise carry nine samples each.
 */
export default function CodeSamples({ spec, values, baseUrl }: Props): React.JSX.Element {
  return (
    <Tabs groupId="language" queryString="lang" lazy className={styles.languageTabs}>
      {languageIds.map((id) => {
        const language: Language = languages[id];
        return (
          <TabItem key={id} value={id} label={language.label}>
            <ExactCodeBlock language={language.prism} title={language.fileName}>
              {generateSample(id, spec, values, baseUrl)}
            </ExactCodeBlock>
          </TabItem>
        );
      })}
    </Tabs>
  );
}
