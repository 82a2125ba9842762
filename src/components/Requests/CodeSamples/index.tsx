import React from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import type { LooseValues, RequestSpec } from '@site/src/requests';
import { generateSample, languageIds, languages, type Language, type LanguageId } from '@site/src/snippets';
import styles from './styles.module.css';
import ExactCodeBlock from '../ExactCodeBlock';
import { languageTabs } from './languageTabs';
import { loadGrammar, onDemandGrammars } from '@site/src/prism/grammars';

/** Where Docusaurus's tabs keep the reader's language: `?lang=`, then the stored choice (its key is Docusaurus's). */
function chosenLanguage(): string | null {
  const fromQuery = new URLSearchParams(window.location.search).get(languageTabs.queryString);
  try {
    return fromQuery ?? window.localStorage.getItem(`docusaurus.tab.${languageTabs.groupId}`);
  } catch {
    return fromQuery; // storage refused (a private window's settings)
  }
}

// The tabs switch to the reader's language as the page hydrates: its grammar starts loading
// with this chunk, so that the sample is highlighted when it appears.
if (ExecutionEnvironment.canUseDOM) {
  const id = chosenLanguage();
  if (id !== null && Object.hasOwn(languages, id)) void loadGrammar(languages[id as LanguageId].prism);
}

/** Every grammar the tabs may need, once the reader points at the samples or tabs into them. */
const loadEveryGrammar = () => onDemandGrammars.forEach((grammar) => void loadGrammar(grammar));

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
    <div onPointerEnter={loadEveryGrammar} onFocus={loadEveryGrammar}>
      <Tabs {...languageTabs} lazy className={styles.languageTabs}>
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
    </div>
  );
}
