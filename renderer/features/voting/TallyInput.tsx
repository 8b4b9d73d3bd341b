import type { KeyboardEvent } from 'react';
import { useStoredField } from '../../ui/stored-field';

/** A hand-counted total: typed in, saved when the field is left or Enter is pressed. */
export function TallyInput({ stored, label, onCommit }: { stored: number; label: string; onCommit: (total: number) => void }) {
  // A total stored (here, by undo, or in another window) replaces what the field shows, unless
  // something was typed since (a correction typed while the total before was saved).
  const field = useStoredField(String(stored));
  const commit = () => {
    field.settle();
    const text = field.value.trim();
    const total = text === '' ? 0 : Number(text);
    if (total === stored) return;
    onCommit(total);
    // A refused total goes back to what is stored; an accepted one comes back from storage.
    if (!Number.isInteger(total) || total < 0 || total > 100) field.settle(String(stored));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') field.settle(String(stored));
  };
  return <input type="number" min={0} max={100} inputMode="numeric" className="tally-input" aria-label={label} value={field.value} onChange={(e) => field.edit(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />;
}
