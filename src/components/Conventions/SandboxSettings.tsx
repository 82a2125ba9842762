import React from 'react';
import { sandboxSettingList } from '@site/sandbox/setting-list';
import CodeSpans from '../Requests/CodeSpans';

/** Every setting of `npm run sandbox`, from the list its settings are read by: a new one cannot be left off the page. */
export default function SandboxSettings(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Default</th>
          <th scope="col">What it sets</th>
        </tr>
      </thead>
      <tbody>
        {Object.values(sandboxSettingList).map(({ variable, fallback, meaning }) => (
          <tr key={variable}>
            <td>
              <code>{variable}</code>
            </td>
            <td>{fallback === 'none' ? 'none' : <code>{fallback}</code>}</td>
            <td>
              <CodeSpans text={meaning} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
