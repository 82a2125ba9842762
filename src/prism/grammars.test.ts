import { describe, expect, it } from 'vitest';
import { Prism } from 'prism-react-renderer';
import { languageIds, languages } from '@site/src/snippets';
import prismIncludeLanguages from '@site/src/theme/prism-include-languages';
import { hasGrammar, loadGrammar, onDemandGrammars } from './grammars';

prismIncludeLanguages(Prism);

describe('the grammars of the sample languages', () => {
  it('each language is highlighted from the first load or has a grammar loaded on demand', () => {
    const missing = languageIds.map((id) => languages[id].prism).filter((grammar) => !hasGrammar(grammar) && !onDemandGrammars.includes(grammar));
    expect(missing).toEqual([]);
  });

  it('the cURL tab, shown first, is highlighted from the first load', () => {
    expect(hasGrammar(languages.curl.prism)).toBe(true);
  });

  it.each(onDemandGrammars)('%s loads on demand, and then tokenizes its keywords', async (grammar) => {
    expect(hasGrammar(grammar)).toBe(false);
    await loadGrammar(grammar);
    expect(hasGrammar(grammar)).toBe(true);
    const keyword = { php: 'function', ruby: 'def', java: 'class', csharp: 'class' }[grammar]!;
    const tokens = Prism.tokenize(`${keyword} x`, Prism.languages[grammar]!);
    expect(tokens[0]).toMatchObject({ type: 'keyword', content: keyword });
  });
});
