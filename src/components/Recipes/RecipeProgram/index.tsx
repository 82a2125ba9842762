import React from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import { programLanguageIds, programLanguages, type ProgramLanguage } from '@site/src/recipes/programs/languages';
import { languageTabs } from '../../Requests/CodeSamples/languageTabs';
import ExactCodeBlock from '../../Requests/ExactCodeBlock';

/** `recipe` names it; plugins/remark-recipe-program writes each language's program in at build. */
type Props = { recipe: string } & Record<ProgramLanguage, string>;

/**
 * A recipe's steps as one program to run, in cURL (bash), Node and Python, written at build from
 * the same steps as the page's samples. The tabs share the samples' choice of language.
 */
export default function RecipeProgram(props: Props): React.JSX.Element {
  return (
    <Tabs {...languageTabs} lazy>
      {programLanguageIds.map((id) => {
        const { label, prism, fileName } = programLanguages[id];
        return (
          <TabItem key={id} value={id} label={label}>
            <ExactCodeBlock language={prism} title={fileName}>
              {props[id]}
            </ExactCodeBlock>
          </TabItem>
        );
      })}
    </Tabs>
  );
}
