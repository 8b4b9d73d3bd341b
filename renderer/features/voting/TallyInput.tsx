import { useState, type KeyboardEvent } from 'react';

/** A hand-counted total: typed in, saved when the field is left or Enter is pressed. */
export function TallyInput({ stored, label, onCommit }: { stored: number; label: string; onCommit: (total: number) => void }) {
  const [value, setValue] = useState(String(stored));
  // Typed into since the field last saved or followed what is stored.
  const [edited, setEdited] = useState(false);
  // A total stored (here, by undo, or in another window) replaces what the field shows, unless
  // something was typed since (a correction typed while the total before was saved).
  const [shown, setShown] = useState(stored);
  if (shown !== stored) {
    setShown(stored);
    if (!edited) setValue(String(stored));
  }
  const commit = () => {
    setEdited(false);
    const text = value.trim();
    const total = text === '' ? 0 : Number(text);
    if (total === stored) return;
    onCommit(total);
    // A refused total goes back to what is stored; an accepted one comes back from storage.
    if (!Number.isInteger(total) || total < 0 || total > 100) setValue(String(stored));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      setEdited(false);
      setValue(String(stored));
    }
  };
  const onChange = (text: string) => {
    setEdited(true);
    setValue(text);
  };
  return <input type="number" min={0} max={100} inputMode="numeric" className="tally-input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />;
}
