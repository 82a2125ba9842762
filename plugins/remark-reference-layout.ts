/**
 * Lays an endpoint page out in rows: the explanation on the left, the examples (`<RequestTabs>`
 * and `<ExampleResponse>`) on the right, beside the section they belong to. Authors write the
 * page as one column, as before; this plugin groups its blocks into
 *
 *   <ReferenceLayout>
 *     <ReferenceRow><ReferenceProse>…</ReferenceProse><ReferenceExamples>…</ReferenceExamples></ReferenceRow>
 *     …
 *   </ReferenceLayout>
 *
 * (components registered in src/theme/MDXComponents), and CSS decides whether the two sides sit
 * side by side (wide screens) or one above the other, in the page's own order (narrow ones).
 *
 * A page is cut into sections at its headings (h2 and deeper). A section of prose joins the
 * current row's left side, or starts a new row once that row has examples. A section that holds
 * only examples under its heading ("## Example Request") puts heading and examples on the right
 * of the current row: the request beside its parameters, the answer beside its fields. A section
 * with prose and examples starts a row of its own unless the current one has no examples yet.
 * A heading with nothing under it travels with the next section. Pages without examples are
 * left alone. Runs after Docusaurus's own plugins, so heading ids and the table of contents are
 * already made.
 */

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  attributes?: unknown[];
  children?: Node[];
}

/** The components that show an example, and so go on the right. */
const EXAMPLE_COMPONENTS = new Set(['RequestTabs', 'ExampleResponse']);

const isExample = (node: Node) => node.type === 'mdxJsxFlowElement' && EXAMPLE_COMPONENTS.has(node.name ?? '');
const isSectionHeading = (node: Node) => node.type === 'heading' && (node.depth ?? 1) >= 2;
/** Imports and exports stay at the top level of the document, where MDX requires them. */
const isEsm = (node: Node) => node.type === 'mdxjsEsm';

interface Section {
  headings: Node[];
  body: Node[];
}

interface Row {
  prose: Node[];
  examples: Node[];
}

/** The page's blocks cut at each heading; a heading with an empty body joins the next section. */
export function sectionsOf(blocks: Node[]): Section[] {
  const sections: Section[] = [{ headings: [], body: [] }];
  for (const block of blocks) {
    const current = sections[sections.length - 1]!;
    if (!isSectionHeading(block)) current.body.push(block);
    else if (current.body.length === 0 && sections.length > 1) current.headings.push(block);
    else sections.push({ headings: [block], body: [] });
  }
  return sections.filter((section) => section.headings.length + section.body.length > 0);
}

/** The sections grouped into rows of prose (left) and the examples shown beside it (right). */
export function rowsOf(sections: Section[]): Row[] {
  const rows: Row[] = [];
  const newRow = (): Row => {
    const row = { prose: [], examples: [] };
    rows.push(row);
    return row;
  };
  for (const { headings, body } of sections) {
    const examples = body.filter(isExample);
    const prose = body.filter((block) => !isExample(block));
    let row = rows[rows.length - 1] ?? newRow();
    if (prose.length === 0) {
      row.examples.push(...headings, ...examples);
      continue;
    }
    if (row.examples.length > 0) row = newRow();
    row.prose.push(...headings, ...prose);
    row.examples.push(...examples);
  }
  return rows;
}

const element = (name: string, children: Node[]): Node => ({ type: 'mdxJsxFlowElement', name, attributes: [], children });

export default function remarkReferenceLayout() {
  return (root: Node): void => {
    const blocks = root.children ?? [];
    if (!blocks.some(isExample)) return;
    const rows = rowsOf(sectionsOf(blocks.filter((block) => !isEsm(block))));
    const laidOut = element(
      'ReferenceLayout',
      rows.map(({ prose, examples }) =>
        element('ReferenceRow', [element('ReferenceProse', prose), ...(examples.length > 0 ? [element('ReferenceExamples', examples)] : [])]),
      ),
    );
    root.children = [...blocks.filter(isEsm), laidOut];
  };
}
