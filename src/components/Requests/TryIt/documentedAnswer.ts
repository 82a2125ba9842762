/** Which documented schema an answer is checked against: the request's own, or the sandbox's error shape. */
import type { RequestSpec } from '@site/src/requests';
import { errorSchema } from '@site/src/requests/errors';
import type { JsonSchema } from '@site/src/requests/schema';
import type { ServerOption } from './servers';

/** The schema the reference documents for an answer, and what the panel calls it. */
export interface DocumentedAnswer {
  schema: JsonSchema;
  name: string;
}

export function documentedAnswer(spec: RequestSpec, status: number, server: ServerOption): DocumentedAnswer | undefined {
  if (status === spec.response.status) return spec.response.schema && { schema: spec.response.schema, name: `the ${status} response of this request` };
  if (status >= 400 && server.kind !== 'live') return { schema: errorSchema, name: "the sandbox's error shape" };
  return undefined;
}
