import { describe, expect, it, vi } from 'vitest';
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

describe('a grammar whose script cannot be fetched', () => {
  it('leaves the code unhighlighted without an error, and is tried again on the next call', async () => {
    vi.resetModules();
    const { loadGrammar: load, hasGrammar: has } = await import('./grammars');
    delete (Prism.languages as Record<string, unknown>).java;
    vi.doMock('prismjs/components/prism-java', () => {
      throw new Error('Failed to fetch the chunk');
    });
    await expect(load('java')).resolves.toBe(false);
    expect(has('java')).toBe(false);
    // The network is back: this time the script arrives and adds its grammar.
    vi.resetModules();
    vi.doMock('prismjs/components/prism-java', () => {
      Prism.languages.java = Prism.languages.extend('clike', {});
      return {};
    });
    await expect(load('java')).resolves.toBe(true);
    expect(has('java')).toBe(true);
    vi.doUnmock('prismjs/components/prism-java');
  });
});
