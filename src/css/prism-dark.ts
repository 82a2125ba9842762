/**
 * The dark code theme: Dracula, with its comment colour lightened from #6272a4 (3:1 on the
 * code background) to #9aa5ce (5.7:1), so comments in shell sessions read in dark mode.
 */
import { themes, type PrismTheme } from 'prism-react-renderer';

const commentTypes = new Set(['comment', 'prolog', 'doctype', 'cdata']);

export const prismDark: PrismTheme = {
  ...themes.dracula,
  styles: themes.dracula.styles.map((entry) => (entry.types.some((type) => commentTypes.has(type)) ? { ...entry, style: { ...entry.style, color: '#9aa5ce' } } : entry)),
};
