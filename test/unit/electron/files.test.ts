import { mkdtemp, readFile, readdir, rm, writeFile, open as openFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OpenedFiles,
  PDF_WINDOW_OPTIONS,
  exportFile,
  filesInArguments,
  readOpenedFile,
  renderPdf,
  writeFileAtomic,
  type AtomicFs,
  type ExportDependencies,
} from '../../../electron/main/files';
import { safeFileName, type OpenedFile } from '../../../shared/ipc';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'outmodel-files-test-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const realFs: AtomicFs = { open: openFile, rename: (a, b) => import('node:fs/promises').then((fs) => fs.rename(a, b)), rm };

describe('an atomic write', () => {
  it('writes the whole file and leaves nothing else behind', async () => {
    const target = path.join(folder, 'minutes.md');
    await writeFileAtomic(target, '# Minutes\n\nשלום – ✓');
    expect(await readFile(target, 'utf8')).toBe('# Minutes\n\nשלום – ✓');
    expect(await readdir(folder)).toEqual(['minutes.md']);
  });

  it('replaces an older file whole', async () => {
    const target = path.join(folder, 'minutes.md');
    await writeFile(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it.each([
    ['the write fails half-way (a full disk)', 'write'],
    ['the rename fails', 'rename'],
  ])('when %s, keeps the old file as it was and removes the temporary one', async (_what, failing) => {
    const target = path.join(folder, 'minutes.md');
    await writeFile(target, 'the facilitator’s earlier export');
    const fs: AtomicFs = {
      ...realFs,
      open: (async (file: string, flags: string) => {
        const handle = await openFile(file, flags);
        if (failing !== 'write') return handle;
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: async (data: string | Uint8Array) => {
            await handle.writeFile(String(data).slice(0, 3));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          close: () => handle.close(),
        });
      }) as AtomicFs['open'],
      rename: failing === 'rename' ? async () => Promise.reject(new Error('EACCES: permission denied, rename')) : realFs.rename,
    };
    await expect(writeFileAtomic(target, 'a new export that never lands', fs)).rejects.toThrow(/ENOSPC|EACCES/);
    expect(await readFile(target, 'utf8')).toBe('the facilitator’s earlier export');
    expect(await readdir(folder)).toEqual(['minutes.md']);
  });
});

function deps(overrides: Partial<ExportDependencies> = {}): ExportDependencies & { dialogs: unknown[]; rendered: string[] } {
  const dialogs: unknown[] = [];
  const rendered: string[] = [];
  return {
    dialogs,
    rendered,
    defaultFolder: folder,
    text: (key) => `«${key}»`,
    showSaveDialog: async (options) => {
      dialogs.push(options);
      return { canceled: false, filePath: path.join(folder, 'chosen.md') };
    },
    renderPdf: async (html) => {
      rendered.push(html);
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
    ...overrides,
  };
}

describe('exporting a file', () => {
  it('offers a clean name in the documents folder, with the format’s extension and name', async () => {
    const d = deps();
    await exportFile({ format: 'markdown', suggestedName: 'Dev/Ops: "week" <1>', content: '# x' }, d);
    expect(d.dialogs[0]).toMatchObject({
      defaultPath: path.join(folder, 'Dev Ops week 1.md'),
      filters: [{ name: '«desktop.fileKinds.markdown»', extensions: ['md'] }],
    });
  });

  it('writes where the person chose and says where', async () => {
    const result = await exportFile({ format: 'markdown', suggestedName: 'Minutes', content: '# Minutes' }, deps());
    expect(result).toEqual({ status: 'saved', path: path.join(folder, 'chosen.md') });
    expect(await readFile(path.join(folder, 'chosen.md'), 'utf8')).toBe('# Minutes');
  });

  it('adds the extension when the person typed a name without one', async () => {
    const d = deps({ showSaveDialog: async () => ({ canceled: false, filePath: path.join(folder, 'poster') }) });
    const result = await exportFile({ format: 'pdf', suggestedName: 'Poster', content: '<p>Agreements</p>' }, d);
    expect(result).toEqual({ status: 'saved', path: path.join(folder, 'poster.pdf') });
    expect(d.rendered).toEqual(['<p>Agreements</p>']);
    expect(await readFile(path.join(folder, 'poster.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const d = deps({ showSaveDialog: async () => ({ canceled: true, filePath: '' }) });
    expect(await exportFile({ format: 'csv', suggestedName: 'Stickies', content: 'a,b' }, d)).toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a failed PDF or write in the system’s words and leaves no half file', async () => {
    const failingPdf = deps({ renderPdf: async () => Promise.reject(new Error('printing failed')) });
    expect(await exportFile({ format: 'pdf', suggestedName: 'Minutes', content: '<p/>' }, failingPdf)).toEqual({ status: 'failed', reason: 'printing failed' });
    const failingWrite = deps({ write: async () => Promise.reject(new Error('EROFS: read-only file system')) });
    expect(await exportFile({ format: 'markdown', suggestedName: 'Minutes', content: '#' }, failingWrite)).toEqual({
      status: 'failed',
      reason: 'EROFS: read-only file system',
    });
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('rendering a PDF', () => {
  it('loads the HTML from a private temporary file in a window that runs no script, then removes both', async () => {
    const events: string[] = [];
    let loaded = '';
    const pdf = await renderPdf('<h1>Minutes</h1>', (options) => {
      expect(options).toBe(PDF_WINDOW_OPTIONS);
      return {
        loadFile: async (file) => {
          loaded = file;
          events.push(`load ${await readFile(file, 'utf8')}`);
        },
        webContents: {
          printToPDF: async (o) => {
            events.push(`print ${o.pageSize}`);
            return new Uint8Array([37, 80, 68, 70]);
          },
        },
        destroy: () => events.push('destroy'),
      };
    });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF');
    expect(events).toEqual(['load <h1>Minutes</h1>', 'print A4', 'destroy']);
    await expect(readFile(loaded)).rejects.toThrow();
    expect(PDF_WINDOW_OPTIONS.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(PDF_WINDOW_OPTIONS.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(PDF_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined();
  });
});

describe('files the system asks the app to open', () => {
  it('finds workshop files among the command line’s arguments', () => {
    expect(filesInArguments(['/opt/Outmodel/outmodel', '--no-sandbox', '/home/sam/retro.outmodel', '/home/sam/notes.txt', 'C:\\Retro\\BACKUP.JSON'])).toEqual([
      '/home/sam/retro.outmodel',
      'C:\\Retro\\BACKUP.JSON',
    ]);
  });

  it('reads a file, and refuses one too large to be a workshop without reading it', async () => {
    const small = path.join(folder, 'retro.outmodel');
    await writeFile(small, '{"type":"outmodel-workshop"}');
    expect(await readOpenedFile(small)).toEqual({ name: 'retro.outmodel', text: '{"type":"outmodel-workshop"}', problem: null });
    let read = false;
    const huge = await readOpenedFile('/x/huge.outmodel', {
      stat: (async () => ({ size: 65 * 1024 * 1024 })) as never,
      readFile: (async () => {
        read = true;
        return '';
      }) as never,
    });
    expect(huge).toEqual({ name: 'huge.outmodel', text: null, problem: 'too-large' });
    expect(read).toBe(false);
    expect(await readOpenedFile(path.join(folder, 'missing.outmodel'))).toEqual({ name: 'missing.outmodel', text: null, problem: 'unreadable' });
  });

  it('holds files until the page asks, then delivers new ones at once; holds again when the page goes', async () => {
    const files = new OpenedFiles(async (p) => ({ name: path.basename(p), text: '{}', problem: null }));
    await files.open('/a/early.outmodel');
    const delivered: OpenedFile[] = [];
    expect(files.take((f) => (delivered.push(f), true)).map((f) => f.name)).toEqual(['early.outmodel']);
    await files.open('/a/later.outmodel');
    expect(delivered.map((f) => f.name)).toEqual(['later.outmodel']);
    files.detach();
    await files.open('/a/while-reloading.outmodel');
    expect(files.take(() => true).map((f) => f.name)).toEqual(['while-reloading.outmodel']);
  });
});

describe('file names', () => {
  it.each([
    ['Release week', 'md', 'Release week.md'],
    ['../../etc/passwd', 'csv', 'etc passwd.csv'],
    ['a\u202Eevil\u0000name', 'ics', 'a evil name.ics'],
    ['...', 'pdf', 'outmodel.pdf'],
    ['סדנת שחרור', 'html', 'סדנת שחרור.html'],
  ])('%j with .%s becomes %j', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });
});
