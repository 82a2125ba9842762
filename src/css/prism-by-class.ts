/**
 * The code colours as a stylesheet instead of inline styles. prism-react-renderer writes a
 * theme's colours into each token's `style`, so a page rendered on the server in the light theme
 * had to be drawn again in the browser for a reader in dark mode: the theme's code blocks and
 * tabs did so on every page load, for every reader, doubling the highlighting work on the
 * request pages. With the colours in CSS, keyed on `data-theme`, the tokens are the same in both
 * modes and hydrate as they are. plugins/prism-colours.ts writes the stylesheet from the two themes.
 */
import type { PrismTheme } from 'prism-react-renderer';

/** The theme given to Docusaurus for both modes: no colour of its own, only the stylesheet's variables. */
export const prismByClass: PrismTheme = {
  plain: { color: 'var(--site-code-color)', backgroundColor: 'var(--site-code-background)' },
  styles: [],
};

/** CSS property names of the token styles a Prism theme may set. */
function cssDeclarations(style: PrismTheme['styles'][number]['style']): string {
  return Object.entries(style)
    .map(([property, value]) => `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`)
    .join(';');
}

/**
 * One mode's rules. Later entries of a theme win over earlier ones, as they do in the theme's
 * own dictionary; a token of several types takes the last matching rule.
 */
function modeRules(mode: 'light' | 'dark', theme: PrismTheme): string[] {
  const scope = `[data-theme='${mode}']`;
  const rules = [`${scope}{--site-code-color:${theme.plain.color ?? 'inherit'};--site-code-background:${theme.plain.backgroundColor ?? 'transparent'}}`];
  for (const { types, style, languages } of theme.styles) {
    // A rule for some languages only would need the block's language in the selector: none of ours has one.
    if (languages) throw new Error(`prism-by-class: language-specific styles (${languages.join(', ')}) are not supported`);
    rules.push(`${types.map((type) => `${scope} .token.${type}`).join(',')}{${cssDeclarations(style)}}`);
  }
  return rules;
}

/** The stylesheet of both modes' code colours. */
export function prismStylesheet(themes: { light: PrismTheme; dark: PrismTheme }): string {
  return [...modeRules('light', themes.light), ...modeRules('dark', themes.dark)].join('\n') + '\n';
}
