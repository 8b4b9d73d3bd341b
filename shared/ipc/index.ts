import { z } from 'zod';
import type { RoomAnswer, RoomInterface, RoomStart, RoomStatus, RoomViews } from '../room/protocol';
import { ROOM_CHANNELS, type RoomCommandMessage } from './room';

export * from './room';

/**
 * The one contract between the renderer and the main process. Every channel is declared here,
 * with the schema both sides validate its payload against.
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
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS] | (typeof ROOM_CHANNELS)[keyof typeof ROOM_CHANNELS];

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Where this renderer runs: the desktop app, or a plain browser (`npm run web`). */
  shell: z.enum(['electron', 'browser']),
  /** The operating system (Node's `process.platform`), or the browser's user agent platform. */
  os: z.string(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const DisplaySchema = z.object({
  id: z.number().int(),
  label: z.string().max(200),
  primary: z.boolean(),
  width: z.number().int().min(0),
  height: z.number().int().min(0),
});
export type DisplayInfo = z.infer<typeof DisplaySchema>;

/** Which workshop the audience window shows, and on which display (none: the remembered or default one). */
export const OpenAudienceSchema = z.object({
  workshopId: z.string().regex(/^workshop:[A-Za-z0-9-]{1,64}$/),
  displayId: z.number().int().nullable(),
});
export type OpenAudience = z.infer<typeof OpenAudienceSchema>;

export const AudienceStateSchema = z.object({
  open: z.boolean(),
  displayId: z.number().int().nullable(),
  fullScreen: z.boolean(),
});
export type AudienceState = z.infer<typeof AudienceStateSchema>;

export const AudienceEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('opened'), state: AudienceStateSchema }),
  z.object({ kind: z.literal('moved'), state: AudienceStateSchema }),
  /** Closed by the person, or because its display was unplugged. */
  z.object({ kind: z.literal('closed'), reason: z.enum(['closed', 'display-removed']) }),
]);
export type AudienceEvent = z.infer<typeof AudienceEventSchema>;

/**
 * The application menu's items that are the renderer's own actions: main sends the name, the
 * facilitator's window performs the action (exactly as its shortcut or button would).
 */
export const MenuCommandSchema = z.enum([
  'newWorkshop',
  'openWorkshop',
  'undo',
  'redo',
  'zoomIn',
  'zoomOut',
  'zoomReset',
  /** Open the audience window for the workshop on screen (main cannot know which that is). */
  'openAudience',
  'exportWorkshop',
  'backupAll',
  /** Restore a snapshot: the list of snapshots kept, with dates. */
  'snapshots',
  'guide',
  'about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

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

export const ExportRequestSchema = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES),
  /** The file name offered in the save dialog, without folder; main cleans it again. */
  suggestedName: z.string().min(1).max(200),
  content: z.string().max(MAX_TRANSFER_CHARS),
});
export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export const ExportResultSchema = z.discriminatedUnion('status', [
  /** Written whole; `path` is where (null in a browser, which downloads). */
  z.object({ status: z.literal('saved'), path: z.string().nullable() }),
  z.object({ status: z.literal('cancelled') }),
  /** Nothing was written, or what was half-written was removed; `reason` is the system's words. */
  z.object({ status: z.literal('failed'), reason: z.string().max(2000) }),
]);
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const OpenedFileSchema = z.object({
  name: z.string().max(1000),
  /** The file's text, or null with `problem` when it could not be read. */
  text: z.string().max(MAX_TRANSFER_CHARS).nullable(),
  problem: z.enum(['too-large', 'unreadable']).nullable(),
});
export type OpenedFile = z.infer<typeof OpenedFileSchema>;

/** Why a snapshot was taken. */
export const SNAPSHOT_REASONS = ['interval', 'phase', 'before-import', 'before-restore', 'before-upgrade', 'manual'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** How many snapshots each workshop keeps, unless the facilitator sets another number. */
export const DEFAULT_SNAPSHOTS_KEPT = 20;
export const MAX_SNAPSHOTS_KEPT = 200;

const WorkshopIdField = z.string().regex(/^workshop:[A-Za-z0-9-]{1,64}$/);
/** A snapshot's name in the store: letters, digits, dot, dash and underscore only (never a path). */
export const SnapshotIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/);

export const SnapshotWriteSchema = z.object({
  workshopId: WorkshopIdField,
  title: z.string().max(200),
  reason: z.enum(SNAPSHOT_REASONS),
  /** The workshop file (JSON text) the renderer serialised. */
  content: z.string().min(2).max(MAX_TRANSFER_CHARS),
  /** How many snapshots of this workshop to keep, the newest; older ones are removed after the write. */
  keep: z.number().int().min(1).max(MAX_SNAPSHOTS_KEPT),
});
export type SnapshotWrite = z.infer<typeof SnapshotWriteSchema>;

export const SnapshotInfoSchema = z.object({
  id: SnapshotIdSchema,
  workshopId: WorkshopIdField,
  title: z.string().max(200),
  reason: z.enum(SNAPSHOT_REASONS),
  /** When it was taken (ISO timestamp). */
  takenAt: z.string().max(40),
  bytes: z.number().int().min(0),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfoSchema>;

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

/** What the renderer may ask of the operating system; in Electron the preload exposes exactly this. */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  listDisplays(): Promise<DisplayInfo[]>;
  /** Opens (or moves) the room's window: full screen on a second display, a normal window on one. */
  openAudience(request: OpenAudience): Promise<AudienceState>;
  closeAudience(): Promise<void>;
  /** Tells the facilitator's window what became of the audience window; returns an unsubscribe. */
  onAudienceEvent(listener: (event: AudienceEvent) => void): () => void;
  /** Tells the facilitator's window which menu command was chosen; returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Saves an export: a native save dialog and an atomic write, or a download in a browser. */
  exportFile(request: ExportRequest): Promise<ExportResult>;
  /** Workshop files the app was opened with (double-click) before the page listened; empties the queue. */
  takeOpenedFiles(): Promise<OpenedFile[]>;
  /** Tells the facilitator's window about a workshop file opened later; returns an unsubscribe. */
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /**
   * Keeps a snapshot of a workshop, written atomically; then removes the oldest beyond `keep`.
   * Desktop: workshop files in the app's data folder. Browser: a second database.
   */
  writeSnapshot(request: SnapshotWrite): Promise<SnapshotInfo>;
  /** Every snapshot kept, newest first. */
  listSnapshots(): Promise<SnapshotInfo[]>;
  /** A snapshot's workshop file text; rejects when it is gone. */
  readSnapshot(id: string): Promise<string>;
  /** Removes every snapshot of one workshop; returns how many went. */
  deleteSnapshots(workshopId: string): Promise<number>;
  /** The network interfaces room join can listen on: the LAN ones, then this computer only. */
  roomInterfaces(): Promise<RoomInterface[]>;
  /** Starts room join on one interface; nothing listens before. */
  startRoom(request: RoomStart): Promise<RoomStatus>;
  /** Stops room join: the listener and every phone's session close at once. */
  stopRoom(): Promise<RoomStatus>;
  roomStatus(): Promise<RoomStatus>;
  /** Tells every window when room join starts, stops, or its phones change; returns an unsubscribe. */
  onRoomStatus(listener: (status: RoomStatus) => void): () => void;
  /** Hands the facilitator's window each phone's command; answer it with `answerRoomCommand`. */
  onRoomCommand(listener: (message: RoomCommandMessage) => void): () => void;
  /** The window's answer, sent once the write is committed (the phone hears it only then). */
  answerRoomCommand(id: string, answer: RoomAnswer): Promise<void>;
  /** What each group's phones may see and do now. */
  publishRoom(views: RoomViews): Promise<void>;
}

/** The global name under which the preload exposes the DesktopApi. */
export const DESKTOP_API_GLOBAL = 'desktop';

/** The address of the room's view of a workshop, relative to the app's index.html. */
export function audiencePath(workshopId: string): string {
  return `index.html?role=audience#/workshop/${encodeURIComponent(workshopId)}`;
}
