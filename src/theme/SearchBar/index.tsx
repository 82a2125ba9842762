/**
 * The local search box, loaded when the reader comes to search rather than with every page: its
 * code (the box, its result templates, the bridge to its web worker) is a chunk of its own. Until
 * then a box that looks the same (`QuietSearchBox`) takes what the reader types; the real box
 * takes the text and the focus over as it appears, and opens its results for that text once its
 * index has loaded. `tests/e2e/take-away.spec.ts` holds the chunk back to check that nothing
 * typed meanwhile is lost.
 */
import React, { useCallback, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';
import QuietSearchBox, { type Typed } from './QuietSearchBox';

type Props = WrapperProps<typeof SearchBarType>;

let loading: Promise<ComponentType<Props>> | undefined;
/** The real box's module, once; a failed load (offline) is tried again on the next wish. */
function loadSearchBar(): Promise<ComponentType<Props>> {
  loading ??= import('./SearchBarWithAria').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export default function SearchBar(props: Props): React.JSX.Element {
  const [Loaded, setLoaded] = useState<ComponentType<Props>>();
  const box = useRef<HTMLDivElement>(null);
  const typed = useRef<Typed>({ text: '', focused: false });
  const wanted = useCallback(() => {
    loadSearchBar().then(
      (component) => setLoaded(() => component),
      () => undefined, // the quiet box stays, with what was typed; the next wish tries again
    );
  }, []);
  // Before the real box's own effects run, which adopt the text and the focus its input has.
  useLayoutEffect(() => {
    const input = box.current?.querySelector('input');
    if (!Loaded || !input) return;
    input.value = typed.current.text;
    if (typed.current.focused) input.focus();
  }, [Loaded]);
  return (
    <div ref={box} style={{ display: 'contents' }}>
      {Loaded ? <Loaded {...props} /> : <QuietSearchBox onWanted={wanted} typed={typed} />}
    </div>
  );
}
