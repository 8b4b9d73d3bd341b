import type { CatalogShape } from './shape';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ď', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'ƥ', q: 'ʠ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ď', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Ƥ', Q: 'Ɋ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Accents every letter outside `{{placeholders}}` and brackets the whole string. */
export function pseudoText(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const accented = parts.map((p) => (p.startsWith('{{') ? p : [...p].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

export function pseudoCatalog(catalog: CatalogShape): CatalogShape {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, typeof v === 'string' ? pseudoText(v) : pseudoCatalog(v)]));
}
