import React from 'react';
import { demoAccount, demoContacts } from '@site/src/requests/contacts_api/objects';

const sourceNames = { whatsapp: 'WhatsApp', facebook: 'Messenger', instagram: 'Instagram', telegram: 'Telegram' } as const;

const list = (items: readonly string[]) =>
  items.map((item, index) => (
    <React.Fragment key={item}>
      {index > 0 && (index === items.length - 1 ? ' and ' : ', ')}
      <code>{item}</code>
    </React.Fragment>
  ));

/** What a fresh sandbox holds, read from the registry's demo account (the sandbox seeds the same). */
export default function DemoAccount(): React.JSX.Element {
  return (
    <ul>
      <li>
        {demoContacts.length} contacts:{' '}
        {demoContacts.map((contact, index) => (
          <React.Fragment key={contact.uuid}>
            {index > 0 && (index === demoContacts.length - 1 ? ' and ' : ', ')}
            <strong>{contact.name}</strong> (<code>{contact.uuid}</code>, phone <code>{contact.phoneNumber}</code>, {sourceNames[contact.source]})
          </React.Fragment>
        ))}
        ;
      </li>
      <li>the tags {list(demoAccount.tags)};</li>
      <li>the custom fields {list(demoAccount.customFields)};</li>
      <li>
        the team <strong>{demoAccount.team.name}</strong> (<code>{demoAccount.team.uuid}</code>), the user <code>{demoAccount.user}</code> and the
        WhatsApp channel <code>{demoAccount.channelUuid}</code>.
      </li>
    </ul>
  );
}
