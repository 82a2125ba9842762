/**
 * Tables written by hand against the registry. A table whose first column is headed "Parameter"
 * or "Field" lists names, and the headings above it say whose:
 *
 * - under a heading naming parameters ("Required Parameters", "Optional Parameters",
 *   "Parameters", or one below those), the parameters of the page's request, in the rows the
 *   `<ParamTable>` of that kind would show (`content.text` for a nested one);
 * - under a heading naming the response ("Response", not "Example Response"), the fields of the
 *   request's answer, as `<ResponseFields>` would show them;
 * - right under a heading that is an object type's name ("Team"), that type's fields.
 *
 * Every name must be one the registry has, in the table of its kind (an optional parameter is
 * not required). And what a page lists by hand it lists whole: every parameter of its request
 * (unless a `<ParamTable>` of that kind shows them), every top-level field of the answer (unless
 * `<ResponseFields>` does), every field of the object type (unless `<ObjectFields>` does). An
 * object type's own page shows its fields one way or the other. Other tables are prose.
 */
import { findRequest, type RequestSpec } from '../../src/requests';
import { isObjectTypeName, objectTypes, type ObjectTypeName, type ObjectTypeSpec } from '../../src/requests/object-types';
import type { JsonSchema } from '../../src/requests/schema';
import { requestRows } from '../../src/components/Requests/ParamTable/rows';
import { schemaRows } from '../../src/components/Requests/ObjectFields/schemaRows';
import { requestKey, type HandTable, type Heading, type Page, type RequestRef } from './page';

export interface Problem {
  readonly line?: number;
  readonly message: string;
}

type ParamKind = 'required' | 'optional';

type Section =
  | { readonly kind: 'params'; readonly which: ParamKind | 'all' }
  | { readonly kind: 'response' }
  | { readonly kind: 'object'; readonly type: ObjectTypeName };

const LISTS_NAMES = new Set(['parameter', 'field']);

/** What a heading says a table under it documents, when it says. */
function sectionNamed(text: string): Section | undefined {
  const words = text.toLowerCase();
  if (/\bparameters?\b/.test(words)) {
    return { kind: 'params', which: /\brequired\b/.test(words) ? 'required' : /\boptional\b/.test(words) ? 'optional' : 'all' };
  }
  if (/\bresponses?\b/.test(words) && !/\bexamples?\b/.test(words)) return { kind: 'response' };
  return undefined;
}

/** The object type a table sits right under, else the nearest heading about parameters or the response. */
function sectionOf(headings: readonly Heading[]): Section | undefined {
  const nearest = headings.at(-1);
  if (nearest && isObjectTypeName(nearest.text)) return { kind: 'object', type: nearest.text };
  for (const heading of [...headings].reverse()) {
    const section = sectionNamed(heading.text);
    if (section) return section;
  }
  return undefined;
}

const code = (names: readonly string[]) => names.map((name) => `\`${name}\``).join(', ') || '(none)';
const named = (spec: RequestSpec) => `${spec.method} ${spec.path}`;

/** The one request the page's components name: the request its hand tables document. */
function pageRequest(page: Page): { ref: RequestRef; spec: RequestSpec } | string {
  if (page.requests.length !== 1) {
    const which = page.requests.length === 0 ? 'names no request' : `names several requests (${page.requests.map(requestKey).join(', ')})`;
    return `the page ${which}, so a hand-written table of parameters or response fields cannot say whose they are: use <ParamTable> and <ResponseFields>`;
  }
  const ref = page.requests[0]!;
  const spec = findRequest(ref.endpoint, ref.request);
  // An unknown request is the request guard's to report.
  return spec ? { ref, spec } : `the page names ${requestKey(ref)}, which is not in the registry`;
}

interface Listing {
  /** Every name the table may hold. */
  readonly known: readonly string[];
  /** Those the page must list, one way or another. */
  readonly needed: readonly string[];
  /** Whether a component on the page lists them already. */
  readonly shownByComponent: boolean;
  /** Whose names they are, for messages. */
  readonly owner: string;
}

function fieldListing(schema: JsonSchema, owner: string, shownByComponent: boolean): Listing {
  const rows = schemaRows(schema);
  return { known: rows.map((row) => row.path), needed: rows.filter((row) => row.depth === 0).map((row) => row.path), shownByComponent, owner };
}

function paramListing(page: Page, ref: RequestRef, spec: RequestSpec, which: ParamKind): Listing {
  const rows = requestRows(spec, which);
  return {
    known: rows.map((row) => row.path),
    needed: rows.filter((row) => row.depth === 0).map((row) => row.path),
    shownByComponent: page.paramTables.has(`${requestKey(ref)}#${which}`),
    owner: `the ${which} parameters of ${named(spec)}`,
  };
}

function objectListing(page: Page, type: ObjectTypeName): Listing | string {
  const spec: ObjectTypeSpec = objectTypes[type];
  if (spec.kind !== 'schema') return `${type} has no fields of its own to list by hand: show it with <ObjectFields type='${type}'/>`;
  return fieldListing(spec.schema, `the fields of ${type}`, page.objectFields.has(type));
}

/** The tables of one section, what they may and must name, and what they name. */
interface SectionTables {
  readonly listings: readonly Listing[];
  readonly tables: HandTable[];
}

export function tableProblems(page: Page, isObjectPage: boolean): Problem[] {
  const problems: Problem[] = [];
  const sections = new Map<string, SectionTables>();

  for (const table of page.tables) {
    if (!LISTS_NAMES.has(table.header[0]?.toLowerCase() ?? '')) continue;
    const section = sectionOf(table.headings);
    if (!section) continue;
    const listings = listingsFor(page, section);
    if (typeof listings === 'string') {
      problems.push({ line: table.line, message: `a table of ${table.header[0]!.toLowerCase()}s: ${listings}` });
      continue;
    }
    const key = section.kind === 'object' ? `object ${section.type}` : section.kind === 'params' ? `params ${section.which}` : 'response';
    const group = sections.get(key) ?? { listings, tables: [] };
    group.tables.push(table);
    sections.set(key, group);
    problems.push(...unknownNames(table, listings, page, section));
  }

  for (const { listings, tables } of sections.values()) {
    const listed = new Set(tables.flatMap((table) => table.names));
    for (const listing of listings) {
      const missing = listing.needed.filter((name) => !listed.has(name));
      if (listing.shownByComponent || missing.length === 0) continue;
      problems.push({ line: tables[0]!.line, message: `the hand-written table leaves out ${code(missing)} of ${listing.owner}: list every one, or show them with the component` });
    }
  }

  problems.push(...kindsLeftOut(page, sections));

  if (isObjectPage && page.title && isObjectTypeName(page.title)) {
    const type = page.title;
    if (!page.objectFields.has(type) && !sections.has(`object ${type}`)) {
      problems.push({ message: `the page of ${type} shows none of its fields: add <ObjectFields type='${type}'/>` });
    }
  }
  return problems;
}

/** A page that lists some of its request's parameters by hand lists the other kind too, one way or another. */
function kindsLeftOut(page: Page, sections: ReadonlyMap<string, SectionTables>): Problem[] {
  const handTables = [...sections.entries()].filter(([key]) => key.startsWith('params ')).flatMap(([, group]) => group.tables);
  if (handTables.length === 0 || sections.has('params all')) return [];
  const found = pageRequest(page);
  if (typeof found === 'string') return [];
  const kinds: ParamKind[] = ['required', 'optional'];
  return kinds.flatMap((which): Problem[] => {
    const listing = paramListing(page, found.ref, found.spec, which);
    if (sections.has(`params ${which}`) || listing.shownByComponent || listing.needed.length === 0) return [];
    return [{ line: handTables[0]!.line, message: `the parameters are listed by hand, but not ${listing.owner} (${code(listing.needed)}): list them, or show them with <ParamTable kind="${which}"/>` }];
  });
}

function listingsFor(page: Page, section: Section): Listing[] | string {
  if (section.kind === 'object') {
    const listing = objectListing(page, section.type);
    return typeof listing === 'string' ? listing : [listing];
  }
  const found = pageRequest(page);
  if (typeof found === 'string') return found;
  const { ref, spec } = found;
  if (section.kind === 'params') {
    const kinds: ParamKind[] = section.which === 'all' ? ['required', 'optional'] : [section.which];
    return kinds.map((which) => paramListing(page, ref, spec, which));
  }
  if (!spec.response.schema) return `${named(spec)} answers ${spec.response.status} with no body, so its response has no fields to list`;
  return [fieldListing(spec.response.schema, `the fields of the answer of ${named(spec)}`, page.responseFields.has(requestKey(ref)))];
}

function unknownNames(table: HandTable, listings: readonly Listing[], page: Page, section: Section): Problem[] {
  const known = new Set(listings.flatMap((listing) => listing.known));
  return table.names.flatMap((name, index): Problem[] => {
    if (name === '') return [{ line: table.line, message: `row ${index + 1} of the table names nothing` }];
    if (known.has(name)) return [];
    return [{ line: table.line, message: `the table names \`${name}\`, which is not one of ${listings.map((l) => l.owner).join(' or ')}${elsewhere(name, page, section)} (they are: ${code([...known])})` }];
  });
}

/** `, but an optional one`: where a parameter listed in the wrong table belongs. */
function elsewhere(name: string, page: Page, section: Section): string {
  if (section.kind !== 'params' || section.which === 'all') return '';
  const found = pageRequest(page);
  if (typeof found === 'string') return '';
  const other: ParamKind = section.which === 'required' ? 'optional' : 'required';
  return requestRows(found.spec, other).some((row) => row.path === name) ? `, but one of its ${other} ones` : '';
}
