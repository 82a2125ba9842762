import React from 'react';
import type { ServerOption } from './servers';
import styles from './styles.module.css';

interface Props {
  id: string;
  servers: ServerOption[];
  server: ServerOption;
  onChoose: (id: string) => void;
}

/** Where the request goes: the local sandbox, the one in the page, or the real API. */
export default function ServerSelect({ id, servers, server, onChoose }: Props): React.JSX.Element {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        Server
      </label>
      <select id={id} className={styles.input} value={server.id} onChange={(event) => onChoose(event.target.value)}>
        {servers.map((option) => (
          <option key={option.id} value={option.id}>
            {option.kind === 'in-browser' ? option.label : `${option.label} (${option.url})`}
          </option>
        ))}
      </select>
      {server.kind === 'in-browser' && (
        <p className={styles.help}>
          Runs in this page on demo data kept for this browser session; the samples on the page still call the real API, which is what your code will reach.
        </p>
      )}
    </div>
  );
}
