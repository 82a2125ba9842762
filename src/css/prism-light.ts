/**
 * The light code theme: GitHub's Primer syntax colours, chosen so every token keeps a
 * 4.5:1 contrast on the code background (prism-react-renderer's `github` theme does not).
 */
import type { PrismTheme } from 'prism-react-renderer';

export const prismLight: PrismTheme = {
  plain: { color: '#1f2328', backgroundColor: '#f6f8fa' },
  styles: [
    { types: ['comment', 'prolog', 'doctype', 'cdata'], style: { color: '#57606a', fontStyle: 'italic' } },
    { types: ['punctuation'], style: { color: '#1f2328' } },
    { types: ['property', 'tag', 'boolean', 'number', 'constant', 'symbol'], style: { color: '#0550ae' } },
    { types: ['selector', 'attr-name', 'string', 'char', 'builtin', 'inserted'], style: { color: '#0a3069' } },
    { types: ['operator', 'entity', 'url', 'variable', 'parameter'], style: { color: '#953800' } },
    { types: ['atrule', 'attr-value', 'keyword'], style: { color: '#b3261e' } },
    { types: ['function', 'class-name'], style: { color: '#6639ba' } },
    { types: ['regex', 'important'], style: { color: '#116329' } },
    { types: ['deleted'], style: { color: '#82071e' } },
  ],
};
