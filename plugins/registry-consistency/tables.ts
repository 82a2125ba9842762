/**
 * Parameter tables, and tables written by hand, against the registry. A page shows each request
 * whose samples or parameters it shows with exactly one table per place the request takes
 * parameters in (path, query, body), right under a heading naming that place ("Path
 * parameters"), and none for a place without parameters: a `<ParamTable location=…>`, or a table
 * written by hand under that heading.
 *
 * A table whose first column is headed "Parameter" or "Field" lists names, and the headings above
 * it say whose:
 *
 * - under a heading naming a place's parameters ("Body parameters", or one below it), the
 *   parameters of the page's request there, in the rows the `<ParamTable>` of that place would
 *   show (`content.text` for a nested one); under a heading naming parameters but no place, none
 *   can be said to be whose, and the table is refused;
 * - under a heading naming the response ("Response", not "Example Response"), the fields of the
 *   request's answer, as `<ResponseFields>` would show them;
 * - right under a heading that is an object type's name ("Team"), that type's fields.
 *
 * Every name must be one the registry has, in the table of its place (a query parameter is not
 * in the body). And what a page lists by hand it lists whole: every parameter of the place,
 * every top-level field of the answer (unless `<ResponseFields>` shows them), every field of the
 * object type (unless `<ObjectFields>` does). An object type's own page shows its fields one way
 * or the other. Other tables are prose.
 */
import { findRequest, type RequestSpec } from '../../src/requests';
import { isObjectTypeName, objectTypes, type ObjectTypeName, type ObjectTypeSpec } from '../../src/requests/object-types';
import type { JsonSchema } from '../../src/requests/schema';
import type { ParamLocation } from '../../src/requests/types';
import { paramLocations, requestRows } from '../../src/components/Requests/ParamTable/rows';
import { schemaRows } from '../../src/components/Requests/ObjectFields/schemaRows';
import { FIELD_TABLE_HEADINGS } from '../remark-field-tables';
import { requestKey, type HandTable, type Heading, type Page, type RequestRef } from './page';

export interface Problem {
  readonly line?: number;
  readonly message: string;
}

const LOCATIONS: readonly ParamLocation[] = ['path', 'query', 'body'];

type Section =
  | { readonly kind: 'params'; readonly location: ParamLocation | undefined }
  | { readonly kind: 'response' }
  | { readonly kind: 'object'; readonly type: ObjectTypeName };

/** The place a heading names the parameters of ("Query parameters" → `query`), if any. */
const locationNamed = (words: string): ParamLocation | undefined => LOCATIONS.find((location) => new RegExp(`\\b${location} parameters?\\b`).test(words));

/** What a heading says a table under it documents, when it says. */
function sectionNamed(text: string): Section | undefined {
  const words = text.toLowerCase();
  if (/\bparameters?\b/.test(words)) return { kind: 'params', location: locationNamed(words) };
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

function paramListing(spec: RequestSpec, location: ParamLocation): Listing {
  const rows = requestRows(spec, location);
  return {
    known: rows.map((row) => row.path),
    needed: rows.filter((row) => row.depth === 0).map((row) => row.path),
    // A <ParamTable> of the same place would be a second table, which paramTableProblems refuses.
    shownByComponent: false,
    owner: `the ${location} parameters of ${named(spec)}`,
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
    if (!FIELD_TABLE_HEADINGS.has(table.header[0]?.toLowerCase() ?? '')) continue;
    const section = sectionOf(table.headings);
    if (!section) continue;
    if (section.kind === 'params' && !section.location) {
      problems.push({ line: table.line, message: `a table of ${table.header[0]!.toLowerCase()}s under a heading that names no place: put it under "Path parameters", "Query parameters" or "Body parameters"` });
      continue;
    }
    const listings = listingsFor(page, section);
    if (typeof listings === 'string') {
      problems.push({ line: table.line, message: `a table of ${table.header[0]!.toLowerCase()}s: ${listings}` });
      continue;
    }
    const key = section.kind === 'object' ? `object ${section.type}` : section.kind === 'params' ? `params ${section.location}` : 'response';
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

  problems.push(...paramTableProblems(page, sections));

  if (isObjectPage && page.title && isObjectTypeName(page.title)) {
    const type = page.title;
    if (!page.objectFields.has(type) && !sections.has(`object ${type}`)) {
      problems.push({ message: `the page of ${type} shows none of its fields: add <ObjectFields type='${type}'/>` });
    }
  }
  return problems;
}

/**
 * Each request whose samples or parameters the page shows has one table per place it takes
 * parameters in, right under a heading naming the place, and none for another place.
 */
function paramTableProblems(page: Page, sections: ReadonlyMap<string, SectionTables>): Problem[] {
  const problems: Problem[] = [];
  for (const { ref, location, line, headings } of page.paramTables) {
    if (!LOCATIONS.includes(location as ParamLocation)) {
      problems.push({ line, message: `<ParamTable> of ${requestKey(ref)} needs location="path", "query" or "body"` });
    } else if (!headings.some((heading) => locationNamed(heading.text.toLowerCase()) === location)) {
      problems.push({ line, message: `<ParamTable location="${location}"> of ${requestKey(ref)} sits under no heading naming its place: put it under "${upperFirst(location!)} parameters"` });
    }
  }
  const shown = new Set([...page.requestTabs, ...page.paramTables.map(({ ref }) => requestKey(ref))]);
  for (const key of shown) {
    const [endpoint, request] = key.split('/') as [string, string];
    const spec = findRequest(endpoint, request);
    if (!spec) continue; // the request guard's to report
    const takes = paramLocations(spec);
    for (const location of LOCATIONS) {
      const components = page.paramTables.filter((table) => requestKey(table.ref) === key && table.location === location);
      // Hand tables document the page's one request (tableProblems refuses them otherwise).
      const handTables = page.requests.length === 1 ? (sections.get(`params ${location}`)?.tables ?? []) : [];
      const count = components.length + handTables.length;
      const where = [...components, ...handTables][0]?.line;
      if (!takes.includes(location)) {
        if (count > 0) problems.push({ line: where, message: `${named(spec)} takes no ${location} parameters, so it has no table of them` });
      } else if (count === 0) {
        problems.push({ message: `the ${location} parameters of ${named(spec)} have no table: add <ParamTable endpoint='${endpoint}' request='${request}' location='${location}'/> under "${upperFirst(location)} parameters"` });
      } else if (count > 1) {
        problems.push({ line: where, message: `the ${location} parameters of ${named(spec)} are in ${count} tables: show them in one` });
      }
    }
  }
  return problems;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function listingsFor(page: Page, section: Section): Listing[] | string {
  if (section.kind === 'object') {
    const listing = objectListing(page, section.type);
    return typeof listing === 'string' ? listing : [listing];
  }
  const found = pageRequest(page);
  if (typeof found === 'string') return found;
  const { ref, spec } = found;
  if (section.kind === 'params') return section.location ? [paramListing(spec, section.location)] : [];
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

/** `, but one of its query ones`: where a parameter listed in the wrong place's table belongs. */
function elsewhere(name: string, page: Page, section: Section): string {
  if (section.kind !== 'params') return '';
  const found = pageRequest(page);
  if (typeof found === 'string') return '';
  const other = LOCATIONS.find((location) => location !== section.location && requestRows(found.spec, location).some((row) => row.path === name));
  return other ? `, but one of its ${other} ones` : '';
}
