import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AUDIENCE_ITEM_ID,
  IMPORT_ITEM_ID,
  RESTORE_ITEM_ID,
  MENU_SHORTCUTS,
  RENDERER_SHORTCUTS,
  applicationMenuTemplate,
  commandItemId,
  installApplicationMenu,
  toAccelerator,
  type MenuOptions,
} from '../../../electron/main/menu';
import { MenuCommandSchema, type MenuCommand } from '../../../shared/ipc';
import { desktopMenuEn } from '../../../shared/i18n/desktop.en';
import { desktopMenuHe } from '../../../shared/i18n/desktop.he';
import { Menu, reset } from '../../fakes/electron';
import { englishText } from './menu-text';

let sent: MenuCommand[];
let toggles: number;
let fileDialogs: number;

function options(platform: NodeJS.Platform, audienceOpen = false): MenuOptions {
  return {
    platform,
    text: englishText,
    audienceOpen,
    handlers: {
      command: (command) => sent.push(command),
      toggleAudience: () => {
        toggles += 1;
      },
      openFile: () => {
        fileDialogs += 1;
      },
    },
  };
}

function build(platform: NodeJS.Platform, audienceOpen = false) {
  return Menu.buildFromTemplate(applicationMenuTemplate(options(platform, audienceOpen)));
}

type Item = ReturnType<typeof build>['items'][number];

function allItems(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(item.submenu ? allItems(item.submenu.items) : [])]);
}

/** A menu's items as "label" (commands and roles marked), separators as "-". */
function outline(item: Item | undefined): string[] {
  return (item?.submenu?.items ?? []).map((entry) => {
    if (entry.type === 'separator') return '-';
    const kind = entry.role ? `role:${entry.role}` : entry.id;
    return `${entry.label} [${kind}]`;
  });
}

function item(menu: ReturnType<typeof build>, id: string): Item {
  const found = menu.getMenuItemById(id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

beforeEach(() => {
  reset();
  sent = [];
  toggles = 0;
  fileDialogs = 0;
});

describe('the application menu on Windows and Linux', () => {
  it.each(['linux', 'win32'] as const)('has File, Edit, View and Help on %s', (platform) => {
    expect(build(platform).items.map((entry) => entry.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('File: new, open, import, export, back up, restore, close window, quit', () => {
    expect(outline(build('linux').items[0])).toEqual([
      'New workshop [command:newWorkshop]',
      'Open… [command:openWorkshop]',
      '-',
      'Import a workshop file… [import-file]',
      'Export minutes and files… [command:exportWorkshop]',
      '-',
      'Back up all workshops… [command:backupAll]',
      'Restore from a backup… [restore-backup]',
      'Restore a snapshot… [command:snapshots]',
      '-',
      'Close window [role:close]',
      '-',
      'Quit Outmodel [role:quit]',
    ]);
  });

  it('Edit: undo and redo as commands; cut, copy, paste and select all by their roles', () => {
    expect(outline(build('linux').items[1])).toEqual([
      'Undo [command:undo]',
      'Redo [command:redo]',
      '-',
      'Cut [role:cut]',
      'Copy [role:copy]',
      'Paste [role:paste]',
      'Select all [role:selectAll]',
    ]);
  });

  it('View: the room’s window, full screen, zoom', () => {
    expect(outline(build('linux').items[2])).toEqual([
      `The room’s window [${AUDIENCE_ITEM_ID}]`,
      '-',
      'Full screen [role:togglefullscreen]',
      '-',
      'Zoom in [command:zoomIn]',
      'Zoom out [command:zoomOut]',
      'Actual size [command:zoomReset]',
    ]);
  });

  it('Help: guide and about', () => {
    expect(outline(build('linux').items[3])).toEqual(['Guide [command:guide]', 'About Outmodel [command:about]']);
  });
});

describe('the application menu on macOS', () => {
  it('starts with the application menu and has a Window menu', () => {
    expect(build('darwin').items.map((entry) => entry.label)).toEqual(['Outmodel', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('keeps About, Services, Hide and Quit in the application menu', () => {
    const menu = build('darwin');
    expect(outline(menu.items[0])).toEqual([
      'About Outmodel [command:about]',
      '-',
      'Services [role:services]',
      '-',
      'Hide Outmodel [role:hide]',
      'Hide others [role:hideOthers]',
      'Show all [role:unhide]',
      '-',
      'Quit Outmodel [role:quit]',
    ]);
    expect(outline(menu.items[1])).not.toContain('Quit Outmodel [role:quit]');
    expect(outline(menu.items[5])).toEqual(['Guide [command:guide]']);
  });

  it('gives the Window and Help menus their roles', () => {
    const menu = build('darwin');
    expect(menu.items[4]?.role).toBe('windowMenu');
    expect(menu.items[5]?.role).toBe('help');
  });
});

describe('accelerators', () => {
  it('translate the renderer’s notation', () => {
    expect(toAccelerator('Mod+Z')).toBe('CmdOrCtrl+Z');
    expect(toAccelerator('Mod+Shift+Z')).toBe('CmdOrCtrl+Shift+Z');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('Mod+-')).toBe('CmdOrCtrl+-');
    expect(toAccelerator('Mod++')).toBe('CmdOrCtrl+Plus');
    expect(toAccelerator('Mod+0')).toBe('CmdOrCtrl+0');
  });

  it.each(['linux', 'darwin'] as const)('match the renderer’s shortcuts, which the menu leaves to the page (%s)', (platform) => {
    const menu = build(platform);
    const expected: Array<[MenuCommand, string]> = [
      ['undo', 'CmdOrCtrl+Z'],
      ['redo', 'CmdOrCtrl+Shift+Z'],
      ['zoomIn', 'CmdOrCtrl+='],
      ['zoomOut', 'CmdOrCtrl+-'],
      ['zoomReset', 'CmdOrCtrl+0'],
    ];
    for (const [command, accelerator] of expected) {
      const entry = item(menu, commandItemId(command));
      expect(entry.accelerator, command).toBe(accelerator);
      // One key press, one action: the page handles these keys itself.
      expect(entry.registerAccelerator, command).toBe(false);
    }
  });

  it('register New and Open, which only the menu offers', () => {
    const menu = build('linux');
    expect(item(menu, commandItemId('newWorkshop'))).toMatchObject({ accelerator: 'CmdOrCtrl+N', registerAccelerator: true });
    expect(item(menu, commandItemId('openWorkshop'))).toMatchObject({ accelerator: 'CmdOrCtrl+O', registerAccelerator: true });
  });

  it('are the very shortcuts of the renderer’s actions', async () => {
    const { undoAction, redoAction } = await import('../../../renderer/actions/history');
    const { zoomInAction, zoomOutAction, zoomResetAction } = await import('../../../renderer/actions/zoom');
    const { openExportAction } = await import('../../../renderer/actions/dialogs');
    const actions = { undo: undoAction, redo: redoAction, zoomIn: zoomInAction, zoomOut: zoomOutAction, zoomReset: zoomResetAction, exportWorkshop: openExportAction };
    for (const [command, shortcut] of Object.entries(RENDERER_SHORTCUTS)) {
      expect(actions[command as keyof typeof actions].keys, command).toContain(shortcut);
    }
  }, 20_000);

  it('never give two items the same key', () => {
    const accelerators = allItems(build('linux').items).flatMap((entry) => (entry.accelerator ? [entry.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
    expect(Object.values(MENU_SHORTCUTS).filter((shortcut) => (Object.values(RENDERER_SHORTCUTS) as string[]).includes(shortcut))).toEqual([]);
  });
});

describe('choosing an item', () => {
  it.each(['linux', 'darwin'] as const)('sends every command the contract names, each from its own item (%s)', (platform) => {
    const menu = build(platform);
    const commands = MenuCommandSchema.options.filter((command) => command !== 'openAudience');
    for (const command of commands) item(menu, commandItemId(command)).click();
    expect(sent).toEqual(commands);
  });

  it('asks main for a file from Import and from Restore, without troubling the page', () => {
    const menu = build('linux');
    item(menu, IMPORT_ITEM_ID).click();
    item(menu, RESTORE_ITEM_ID).click();
    expect(fileDialogs).toBe(2);
    expect(sent).toEqual([]);
    expect(item(menu, IMPORT_ITEM_ID).accelerator).toBe('CmdOrCtrl+Shift+O');
  });

  it('toggles the room’s window from View, ticked while it is open', () => {
    expect(item(build('linux', false), AUDIENCE_ITEM_ID)).toMatchObject({ type: 'checkbox', checked: false });
    const open = build('linux', true);
    expect(item(open, AUDIENCE_ITEM_ID).checked).toBe(true);
    item(open, AUDIENCE_ITEM_ID).click();
    expect(toggles).toBe(1);
    expect(sent).toEqual([]);
  });

  it('leaves roles to Electron: no click handler of ours', () => {
    for (const entry of allItems(build('darwin').items)) {
      if (entry.role) expect(entry.options.click, String(entry.role)).toBeUndefined();
    }
  });
});

describe('labels', () => {
  it('come from the catalogs: every item but macOS’s application menu is translated', () => {
    const keys: string[] = [];
    const recording = { ...options('darwin'), text: (key: string) => (keys.push(key), `«${key}»`) };
    const template = [...applicationMenuTemplate(recording), ...applicationMenuTemplate({ ...recording, platform: 'linux' })];
    const walk = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? walk(entry.submenu) : [])]);
    for (const entry of walk(template)) {
      if (entry.type === 'separator' || entry.label === 'Outmodel') continue;
      expect(entry.label, JSON.stringify(entry.role ?? entry.id)).toMatch(/^«desktop\.menu\.\w+»$/);
    }
    for (const key of keys) expect(Object.keys(desktopMenuEn), key).toContain(key.replace('desktop.menu.', ''));
  });

  it('exist in Hebrew for every English key', () => {
    expect(Object.keys(desktopMenuHe).sort()).toEqual(Object.keys(desktopMenuEn).sort());
    for (const [key, text] of Object.entries(desktopMenuEn)) {
      const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      expect(placeholders(desktopMenuHe[key as keyof typeof desktopMenuHe]), key).toEqual(placeholders(text));
    }
  });
});

describe('installApplicationMenu', () => {
  it('sets the menu, and sets it again with the new check mark on refresh', () => {
    const installed = installApplicationMenu(Menu as unknown as typeof ElectronMenu, options('linux'));
    expect(Menu.applicationMenuSets).toBe(1);
    expect(Menu.getApplicationMenu()?.getMenuItemById(AUDIENCE_ITEM_ID)?.checked).toBe(false);
    installed.refresh(true);
    expect(Menu.applicationMenuSets).toBe(2);
    expect(Menu.getApplicationMenu()?.getMenuItemById(AUDIENCE_ITEM_ID)?.checked).toBe(true);
  });
});
