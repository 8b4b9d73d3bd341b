import { mkdir, readFile } from 'node:fs/promises';
import { writeFileAtomic } from './files';
import path from 'node:path';
import { z } from 'zod';

/** The file, in the app's userData folder, that remembers which display the room's window used. */
export const DISPLAY_MEMORY_FILE = 'audience-displays.json';

/** Enough for every room a facilitator works in; the oldest choices are forgotten first. */
export const MAX_REMEMBERED_SETS = 32;

const StoredSchema = z.object({
  version: z.literal(1),
  /** Display-set key → the display chosen for it, oldest first. */
  choices: z.record(z.string().max(2000), z.number().int()),
});
type Stored = z.infer<typeof StoredSchema>;

/**
 * Remembers the display chosen for each set of displays, in a small JSON file. Reading is
 * synchronous from memory (loaded once); every change is written to a temporary file, flushed,
 * then renamed over the old one, so a crash or a full disk never leaves half a file behind.
 * Writes are queued, so two quick choices land in the order they were made.
 */
export class DisplayMemory {
  readonly #file: string;
  readonly #choices: Map<string, number>;
  #writing: Promise<void> = Promise.resolve();

  private constructor(file: string, choices: Map<string, number>) {
    this.#file = file;
    this.#choices = choices;
  }

  /** Loads the file in `directory`; a missing, unreadable or malformed file is an empty memory. */
  static async load(directory: string): Promise<DisplayMemory> {
    const file = path.join(directory, DISPLAY_MEMORY_FILE);
    let stored: Stored | null = null;
    try {
      const parsed = StoredSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (parsed.success) stored = parsed.data;
      else console.warn(`Outmodel ignores ${file}: it is not a display memory it wrote.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`Outmodel could not read ${file}:`, error);
    }
    return new DisplayMemory(file, new Map(Object.entries(stored?.choices ?? {})));
  }

  get file(): string {
    return this.#file;
  }

  recall(setKey: string): number | undefined {
    return this.#choices.get(setKey);
  }

  /** Remembers `displayId` for this set; resolves once it is on disk (a failed write is logged, not thrown). */
  remember(setKey: string, displayId: number): Promise<void> {
    if (this.#choices.get(setKey) === displayId) return this.#writing;
    // Re-inserting moves the key to the end: the map stays ordered from least to most recent.
    this.#choices.delete(setKey);
    this.#choices.set(setKey, displayId);
    while (this.#choices.size > MAX_REMEMBERED_SETS) {
      const oldest = this.#choices.keys().next().value;
      if (oldest === undefined) break;
      this.#choices.delete(oldest);
    }
    const snapshot: Stored = { version: 1, choices: Object.fromEntries(this.#choices) };
    this.#writing = this.#writing.then(() =>
      mkdir(path.dirname(this.#file), { recursive: true })
        .then(() => writeFileAtomic(this.#file, `${JSON.stringify(snapshot, null, 2)}\n`))
        .catch((error: unknown) => {
          console.error(`Outmodel could not remember the room's display in ${this.#file}:`, error);
        }),
    );
    return this.#writing;
  }
}
