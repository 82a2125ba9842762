/**
 * What the registry's translations must cover: the prose of the translated groups' pages and of
 * the object types those groups define (the Contacts and Messages APIs), each as the key of the
 * source literal that writes it (registry-literals.ts), since that is where it is translated.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registry, type EndpointId } from '../../src/requests';
import { contactsObjectTypes } from '../../src/requests/contacts_api/object-types';
import { messagesObjectTypes } from '../../src/requests/messages_api/object-types';
import type { ObjectTypeSpec } from '../../src/requests/object-type';
import { groupTexts, objectTypeTexts } from '../../src/requests/texts';
import { placeholdersOf, translatableKeys } from './registry-literals';

export const translatedGroups = ['contacts_api', 'messages_api'] as const satisfies readonly EndpointId[];
const translatedObjectTypes: readonly ObjectTypeSpec[] = [...Object.values(contactsObjectTypes), ...Object.values(messagesObjectTypes)];

const registryDir = join(__dirname, '../../src/requests');

/** The keys of every literal in the registry's modules (tests aside). */
export function registryKeys(): Set<string> {
  const modules = (readdirSync(registryDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
  return new Set(modules.flatMap((file) => translatableKeys(readFileSync(join(registryDir, file), 'utf8'), file)));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const literalPartsOf = (key: string) => key.split(/\$\{[^}]*\}/);

/** Whether a template key writes a text: its words, with its substitutions giving the rest. */
function writes(key: string, text: string): boolean {
  const parts = literalPartsOf(key);
  // A template of substitutions alone (`${origin}${path}`) has no prose to translate.
  if (!/\p{L}/u.test(parts.join(''))) return false;
  return new RegExp(`^${parts.map(escapeRegExp).join('.+?')}$`, 's').test(text);
}

/** The literal that writes a text: its own, else the template with the most words that gives it. */
function keyOf(text: string, keys: ReadonlySet<string>, templates: readonly string[]): string | undefined {
  if (keys.has(text)) return text;
  const candidates = templates.filter((template) => writes(template, text));
  return candidates.sort((a, b) => literalPartsOf(b).join('').length - literalPartsOf(a).join('').length)[0];
}

export interface Scope {
  /** The keys to translate, in the order their texts first appear. */
  readonly keys: readonly string[];
  /** Texts no single literal writes (joined from pieces, say), which no translation can reach. */
  readonly unreachable: readonly string[];
}

export function translationScope(): Scope {
  const texts = [
    ...new Set([...translatedGroups.flatMap((id) => groupTexts(registry[id])), ...translatedObjectTypes.flatMap(objectTypeTexts)]),
  ];
  const all = registryKeys();
  const templates = [...all].filter((key) => placeholdersOf(key).length > 0);
  const keys = new Set<string>();
  const unreachable: string[] = [];
  for (const text of texts) {
    const key = keyOf(text, all, templates);
    if (key === undefined) unreachable.push(text);
    else keys.add(key);
  }
  return { keys: [...keys], unreachable };
}
