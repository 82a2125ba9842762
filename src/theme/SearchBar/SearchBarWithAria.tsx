/**
 * The local search box, wrapped to finish its ARIA: its autocomplete names the results list with
 * `aria-owns` only (ARIA 1.2 asks a combobox for `aria-controls`), and puts its "See all results"
 * link straight in the listbox, where only options may be. Both are set right as the list opens.
 * Its input is named "Search" in every language: it takes the name its placeholder gives it in
 * the page's language, as the box drawn before it loads has (QuietSearchBox).
 */
import React, { useEffect, useRef } from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof SearchBarType>;

function finishAria(root: HTMLElement): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
    if (input.getAttribute('aria-label') !== input.placeholder) input.setAttribute('aria-label', input.placeholder);
  }
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
    finishAria(root);
    const observer = new MutationObserver(() => finishAria(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-owns', 'aria-label'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} style={{ display: 'contents' }}>
      <SearchBar {...props} />
    </div>
  );
}
