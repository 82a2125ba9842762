import React from 'react';

/**
 * A field's path (`custom_fields.Billing Address`), with a `<wbr>` after each dot: where a line
 * is too narrow for the whole path, it breaks between the path's parts, not inside a name.
 */
export default function FieldPath({ path }: { path: string }): React.JSX.Element {
  const parts = path.split('.');
  return (
    <>
      {parts.map((part, index) => (
        <React.Fragment key={index}>
          {index > 0 && (
            <>
              .<wbr />
            </>
          )}
          {part}
        </React.Fragment>
      ))}
    </>
  );
}
