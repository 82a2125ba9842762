/**
 * Build-time check that what a page writes by hand agrees with the registry: its tables of
 * parameters and fields (registry-consistency/tables.ts) and the code blocks that claim to be a
 * documented example or answer (registry-consistency/code-blocks.ts). The request guard checks
 * the names components give; this checks what is written beside them, so a page cannot drift
 * from the requests it documents without failing the build.
 */
import { codeBlockProblems } from './registry-consistency/code-blocks';
import { readPage, type MarkdownNode } from './registry-consistency/page';
import { tableProblems } from './registry-consistency/tables';

interface VFileLike {
  path?: string;
}

/** Pages of object types: their first heading names the type they document. */
const OBJECT_PAGES = /(^|[\\/])object_types[\\/]/;
/**
 * Translated pages (i18n/<locale>/…): their headings are not in English, which the table checks
 * read, so only their code blocks are checked here; tests/build/translated-pages.test.ts proves
 * each keeps its English page's tables, components and code, which are checked here.
 */
const TRANSLATED_PAGES = /(^|[\\/])i18n[\\/]/;

export default function remarkRegistryConsistency() {
  return (tree: MarkdownNode, file: VFileLike): void => {
    const path = file.path ?? 'an MDX page';
    const page = readPage(tree);
    const tables = TRANSLATED_PAGES.test(path) ? [] : tableProblems(page, OBJECT_PAGES.test(path));
    const problems = [...tables, ...codeBlockProblems(page)];
    if (problems.length === 0) return;
    const lines = problems.map(({ line, message }) => `${path}${line === undefined ? '' : `:${line}`}: ${message}`);
    throw new Error(`${lines.length === 1 ? 'A page disagrees' : `A page disagrees in ${lines.length} places`} with the registry (src/requests):\n${lines.join('\n')}`);
  };
}
