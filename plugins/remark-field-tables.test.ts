/** Which tables written by hand become field tables, compiled as Docusaurus compiles a page (GitHub tables on). */
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import remarkFieldTables from './remark-field-tables';

const tableOpening = async (mdx: string) => {
  const code = String(await compile(mdx, { remarkPlugins: [remarkGfm, remarkFieldTables] }));
  // The table element and its first property: `_jsxs(_components.table, {\n    className: "field-table",`.
  return code.match(/_jsxs?\(_components\.table, \{\n.*\n/)?.[0] ?? '';
};
const table = (first: string) => [`| ${first} | Type | Description |`, '| :-- | :-- | :-- |', '| `contact` | [Contact](/c) | The contact. |'].join('\n');

describe('field tables written by hand', () => {
  it('are the tables whose first column is headed Parameter or Field, whatever the case', async () => {
    for (const first of ['Parameter', 'Field', 'field']) expect(await tableOpening(table(first)), first).toContain('className: "field-table"');
  });

  it('are headed in a translated page by its word for Parameter or Field', async () => {
    for (const first of ['Parâmetro', 'Campo', 'Parámetro', 'Paramètre', 'Champ', 'Parametro']) expect(await tableOpening(table(first)), first).toContain('className: "field-table"');
  });

  it('leave every other table as it was', async () => {
    for (const first of ['Status', 'Value', 'Parameters of the page']) {
      const opening = await tableOpening(table(first));
      expect(opening, first).toContain('_components.table');
      expect(opening, first).not.toContain('field-table');
    }
  });
});
