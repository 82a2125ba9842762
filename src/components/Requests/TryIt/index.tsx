/**
 * The try-it panel: a form built from the registry, the server and token to use, and the
 * answer. Loaded only when the reader opens it (React.lazy in TryItLauncher). Its logic is in
 * useTryIt; this file lays out the parts.
 */
import React from 'react';
import BodyEditor from './BodyEditor';
import Confirmation from './Confirmation';
import { documentedAnswer } from './documentedAnswer';
import { FormContext } from './Fields/FormContext';
import ParamFieldset from './Fields/ParamFieldset';
import { unshownBodyProblems } from './Fields/unshown';
import ResponseView from './ResponseView';
import ServerSelect from './ServerSelect';
import TokenField from './TokenField';
import UndoView from './UndoView';
import { useTryIt, type TryItProps } from './useTryIt';
import styles from './styles.module.css';

export default function TryIt(props: TryItProps): React.JSX.Element {
  const { spec, values, onValuesChange, servers, server } = props;
  const tryIt = useTryIt(props);
  const { ids, form, message, outcome, inFlight } = tryIt;
  const locations = (['path', 'query'] as const).filter((location) => Object.keys(spec.params[location]).length > 0);
  const body = values.body ?? {};

  return (
    <div className={styles.panel}>
      <div className={styles.connection}>
        <ServerSelect id={ids.server} servers={servers} server={server} onChoose={tryIt.chooseServer} />
        <TokenField
          id={ids.token}
          server={server}
          token={tryIt.token.token}
          remembered={tryIt.token.remembered}
          problem={tryIt.tokenProblem}
          onChange={tryIt.changeToken}
          onForget={tryIt.forgetToken}
        />
      </div>

      <FormContext.Provider value={form}>
        {locations.map((location) => (
          <ParamFieldset key={location} location={location} shape={{ fields: spec.params[location] }} values={values} onChange={onValuesChange} />
        ))}
        {spec.params.body && (
          <ParamFieldset location="body" shape={spec.params.body} values={values} onChange={onValuesChange}>
            <BodyEditor
              id={ids.json}
              body={body}
              problems={unshownBodyProblems(form.problems, spec.params.body, body)}
              syntaxError={tryIt.syntaxError}
              onSyntaxError={tryIt.setSyntaxError}
              onBody={tryIt.replaceBody}
            />
          </ParamFieldset>
        )}
      </FormContext.Provider>

      {tryIt.confirming && (
        <Confirmation id={ids.confirm} spec={spec} server={server} preview={tryIt.preview} onSend={tryIt.sendNow} onCancel={tryIt.cancelConfirmation} />
      )}

      <div className={styles.inline}>
        <button type="button" className="button button--primary" disabled={inFlight !== null} onClick={tryIt.onSend}>
          {inFlight ? 'Sending…' : `Send ${spec.method} request`}
        </button>
        {inFlight && (
          <button type="button" className="button button--secondary" onClick={() => inFlight.abort()}>
            Cancel
          </button>
        )}
      </div>

      <p role="status" aria-live="polite" className={styles.visuallyHidden}>
        {tryIt.announcement}
      </p>
      {message && (
        <div className={`alert alert--${message.tone} ${styles.outcome}`}>
          {tryIt.undone && message.tone === 'success' ? 'Undone: the previous values are back.' : message.text}
        </div>
      )}
      {tryIt.undo && tryIt.preview && <UndoView preview={tryIt.preview} undo={tryIt.undo} disabled={inFlight !== null} onUndo={tryIt.undoNow} />}
      {outcome?.kind === 'answer' && <ResponseView answer={outcome} documented={documentedAnswer(spec, outcome.status, server)} />}
    </div>
  );
}
