/**
 * The try-it panel: a form built from the registry, the server and token to use, and the
 * answer. Loaded only when the reader opens it (React.lazy in RequestTabs).
 */
import React, { useEffect, useId, useState } from 'react';
import { readerOf } from '@site/src/requests';
import { checkValues, fieldsOf, type Problems } from '@site/src/requests/check';
import { toHttpCall } from '@site/src/requests/http';
import type { LooseValues, ParamGroup, RequestSpec } from '@site/src/requests';
import BodyEditor from './BodyEditor';
import ChangesView, { type Preview } from './ChangesView';
import { changesOf, resourceOf, undoOf } from './changes';
import ParamInput from './ParamInput';
import ResponseView, { summary } from './ResponseView';
import { parsedBody } from './ResponseView/bodyPages';
import { documentedAnswer } from './documentedAnswer';
import TokenField from './TokenField';
import { outcomeMessage } from './messages';
import { send, type Outcome } from './send';
import { inBrowserFetch, preloadInBrowserSandbox } from './inBrowser';
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
  const [token, setToken] = useState(() => recall(server.id));
  const [problems, setProblems] = useState<Problems>({});
  const [tokenProblem, setTokenProblem] = useState<string>();
  const [syntaxError, setSyntaxError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [inFlight, setInFlight] = useState<AbortController | null>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [announcement, setAnnouncement] = useState('');
  /** A PATCH's fields before and after (read first by the matching GET), and how to undo it. */
  const [preview, setPreview] = useState<Preview>();
  const [undo, setUndo] = useState<ReturnType<typeof undoOf>>();
  const [undone, setUndone] = useState(false);
  const reader = spec.method === 'PATCH' ? readerOf(spec) : undefined;
  const transport = server.kind === 'in-browser' ? inBrowserFetch : fetch;
  useEffect(() => {
    if (server.kind === 'in-browser') void preloadInBrowserSandbox();
  }, [server]);

  const fieldId = (location: Location, name: string) => `${id}-${location}-${name}`;

  const setValue = (location: Location, name: string, value: unknown) => {
    const group = { ...(values[location] ?? {}) } as Record<string, unknown>;
    if (value === undefined) delete group[name];
    else group[name] = value;
    onValuesChange({ ...values, [location]: group });
    setProblems(({ [`${location}.${name}`]: _fixed, ...rest }) => rest);
  };

  const chooseServer = (chosen: string) => {
    const next = servers.find((option) => option.id === chosen)!;
    onServerChange(next);
    setToken(recall(next.id));
    setConfirming(false);
  };

  const changeToken = (next: string, remember: boolean) => {
    keep(server.id, next, remember);
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

  /** Sends the request with `body` (the form's unless given), shows and announces the outcome, and returns it. */
  const request = async (announce: string, body = values.body) => {
    const controller = new AbortController();
    setInFlight(controller);
    setOutcome(undefined);
    setAnnouncement(announce);
    const result = await send(toHttpCall(spec, { ...values, body }, sendingUrl(server)), token.token, controller.signal, transport);
    setInFlight(null);
    setOutcome(result);
    const message = outcomeMessage(result, sendingUrl(server)).text;
    setAnnouncement(result.kind === 'answer' ? `${summary(result)}. ${message}` : message);
    return result;
  };

  const sendNow = async (read = preview) => {
    setConfirming(false);
    setUndone(false);
    const result = await request(`Sending ${spec.method} request…`);
    const succeeded = result.kind === 'answer' && result.status < 300;
    setUndo(succeeded && read?.kind === 'read' ? undoOf(read.changes) : undefined);
  };

  /** A PATCH reads the resource first, to show what it will change and to offer Undo. */
  const readThenSend = async () => {
    const controller = new AbortController();
    setInFlight(controller);
    setUndo(undefined);
    setAnnouncement('Reading the current values…');
    const read = await send(toHttpCall(reader!, { path: values.path, query: {} }, sendingUrl(server)), token.token, controller.signal, transport);
    setInFlight(null);
    // Nothing answered (or the reader cancelled): the PATCH would fare no better, so stop here.
    if (read.kind !== 'answer') {
      setOutcome(read);
      setAnnouncement(outcomeMessage(read, sendingUrl(server)).text);
      return;
    }
    const resource = read.status === 200 ? resourceOf(parsedBody(read.body)) : undefined;
    const found: Preview = resource
      ? { kind: 'read', changes: changesOf(spec, values, resource) }
      : { kind: 'unreadable', why: `${read.status} ${read.statusText}` };
    setPreview(found);
    if (isWriteToLiveServer) setConfirming(true);
    else await sendNow(found);
  };

  const undoNow = async () => {
    const result = await request('Putting the previous values back…', undo!.body);
    if (result.kind === 'answer' && result.status < 300) {
      setUndo(undefined);
      setUndone(true);
      setAnnouncement('Undone: the previous values are back.');
    }
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
    setPreview(undefined);
    if (reader) void readThenSend();
    else if (isWriteToLiveServer) setConfirming(true);
    else void sendNow();
  };

  const groups = (['path', 'query', 'body'] as const).filter(
    (location) => (location === 'body' ? spec.params.body !== null : Object.keys(spec.params[location]).length > 0),
  );
  const bodyParams: ParamGroup = spec.params.body ? fieldsOf(spec.params.body, values.body ?? {}) : {};
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
          <select id={`${id}-server`} className={styles.input} value={server.id} onChange={(event) => chooseServer(event.target.value)}>
            {servers.map((option) => (
              <option key={option.id} value={option.id}>
                {option.kind === 'in-browser' ? option.label : `${option.label} (${option.url})`}
              </option>
            ))}
          </select>
          {server.kind === 'in-browser' && (
            <p className={styles.help}>
              Runs in this page on demo data kept for this browser session; the samples above still call the real API, which is what your code will reach.
            </p>
          )}
        </div>
        <TokenField
          id={`${id}-token`}
          server={server}
          token={token.token}
          remembered={token.remembered}
          problem={tokenProblem}
          onChange={changeToken}
          onForget={() => {
            forget(server.id);
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
          {preview && <ChangesView preview={preview} title="What will change" afterLabel="After sending" />}
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
      {message && (
        <div className={`alert alert--${message.tone} ${styles.outcome}`}>
          {undone && message.tone === 'success' ? 'Undone: the previous values are back.' : message.text}
        </div>
      )}
      {undo && preview && (
        <div className={styles.response}>
          <ChangesView preview={preview} title="What changed" afterLabel="After" />
          {Object.keys(undo.body).length > 0 && (
            <div className={styles.inline}>
              <button type="button" className="button button--sm button--outline button--primary" disabled={inFlight !== null} onClick={() => void undoNow()}>
                Undo
              </button>
            </div>
          )}
          {undo.cannotUndo.length > 0 && (
            <p className={styles.help}>
              Undo leaves {undo.cannotUndo.join(', ')}: {undo.cannotUndo.length === 1 ? 'it' : 'they'} had no value before, and a PATCH cannot remove one.
            </p>
          )}
        </div>
      )}
      {outcome?.kind === 'answer' && <ResponseView answer={outcome} documented={documentedAnswer(spec, outcome.status, server)} />}
    </div>
  );
}
