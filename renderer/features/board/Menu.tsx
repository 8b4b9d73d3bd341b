import { useEffect, useEffectEvent, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  hint?: string;
}

/** The least room, in CSS pixels, between a menu and the window's side. */
const EDGE = 8;

/**
 * A small menu: arrow keys move, Enter chooses, Escape or a click elsewhere closes it, and
 * focus goes back where it came from.
 */
export function Menu({ label, items, onClose, position }: { label: string; items: readonly MenuItem[]; onClose: () => void; position?: { x: number; y: number } }) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useEffectEvent(onClose);
  // A menu opened near the window's side (a sticky in the first lane of a narrow board, either
  // direction) is moved in before it is painted, so no item is cut off.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const box = menu.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift = box.left < EDGE ? EDGE - box.left : box.right > width - EDGE ? Math.max(EDGE - box.left, width - EDGE - box.right) : 0;
    if (shift !== 0) menu.style.translate = `${shift}px 0`;
  }, []);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const entries = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + entries.length) % entries.length;
      entries[next]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      entries[e.key === 'Home' ? 0 : entries.length - 1]?.focus();
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      onClose();
    }
    e.stopPropagation();
  };

  return (
    <div
      ref={ref}
      className="menu"
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      style={position ? { position: 'fixed', left: position.x, top: position.y } : undefined}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          aria-disabled={item.disabled || undefined}
          title={item.hint}
          onClick={() => {
            if (item.disabled) return;
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
