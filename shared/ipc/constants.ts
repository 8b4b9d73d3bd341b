/*
 * The IPC contract's plain values, apart from its schemas: the renderer's start needs these and
 * not the schemas (building zod schemas costs a start milliseconds).
 */

/**
 * The one contract between the renderer and the main process. Every channel is declared here;
 * the schemas both sides validate its payload against are in index.ts.
 */
export const IPC_CHANNELS = {
  getAppInfo: 'app:get-info',
  listDisplays: 'audience:list-displays',
  openAudience: 'audience:open',
  closeAudience: 'audience:close',
  /** Main → facilitator window: the audience window opened, moved or closed. */
  audienceEvent: 'audience:event',
  /** Main → facilitator window: a menu item that is one of the renderer's actions was chosen. */
  menuCommand: 'menu:command',
  /** Renderer → main: save an export through the native save dialog (PDF: render the HTML first). */
  exportFile: 'file:export',
  /** Renderer → main: the workshop files the app was asked to open before the page could hear it. */
  takeOpenedFiles: 'file:take-opened',
  /** Main → facilitator window: a workshop file was double-clicked or dropped on the app's icon. */
  fileOpened: 'file:opened',
  /** Renderer → main: keep a snapshot (a workshop file the renderer serialised) in the app's data folder. */
  writeSnapshot: 'snapshot:write',
  listSnapshots: 'snapshot:list',
  readSnapshot: 'snapshot:read',
  /** Renderer → main: remove every snapshot of one workshop (it was deleted for good). */
  deleteSnapshots: 'snapshot:delete-workshop',
} as const;
/** What can be exported, with the file name extension and type each is saved as. */
export const EXPORT_FORMATS = {
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  html: { extension: 'html', mime: 'text/html;charset=utf-8' },
  /** Sent as the HTML to print; main (or the browser's print) makes the PDF. */
  pdf: { extension: 'pdf', mime: 'application/pdf' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  ics: { extension: 'ics', mime: 'text/calendar;charset=utf-8' },
  workshop: { extension: 'outmodel', mime: 'application/json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** The largest export the renderer may hand over, and the largest file the app opens (bytes of text). */
export const MAX_TRANSFER_CHARS = 64 * 1024 * 1024;

/** Why a snapshot was taken. */
export const SNAPSHOT_REASONS = ['interval', 'phase', 'before-import', 'before-restore', 'before-upgrade', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** How many snapshots each workshop keeps, unless the facilitator sets another number. */
export const DEFAULT_SNAPSHOTS_KEPT = 20;
export const MAX_SNAPSHOTS_KEPT = 200;

/** A file name without folders, control characters or characters some systems refuse. */
export function safeFileName(name: string, extension: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || 'outmodel'}.${extension}`;
}

/** The global name under which the preload exposes the DesktopApi. */
export const DESKTOP_API_GLOBAL = 'desktop';

/** The address of the room's view of a workshop, relative to the app's index.html. */
export function audiencePath(workshopId: string): string {
  return `index.html?role=audience#/workshop/${encodeURIComponent(workshopId)}`;
}
