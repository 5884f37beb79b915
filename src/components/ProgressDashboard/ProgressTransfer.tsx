// Export progress as a JSON file, import one (validated: a wrong or damaged file changes nothing),
// and reset everything after an inline confirmation step.
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { emptyProgress, type Progress } from '../../quiz/progress';
import type { ProgressStore } from '../../quiz/progressStore';
import { exportFileName, exportProgress, parseImport } from '../../quiz/transfer';
import { useFocusAfterRender } from '../Quiz/useFocusAfterRender';
import styles from './styles.module.css';

interface Props {
  store: ProgressStore;
  progress: Progress;
  interactive: boolean;
}

const RESET_ID = 'progress-reset';

type Message = { kind: 'success' | 'error'; text: string };

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export default function ProgressTransfer({ store, progress, interactive }: Props): ReactNode {
  const [message, setMessage] = useState<Message | null>(null);
  const [confirming, setConfirming] = useState(false);
  const focus = useFocusAfterRender();

  function exportFile() {
    const now = Date.now();
    download(exportProgress(progress, now), exportFileName(now));
    setMessage({ kind: 'success', text: 'Your progress file was downloaded.' });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    input.value = ''; // lets the same file be chosen again after fixing it
    const result = parseImport(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Import failed: ${result.message}` });
      return;
    }
    store.update(() => result.progress);
    const quizzes = Object.keys(result.progress.quizzes).length;
    const lessons = Object.keys(result.progress.visits).length;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    setMessage({
      kind: 'success',
      text: `Progress imported: ${count(quizzes, 'quiz', 'quizzes')} and ${count(lessons, 'lesson', 'lessons')}.`,
    });
  }

  function reset() {
    store.update(() => emptyProgress());
    setConfirming(false);
    setMessage({ kind: 'success', text: 'All progress on this device was erased.' });
    focus(RESET_ID);
  }

  function cancel() {
    setConfirming(false);
    focus(RESET_ID);
  }

  return (
    <section aria-labelledby="progress-transfer">
      <h2 id="progress-transfer">Your data</h2>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" disabled={!interactive} onClick={exportFile}>
          Download progress file
        </button>
      </div>
      <p>
        <label htmlFor="progress-import">Import a progress file</label> (this replaces the progress on this
        device):
        <br />
        <input
          id="progress-import"
          type="file"
          accept=".json,application/json"
          disabled={!interactive}
          onChange={importFile}
        />
      </p>
      {confirming ? (
        <div className={styles.confirm} role="group" aria-labelledby="progress-reset-question">
          <p id="progress-reset-question">
            Erase all answers, scores and visited lessons on this device? This cannot be undone.
          </p>
          <div className={styles.actions}>
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- focus must follow the confirmation step */}
            <button type="button" className="button button--danger" autoFocus onClick={reset}>
              Yes, reset everything
            </button>
            <button type="button" className="button button--secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <button
            id={RESET_ID}
            type="button"
            className="button button--secondary"
            disabled={!interactive}
            onClick={() => setConfirming(true)}
          >
            Reset all progress…
          </button>
        </div>
      )}
      <p role="status" className={message?.kind === 'error' ? styles.error : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
