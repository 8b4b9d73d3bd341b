import { useEffect } from 'react';
import { actionForKey, perform } from '../actions';

/** Dispatches shortcuts to the registered actions, for the whole window. */
export function useActionKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = actionForKey(event);
      if (!action) return;
      event.preventDefault();
      void perform(action, undefined);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
