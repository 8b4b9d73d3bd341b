import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '../../..');
const REAL_ALLOWLIST = path.join(ROOT, 'security/electronegativity-allowlist.json');

interface AllowEntry {
  check: string;
  file: string;
  line?: number;
  match?: string;
  justification?: string;
}

const reason = 'A justification long enough to pass the length rule of the allowlist.';

/**
 * The allowlist cannot rot: `npm run audit` (which runs Electronegativity for real, offline) is
 * given a copy of the reviewed allowlist with one entry taken out and three bad ones put in.
 */
describe('npm run audit with a tampered allowlist', () => {
  let folder: string;
  let removed: AllowEntry | undefined;
  let result: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'outmodel-audit-test-'));
    const entries = (JSON.parse(readFileSync(REAL_ALLOWLIST, 'utf8')) as { entries: AllowEntry[] }).entries;
    removed = entries[0];
    const tampered = [
      ...entries.slice(1),
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/no-such-file.ts', line: 3, justification: reason },
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/lifecycle.ts', match: 'new BrowserWindow(options)', justification: reason },
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/windows.ts', match: 'new BrowserWindow', justification: 'trust me' },
    ];
    const allowlist = path.join(folder, 'allowlist.json');
    writeFileSync(allowlist, JSON.stringify({ entries: tampered }));
    result = spawnSync(process.execPath, ['scripts/audit.mjs', '--allowlist', allowlist], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  }, 70_000);

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const output = () => String(result.stdout);

  it('fails, and ends with its count of failures', () => {
    expect(result.status, String(result.stderr)).toBe(1);
    expect(output().trimEnd().split('\n').at(-1)).toMatch(/^audit: \d+ findings, \d+ allowed, [1-9]\d* failing$/);
  });

  it('still finds everything in the known-bad fixture', () => {
    expect(output()).not.toContain('FAIL known-bad fixture');
  });

  it('fails an entry that allows nothing', () => {
    expect(output()).toContain('FAIL stale allowlist entry: SANDBOX_JS_CHECK in electron/main/no-such-file.ts at 3 matches no finding');
  });

  it('fails an entry that would allow more than one finding', () => {
    expect(output()).toMatch(/FAIL ambiguous allowlist entry: SANDBOX_JS_CHECK in electron\/main\/lifecycle\.ts at "new BrowserWindow\(options\)" matches \d+ findings/);
  });

  it('fails an entry without a real justification', () => {
    expect(output()).toMatch(/FAIL allowlist entry \d+ \(SANDBOX_JS_CHECK\): needs a written "justification"/);
  });

  it('fails the finding whose entry was taken out', () => {
    if (!removed) throw new Error('The reviewed allowlist is empty: nothing to take out');
    const row = output()
      .split('\n')
      .find((line) => line.startsWith('FAIL ') && line.includes(removed!.check) && line.includes(`${removed!.file}:`));
    expect(row, `no failing row for ${removed.check} in ${removed.file}`).toBeDefined();
  });
});
