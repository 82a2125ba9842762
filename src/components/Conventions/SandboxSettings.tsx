import React from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import { sandboxSettingList } from '@site/sandbox/setting-list';
import CodeSpans from '../Requests/CodeSpans';

/** Every setting of `npm run sandbox`, from the list its settings are read by: a new one cannot be left off the page. */
export default function SandboxSettings(): React.JSX.Element {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <Translate id="callbell.sandboxSettings.variable" description="Sandbox settings table: heading of the column of environment variables">
              Variable
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.sandboxSettings.default" description="Sandbox settings table: heading of the column of default values">
              Default
            </Translate>
          </th>
          <th scope="col">
            <Translate id="callbell.sandboxSettings.meaning" description="Sandbox settings table: heading of the column of what each setting sets">
              What it sets
            </Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.values(sandboxSettingList).map(({ variable, fallback, meaning }) => (
          <tr key={variable}>
            <td>
              <code>{variable}</code>
            </td>
            <td>{fallback === 'none' ? translate({ id: 'callbell.sandboxSettings.none', message: 'none', description: 'Sandbox settings table: a setting with no default value' }) : <code>{fallback}</code>}</td>
            <td>
              <CodeSpans text={meaning} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
