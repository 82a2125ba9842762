/**
 * Docusaurus's MDX components, extended (not copied) with the blocks an endpoint page is laid
 * out in, which plugins/remark-reference-layout.ts writes into the page without an import.
 */
import MDXComponents from '@theme-original/MDXComponents';
import { ReferenceExamples, ReferenceLayout, ReferenceProse, ReferenceRow } from '@site/src/components/ReferenceLayout';

export default { ...MDXComponents, ReferenceLayout, ReferenceRow, ReferenceProse, ReferenceExamples };
