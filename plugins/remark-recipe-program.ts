/**
 * Writes each recipe's whole program into its page at build: `<RecipeProgram recipe="bot_reply"/>`
 * gets one attribute per language holding the program (`curl="…"`), generated from the recipe's
 * steps. The programs always show the examples' values, so the page carries their text and not
 * the writers. A page naming an unknown recipe fails the build.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { recipes } from '../src/recipes';
import { programLanguageIds, programWriters } from '../src/recipes/programs';
import { apiBaseUrl } from '../src/requests/api';

export default function remarkRecipeProgram() {
  return (root: Root): void =>
    visit(root, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name !== 'RecipeProgram') return;
      const name = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'recipe')?.value;
      if (typeof name !== 'string' || !Object.hasOwn(recipes, name)) {
        throw new Error(`<RecipeProgram> names recipe ${JSON.stringify(name)}; known: ${Object.keys(recipes).join(', ')}`);
      }
      const recipe = recipes[name as keyof typeof recipes];
      for (const language of programLanguageIds) {
        node.attributes.push({ type: 'mdxJsxAttribute', name: language, value: programWriters[language](recipe, { baseUrl: apiBaseUrl }) });
      }
    });
}
