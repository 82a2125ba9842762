import React from 'react';
import Link from '@docusaurus/Link';
import { isObjectTypeName } from '@site/src/requests/object-types';
import { objectTypePage } from './page';

/** The name of an object type, linked to its page when the reference has one. */
export default function TypeLink({ name }: { name: string }): React.JSX.Element {
  return isObjectTypeName(name) ? <Link to={objectTypePage(name)}>{name}</Link> : <>{name}</>;
}
