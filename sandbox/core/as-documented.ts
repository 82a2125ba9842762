/**
 * Values the API accepts beyond its tables (see `numbersAsText` in the registry), turned into
 * the documented type before a handler sees them: `{"orderNumber": 123}` is stored as "123".
 */
import { fieldsOf } from '../../src/requests/check';
import type { ObjectShape } from '../../src/requests/types';

export function asDocumented(shape: ObjectShape, body: Record<string, unknown>): Record<string, unknown> {
  const converted = { ...body };
  for (const [name, spec] of Object.entries(fieldsOf(shape, body))) {
    const value = converted[name];
    if (spec.type === 'map' && spec.numbersAsText && value !== null && typeof value === 'object') {
      converted[name] = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeof item === 'number' ? String(item) : item]));
    }
  }
  return converted;
}
