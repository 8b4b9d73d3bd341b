import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, removeDraft, saveDraft } from '../../db';

/** How soon after the last keystroke what is being typed is kept. */
export const DRAFT_DELAY_MS = 1000;

export type DraftStatus = 'empty' | 'unsaved' | 'saved' | 'failed';

/**
 * Text being typed, kept in the database at most a second after the last keystroke, and at once
 * when the field loses focus, the window is hidden or the page is closed. A draft left by a crash
 * comes back into the field. `status` says, quietly, whether what is shown is kept.
 */
export function useDraft(name: string, initial = '') {
  const [text, setTextState] = useState(initial);
  const [status, setStatus] = useState<DraftStatus>('empty');
  const latest = useRef(initial);
  const stored = useRef(initial);
  const timer = useRef<number | undefined>(undefined);
  const initialText = useRef(initial);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const value = latest.current;
    if (value === stored.current) return;
    saveDraft(name, value).then(
      () => {
        stored.current = value;
        if (latest.current === value) setStatus(value ? 'saved' : 'empty');
      },
      () => setStatus('failed'),
    );
  }, [name]);

  // A draft kept earlier (before a crash or a reload) comes back, unless something is typed already.
  useEffect(() => {
    let live = true;
    void readDraft(name).then((draft) => {
      if (!live || !draft || latest.current !== initialText.current) return;
      latest.current = draft;
      stored.current = draft;
      setTextState(draft);
      setStatus('saved');
    });
    return () => {
      live = false;
    };
  }, [name]);

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  const setText = useCallback(
    (next: string | ((previous: string) => string)) => {
      const value = typeof next === 'function' ? next(latest.current) : next;
      latest.current = value;
      setTextState(value);
      setStatus(value === stored.current ? (value ? 'saved' : 'empty') : 'unsaved');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DRAFT_DELAY_MS);
    },
    [flush],
  );

  /** The text was posted or committed: the draft goes. */
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    latest.current = '';
    stored.current = '';
    setTextState('');
    setStatus('empty');
    void removeDraft(name);
  }, [name]);

  /**
   * The text was saved where it belongs, and stays in the field: only the draft goes. Given the
   * text that was saved, nothing goes if the field has changed since (typed while it was saved).
   */
  const settle = useCallback((saved?: string) => {
    if (saved !== undefined && latest.current !== saved) return;
    window.clearTimeout(timer.current);
    stored.current = latest.current;
    setStatus('empty');
    void removeDraft(name);
  }, [name]);

  return { text, setText, status, flush, clear, settle };
}
