import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotStore, snapshotFolderName } from '../../../electron/main/snapshots';
import { KILL_TEST_WORKSHOP, killTestWorkshopFile } from '../../support/snapshot-content';
import { bundleForNode } from '../../../scripts/lib/bundle-for-node.mjs';

// A real crash during a snapshot write: a child Node process writes big snapshots through the
// store in a loop and is killed with SIGKILL at a random point of a write; the test then looks
// at the folder as the app would on its next start. The child runs the TypeScript store, bundled
// by Vite's build API (vitest transforms only its own process).

const MEGABYTES = 24;
const KEEP = 3;
let work: string;
let writer: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'outmodel-snapshot-kill-'));
  writer = await bundleForNode('test/support/snapshot-writer.ts', path.join(work, 'bundle'), 'snapshot-writer.mjs');
}, 60_000);

/** Every writer started, so that none outlives a failed test. */
const writers: Writer[] = [];

afterAll(async () => {
  for (const w of writers) {
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await w.exited;
  }
  await rm(work, { recursive: true, force: true });
});

interface Writer {
  child: ChildProcess;
  /** `wrote` lines: the snapshots the store said were written, oldest first. */
  wrote: Array<{ seq: number; id: string }>;
  /** The number it began to write last, and that file's size. */
  lastStarted: number;
  lastBytes: number;
  exited: Promise<void>;
  output: () => string;
}

function startWriter(root: string, first: number): Writer {
  const child = spawn(process.execPath, [writer, root, String(first), String(MEGABYTES), String(KEEP)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const state: Writer = { child, wrote: [], lastStarted: 0, lastBytes: 0, exited: new Promise((done) => child.once('exit', () => done())), output: () => log };
  let log = '';
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      log += `${line}\n`;
      const [kind, seq, rest] = line.split(' ');
      if (kind === 'writing') {
        state.lastStarted = Number(seq);
        state.lastBytes = Number(rest);
      }
      if (kind === 'wrote') state.wrote.push({ seq: Number(seq), id: rest ?? '' });
    }
  });
  writers.push(state);
  return state;
}

/** Polls `condition` until it holds; fails with the child's output if the child dies or time runs out. */
async function until(w: Writer, what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (w.child.exitCode !== null || w.child.signalCode !== null) throw new Error(`The writer stopped before ${what}:\n${w.output()}`);
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${w.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

const fileOf = (id: string): string => id.slice(id.indexOf('.') + 1);
const isTemp = (name: string): boolean => /^\..+\.tmp$/.test(name);

async function entries(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}

async function sizeOf(file: string): Promise<number> {
  return stat(file).then(
    (s) => s.size,
    () => -1,
  );
}

describe('a snapshot write killed at a random moment', () => {
  it('never leaves a listed snapshot incomplete and never harms the previous one', async () => {
    const root = path.join(work, 'snapshots');
    const folder = path.join(root, snapshotFolderName(KILL_TEST_WORKSHOP));
    // The app after the crash: a fresh store over the same folder.
    const store = new SnapshotStore(root);
    const reported: Array<{ seq: number; id: string }> = [];
    const kills: string[] = [];
    let strayTemporaryFiles = 0;
    let next = 1;

    // Kills inside the write (at a random share of its bytes; a share near 1 lands in the flush),
    // and between the rename and the end of the write (while the title is noted and the oldest removed).
    for (const moment of ['in the write', 'in the write', 'after the rename', 'in the write', 'in the write', 'after the rename'] as const) {
      // Every file here now was checked whole by the previous round.
      const before = new Set(await entries(folder));
      const w = startWriter(root, next);
      // Each run first finishes one snapshot, so there is always a previous one to protect.
      await until(w, 'a first whole snapshot', () => w.wrote.length > 0);
      const share = Math.random();
      await until(w, `the kill point (${moment})`, async () => {
        const done = new Set(w.wrote.map((r) => fileOf(r.id)));
        for (const name of await entries(folder)) {
          if (before.has(name) || done.has(name) || name.includes('meta.json')) continue;
          // The snapshot being written, under whatever name the store gives it while it grows,
          // or already under a snapshot's name but not yet reported written.
          if (moment === 'after the rename' ? name.endsWith('.outmodel') : (await sizeOf(path.join(folder, name))) >= share * w.lastBytes) return true;
        }
        return false;
      });
      w.child.kill('SIGKILL');
      await w.exited;
      kills.push(moment === 'in the write' ? `${moment} at ${(share * 100).toFixed(0)}%` : moment);
      reported.push(...w.wrote);

      const left = await entries(folder);
      strayTemporaryFiles += left.filter(isTemp).length;
      const listed = await store.list();
      expect(listed.every((info) => !isTemp(fileOf(info.id)))).toBe(true);
      // Each one reads back whole: valid JSON, byte for byte what the writer wrote for its number.
      for (const info of listed) {
        const text = await store.read(info.id);
        let seq: number;
        try {
          ({ seq } = JSON.parse(text) as { seq: number });
        } catch (error) {
          throw new Error(`The snapshot ${info.id}, listed after a kill ${kills.at(-1)}, is not whole: ${String(error)}`, { cause: error });
        }
        expect(text === killTestWorkshopFile(seq, MEGABYTES), `snapshot ${seq} (${info.id}) after a kill ${kills.at(-1)}`).toBe(true);
        expect(info.bytes).toBe(Buffer.byteLength(text, 'utf8'));
      }
      // The previous snapshots are all there: the rotation of the interrupted write could only
      // have removed the oldest of those kept.
      const listedIds = listed.map((info) => info.id);
      const previous = reported.at(-1);
      expect(previous && listedIds.includes(previous.id), `the previous snapshot after a kill ${kills.at(-1)}`).toBe(true);
      expect(listedIds).toEqual(expect.arrayContaining(reported.slice(-(KEEP - 1)).map((r) => r.id)));
      expect(listed.length).toBeLessThanOrEqual(KEEP + 1);

      // The next start tidies up: stray temporary files go, the snapshots stay as they were.
      await store.cleanUp();
      expect((await entries(folder)).filter(isTemp)).toEqual([]);
      expect(await store.list()).toEqual(listed);
      next = w.lastStarted + 1;
    }
    // At least one kill must have caught a write before its rename, or the test proved little.
    expect(strayTemporaryFiles, kills.join(', ')).toBeGreaterThan(0);
  }, 40_000);
});
