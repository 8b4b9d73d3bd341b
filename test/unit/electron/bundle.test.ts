import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createBuilder, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';

// Builds main and preload with vite.electron.config.ts in memory (nothing is written) and reads
// what the packaged app would load.
const configFile = fileURLToPath(new URL('../../../vite.electron.config.ts', import.meta.url));
const bundles = new Map<string, string>();

beforeAll(async () => {
  const builder = await createBuilder({ configFile, logLevel: 'silent', build: { write: false } });
  for (const name of ['main', 'preload']) {
    const environment = builder.environments[name];
    if (!environment) throw new Error(`vite.electron.config.ts has no '${name}' environment`);
    const output = (await builder.build(environment)) as Rolldown.RolldownOutput;
    for (const file of output.output) {
      if (file.type === 'chunk') bundles.set(file.fileName, file.code);
    }
  }
}, 60_000);

function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? '');
}

describe('the Electron bundles', () => {
  it('are exactly main.cjs and preload.cjs, with no shared chunk', () => {
    expect([...bundles.keys()].sort()).toEqual(['main.cjs', 'preload.cjs']);
  });

  it('preload.cjs requires nothing but electron, as a sandboxed preload must', () => {
    const code = bundles.get('preload.cjs') ?? '';
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
  });

  it('main.cjs bundles zod and shared/, leaving out only electron and Node', () => {
    const code = bundles.get('main.cjs') ?? '';
    const nodeModules = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const required = requiredModules(code);
    expect(required).toContain('electron');
    expect(required.filter((name) => name !== 'electron' && !nodeModules.has(name))).toEqual([]);
    expect(code).toContain('"app:get-info"');
  });
});
