/**
 * A polite live region: screen readers read its text out whenever it changes, without
 * interrupting. Render it before anything is to be said, so the first change is heard too.
 * No role="status": the page's own status messages keep that role to themselves.
 */
export function LiveAnnouncer({ message }: { message: string }) {
  return (
    <div className="live-announcer visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
