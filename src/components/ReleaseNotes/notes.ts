/**
 * The release notes, read off the registry's marks: for each release of `releases.ts`, what it
 * added (a group, a request, a webhook event, an object type, a parameter, a field) and what it
 * changed, each linked to the element that shows it (a parameter's row, a field's row, a page),
 * then the release's extras. A thing described once but shown in several places (the Contact's
 * fields in every event that carries a contact, a parameter shared by POST and PATCH) is one
 * item with a link to each place. Pure: the page, the feed and the build check read it alike.
 */
// Relative imports: the build (plugins/) loads this module in Node, where `@site` means nothing.
import { registry, requestSince, type EndpointId, type RequestSpec } from '../../requests';
import { objectTypes, variantFields, type ObjectTypeName, type ObjectTypeSpec } from '../../requests/object-types';
import { releases, type Change, type Release, type ReleaseDate, type ReleaseMarks } from '../../requests/releases';
import type { JsonSchema } from '../../requests/schema';
import type { EndpointGroup, ParamLocation } from '../../requests/types';
import { webhookEventNames, webhookEvents } from '../../requests/webhooks_api/events';
import { schemaDescription, schemaRows } from '../Requests/ObjectFields/schemaRows';
import { paramLocations, requestRows, shapeRows, type ParamRow } from '../Requests/ParamTable/rows';
import { objectTypePage } from '../Requests/TypeLink/page';
import { webhookEventPage } from '../Requests/WebhookEvent/page';
import { fieldAnchor, paramAnchor, type FieldTable } from '../Requests/anchors';

/** A link of a note: its words (code in backquotes) and where it goes (a page, with the element's id). */
export interface NoteLink {
  readonly label: string;
  readonly href: string;
}

/** One line of a release's note: text (code in backquotes) and links, in reading order. */
export type NotePart = string | NoteLink;

export interface NoteItem {
  readonly parts: readonly NotePart[];
}

export interface ReleaseNote {
  readonly date: string;
  readonly title: string;
  readonly items: readonly NoteItem[];
}

/** Where the notes are read, and their Atom feed (a stable address feed readers keep). */
export const notesPage = '/api_reference/release_notes';
export const feedPath = '/release-notes.atom';

export { releaseDay } from './releaseDay';

/** The page of a request, and of a group's introduction. */
export const requestPage = (endpoint: EndpointId, id: string): string => `/api_reference/${endpoint}/${id}`;
export const groupPage = (endpoint: EndpointId): string => `/api_reference/${endpoint}/introduction`;

/** What a mark is on, in the order a release's lines take: the largest things first. */
const kinds = ['group', 'request', 'event', 'object type', 'parameter', 'field'] as const;
type Kind = (typeof kinds)[number];

/** One place where a marked thing is shown: where it links, and what the line says about it. */
interface Sighting {
  readonly holder: object;
  readonly kind: Kind;
  readonly marks: ReleaseMarks;
  /** The thing's name in the line (`note`, `contact.uuid`), for parameters and fields. */
  readonly name: string;
  readonly link: NoteLink;
  /** What follows the link when the line adds something (a request's summary). */
  readonly about?: string;
}

interface Line {
  readonly kind: Kind;
  readonly name: string;
  readonly links: NoteLink[];
  readonly about: string | undefined;
  readonly change?: Change;
}

const method = (spec: RequestSpec) => `${spec.method} ${spec.path}`;

function paramSightings(rows: readonly ParamRow[], href: (row: ParamRow) => string, label: string): Sighting[] {
  return rows.map((row) => ({ holder: row.spec, kind: 'parameter', marks: row.spec, name: row.path, link: { label, href: href(row) } }));
}

function fieldSightings(schema: JsonSchema, page: string, table: FieldTable, label: string): Sighting[] {
  return schemaRows(schema).map((row) => ({
    holder: row.schema,
    kind: 'field',
    marks: row.schema,
    name: row.path,
    link: { label, href: `${page}#${fieldAnchor(table, row.path)}` },
  }));
}

function objectTypeSightings(name: ObjectTypeName): Sighting[] {
  const spec: ObjectTypeSpec = objectTypes[name];
  const page = objectTypePage(name);
  switch (spec.kind) {
    case 'schema':
      return [
        { holder: spec.schema, kind: 'object type', marks: spec.schema, name, link: { label: name, href: page }, about: schemaDescription(spec.schema) || undefined },
        ...fieldSightings(spec.schema, page, 'field', name),
      ];
    case 'variants': {
      const rows = shapeRows(variantFields(spec), { location: 'body', prefix: '', depth: 0, conditions: [] });
      return paramSightings(rows, (row) => `${page}#${paramAnchor(row.location, row.path)}`, name);
    }
    case 'enum':
      return [];
    default: {
      const unknownKind: never = spec;
      throw new Error(`No release marks for object type kind ${JSON.stringify(unknownKind)}`);
    }
  }
}

function requestSightings(endpoint: EndpointId, id: string, spec: RequestSpec): Sighting[] {
  const page = requestPage(endpoint, id);
  const label = `\`${method(spec)}\``;
  const params = paramLocations(spec).flatMap((location: ParamLocation) =>
    paramSightings(requestRows(spec, location), (row) => `${page}#${paramAnchor(location, row.path)}`, label),
  );
  return [
    { holder: spec, kind: 'request', marks: spec, name: id, link: { label, href: page }, about: spec.summary },
    ...params,
    ...(spec.response.schema ? fieldSightings(spec.response.schema, page, 'response', `the answer of ${label}`) : []),
  ];
}

function groupSightings(endpoint: EndpointId): Sighting[] {
  const group: EndpointGroup = registry[endpoint];
  const requests = Object.entries(group.requests).flatMap(([id, spec]) => requestSightings(endpoint, id, spec));
  return [{ holder: group, kind: 'group', marks: group, name: endpoint, link: { label: group.title, href: groupPage(endpoint) }, about: group.description }, ...requests];
}

function eventSightings(): Sighting[] {
  return webhookEventNames.flatMap((name) => {
    const spec = webhookEvents[name];
    const page = webhookEventPage(name);
    const label = `\`${name}\``;
    return [{ holder: spec, kind: 'event' as const, marks: spec, name, link: { label, href: page }, about: spec.summary }, ...fieldSightings(spec.payload, page, 'field', label)];
  });
}

/** Every place a thing of the registry is shown, object types first (a Contact's field is first linked on Contact's page). */
function allSightings(): Sighting[] {
  return [
    ...(Object.keys(objectTypes) as ObjectTypeName[]).flatMap(objectTypeSightings),
    ...(Object.keys(registry) as EndpointId[]).flatMap(groupSightings),
    ...eventSightings(),
  ];
}

/** The lines each release date gets from the marks: one per marked thing (and kind of mark), with a link to each place it is shown. */
export function markedLines(): Map<string, Line[]> {
  const byDate = new Map<string, Line[]>();
  const seen = new Map<object, Map<string, Line>>();
  const note = (date: string, key: string, sighting: Sighting, line: () => Line) => {
    const lines = seen.get(sighting.holder) ?? new Map<string, Line>();
    seen.set(sighting.holder, lines);
    const known = lines.get(key);
    if (known) {
      if (!known.links.some((link) => link.href === sighting.link.href)) known.links.push(sighting.link);
      return;
    }
    const made = line();
    lines.set(key, made);
    byDate.set(date, [...(byDate.get(date) ?? []), made]);
  };
  for (const sighting of allSightings()) {
    const { since, change } = sighting.marks;
    const { kind, name, link, about } = sighting;
    if (since) note(since, `${kind} since`, sighting, () => ({ kind, name, links: [link], about }));
    if (change) note(change.date, `${kind} change`, sighting, () => ({ kind, name, links: [link], about: undefined, change }));
  }
  return byDate;
}

const listed = (links: readonly NoteLink[]): NotePart[] => links.flatMap((link, index) => (index === 0 ? [link] : [', ', link]));

/** A line in words: "New parameter `note` in POST /contacts, PATCH /contacts/:uuid." */
function lineParts({ kind, name, links, about, change }: Line): NotePart[] {
  if (change) return [kind === 'parameter' || kind === 'field' ? `Changed: \`${name}\` in ` : 'Changed: ', ...listed(links), `. ${change.text}`];
  switch (kind) {
    case 'group':
      return ['New group of requests: ', ...listed(links), `. ${about ?? ''}`];
    case 'request':
    case 'event':
    case 'object type':
      return [`New ${kind === 'event' ? 'webhook event' : kind}: `, ...listed(links), about ? `. ${about}` : '.'];
    case 'parameter':
    case 'field':
      return [`New ${kind} \`${name}\` in `, ...listed(links), '.'];
    default: {
      const unknownKind: never = kind;
      throw new Error(`No words for ${JSON.stringify(unknownKind)}`);
    }
  }
}

/** Additions before changes, each by the size of what it is on (a group before a request before a field). */
const lineOrder = (line: Line) => (line.change ? kinds.length : 0) + kinds.indexOf(line.kind);

/** Each release with its lines: what the marks say, then its extras; newest first, as `releases` lists them. */
export function releaseNotes(list: readonly Release[] = releases, lines: Map<string, Line[]> = markedLines()): ReleaseNote[] {
  return list.map(({ date, title, extras = [] }) => ({
    date,
    title,
    items: [
      ...[...(lines.get(date) ?? [])].sort((a, b) => lineOrder(a) - lineOrder(b)).map((line) => ({ parts: lineParts(line) })),
      ...extras.map(({ text, href }) => ({ parts: [{ label: text, href }] })),
    ],
  }));
}

/** The dates the marks name, each once: the build refuses one that no release has. */
export function markedDates(lines: Map<string, Line[]> = markedLines()): string[] {
  return [...lines.keys()];
}

/**
 * The release that brought each page's subject, by page: a group's introduction, a request's page
 * (a request of a group added later came with it), an event's, an object type's. What the first
 * version had is not listed.
 */
export function pageReleases(): Map<string, ReleaseDate> {
  const pages: [string, ReleaseDate | undefined][] = [
    ...(Object.keys(registry) as EndpointId[]).flatMap((endpoint) => {
      const group: EndpointGroup = registry[endpoint];
      return [
        [groupPage(endpoint), group.since] as [string, ReleaseDate | undefined],
        ...Object.entries(group.requests).map(([id, spec]): [string, ReleaseDate | undefined] => [requestPage(endpoint, id), requestSince(endpoint, spec)]),
      ];
    }),
    ...webhookEventNames.map((name): [string, ReleaseDate | undefined] => [webhookEventPage(name), webhookEvents[name].since]),
    ...(Object.keys(objectTypes) as ObjectTypeName[]).map((name): [string, ReleaseDate | undefined] => {
      const spec: ObjectTypeSpec = objectTypes[name];
      return [objectTypePage(name), spec.kind === 'schema' ? spec.schema.since : undefined];
    }),
  ];
  return new Map(pages.filter((page): page is [string, ReleaseDate] => page[1] !== undefined));
}
