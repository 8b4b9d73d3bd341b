import { useState } from 'react';

/**
 * A field showing a stored value that another window, an undo or its own save may change: it
 * follows what is stored unless it was typed into since it last saved or followed (a correction
 * typed while the value before was saved stays). A flag, not a comparison of values: a value
 * typed back to what it was cannot be told from one not touched.
 */
export function useStoredField<T>(stored: T): { value: T; edit: (value: T) => void; settle: (value?: T) => void } {
  const [value, setValue] = useState(stored);
  const [edited, setEdited] = useState(false);
  const [seen, setSeen] = useState(stored);
  if (!Object.is(seen, stored)) {
    setSeen(stored);
    if (!edited) setValue(stored);
  }
  return {
    value,
    /** Typed into: the field stops following what is stored until it settles. */
    edit: (next) => {
      setEdited(true);
      setValue(next);
    },
    /** Saved (or given up): the field follows what is stored again, showing `next` until then if given. */
    settle: (next) => {
      setEdited(false);
      if (next !== undefined) setValue(next);
    },
  };
}
