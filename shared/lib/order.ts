// Order is a fractional index string (compare with < and >, never localeCompare): inserting
// between two stickies writes one record, and two windows never renumber each other's lists.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export function orderBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

export function ordersBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

/** The key that places an item after every item of `sorted`. */
export function orderAtEnd(sorted: readonly { order: string }[]): string {
  return generateKeyBetween(sorted.at(-1)?.order ?? null, null);
}

export function compareOrder(a: { order: string }, b: { order: string }): number {
  return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
}

export function byOrder<T extends { order: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareOrder);
}
