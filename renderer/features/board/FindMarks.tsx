import { Fragment, useMemo } from 'react';
import { findRanges, splitByRanges } from '../../../shared/board';
import { useBoard } from './context';
import { FIND_MATCH_NOTE_ID } from './FindBar';

/** How find marks one sticky: matched (outlined, with a magnifier), dimmed, or left as it is. */
export function useFindMark(stickyId: string): { matched: boolean; className: string | null; describedBy: string | undefined } {
  const { find } = useBoard();
  if (!find?.active) return { matched: false, className: null, describedBy: undefined };
  if (find.matches.has(stickyId)) return { matched: true, className: find.current === stickyId ? 'find-match find-current' : 'find-match', describedBy: FIND_MATCH_NOTE_ID };
  return { matched: false, className: find.onlyMatches ? 'find-miss find-hidden' : 'find-miss', describedBy: undefined };
}

/** A person's text with the words find looks for in <mark>: always text, never markup. */
export function FindMarks({ text }: { text: string }) {
  const { find } = useBoard();
  const words = find?.active ? find.text : '';
  const parts = useMemo(() => (words.trim() ? splitByRanges(text, findRanges(text, words)) : null), [text, words]);
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{part.match ? <mark>{part.text}</mark> : part.text}</Fragment>
      ))}
    </>
  );
}

/** The magnifier on a matching sticky, so a match reads without its colour too. */
export function FindBadge() {
  return (
    <svg className="find-badge" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M10 10l4.5 4.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
