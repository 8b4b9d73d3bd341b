/**
 * A row of tabs: one selected, arrow keys move along the row in the page's direction, and the
 * panel is labelled by its tab. The caller renders the panel (`${idPrefix}-panel`).
 */
export function Tabs<T extends string>({
  label,
  tabs,
  current,
  onChange,
  idPrefix,
  className,
}: {
  label: string;
  tabs: readonly { id: T; label: string }[];
  current: T;
  onChange: (id: T) => void;
  idPrefix: string;
  className?: string;
}) {
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map(({ id, label: text }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`${idPrefix}-${id}`}
          aria-selected={current === id}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={current === id ? 0 : -1}
          onClick={() => onChange(id)}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
            e.stopPropagation();
            const step = (e.key === 'ArrowRight') === (document.dir !== 'rtl') ? 1 : -1;
            const next = tabs[(tabs.findIndex((tab) => tab.id === current) + step + tabs.length) % tabs.length]!;
            onChange(next.id);
            document.getElementById(`${idPrefix}-${next.id}`)?.focus();
          }}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

/** The props a tab panel needs to belong to its `Tabs`. */
export function tabPanelProps(idPrefix: string, current: string) {
  return { id: `${idPrefix}-panel`, role: 'tabpanel', 'aria-labelledby': `${idPrefix}-${current}` } as const;
}
