/**
 * Puts the code colours of both modes into the site's stylesheet (src/css/prism-by-class.ts
 * says why), written from the light and dark Prism themes so the colours live in one place.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { prismStylesheet } from '../src/css/prism-by-class';
import { prismDark } from '../src/css/prism-dark';
import { prismLight } from '../src/css/prism-light';

export default function prismColours({ generatedFilesDir }: LoadContext): Plugin {
  const directory = join(generatedFilesDir, 'prism-colours');
  const stylesheet = join(directory, 'prism-colours.css');
  mkdirSync(directory, { recursive: true });
  writeFileSync(stylesheet, prismStylesheet({ light: prismLight, dark: prismDark }));
  return { name: 'prism-colours', getClientModules: () => [stylesheet] };
}
