import React from 'react';
import { translate } from '@docusaurus/Translate';
import type { LooseValues, ObjectShape } from '@site/src/requests';
import type { ParamLocation } from '@site/src/requests/types';
import styles from '../styles.module.css';
import ShapeFields from './ShapeFields';

/** Read when the form is drawn, so each is in the reader's language. */
const titles: Record<ParamLocation, () => string> = {
  path: () => translate({ id: 'callbell.tryIt.params.path', message: 'Path parameters', description: "Try-it panel: heading of the request's path parameters" }),
  query: () => translate({ id: 'callbell.tryIt.params.query', message: 'Query parameters', description: "Try-it panel: heading of the request's query parameters" }),
  body: () => translate({ id: 'callbell.tryIt.params.body', message: 'Body parameters', description: "Try-it panel: heading of the request's body parameters" }),
};

interface Props {
  location: ParamLocation;
  shape: ObjectShape;
  values: LooseValues;
  onChange: (values: LooseValues) => void;
  /** What follows the fields in the same fieldset (the JSON body editor). */
  children?: React.ReactNode;
}

/** The parameters of one location (path, query or body), as one fieldset. */
export default function ParamFieldset({ location, shape, values, onChange, children }: Props): React.JSX.Element {
  const value = (values[location] ?? {}) as Record<string, unknown>;
  return (
    <fieldset className={styles.group}>
      <legend>{titles[location]()}</legend>
      <ShapeFields path={[location]} shape={shape} value={value} onChange={(next) => onChange({ ...values, [location]: next })} />
      {children}
    </fieldset>
  );
}
