/**
 * The try-it panel, the content of the try-it dialog: a bar with the request and Send, the form
 * built from the registry (the server and token to use, then the parameters), and the answer,
 * beside the form on a wide screen and under it on a narrow one. Loaded only when the reader
 * opens it (React.lazy in TryItLauncher). Its logic is in useTryIt; this file lays out the parts.
 */
import React, { useEffect, useRef } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
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
import { undoneMessage } from './messages';
import { useTryIt, type TryItProps } from './useTryIt';
import styles from './styles.module.css';

interface Props extends TryItProps {
  /** Closes the dialog holding the panel. */
  onClose: () => void;
}

/** A path that may wrap after its slashes only, never inside a name. */
function BreakablePath({ path }: { path: string }): React.JSX.Element {
  return (
    <>
      {path.split(/(?<=\/)/).map((part, index) => (
        <React.Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </React.Fragment>
      ))}
    </>
  );
}

export default function TryIt({ onClose, ...props }: Props): React.JSX.Element {
  const { spec, values, onValuesChange, servers, server } = props;
  const tryIt = useTryIt(props);
  const { ids, form, message, outcome, inFlight } = tryIt;
  const locations = (['path', 'query'] as const).filter((location) => Object.keys(spec.params[location]).length > 0);
  const body = values.body ?? {};
  const bar = useRef<HTMLDivElement>(null);
  const answer = useRef<HTMLDivElement>(null);

  // What focus or a scroll brings into view stays clear of the bar, however many lines it takes.
  useEffect(() => {
    const scroller = bar.current?.closest('dialog');
    if (!bar.current || !scroller) return;
    const observer = new ResizeObserver(([entry]) => {
      scroller.style.scrollPaddingTop = `${entry!.borderBoxSize[0]!.blockSize + 8}px`;
    });
    observer.observe(bar.current);
    return () => observer.disconnect();
  }, []);

  // A new answer is brought into view under the bar (and so beside Send), unless it is in view already.
  useEffect(() => {
    if (!outcome || !answer.current || !bar.current) return;
    const { top } = answer.current.getBoundingClientRect();
    if (top < bar.current.getBoundingClientRect().bottom || top > window.innerHeight - 96) answer.current.scrollIntoView({ block: 'start' });
  }, [outcome]);

  return (
    <div className={styles.panel}>
      <div ref={bar} className={styles.bar}>
        <h2 className={styles.title}>
          <span className={styles.method}>{spec.method}</span> <code className={styles.path}><BreakablePath path={spec.path} /></code>
        </h2>
        <div className={styles.sending}>
          <button type="button" className="button button--primary" disabled={inFlight !== null} onClick={tryIt.onSend}>
            {inFlight
              ? translate({ id: 'callbell.tryIt.sending', message: 'Sending…', description: 'Try-it panel: the Send button while a request is on its way' })
              : translate(
                  { id: 'callbell.tryIt.send', message: 'Send {method} request', description: 'Try-it panel: the Send button; {method} is GET, POST…' },
                  { method: spec.method },
                )}
          </button>
          {inFlight && (
            <button type="button" className="button button--secondary" onClick={() => inFlight.abort()}>
              <Translate id="callbell.tryIt.cancel" description="Try-it panel: the button that cancels a request on its way">
                Cancel
              </Translate>
            </button>
          )}
        </div>
        <button type="button" className={`button button--secondary button--sm ${styles.close}`} onClick={onClose}>
          <Translate id="callbell.tryIt.close" description="Try-it dialog: the button that closes it">
            Close
          </Translate>
        </button>
      </div>

      <div className={styles.request}>
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
      </div>

      <div ref={answer} className={styles.answer}>
        <p role="status" aria-live="polite" className={styles.visuallyHidden}>
          {tryIt.announcement}
        </p>
        {tryIt.confirming && (
          <Confirmation id={ids.confirm} spec={spec} server={server} preview={tryIt.preview} onSend={tryIt.sendNow} onCancel={tryIt.cancelConfirmation} />
        )}
        {message && (
          <div className={`alert alert--${message.tone} ${styles.outcome}`}>
            {tryIt.undone && message.tone === 'success' ? undoneMessage() : message.text}
          </div>
        )}
        {tryIt.undo && tryIt.preview && <UndoView preview={tryIt.preview} undo={tryIt.undo} disabled={inFlight !== null} onUndo={tryIt.undoNow} />}
        {outcome?.kind === 'answer' && <ResponseView answer={outcome} documented={documentedAnswer(spec, outcome.status, server)} />}
        {!outcome && !tryIt.confirming && (
          <p className={styles.help}>
            <Translate id="callbell.tryIt.answerPlaceholder" description="Try-it panel: where the answer will appear, before anything was sent">
              The answer shows here once you send the request.
            </Translate>
          </p>
        )}
      </div>
    </div>
  );
}
