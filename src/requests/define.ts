import type { ParamGroup, PathParams, RequestSpec, RequestValues } from './types';

/**
 * Declares one request. The generics tie the parts together at compile time:
 * every `:name` of the path must be described, and the example must supply
 * every required parameter with a value of the right type.
 */
export function defineRequest<
  const Path extends string,
  const P extends PathParams<Path> & ParamGroup,
  const Q extends ParamGroup,
  const B extends ParamGroup,
>(
  spec: Omit<RequestSpec<Path, P, Q, B>, 'example'> & {
    readonly example: NoInfer<RequestValues<P, Q, B>>;
  },
): RequestSpec<Path, P, Q, B> {
  return spec;
}
