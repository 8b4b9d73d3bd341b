import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineAction, registeredActions } from '../../renderer/actions';
import { ShortcutsOverlay, keyParts } from '../../renderer/features/board/ShortcutsOverlay';
import { translate } from '../../renderer/i18n';

/** The actions the overlay lists, by name, in the order it lists them. */
function listed(): string[] {
  const { unmount } = render(<ShortcutsOverlay onClose={() => undefined} />);
  const names = [...screen.getByRole('dialog').querySelectorAll<HTMLElement>('[data-action]')].map((el) => el.dataset.action!);
  unmount();
  return names;
}

const keyed = () => registeredActions().filter((a) => a.keys?.length).map((a) => a.name);

describe('the shortcuts overlay', () => {
  it('lists exactly the registered actions that have keys, each with its catalog label', () => {
    expect(listed().sort()).toEqual(keyed().sort());
    expect(listed()).toEqual(expect.arrayContaining(['deleteSticky', 'undo', 'pickUpSticky', 'dropCarry', 'cancelCarry', 'showShortcuts']));
    expect(listed()).not.toContain('moveSticky'); // no keys: a menu and drag command only
    render(<ShortcutsOverlay onClose={() => undefined} />);
    for (const action of registeredActions().filter((a) => a.keys?.length)) {
      const row = screen.getByRole('dialog').querySelector(`[data-action="${action.name}"]`)!;
      expect(row.querySelector('dt')?.textContent).toBe(translate(action.label));
    }
  });

  it('shows an action the moment it is registered, under its heading and in the platform’s notation', () => {
    expect(listed()).not.toContain('testShortcut');
    defineAction({ name: 'testShortcut', label: 'keyboard.showShortcuts', group: 'keyboard.groups.carry', keys: ['Mod+Shift+K', 'Alt+ArrowUp'], perform: () => Promise.resolve({ result: undefined }) });
    defineAction({ name: 'testWithoutKeys', label: 'keyboard.close', perform: () => Promise.resolve({ result: undefined }) });
    expect(listed().sort()).toEqual(keyed().sort());
    expect(listed()).not.toContain('testWithoutKeys');
    render(<ShortcutsOverlay onClose={() => undefined} />);
    const group = screen.getByRole('group', { name: 'Carrying a sticky' });
    const row = group.querySelector('[data-action="testShortcut"]') as HTMLElement;
    expect([...within(row).getAllByText(/./, { selector: 'kbd' })].map((k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'K', 'Alt', '↑']);
  });

  it('reads shortcuts with a plus key', () => {
    expect(keyParts('Mod++')).toEqual(['Mod', '+']);
    expect(keyParts('Mod+Shift+Z')).toEqual(['Mod', 'Shift', 'Z']);
    expect(keyParts('?')).toEqual(['?']);
  });
});
