import { useRef } from 'react';

/**
 * Whether a form was changed while its save was on its way. An editor that closes once saved
 * stays open instead, with what was typed meanwhile, for the person to save in turn. `onInput`
 * goes on the form: a change of any of its fields counts (typing, a box ticked, a choice made).
 */
export function useChangedSince(): { onInput: () => void; mark: () => () => boolean } {
  const changes = useRef(0);
  return {
    onInput: () => void changes.current++,
    mark: () => {
      const at = changes.current;
      return () => changes.current !== at;
    },
  };
}
