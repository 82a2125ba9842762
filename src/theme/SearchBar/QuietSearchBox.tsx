/**
 * The search box as it looks before its code is loaded: the local search's own markup and
 * classes, so nothing moves when the real box takes its place. It only takes what the reader
 * types; `onWanted` says the reader has come to search (pointed at it, focused it, or pressed the
 * shortcut), and `typed` keeps the text and whether it has focus, for the real box to take over.
 */
import React, { useEffect, useRef, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import { getKeymapHints, matchesKeymap, parseKeymap } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
import { isMacPlatform } from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/platform';
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import { searchBarShortcutKeymap } from '@generated/@easyops-cn/docusaurus-search-local/default/generated.js';

export interface Typed {
  text: string;
  focused: boolean;
}

interface Props {
  onWanted: () => void;
  typed: React.RefObject<Typed>;
}

const searchLabel = () => translate({ id: 'theme.SearchBar.label', message: 'Search', description: 'The ARIA label and placeholder for search button' });

export default function QuietSearchBox({ onWanted, typed }: Props): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  // The shortcut's hint is shown once in the browser, as the real box does (it depends on the platform).
  const [hints, setHints] = useState<string[]>([]);
  useEffect(() => {
    setHints(getKeymapHints(searchBarShortcutKeymap, isMacPlatform()));
    const keymap = parseKeymap(searchBarShortcutKeymap);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <div className={`navbar__search ${styles.searchBarContainer}`} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={input}
        // The real box's own id and words, so the box reads the same before and after it takes over.
        placeholder={searchLabel()}
        aria-label={searchLabel()}
        className={`navbar__search-input ${styles.searchInput}`}
        onMouseEnter={onWanted}
        onFocus={() => {
          typed.current.focused = true;
          onWanted();
        }}
        onBlur={() => (typed.current.focused = false)}
        onInput={(event) => (typed.current.text = event.currentTarget.value)}
      />
      {hints.length > 0 && (
        <div className={styles.searchHintContainer}>
          {hints.map((hint) => (
            <kbd key={hint} className={styles.searchHint}>
              {hint}
            </kbd>
          ))}
        </div>
      )}
    </div>
  );
}
