import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import type { Translate } from './displays';

/**
 * The renderer's own shortcuts for the actions the menu also offers, in the renderer's notation
 * (renderer/actions: "Mod" is Ctrl, or Cmd on a Mac). The menu shows them; the renderer keeps
 * handling them itself, so on Windows and Linux they are not registered with the menu (one
 * press, one action), and on macOS the menu gets a key only when the page did not handle it.
 */
export const RENDERER_SHORTCUTS = {
  undo: 'Mod+Z',
  redo: 'Mod+Shift+Z',
  zoomIn: 'Mod+=',
  zoomOut: 'Mod+-',
  zoomReset: 'Mod+0',
  exportWorkshop: 'Mod+E',
} as const satisfies Partial<Record<MenuCommand, string>>;

/** Shortcuts only the menu has: the renderer does not know them, so the menu registers them. */
export const MENU_SHORTCUTS = {
  newWorkshop: 'Mod+N',
  openWorkshop: 'Mod+O',
} as const satisfies Partial<Record<MenuCommand, string>>;

/** "Mod+Shift+Z" → Electron's "CmdOrCtrl+Shift+Z". */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part, index, parts) => (part === '' && index === parts.length - 1 ? 'Plus' : part === 'Mod' ? 'CmdOrCtrl' : part))
    .filter((part) => part !== '')
    .join('+');
}

export interface MenuHandlers {
  /** Sends a command to the facilitator's window, which performs the action. */
  command(command: MenuCommand): void;
  /** Closes the room's window when it is open; otherwise asks the facilitator's window to open it. */
  toggleAudience(): void;
  /** Asks for a workshop file or a backup and hands it to the facilitator's window. */
  openFile(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  text: Translate;
  /** Whether the room's window is open now: the check mark of View → The room's window. */
  audienceOpen: boolean;
  handlers: MenuHandlers;
}

/** The menu id of an item that sends `command`; tests and the lead find items by it. */
export function commandItemId(command: MenuCommand): string {
  return `command:${command}`;
}

export const AUDIENCE_ITEM_ID = 'audience-window';
export const IMPORT_ITEM_ID = 'import-file';
export const RESTORE_ITEM_ID = 'restore-backup';
/** Import opens the system's file dialog from main: a page may not open one without a click. */
export const IMPORT_SHORTCUT = 'Mod+Shift+O';

/**
 * The application menu by the platform's conventions, every label from the catalogs. Only the
 * Window and Help menus carry a menu role (macOS then lists the windows and adds help search):
 * a role on File, Edit or View would bring Electron's own items and labels.
 */
export function applicationMenuTemplate({ platform, text, audienceOpen, handlers }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (name: MenuCommand, label: string): MenuItemConstructorOptions => {
    const item: MenuItemConstructorOptions = { id: commandItemId(name), label, click: () => handlers.command(name) };
    const rendererShortcut = (RENDERER_SHORTCUTS as Partial<Record<MenuCommand, string>>)[name];
    const menuShortcut = (MENU_SHORTCUTS as Partial<Record<MenuCommand, string>>)[name];
    if (rendererShortcut) return { ...item, accelerator: toAccelerator(rendererShortcut), registerAccelerator: false };
    if (menuShortcut) return { ...item, accelerator: toAccelerator(menuShortcut) };
    return item;
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    // macOS shows the app's name here whatever the label says.
    label: 'Outmodel',
    submenu: [
      command('about', text('desktop.menu.about')),
      separator,
      { role: 'services', label: text('desktop.menu.services') },
      separator,
      { role: 'hide', label: text('desktop.menu.hide') },
      { role: 'hideOthers', label: text('desktop.menu.hideOthers') },
      { role: 'unhide', label: text('desktop.menu.showAll') },
      separator,
      { role: 'quit', label: text('desktop.menu.quit') },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: text('desktop.menu.file'),
    submenu: [
      command('newWorkshop', text('desktop.menu.newWorkshop')),
      command('openWorkshop', text('desktop.menu.open')),
      separator,
      { id: IMPORT_ITEM_ID, label: text('desktop.menu.importWorkshop'), accelerator: toAccelerator(IMPORT_SHORTCUT), click: () => handlers.openFile() },
      command('exportWorkshop', text('desktop.menu.exportWorkshop')),
      separator,
      command('backupAll', text('desktop.menu.backupAll')),
      { id: RESTORE_ITEM_ID, label: text('desktop.menu.restoreBackup'), click: () => handlers.openFile() },
      command('snapshots', text('desktop.menu.snapshots')),
      separator,
      { role: 'close', label: text('desktop.menu.closeWindow') },
      ...(mac ? [] : [separator, { role: 'quit', label: text('desktop.menu.quit') } as MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: text('desktop.menu.edit'),
    submenu: [
      command('undo', text('desktop.menu.undo')),
      command('redo', text('desktop.menu.redo')),
      separator,
      { role: 'cut', label: text('desktop.menu.cut') },
      { role: 'copy', label: text('desktop.menu.copy') },
      { role: 'paste', label: text('desktop.menu.paste') },
      { role: 'selectAll', label: text('desktop.menu.selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: text('desktop.menu.view'),
    submenu: [
      {
        id: AUDIENCE_ITEM_ID,
        label: text('desktop.menu.audienceWindow'),
        type: 'checkbox',
        checked: audienceOpen,
        click: () => handlers.toggleAudience(),
      },
      separator,
      { role: 'togglefullscreen', label: text('desktop.menu.fullScreen') },
      separator,
      command('zoomIn', text('desktop.menu.zoomIn')),
      command('zoomOut', text('desktop.menu.zoomOut')),
      command('zoomReset', text('desktop.menu.zoomReset')),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: text('desktop.menu.window'),
    role: 'windowMenu',
    submenu: [{ role: 'minimize', label: text('desktop.menu.minimize') }],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: text('desktop.menu.help'),
    role: 'help',
    submenu: [
      command('guide', text('desktop.menu.guide')),
      // On macOS About lives in the application menu.
      ...(mac ? [] : [command('about', text('desktop.menu.about'))]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

export interface ApplicationMenu {
  /** Builds the menu again: the room's window opened or closed, or the system's language changed. */
  refresh(audienceOpen: boolean): void;
}

/** Sets the application menu now and returns how to refresh it. */
export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: MenuOptions,
): ApplicationMenu {
  const set = (audienceOpen: boolean): void => {
    menu.setApplicationMenu(menu.buildFromTemplate(applicationMenuTemplate({ ...options, audienceOpen })));
  };
  set(options.audienceOpen);
  return { refresh: set };
}
