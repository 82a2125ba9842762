import { useEffect, useState } from 'react';
import { hasGrammar, loadGrammar } from './grammars';

/**
 * Loads `language`'s grammar if Prism lacks it, and renders the caller again once it has it:
 * until then the code shows unhighlighted, which on the server and at hydration never happens
 * (the languages shown first are in the first load).
 */
export function useGrammar(language: string): void {
  const [, setLoaded] = useState(() => hasGrammar(language));
  useEffect(() => {
    if (hasGrammar(language)) return undefined;
    let mounted = true;
    void loadGrammar(language).then((loaded) => mounted && setLoaded(loaded));
    return () => {
      mounted = false;
    };
  }, [language]);
}
