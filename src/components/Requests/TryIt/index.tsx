/**
 * The try-it panel: a form built from the registry, the server and token to use, and the
 * answer. Loaded only when the reader opens it (React.lazy in RequestTabs).
 */
import React, { useId, useState } from 'react';
import { checkValues, type Problems } from '@site/src/requests/check';
import { toHttpCall } from '@site/src/requests/http';
import type { LooseValues, ParamGroup, RequestSpec } from '@site/src/requests';
import BodyEditor from './BodyEditor';
import ParamInput from './ParamInput';
import ResponseView, { summary } from './ResponseView';
import { documentedAnswer } from './documentedAnswer';
import TokenField from './TokenField';
import { outcomeMessage } from './messages';
import { send, type Outcome } from './send';
import { sendingUrl, type ServerOption } from './servers';
import { forget, keep, recall } from './tokenMemory';
import styles from './styles.module.css';

export interface TryItProps {
  spec: RequestSpec;
  values: LooseValues;
  onValuesChange: (values: LooseValues) => void;
  servers: ServerOption[];
  server: ServerOption;
  onServerChange: (server: ServerOption) => void;
}

type Location = 'path' | 'query' | 'body';
const groupTitles: Record<Location, string> = { path: 'Path parameters', query: 'Query parameters', body: 'Body parameters' };

export default function TryIt({ spec, values, onValuesChange, servers, server, onServerChange }: TryItProps): React.JSX.Element {
  const id = useId();
  const [token, setToken] = useState(() => recall(server.url));
  const [problems, setProblems] = useState<Problems>({});
  const [tokenProblem, setTokenProblem] = useState<string>();
  const [syntaxError, setSyntaxError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [inFlight, setInFlight] = useState<AbortController | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [announcement, setAnnouncement] = useState('');

  const fieldId = (location: Location, name: string) => `${id}-${location}-${name}`;

  const setValue = (location: Location, name: string, value: unknown) => {
    const group = { ...(values[location] ?? {}) } as Record<string, unknown>;
    if (value === undefined) delete group[name];
    else group[name] = value;
    onValuesChange({ ...values, [location]: group });
    setProblems(({ [`${location}.${name}`]: _fixed, ...rest }) => rest);
  };

  const chooseServer = (url: string) => {
    const next = servers.find((option) => option.url === url)!;
    onServerChange(next);
    setToken(recall(next.url));
    setConfirming(false);
  };

  const changeToken = (next: string, remember: boolean) => {
    keep(server.url, next, remember);
    setToken({ token: next, remembered: remember && next !== '' });
    setTokenProblem(undefined);
  };

  const focusFirstProblem = (found: Problems) => {
    const [first] = Object.keys(found);
    const [location, name] = (first ?? '').split('.') as [Location, string];
    const target = document.getElementById(fieldId(location, name)) ?? document.getElementById(`${id}-json`);
    target?.focus();
  };

  const isWriteToLiveServer = spec.method !== 'GET' && server.kind === 'live';

  const sendNow = async () => {
    setConfirming(false);
    const controller = new AbortController();
    setInFlight(controller);
    setOutcome(undefined);
    setAnnouncement(`Sending ${spec.method} request…`);
    const result = await send(toHttpCall(spec, values, sendingUrl(server)), token.token, controller.signal);
    setInFlight(null);
    setOutcome(result);
    const message = outcomeMessage(result, sendingUrl(server)).text;
    setAnnouncement(result.kind === 'answer' ? `${summary(result)}. ${message}` : message);
  };

  const onSend = () => {
    const found = checkValues(spec, values);
    setProblems(found);
    if (syntaxError || Object.keys(found).length > 0) {
      setAnnouncement('Not sent: fix the fields marked below.');
      focusFirstProblem(found);
      return;
    }
    if (!token.token) {
      setTokenProblem(`Enter your API token${server.demoToken ? ', or use the demo token' : ''}.`);
      setAnnouncement('Not sent: a token is needed.');
      document.getElementById(`${id}-token`)?.focus();
      return;
    }
    if (isWriteToLiveServer) setConfirming(true);
    else void sendNow();
  };

  const groups = (['path', 'query', 'body'] as const).filter(
    (location) => (location === 'body' ? spec.params.body !== null : Object.keys(spec.params[location]).length > 0),
  );
  const bodyParams: ParamGroup = spec.params.body ?? {};
  const bodyOnlyProblems = Object.entries(problems)
    .filter(([key]) => key.startsWith('body.') && !Object.hasOwn(bodyParams, key.slice(5)))
    .map(([key, problem]) => `${key.slice(5)} ${problem}`);
  const message = outcome && outcomeMessage(outcome, sendingUrl(server));

  return (
    <div className={styles.panel}>
      <div className={styles.connection}>
        <div className={styles.field}>
          <label htmlFor={`${id}-server`} className={styles.label}>
            Server
          </label>
          <select id={`${id}-server`} className={styles.input} value={server.url} onChange={(event) => chooseServer(event.target.value)}>
            {servers.map((option) => (
              <option key={option.url} value={option.url}>
                {option.label} ({option.url})
              </option>
            ))}
          </select>
        </div>
        <TokenField
          id={`${id}-token`}
          server={server}
          token={token.token}
          remembered={token.remembered}
          problem={tokenProblem}
          onChange={changeToken}
          onForget={() => {
            forget(server.url);
            setToken({ token: '', remembered: false });
          }}
        />
      </div>

      {groups.map((location) => (
        <fieldset key={location} className={styles.group}>
          <legend>{groupTitles[location]}</legend>
          {Object.entries(location === 'body' ? bodyParams : spec.params[location]).map(([name, param]) => (
            <ParamInput
              key={name}
              id={fieldId(location, name)}
              name={name}
              spec={param}
              value={(values[location] as Record<string, unknown> | undefined)?.[name]}
              problem={problems[`${location}.${name}`]}
              onChange={(value) => setValue(location, name, value)}
            />
          ))}
          {location === 'body' && (
            <BodyEditor
              id={`${id}-json`}
              body={values.body ?? {}}
              problems={bodyOnlyProblems}
              syntaxError={syntaxError}
              onSyntaxError={setSyntaxError}
              onBody={(body) => {
                onValuesChange({ ...values, body });
                setProblems((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('body.'))));
              }}
            />
          )}
        </fieldset>
      ))}

      {confirming && (
        <div className="alert alert--warning" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {spec.destructive
              ? `This permanently deletes data in the account behind your token on ${server.url}. It cannot be undone.`
              : `This changes real data in the account behind your token on ${server.url}.`}
          </p>
          <div className={styles.inline}>
            <button type="button" className="button button--danger" autoFocus onClick={() => void sendNow()}>
              Send {spec.method} anyway
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Don&apos;t send
            </button>
          </div>
        </div>
      )}

      <div className={styles.inline}>
        <button type="button" className="button button--primary" disabled={inFlight !== null} onClick={onSend}>
          {inFlight ? 'Sending…' : `Send ${spec.method} request`}
        </button>
        {inFlight && (
          <button type="button" className="button button--secondary" onClick={() => inFlight.abort()}>
            Cancel
          </button>
        )}
      </div>

      <p role="status" aria-live="polite" className={styles.visuallyHidden}>
        {announcement}
      </p>
      {message && <div className={`alert alert--${message.tone} ${styles.outcome}`}>{message.text}</div>}
      {outcome?.kind === 'answer' && <ResponseView answer={outcome} documented={documentedAnswer(spec, outcome.status, server)} />}
    </div>
  );
}
