import type { ObjectShape, ParamGroup, PathParams, RequestExample, RequestSpec, RequestValues, ResponseSpec } from './types';

/**
 * Declares one request. The generics tie the parts together at compile time:
 * every `:name` of the path must be described, and every example must supply
 * every required parameter, nested ones included, with a value of the right type.
 */
export function defineRequest<
  const Path extends string,
  const P extends PathParams<Path> & ParamGroup,
  const Q extends ParamGroup,
  const B extends ObjectShape | null,
  const X extends string,
  const Res extends ResponseSpec,
>(
  spec: Omit<RequestSpec<Path, P, Q, B, X, Res>, 'examples'> & {
    readonly examples: { readonly [K in X]: RequestExample<NoInfer<RequestValues<P, Q, B>>> };
  },
): RequestSpec<Path, P, Q, B, X, Res> {
  return spec as RequestSpec<Path, P, Q, B, X, Res>;
}

