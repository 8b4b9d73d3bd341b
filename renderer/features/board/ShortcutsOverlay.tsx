import { useEffect, useRef, type KeyboardEvent } from 'react';
import { registeredActions } from '../../actions';
import { useKeyboard } from '../../state/carry';
import { useT } from '../../i18n';
import { DialogBackdrop } from '../../ui/DialogBackdrop';

const MAC = typeof navigator !== 'undefined' && /Mac|iP(hone|ad)/.test(navigator.platform);

/** How each part of a shortcut is written: the platform's symbols, or a catalog key. */
const KEY_NAMES: Record<string, string> = {
  Mod: MAC ? '⌘' : 'keyboard.keyNames.ctrl',
  Alt: MAC ? '⌥' : 'keyboard.keyNames.alt',
  Shift: MAC ? '⇧' : 'keyboard.keyNames.shift',
  Space: 'keyboard.keyNames.space',
  Enter: 'keyboard.keyNames.enter',
  Escape: 'keyboard.keyNames.escape',
  Delete: 'keyboard.keyNames.delete',
  Backspace: 'keyboard.keyNames.backspace',
  Home: 'keyboard.keyNames.home',
  End: 'keyboard.keyNames.end',
  PageUp: 'keyboard.keyNames.pageUp',
  PageDown: 'keyboard.keyNames.pageDown',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** The parts of a shortcut such as "Mod+Shift+Z" or "Mod++": its modifiers, then its key. */
export function keyParts(combo: string): string[] {
  const key = combo.endsWith('++') ? '+' : combo.slice(combo.lastIndexOf('+') + 1);
  const modifiers = combo.slice(0, combo.length - key.length).split('+').filter(Boolean);
  return [...modifiers, key];
}

/** The headings the overlay shows first, in this order; any other comes after them. */
const GROUP_ORDER = ['keyboard.groups.focus', 'keyboard.groups.sticky', 'keyboard.groups.carry', 'keyboard.groups.presenting', 'keyboard.groups.general'];
const UNGROUPED = 'keyboard.groups.general';

export interface ShortcutRow {
  name: string;
  label: string;
  keys: readonly string[];
}

/** Every registered action that has keys, under its heading: read from the registry each time, never listed by hand. */
export function shortcutSections(): { group: string; rows: ShortcutRow[] }[] {
  const sections = new Map<string, ShortcutRow[]>();
  for (const action of registeredActions()) {
    if (!action.keys?.length) continue;
    const group = action.group ?? UNGROUPED;
    sections.set(group, [...(sections.get(group) ?? []), { name: action.name, label: action.label, keys: action.keys }]);
  }
  const rank = (g: string) => (GROUP_ORDER.includes(g) ? GROUP_ORDER.indexOf(g) : GROUP_ORDER.length - 1);
  return [...sections].sort(([a], [b]) => rank(a) - rank(b)).map(([group, rows]) => ({ group, rows }));
}

function Keys({ combo }: { combo: string }) {
  const { t } = useT();
  return (
    <span className="shortcut-combo">
      {keyParts(combo).map((part, i) => {
        const name = KEY_NAMES[part];
        // A plain character is the key's own face (B, ?, =), the same in every language.
        return name ? <kbd key={i}>{name.startsWith('keyboard.') ? t(name) : name}</kbd> : <kbd key={i} dir="auto">{part.toUpperCase()}</kbd>;
      })}
    </span>
  );
}

/** The "?" overlay: every shortcut the app has, from the action registry. */
export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    closeRef.current?.focus();
    return () => previous?.focus?.();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      // Focus stays in the dialog: the list (to scroll it) and the Close button.
      e.preventDefault();
      (document.activeElement === closeRef.current ? listRef.current : closeRef.current)?.focus();
    }
  };
  return (
    <DialogBackdrop onKeyDown={onKeyDown} onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog wide shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('keyboard.overlayTitle')}</h2>
        <p>{t('keyboard.overlayIntro')}</p>
        <div className="shortcuts-list" ref={listRef} tabIndex={0} role="group" aria-label={t('keyboard.overlayTitle')}>
          {shortcutSections().map(({ group, rows }) => (
            <div key={group} role="group" aria-label={t(group)}>
              <h3>{t(group)}</h3>
              <dl>
                {rows.map((row) => (
                  <div key={row.name} className="shortcut" data-action={row.name}>
                    <dt>{t(row.label)}</dt>
                    <dd>
                      {row.keys.map((combo, i) => (
                        <span key={combo}>
                          {i > 0 && <span className="shortcut-or"> {t('keyboard.or')} </span>}
                          <Keys combo={combo} />
                        </span>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
        <div className="dialog-buttons">
          <button type="button" ref={closeRef} onClick={onClose}>
            {t('keyboard.close')}
          </button>
        </div>
      </div>
    </DialogBackdrop>
  );
}

/**
 * The keyboard's presence on screen: the shortcuts overlay when asked for, and the polite live
 * region that says what a carry is doing. A pointer press ends a carry, changing nothing.
 */
export function KeyboardHost() {
  const open = useKeyboard((s) => s.shortcutsOpen);
  const announcement = useKeyboard((s) => s.announcement);
  useEffect(() => {
    const onPointerDown = () => useKeyboard.getState().carry && useKeyboard.getState().setCarry(null);
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, []);
  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="keyboard-announcer">
        {announcement}
      </div>
      {open && <ShortcutsOverlay onClose={() => useKeyboard.getState().setShortcutsOpen(false)} />}
    </>
  );
}
