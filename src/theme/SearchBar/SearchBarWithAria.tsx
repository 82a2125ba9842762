/**
 * The local search box, wrapped to finish its ARIA: its autocomplete names the results list with
 * `aria-owns` only (ARIA 1.2 asks a combobox for `aria-controls`), and puts its "See all results"
 * link straight in the listbox, where only options may be. Both are set right as the list opens.
 */
import React, { useEffect, useRef } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;

function finishAria(root: HTMLElement): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]')) {
    input.setAttribute('aria-controls', input.getAttribute('aria-owns')!);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a')) link.setAttribute('role', 'option');
}

export default function SearchBarWrapper(props: Props): React.JSX.Element {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current;
    if (!root) return undefined;
    const observer = new MutationObserver(() => finishAria(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-owns'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
