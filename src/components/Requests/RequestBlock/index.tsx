import React, { useState, type ReactNode } from 'react';
import { apiBaseUrl, type LooseValues, type RequestSpec } from '@site/src/requests';
import CodeSamples from '../CodeSamples';
import TryItLauncher, { type TryItLauncherProps } from '../TryItLauncher';

export interface RequestBlockProps extends Pick<TryItLauncherProps, 'onAnswer' | 'inBrowserFirst'> {
  spec: RequestSpec;
  values: LooseValues;
  onValuesChange: (values: LooseValues) => void;
  /** What the block says before its samples (a note on the token). */
  children?: ReactNode;
}

/**
 * A request's samples in every language and its "Try it", over values its owner holds: a
 * reference page's example (RequestTabs) or a recipe's step (RecipeStep). The samples follow
 * the try-it form: its values, and its server while it is open.
 */
export default function RequestBlock({ spec, values, onValuesChange, children, ...tryIt }: RequestBlockProps): React.JSX.Element {
  const [tryItBaseUrl, setTryItBaseUrl] = useState<string>();
  return (
    <>
      {children}
      <CodeSamples spec={spec} values={values} baseUrl={tryItBaseUrl ?? apiBaseUrl} />
      <TryItLauncher spec={spec} values={values} onValuesChange={onValuesChange} onBaseUrlChange={setTryItBaseUrl} {...tryIt} />
    </>
  );
}
