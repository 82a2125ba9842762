/**
 * Values the API accepts beyond its tables (see `numbersAsText` in the registry), turned into
 * the documented type before a handler sees them: `{"orderNumber": 123}` is stored as "123".
 */
import type { ParamGroup } from '../../src/requests';

export function asDocumented(params: ParamGroup, body: Record<string, unknown>): Record<string, unknown> {
  const converted = { ...body };
  for (const [name, spec] of Object.entries(params)) {
    const value = converted[name];
    if (spec.numbersAsText && value !== null && typeof value === 'object') {
      converted[name] = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, typeof item === 'number' ? String(item) : item]));
    }
  }
  return converted;
}
