import { expect } from 'vitest';
import { translatorFor, type Message } from '../../shared/i18n';
import { Refusal } from '../../shared/lib/refusal';

/** A message as an English reader sees it. */
export function inEnglish(m: Message | undefined): string {
  if (!m) return expect.fail('expected a message');
  return translatorFor('en')(m.key, m.values);
}

/**
 * A message a person can read: its key is in the English catalog, every placeholder got its
 * value, and the English text is a sentence without schema jargon.
 */
export function expectPlainWords(m: Message | undefined): void {
  const text = inEnglish(m);
  expect(text, `${m!.key} is not a key of the English catalog`).not.toBe(m!.key);
  expect(text).not.toMatch(/\{\{|\}\}/);
  expect(text).toMatch(/^[A-Z]/);
  expect(text).not.toMatch(/invalid|expected|received|undefined|NaN|zod|string|array|\bnull\b/i);
}

/** The Refusal that `act` throws; fails when it throws something else or nothing. */
export function refusalOf(act: () => unknown): Refusal {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    return error as Refusal;
  }
  return expect.fail('expected a Refusal');
}

/** The Refusal that `promise` rejects with; fails when it rejects with something else or resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Refusal> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  if (!outcome) return expect.fail('expected a Refusal');
  expect(outcome.error).toBeInstanceOf(Refusal);
  return outcome.error as Refusal;
}
