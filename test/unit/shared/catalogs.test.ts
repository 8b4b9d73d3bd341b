import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, PSEUDO_LANGUAGE, catalogOf, en, type CatalogShape } from '../../../shared/i18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const ROOT = join(__dirname, '../../..');

function flatten(catalog: CatalogShape, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(catalog)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const base = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' && dir.endsWith('shared') ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** One word and an extension: a file the app serves or reads, not a catalog key. */
const FILE_NAME = /^[a-z0-9-]+\.(html|css|js|mjs|json|md|png|svg|ico)$/;

/** Every string literal in the app's code that looks like a catalog key. */
function literalKeys(): Set<string> {
  const namespaces = new Set(Object.keys(en));
  const found = new Set<string>();
  for (const file of [...sourceFiles(join(ROOT, 'renderer')), ...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'electron'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)['"`]/g)) {
      // A file name ("phone.html") is not a key, whatever its first word.
      if (namespaces.has(m[1]!.split('.')[0]!) && !FILE_NAME.test(m[1]!)) found.add(m[1]!);
    }
  }
  return found;
}

const english = flatten(en);
const englishBases = new Set([...english.keys()].map(base));

describe('message catalogs', () => {
  it.each(LANGUAGES.map((l) => l.code))('%s has exactly the keys of the English catalog', (code) => {
    const keys = new Set([...flatten(catalogOf(code)!).keys()].map(base));
    expect([...englishBases].filter((k) => !keys.has(k)), 'missing').toEqual([]);
    expect([...keys].filter((k) => !englishBases.has(k)), 'not in English').toEqual([]);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s has every plural form its language uses, and no other', (code) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
    const catalog = flatten(catalogOf(code)!);
    const plurals = new Map<string, string[]>();
    for (const key of catalog.keys()) {
      const m = key.match(PLURAL);
      if (m) plurals.set(base(key), [...(plurals.get(base(key)) ?? []), m[1]!]);
    }
    const englishPlurals = [...english.keys()].filter((k) => PLURAL.test(k)).map(base);
    for (const key of new Set(englishPlurals)) expect(plurals.get(key)?.sort(), key).toEqual(categories);
  });

  it.each(LANGUAGES.map((l) => l.code))('%s keeps every placeholder of the English text', (code) => {
    const catalog = flatten(catalogOf(code)!);
    for (const [key, text] of catalog) {
      const reference = english.get(key) ?? english.get(`${base(key)}_other`)!;
      // A singular form may spell the number out ("one sticky") instead of {{count}}.
      const expected = placeholders(reference).filter((p) => !(PLURAL.test(key) && !key.endsWith('_other') && p === 'count'));
      expect(placeholders(text).filter((p) => p !== 'count' || expected.includes('count')), key).toEqual(expected);
    }
  });

  it('has no key that the code never uses, and the code uses no key that is missing', () => {
    const used = literalKeys();
    expect([...englishBases].filter((k) => !used.has(k)), 'unused keys').toEqual([]);
    expect([...used].filter((k) => !englishBases.has(k)), 'keys used but missing').toEqual([]);
  });

  it('makes a pseudo-locale that marks every string and keeps placeholders', () => {
    const pseudo = flatten(catalogOf(PSEUDO_LANGUAGE)!);
    for (const [key, text] of english) {
      const marked = pseudo.get(key)!;
      expect(marked.startsWith('⟦') && marked.endsWith('⟧'), key).toBe(true);
      expect(placeholders(marked), key).toEqual(placeholders(text));
    }
  });
});
