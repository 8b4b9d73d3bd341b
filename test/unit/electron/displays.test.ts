import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISPLAY_MEMORY_FILE, DisplayMemory, MAX_REMEMBERED_SETS } from '../../../electron/main/display-memory';
import { chooseAudienceDisplay, describeDisplays, displaySetKey, windowedBounds } from '../../../electron/main/displays';
import { fakeDisplay } from '../../fakes/electron';
import { englishText } from './menu-text';

const laptop = fakeDisplay({ id: 10, width: 1440, height: 900, internal: true });
const projector = fakeDisplay({ id: 20, x: 1440, width: 1920, height: 1080, label: 'EPSON PJ' });
const monitor = fakeDisplay({ id: 30, x: -2560, width: 2560, height: 1440 });

const echo = (key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values ?? {})}`;

describe('chooseAudienceDisplay', () => {
  it('defaults to the first display that is not the primary, full screen', () => {
    const choice = chooseAudienceDisplay({ displays: [laptop, projector, monitor], primaryId: 10, requested: null, remembered: undefined });
    expect(choice).toMatchObject({ display: { id: 20 }, fullScreen: true, source: 'default' });
  });

  it('finds the non-primary display wherever the system lists the primary', () => {
    const choice = chooseAudienceDisplay({ displays: [projector, laptop], primaryId: 20, requested: null, remembered: undefined });
    expect(choice).toMatchObject({ display: { id: 10 }, fullScreen: true });
  });

  it('opens a normal window on a single display', () => {
    const choice = chooseAudienceDisplay({ displays: [laptop], primaryId: 10, requested: null, remembered: undefined });
    expect(choice).toMatchObject({ display: { id: 10 }, fullScreen: false, source: 'default' });
  });

  it('takes the display asked for; on the primary, as a normal window', () => {
    const displays = [laptop, projector, monitor];
    expect(chooseAudienceDisplay({ displays, primaryId: 10, requested: 30, remembered: 20 })).toMatchObject({
      display: { id: 30 },
      fullScreen: true,
      source: 'requested',
    });
    expect(chooseAudienceDisplay({ displays, primaryId: 10, requested: 10, remembered: 20 })).toMatchObject({
      display: { id: 10 },
      fullScreen: false,
      source: 'requested',
    });
  });

  it('takes the remembered display over the default', () => {
    const choice = chooseAudienceDisplay({ displays: [laptop, projector, monitor], primaryId: 10, requested: null, remembered: 30 });
    expect(choice).toMatchObject({ display: { id: 30 }, fullScreen: true, source: 'remembered' });
  });

  it('ignores an asked-for or remembered display that is no longer connected', () => {
    const choice = chooseAudienceDisplay({ displays: [laptop, projector], primaryId: 10, requested: 99, remembered: 98 });
    expect(choice).toMatchObject({ display: { id: 20 }, source: 'default' });
  });

  it('refuses a system that reports no display', () => {
    expect(() => chooseAudienceDisplay({ displays: [], primaryId: 1, requested: null, remembered: undefined })).toThrow(/no display/);
  });
});

describe('displaySetKey', () => {
  it('names the same displays the same, in any order', () => {
    expect(displaySetKey([laptop, projector])).toBe(displaySetKey([projector, laptop]));
    expect(displaySetKey([laptop, projector])).toBe('10:1440x900|20:1920x1080');
  });

  it('tells apart another display, another size, or one display fewer', () => {
    const keys = new Set([
      displaySetKey([laptop, projector]),
      displaySetKey([laptop, monitor]),
      displaySetKey([laptop, fakeDisplay({ id: 20, width: 1280, height: 720 })]),
      displaySetKey([laptop]),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('describeDisplays', () => {
  it('counts the primary first and labels each display from the catalogs', () => {
    const described = describeDisplays([projector, laptop, monitor], 10, echo);
    expect(described.map(({ id, primary, width, height }) => ({ id, primary, width, height }))).toEqual([
      { id: 10, primary: true, width: 1440, height: 900 },
      { id: 20, primary: false, width: 1920, height: 1080 },
      { id: 30, primary: false, width: 2560, height: 1440 },
    ]);
    expect(described[0]?.label).toBe('desktop.menu.display {"number":"1","width":"1440","height":"900"}');
    expect(described[1]?.label).toBe('desktop.menu.displayNamed {"number":"2","width":"1920","height":"1080","name":"EPSON PJ"}');
  });

  it('reads like “Display 2 (1920 × 1080)” in English', () => {
    const [first, second] = describeDisplays([laptop, projector], 10, englishText);
    expect(first?.label).toBe('Display 1 (1440 × 900)');
    expect(second?.label).toBe('Display 2: EPSON PJ (1920 × 1080)');
  });

  it('keeps a very long system name within the contract', () => {
    const [described] = describeDisplays([fakeDisplay({ id: 1, label: 'x'.repeat(500) })], 1, (_key, values) => values?.name ?? '');
    expect(described?.label.length).toBe(200);
  });
});

describe('windowedBounds', () => {
  it('centres a window of at most 1280 × 800 in the work area', () => {
    expect(windowedBounds(projector)).toEqual({ x: 1440 + 320, y: 40 + 120, width: 1280, height: 800 });
    const small = windowedBounds(fakeDisplay({ id: 2, width: 1024, height: 768 }));
    expect(small.width).toBeLessThanOrEqual(1024);
    expect(small.y).toBeGreaterThanOrEqual(40);
    expect(small.y + small.height).toBeLessThanOrEqual(768);
  });
});

describe('DisplayMemory', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), 'outmodel-displays-'));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await rm(directory, { recursive: true, force: true });
  });

  it('starts empty when there is no file', async () => {
    const memory = await DisplayMemory.load(directory);
    expect(memory.recall('10:1440x900|20:1920x1080')).toBeUndefined();
    expect(memory.file).toBe(path.join(directory, DISPLAY_MEMORY_FILE));
  });

  it('remembers a choice per display set, across restarts', async () => {
    const memory = await DisplayMemory.load(directory);
    await memory.remember('a', 20);
    await memory.remember('b', 30);
    const again = await DisplayMemory.load(directory);
    expect(again.recall('a')).toBe(20);
    expect(again.recall('b')).toBe(30);
    expect(JSON.parse(await readFile(path.join(directory, DISPLAY_MEMORY_FILE), 'utf8'))).toEqual({ version: 1, choices: { a: 20, b: 30 } });
  });

  it('leaves no temporary file behind', async () => {
    const memory = await DisplayMemory.load(directory);
    await Promise.all([memory.remember('a', 1), memory.remember('a', 2), memory.remember('b', 3)]);
    expect(await readdir(directory)).toEqual([DISPLAY_MEMORY_FILE]);
    expect((await DisplayMemory.load(directory)).recall('a')).toBe(2);
  });

  it('forgets the oldest display sets first', async () => {
    const memory = await DisplayMemory.load(directory);
    for (let i = 0; i <= MAX_REMEMBERED_SETS; i++) await memory.remember(`set ${i}`, i);
    await memory.remember('set 1', 100);
    const again = await DisplayMemory.load(directory);
    expect(again.recall('set 0')).toBeUndefined();
    expect(again.recall('set 1')).toBe(100);
    expect(again.recall(`set ${MAX_REMEMBERED_SETS}`)).toBe(MAX_REMEMBERED_SETS);
  });

  it.each([
    ['not JSON', '{"version": 1, "choi'],
    ['another shape', '{"version": 2, "choices": {}}'],
    ['a display id that is not a number', '{"version": 1, "choices": {"a": "20"}}'],
  ])('treats a file that is %s as empty, and replaces it on the next choice', async (_what, content) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(path.join(directory, DISPLAY_MEMORY_FILE), content);
    const memory = await DisplayMemory.load(directory);
    expect(memory.recall('a')).toBeUndefined();
    await memory.remember('a', 5);
    expect((await DisplayMemory.load(directory)).recall('a')).toBe(5);
  });

  it('keeps working in memory when the file cannot be written', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked = path.join(directory, 'blocked');
    await writeFile(blocked, 'a file where the folder should be');
    const memory = await DisplayMemory.load(blocked);
    await expect(memory.remember('a', 7)).resolves.toBeUndefined();
    expect(memory.recall('a')).toBe(7);
    expect(error).toHaveBeenCalledOnce();
  });
});
