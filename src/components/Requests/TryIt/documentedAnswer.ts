/** Which documented schema an answer is checked against: the request's own, or the sandbox's error shape. */
import { translate } from '@docusaurus/Translate';
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
  if (status === spec.response.status) {
    const name = translate(
      {
        id: 'callbell.tryIt.schema.responseName',
        message: 'the {status} response of this request',
        description: 'Try-it panel, schema check: what an answer is checked against, inside the verdict sentences; {status} is the HTTP status code',
      },
      { status },
    );
    return spec.response.schema && { schema: spec.response.schema, name };
  }
  if (status >= 400 && server.kind !== 'live') {
    return {
      schema: errorSchema,
      name: translate({
        id: 'callbell.tryIt.schema.errorShapeName',
        message: "the sandbox's error shape",
        description: 'Try-it panel, schema check: what an error answer of the sandbox is checked against, inside the verdict sentences',
      }),
    };
  }
  return undefined;
}
