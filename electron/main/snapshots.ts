import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SNAPSHOT_REASONS, SnapshotIdSchema, SnapshotWriteSchema, type SnapshotInfo, type SnapshotReason, type SnapshotWrite } from '../../shared/ipc';
import { writeFileAtomic } from './files';

/** The file system calls the store makes; injectable so a test can make any of them fail. */
export type SnapshotFs = Pick<typeof fsp, 'open' | 'rename' | 'rm' | 'mkdir' | 'readdir' | 'readFile' | 'stat'>;

const realFs: SnapshotFs = {
  open: fsp.open,
  rename: fsp.rename,
  rm: fsp.rm,
  mkdir: fsp.mkdir,
  readdir: fsp.readdir,
  readFile: fsp.readFile,
  stat: fsp.stat,
};

export interface SnapshotStoreOptions {
  fs?: Partial<SnapshotFs>;
  now?: () => Date;
}

/** Thrown for an id that is not one the store hands out, or one that is no longer there. */
export class SnapshotNotFoundError extends Error {
  override name = 'SnapshotNotFoundError';
}

const SNAPSHOT_EXTENSION = '.outmodel';
const META_FILE = 'meta.json';
const FOLDER_PREFIX = 'workshop-';
const FOLDER_PATTERN = /^workshop-[A-Za-z0-9-]{1,64}$/;
const SNAPSHOT_FILE_PATTERN = new RegExp(`^(\\d{8}T\\d{9}Z)-(${SNAPSHOT_REASONS.join('|')})-([0-9a-f]{8})\\.outmodel$`);
/** writeFileAtomic's temporary files, and folders half-way through `deleteWorkshop`. */
const TEMPORARY_FILE_PATTERN = /^\..+\.tmp$/;
const DELETING_PREFIX = '.deleting-';

const MetaSchema = z.object({ version: z.literal(1), titles: z.record(z.string(), z.string().max(200)) });
type Meta = z.infer<typeof MetaSchema>;

/** The folder of one workshop: its id with ':' made '-', and only after the id was checked. */
export function snapshotFolderName(workshopId: string): string {
  const id = SnapshotWriteSchema.shape.workshopId.parse(workshopId);
  return id.replace(':', '-');
}

function workshopIdOf(folder: string): string {
  return `workshop:${folder.slice(FOLDER_PREFIX.length)}`;
}

/** `2026-03-12T18:00:00.123Z` ⇄ `20260312T180000123Z`: sorts like the time, and fits any file system. */
function compactTime(date: Date): string {
  const compact = date.toISOString().replace(/[-:.]/g, '');
  if (!/^\d{8}T\d{9}Z$/.test(compact)) throw new Error(`The system clock reads ${date.toISOString()}, which is no time to date a snapshot by.`);
  return compact;
}

function isoTime(compact: string): string {
  const [, y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(compact) ?? [];
  return `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
}

interface ParsedName {
  file: string;
  compact: string;
  reason: SnapshotReason;
}

function parseSnapshotName(file: string): ParsedName | null {
  const match = SNAPSHOT_FILE_PATTERN.exec(file);
  if (!match) return null;
  return { file, compact: match[1] ?? '', reason: match[2] as SnapshotReason };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * The snapshots of every workshop, kept as workshop files in the app's data folder:
 *
 *   <root>/workshop-<id>/20260312T180000123Z-phase-1a2b3c4d.outmodel   one snapshot: the text as given
 *   <root>/workshop-<id>/meta.json                                      { version: 1, titles: { <file>: <title> } }
 *
 * A snapshot's id is `<folder>.<file>`. The file name carries the time, the reason and the order,
 * and the file's size is its byte count, so listing reads folders and stats files but never
 * opens a snapshot. A file is listed only once it was renamed into place whole; the temporary
 * files of a write cut short (`.<name>.<random>.tmp`) match no snapshot name, and neither do the
 * `.deleting-…` folders of a deletion cut short: `cleanUp()` removes both.
 */
export class SnapshotStore {
  readonly root: string;
  readonly #fs: SnapshotFs;
  readonly #now: () => Date;
  /** Writes, deletions and the clean-up run one after another: each reads a folder, then changes it. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(root: string, { fs = {}, now = () => new Date() }: SnapshotStoreOptions = {}) {
    this.root = path.resolve(root);
    this.#fs = { ...realFs, ...fs };
    this.#now = now;
  }

  /** Keeps one snapshot, written whole or not at all, then removes the oldest of that workshop beyond `keep`. */
  async write(request: SnapshotWrite): Promise<SnapshotInfo> {
    const { workshopId, title, reason, content, keep } = SnapshotWriteSchema.parse(request);
    const folder = snapshotFolderName(workshopId);
    return this.#exclusive(async () => {
      const directory = path.join(this.root, folder);
      await this.#fs.mkdir(directory, { recursive: true });
      const existing = await this.#snapshotNames(directory);
      // Never older than the newest one kept: with a clock set back, the new snapshot would
      // otherwise sort as the oldest and be the first the rotation removes.
      const newest = existing[0] ? Date.parse(isoTime(existing[0].compact)) : -Infinity;
      const takenAt = new Date(Math.max(this.#now().getTime(), newest + 1));
      const file = `${compactTime(takenAt)}-${reason}-${randomBytes(4).toString('hex')}${SNAPSHOT_EXTENSION}`;
      await writeFileAtomic(path.join(directory, file), content, this.#fs);

      const kept = [file, ...existing.map((name) => name.file)].slice(0, keep);
      const surplus = existing.filter((name) => !kept.includes(name.file));
      await this.#recordTitles(directory, file, title, kept).catch((error: unknown) => {
        // The snapshot itself is safe; without its title it is listed under the newest one known.
        console.warn(`Outmodel kept a snapshot of ${workshopId} but could not note its title:`, error);
      });
      for (const name of surplus) await this.#fs.rm(path.join(directory, name.file), { force: true });

      return {
        id: `${folder}.${file}`,
        workshopId,
        title,
        reason,
        takenAt: takenAt.toISOString(),
        bytes: Buffer.byteLength(content, 'utf8'),
      };
    });
  }

  /** Every snapshot of every workshop, newest first. */
  async list(): Promise<SnapshotInfo[]> {
    const infos: SnapshotInfo[] = [];
    for (const folder of await this.#workshopFolders()) {
      const directory = path.join(this.root, folder);
      const names = await this.#snapshotNames(directory);
      const { titles } = await this.#readMeta(directory);
      // A snapshot whose title was not recorded (the app stopped between the two writes) takes the newest known one.
      const fallbackTitle = names.map((name) => titles[name.file]).find((title) => title !== undefined) ?? '';
      for (const name of names) {
        let bytes: number;
        try {
          bytes = (await this.#fs.stat(path.join(directory, name.file))).size;
        } catch (error) {
          if (isMissing(error)) continue; // rotated away while we looked
          throw error;
        }
        infos.push({
          id: `${folder}.${name.file}`,
          workshopId: workshopIdOf(folder),
          title: titles[name.file] ?? fallbackTitle,
          reason: name.reason,
          takenAt: isoTime(name.compact),
          bytes,
        });
      }
    }
    return infos.sort((a, b) => (a.takenAt === b.takenAt ? b.id.localeCompare(a.id) : a.takenAt < b.takenAt ? 1 : -1));
  }

  /** The workshop file text of one snapshot. */
  async read(id: string): Promise<string> {
    const file = this.#resolve(id);
    try {
      return await this.#fs.readFile(file, 'utf8');
    } catch (error) {
      if (isMissing(error)) throw new SnapshotNotFoundError(`The snapshot ${id} is no longer kept: a newer one may have replaced it.`);
      throw error;
    }
  }

  /** Removes every snapshot of one workshop, its folder included; returns how many snapshots went. */
  async deleteWorkshop(workshopId: string): Promise<number> {
    const folder = snapshotFolderName(workshopId);
    return this.#exclusive(async () => {
      // One rename takes the whole folder out of the listing at once; removing its files can
      // then be cut short without any of them showing up again (`cleanUp()` finishes the job).
      const doomed = path.join(this.root, `${DELETING_PREFIX}${folder}-${randomBytes(4).toString('hex')}`);
      try {
        await this.#fs.rename(path.join(this.root, folder), doomed);
      } catch (error) {
        if (isMissing(error)) return 0;
        throw error;
      }
      const count = (await this.#snapshotNames(doomed)).length;
      await this.#fs.rm(doomed, { recursive: true, force: true });
      return count;
    });
  }

  /** Removes what a write or a deletion cut short left behind; returns how many entries went. */
  cleanUp(): Promise<number> {
    return this.#exclusive(async () => {
      let removed = 0;
      for (const entry of await this.#entries(this.root)) {
        if (entry.startsWith(DELETING_PREFIX)) {
          await this.#fs.rm(path.join(this.root, entry), { recursive: true, force: true });
          removed += 1;
        } else if (FOLDER_PATTERN.test(entry)) {
          for (const file of await this.#entries(path.join(this.root, entry))) {
            if (!TEMPORARY_FILE_PATTERN.test(file)) continue;
            await this.#fs.rm(path.join(this.root, entry, file), { force: true });
            removed += 1;
          }
        }
      }
      return removed;
    });
  }

  /** The path of a snapshot, from an id only this store could have made: never anywhere outside it. */
  #resolve(id: string): string {
    const refused = (): SnapshotNotFoundError => new SnapshotNotFoundError(`There is no snapshot called ${JSON.stringify(id.slice(0, 220))}.`);
    if (!SnapshotIdSchema.safeParse(id).success) throw refused();
    const dot = id.indexOf('.');
    const folder = id.slice(0, dot);
    const file = id.slice(dot + 1);
    if (dot < 0 || !FOLDER_PATTERN.test(folder) || !parseSnapshotName(file)) throw refused();
    const resolved = path.join(this.root, folder, file);
    if (path.dirname(path.dirname(resolved)) !== this.root) throw refused();
    return resolved;
  }

  async #workshopFolders(): Promise<string[]> {
    return (await this.#entries(this.root)).filter((entry) => FOLDER_PATTERN.test(entry));
  }

  /** The snapshots in one folder, newest first. */
  async #snapshotNames(directory: string): Promise<ParsedName[]> {
    const names = (await this.#entries(directory)).map(parseSnapshotName).filter((name): name is ParsedName => name !== null);
    return names.sort((a, b) => (a.file < b.file ? 1 : a.file > b.file ? -1 : 0));
  }

  async #entries(directory: string): Promise<string[]> {
    try {
      return await this.#fs.readdir(directory);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  async #recordTitles(directory: string, file: string, title: string, kept: readonly string[]): Promise<void> {
    const { titles: known } = await this.#readMeta(directory);
    const titles: Meta['titles'] = { [file]: title };
    for (const name of kept) if (name !== file && known[name] !== undefined) titles[name] = known[name];
    await writeFileAtomic(path.join(directory, META_FILE), `${JSON.stringify({ version: 1, titles } satisfies Meta)}\n`, this.#fs);
  }

  /** The titles; a missing or damaged meta.json costs only the titles, never a snapshot. */
  async #readMeta(directory: string): Promise<Meta> {
    try {
      const parsed = MetaSchema.safeParse(JSON.parse(await this.#fs.readFile(path.join(directory, META_FILE), 'utf8')));
      if (parsed.success) return parsed.data;
    } catch (error) {
      if (!isMissing(error) && !(error instanceof SyntaxError)) throw error;
    }
    return { version: 1, titles: {} };
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
