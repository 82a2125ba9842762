/**
 * Marks the tables a page writes by hand that list names, those whose first column is headed
 * "Parameter" or "Field" (or the word a translated page uses for them), as field tables (class
 * `field-table`), as the parameter and field components mark theirs: src/css/custom.css keeps
 * their names whole and shows them as a list on a phone. The registry check reads the same
 * tables (registry-consistency/tables.ts).
 */

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

/**
 * The first header cells, in lower case, of a table that lists names, in the site's languages:
 * "Parameter" and "Field" in English, Spanish, French, Italian and Portuguese.
 */
export const FIELD_TABLE_HEADINGS: ReadonlySet<string> = new Set(['parameter', 'field', 'parámetro', 'paramètre', 'parametro', 'parâmetro', 'campo', 'champ']);

const textOf = (node: Node): string => (node.type === 'text' || node.type === 'inlineCode' ? String(node.value) : (node.children ?? []).map(textOf).join(''));

function* tables(node: Node): Generator<Node> {
  if (node.type === 'table') yield node;
  for (const child of node.children ?? []) yield* tables(child);
}

export default function remarkFieldTables() {
  return (root: Node): void => {
    for (const table of tables(root)) {
      const firstHeading = table.children?.[0]?.children?.[0];
      if (!firstHeading || !FIELD_TABLE_HEADINGS.has(textOf(firstHeading).trim().toLowerCase())) continue;
      table.data = { ...table.data, hProperties: { ...table.data?.hProperties, className: ['field-table'] } };
    }
  };
}
