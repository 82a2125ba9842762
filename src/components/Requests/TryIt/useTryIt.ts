/**
 * The try-it panel's logic, apart from its markup: the token, the check before sending, sending
 * (reading first for a PATCH, confirming first for a write to the real API), undo, and what is
 * announced to screen readers. index.tsx lays the parts out.
 */
import { useEffect, useId, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import { readerOf, type LooseValues, type RequestSpec } from '@site/src/requests';
import { checkValues, type Problems } from '@site/src/requests/check';
import { toHttpCall } from '@site/src/requests/http';
import type { Preview } from './ChangesView';
import { changesOf, resourceOf, undoOf } from './changes';
import type { Form } from './Fields/FormContext';
import { inBrowserFetch, preloadInBrowserSandbox } from './inBrowser';
import { outcomeMessage, undoneMessage } from './messages';
import { summary } from './ResponseView';
import { parsedBody } from './ResponseView/bodyPages';
import { send, type Answer, type Outcome } from './send';
import { sendingUrl, type ServerOption } from './servers';
import { forgetAll, keep, recall } from './tokenMemory';

export interface TryItProps {
  spec: RequestSpec;
  values: LooseValues;
  onValuesChange: (values: LooseValues) => void;
  servers: ServerOption[];
  server: ServerOption;
  onServerChange: (server: ServerOption) => void;
  /** Told of each answer a send brings back (a recipe passes its values on to the next steps). */
  onAnswer?: (answer: Answer) => void;
  /** Fills in the server's demo token when the reader has given none for it (a recipe's steps). */
  startWithDemoToken?: boolean;
}

/** The token the panel starts with on `server`: the reader's own, else, if asked, the server's demo token. */
function startingToken(server: ServerOption, demoFirst: boolean): { token: string; remembered: boolean } {
  const recalled = recall(server.id);
  return recalled.token === '' && demoFirst && server.demoToken ? { token: server.demoToken, remembered: false } : recalled;
}

export function useTryIt({ spec, values, onValuesChange, servers, server, onServerChange, onAnswer, startWithDemoToken = false }: TryItProps) {
  const id = useId();
  const [token, setToken] = useState(() => startingToken(server, startWithDemoToken));
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
  const isWriteToLiveServer = spec.method !== 'GET' && server.kind === 'live';
  useEffect(() => {
    if (server.kind === 'in-browser') void preloadInBrowserSandbox();
  }, [server]);

  const ids = {
    server: `${id}-server`,
    token: `${id}-token`,
    json: `${id}-json`,
    confirm: `${id}-confirm`,
    // Field keys are made of registry names, which ids may hold once spaces are replaced.
    field: (key: string) => `${id}-${key.replace(/\s/g, '_')}`,
  };

  const form: Form = {
    problems,
    idFor: ids.field,
    onEdited: (key) =>
      setProblems((current) =>
        Object.fromEntries(Object.entries(current).filter(([at]) => at !== key && !at.startsWith(`${key}.`) && !at.startsWith(`${key}[`))),
      ),
  };

  const chooseServer = (chosen: string) => {
    const next = servers.find((option) => option.id === chosen)!;
    onServerChange(next);
    setToken(startingToken(next, startWithDemoToken));
    setConfirming(false);
  };

  const changeToken = (next: string, remember: boolean) => {
    keep(server.id, next, remember);
    setToken({ token: next, remembered: remember && next !== '' });
    setTokenProblem(undefined);
  };

  const forgetToken = () => {
    forgetAll();
    setToken({ token: '', remembered: false });
  };

  /** The JSON editor replaced the body: problems found in the old one no longer apply. */
  const replaceBody = (body: Record<string, unknown>) => {
    onValuesChange({ ...values, body });
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('body.'))));
  };

  /** Focuses the first field with a problem, in the order the form shows them, or the JSON editor when no field shows one. */
  const focusFirstProblem = (found: Problems) => {
    const fields = Object.keys(found)
      .map((key) => document.getElementById(ids.field(key)))
      .filter((element): element is HTMLElement => element !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    (fields[0] ?? document.getElementById(ids.json))?.focus();
  };

  /** Sends the request with `body` (the form's unless given), shows and announces the outcome, and returns it. */
  const request = async (announce: string, body = values.body) => {
    const controller = new AbortController();
    setInFlight(controller);
    setOutcome(undefined);
    setAnnouncement(announce);
    const result = await send(toHttpCall(spec, { ...values, body }, sendingUrl(server)), token.token, controller.signal, transport);
    setInFlight(null);
    setOutcome(result);
    if (result.kind === 'answer') onAnswer?.(result);
    const message = outcomeMessage(result, server).text;
    setAnnouncement(result.kind === 'answer' ? `${summary(result)}. ${message}` : message);
    return result;
  };

  const sendNow = async (read = preview) => {
    setConfirming(false);
    setUndone(false);
    const result = await request(
      translate(
        { id: 'callbell.tryIt.announce.sending', message: 'Sending {method} request…', description: 'Try-it panel, announced to screen readers: a request is being sent; {method} is GET, POST…' },
        { method: spec.method },
      ),
    );
    const succeeded = result.kind === 'answer' && result.status < 300;
    setUndo(succeeded && read?.kind === 'read' ? undoOf(read.changes) : undefined);
  };

  /** A PATCH reads the resource first, to show what it will change and to offer Undo. */
  const readThenSend = async () => {
    const controller = new AbortController();
    setInFlight(controller);
    setAnnouncement(
      translate({ id: 'callbell.tryIt.announce.reading', message: 'Reading the current values…', description: 'Try-it panel, announced to screen readers: a PATCH first reads what it will change' }),
    );
    const read = await send(toHttpCall(reader!, { path: values.path, query: {} }, sendingUrl(server)), token.token, controller.signal, transport);
    setInFlight(null);
    // Nothing answered (or the reader cancelled): the PATCH would fare no better, so stop here.
    if (read.kind !== 'answer') {
      setOutcome(read);
      setAnnouncement(outcomeMessage(read, server).text);
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
    const result = await request(
      translate({ id: 'callbell.tryIt.announce.undoing', message: 'Putting the previous values back…', description: 'Try-it panel, announced to screen readers: Undo is sending the previous values' }),
      undo!.body,
    );
    if (result.kind === 'answer' && result.status < 300) {
      setUndo(undefined);
      setUndone(true);
      setAnnouncement(undoneMessage());
    }
  };

  /** One answer at a time: what the last send brought back goes as soon as the reader sends again. */
  const clearAnswer = () => {
    setOutcome(undefined);
    setPreview(undefined);
    setUndo(undefined);
    setUndone(false);
  };

  const onSend = () => {
    const found = checkValues(spec, values);
    setProblems(found);
    clearAnswer();
    if (syntaxError || Object.keys(found).length > 0) {
      setAnnouncement(
        translate({ id: 'callbell.tryIt.announce.fixFields', message: 'Not sent: fix the fields marked below.', description: 'Try-it panel, announced to screen readers: Send found problems in the form' }),
      );
      focusFirstProblem(found);
      return;
    }
    if (!token.token) {
      setTokenProblem(
        server.demoToken
          ? translate({ id: 'callbell.tryIt.token.missingOrDemo', message: 'Enter your API token, or use the demo token.', description: 'Try-it panel: under the empty token field, when the server offers a demo token' })
          : translate({ id: 'callbell.tryIt.token.missing', message: 'Enter your API token.', description: 'Try-it panel: under the empty token field' }),
      );
      setAnnouncement(
        translate({ id: 'callbell.tryIt.announce.tokenNeeded', message: 'Not sent: a token is needed.', description: 'Try-it panel, announced to screen readers: Send was pressed with no token' }),
      );
      document.getElementById(ids.token)?.focus();
      return;
    }
    if (reader) void readThenSend();
    else if (isWriteToLiveServer) setConfirming(true);
    else void sendNow();
  };

  return {
    ids,
    form,
    token,
    tokenProblem,
    syntaxError,
    setSyntaxError,
    confirming,
    inFlight,
    outcome,
    message: outcome && outcomeMessage(outcome, server),
    announcement,
    preview,
    undo,
    undone,
    chooseServer,
    changeToken,
    forgetToken,
    replaceBody,
    onSend,
    sendNow: () => void sendNow(),
    cancelConfirmation: () => setConfirming(false),
    undoNow: () => void undoNow(),
  };
}
