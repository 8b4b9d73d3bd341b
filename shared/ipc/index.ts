import { z } from 'zod';

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
} as const;
export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

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
  'guide',
  'about',
]);
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

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
}

/** The global name under which the preload exposes the DesktopApi. */
export const DESKTOP_API_GLOBAL = 'desktop';

/** The address of the room's view of a workshop, relative to the app's index.html. */
export function audiencePath(workshopId: string): string {
  return `index.html?role=audience#/workshop/${encodeURIComponent(workshopId)}`;
}
