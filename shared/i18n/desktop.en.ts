/**
 * What the main process shows itself, in English: the application menu, the names of the
 * displays, the title of the room's window and the question before a link opens outside the
 * app. Merged into the catalog as `desktop.menu`.
 * macOS names the application menu after the app itself; every other label is from here.
 */
export const desktopMenuEn = {
  file: 'File',
  newWorkshop: 'New workshop',
  open: 'Open…',
  importWorkshop: 'Import a workshop file…',
  exportWorkshop: 'Export minutes and files…',
  backupAll: 'Back up all workshops…',
  restoreBackup: 'Restore from a backup…',
  snapshots: 'Restore a snapshot…',
  closeWindow: 'Close window',
  quit: 'Quit Outmodel',

  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',

  view: 'View',
  audienceWindow: 'The room’s window',
  fullScreen: 'Full screen',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Actual size',

  window: 'Window',
  minimize: 'Minimize',

  help: 'Help',
  guide: 'Guide',
  about: 'About Outmodel',

  // macOS: the application menu.
  services: 'Services',
  hide: 'Hide Outmodel',
  hideOthers: 'Hide others',
  showAll: 'Show all',

  /** A display in the list the facilitator chooses the room's screen from. */
  display: 'Display {{number}} ({{width}} × {{height}})',
  displayNamed: 'Display {{number}}: {{name}} ({{width}} × {{height}})',
  /** The title of the room's window (shown in the task bar and the window switcher). */
  audienceTitle: 'The room’s screen – Outmodel',

  /** Asked before a link leaves the app; the address is shown between the question and the detail. */
  openLinkQuestion: 'Open this link outside Outmodel?',
  openLinkDetail: 'It opens in your web browser or mail program. Open it only if you know where it leads.',
  openLink: 'Open',
  cancel: 'Cancel',
  openLinkFailed: 'Outmodel could not open this link. Copy the address into your browser or mail program instead.',
};
