import React, { useRef } from 'react';
import { fieldsOf, type FieldPath } from '@site/src/requests/check';
import type { ObjectShape } from '@site/src/requests';
import Field from './Field';
import { switchCase, withField, type ObjectValue, type SetAside } from './values';

interface Props {
  path: FieldPath;
  shape: ObjectShape;
  value: ObjectValue;
  onChange: (value: ObjectValue) => void;
}

/**
 * The fields of one object, those of its chosen variant included. Choosing another variant swaps
 * the fields and sets aside what has no place in the new one, to bring it back on the way back.
 */
export default function ShapeFields({ path, shape, value, onChange }: Props): React.JSX.Element {
  const setAside = useRef<SetAside>({});
  const selector = shape.variants?.by;
  const change = (name: string, next: unknown) => {
    if (name === selector && typeof next === 'string' && Object.hasOwn(shape.variants!.cases, next)) {
      const switched = switchCase(shape, value, next, setAside.current);
      setAside.current = switched.setAside;
      onChange(switched.value);
    } else {
      onChange(withField(value, name, next));
    }
  };
  return (
    <>
      {Object.entries(fieldsOf(shape, value)).map(([name, spec]) => (
        <Field key={name} path={[...path, name]} spec={spec} value={value[name]} choosesVariant={name === selector} onChange={(next) => change(name, next)} />
      ))}
    </>
  );
}
