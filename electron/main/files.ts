import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { BrowserWindowConstructorOptions, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { EXPORT_FORMATS, MAX_TRANSFER_CHARS, safeFileName, type ExportRequest, type ExportResult, type OpenedFile } from '../../shared/ipc';

/** The file system calls an atomic write needs; injectable so a test can make any of them fail. */
export interface AtomicFs {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  rm: typeof fsp.rm;
}

const realFs: AtomicFs = { open: fsp.open, rename: fsp.rename, rm: fsp.rm };

/**
 * Writes a file whole or not at all: the bytes go to a temporary file beside the target, are
 * flushed to the disk, and only then renamed over the target (a rename within one folder is
 * atomic). On any failure the temporary file is removed and the target is as it was.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicFs = realFs): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  // The rename itself reaches the disk once the folder is flushed; not every system allows it.
  await fsp
    .open(path.dirname(target), 'r')
    .then(async (dir) => {
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    })
    .catch(() => undefined);
}

export interface PdfWindow {
  loadFile(filePath: string): Promise<void>;
  webContents: { printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array> };
  destroy(): void;
}

/**
 * Options of the hidden window that turns the minutes' HTML into a PDF: no script, no preload,
 * an in-memory session of its own (so nothing of the app's storage is reachable from it).
 */
export const PDF_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    partition: 'outmodel-print',
    spellcheck: false,
  },
};

/** Renders self-contained HTML to an A4 PDF in a hidden window that runs no script. */
export async function renderPdf(html: string, createWindow: (options: BrowserWindowConstructorOptions) => PdfWindow): Promise<Uint8Array> {
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'outmodel-print-'));
  const file = path.join(folder, 'print.html');
  const window = createWindow(PDF_WINDOW_OPTIONS);
  try {
    await fsp.writeFile(file, html, 'utf8');
    await window.loadFile(file);
    return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    window.destroy();
    await fsp.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The save dialog's name for each kind of file. */
const FILE_KIND_LABELS: Record<ExportRequest['format'], string> = {
  markdown: 'desktop.fileKinds.markdown',
  html: 'desktop.fileKinds.html',
  pdf: 'desktop.fileKinds.pdf',
  csv: 'desktop.fileKinds.csv',
  ics: 'desktop.fileKinds.ics',
  workshop: 'desktop.fileKinds.workshop',
};

export interface ExportDependencies {
  showSaveDialog(options: SaveDialogOptions): Promise<Pick<SaveDialogReturnValue, 'canceled' | 'filePath'>>;
  renderPdf(html: string): Promise<Uint8Array>;
  write?(target: string, data: string | Uint8Array): Promise<void>;
  /** The folder the dialog opens in the first time (Documents). */
  defaultFolder: string;
  text(key: string): string;
}

/** Saves one export: ask where, make the bytes, write them atomically; a failure is reported, never thrown. */
export async function exportFile(request: ExportRequest, deps: ExportDependencies): Promise<ExportResult> {
  const { extension } = EXPORT_FORMATS[request.format];
  const fileName = safeFileName(request.suggestedName.replace(/\.[a-z]{1,8}$/i, ''), extension);
  const choice = await deps.showSaveDialog({
    defaultPath: path.join(deps.defaultFolder, fileName),
    filters: [{ name: deps.text(FILE_KIND_LABELS[request.format]), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const target = path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.${extension}`;
  try {
    const data = request.format === 'pdf' ? await deps.renderPdf(request.content) : request.content;
    await (deps.write ?? writeFileAtomic)(target, data);
    return { status: 'saved', path: target };
  } catch (error) {
    return { status: 'failed', reason: (error instanceof Error ? error.message : String(error)).slice(0, 2000) };
  }
}

/** The file name extensions the app opens from the system (double-click, "Open with"). */
export const OPENABLE_EXTENSIONS = ['.outmodel', '.json'];

/** The workshop files among a command line's arguments (Windows and Linux pass them so). */
export function filesInArguments(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => !arg.startsWith('-') && OPENABLE_EXTENSIONS.includes(path.extname(arg).toLowerCase()));
}

/** Reads a file the system asked the app to open, refusing what is too large to be a workshop. */
export async function readOpenedFile(filePath: string, fs: Pick<typeof fsp, 'stat' | 'readFile'> = fsp): Promise<OpenedFile> {
  const name = path.basename(filePath).slice(0, 1000);
  try {
    const { size } = await fs.stat(filePath);
    // A UTF-8 character is at least one byte: more bytes than the limit allows characters is too many.
    if (size > MAX_TRANSFER_CHARS) return { name, text: null, problem: 'too-large' };
    const text = await fs.readFile(filePath, 'utf8');
    return { name, text, problem: null };
  } catch {
    return { name, text: null, problem: 'unreadable' };
  }
}

/**
 * Files the system asked the app to open: held until the facilitator's window asks for them
 * (it may still be loading), then delivered as they come.
 */
export class OpenedFiles {
  private pending: OpenedFile[] = [];
  private deliver: ((file: OpenedFile) => boolean) | null = null;

  constructor(private readonly read: (filePath: string) => Promise<OpenedFile> = readOpenedFile) {}

  async open(filePath: string): Promise<void> {
    const file = await this.read(filePath);
    if (!this.deliver || !this.deliver(file)) this.pending.push(file);
  }

  /** The page is listening: hand over what waited, and deliver the rest through `send`. */
  take(send: (file: OpenedFile) => boolean): OpenedFile[] {
    this.deliver = send;
    const waiting = this.pending;
    this.pending = [];
    return waiting;
  }

  /** The page went away: hold files again until the next one asks. */
  detach(): void {
    this.deliver = null;
  }
}

