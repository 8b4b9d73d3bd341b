// Branded, prefixed ids (`sticky:…`): a record's kind is readable from its id alone, and the
// type system keeps a StickyId from being passed where a GroupId is expected.

export type Id<Prefix extends string> = `${Prefix}:${string}` & { readonly __brand: Prefix };

export const ID_PREFIXES = [
  'workshop',
  'group',
  'participant',
  'sticky',
  'cluster',
  'placement',
  'reaction',
  'round',
  'vote',
  'agreement',
  'decision',
  'action',
  'phase',
  'template',
  'pulse',
] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

export function newId<P extends IdPrefix>(prefix: P): Id<P> {
  // Web Crypto exists in every runtime we target (Chromium, Electron, Node 20).
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return `${prefix}:${crypto.randomUUID()}` as Id<P>;
}

export function hasPrefix<P extends IdPrefix>(prefix: P, value: string): value is Id<P> {
  return value.startsWith(`${prefix}:`) && value.length > prefix.length + 1;
}

/**
 * Fresh ids that sort in the order they are made: one random stem per maker, then a counter of
 * fixed width (`sticky:<uuid>-0000042`). IndexedDB lists a workshop's records by id, so records
 * written under these ids read back in the order they were written: an imported workshop keeps
 * the order of the file it came from.
 */
export function orderedIdMaker(): <P extends IdPrefix>(prefix: P) => Id<P> {
  const stem = newId('workshop').slice('workshop:'.length);
  let count = 0;
  return <P extends IdPrefix>(prefix: P) => `${prefix}:${stem}-${String(++count).padStart(7, '0')}` as Id<P>;
}
