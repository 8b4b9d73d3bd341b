import { translatorFor } from '../i18n';
import { cutAtSlots, slotMark, type Sentence } from '../i18n/sentences';
import { cleanText } from './text';

/**
 * A run of minutes text: words from the catalog, or words a person wrote (a sticky, a name, a
 * title). Every renderer escapes both, and isolates the person's words for bidirectional layout.
 */
export interface Span {
  text: string;
  person?: true;
}

/** A sentence of the minutes: catalog words with people's words inside. */
export type Phrase = Span[];

/** A value written by a person, to be placed inside a catalog sentence. */
export interface PersonValue {
  person: string;
}

export function person(text: string): PersonValue {
  return { person: text };
}

/** Catalog words (a string or a phrase), a person's words, or a number such as a plural's `count`. */
export type PhraseValue = string | number | PersonValue | Phrase;

export type Translate = (key: string, values?: Record<string, string | number>) => string;

const translators = new Map<string, Translate>();

/**
 * The translator of the workshop's language, made once per language. i18next is slow per call,
 * and the minutes of a big workshop ask it for the same sentences thousands of times: each is
 * looked up once. They are few, as a phrase hands i18next slot marks and counts, not a person's words.
 */
export function translateIn(language: string): Translate {
  let translate = translators.get(language);
  if (!translate) {
    const t = translatorFor(language);
    const known = new Map<string, string>();
    translate = (key, values) => {
      const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
      let text = known.get(id);
      if (text === undefined) known.set(id, (text = String(values ? t(key, values) : t(key))));
      return text;
    };
    translators.set(language, translate);
  }
  return translate;
}

// Each translator's sentences (a translator lives as long as the app), cut at their slots once.
const sentences = new WeakMap<Translate, Map<string, Sentence>>();

function sentenceOf(t: Translate, key: string, args: Record<string, string | number>, id: string): Sentence {
  let known = sentences.get(t);
  if (!known) sentences.set(t, (known = new Map()));
  let sentence = known.get(id);
  if (!sentence) known.set(id, (sentence = cutAtSlots(t(key, args))));
  return sentence;
}

/**
 * A catalog sentence with its values put in as spans of their own: a person's words stay marked
 * as theirs, whatever the sentence around them. Numbers (`count` for plurals) go to i18next as
 * they are.
 */
export function phrase(t: Translate, key: string, values: Record<string, PhraseValue> = {}): Phrase {
  const slots: Span[][] = [];
  const args: Record<string, string | number> = {};
  // What the translated sentence depends on: the key, the values' names, and the numbers.
  let id = key;
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number') {
      args[name] = value;
      id += `\u0000${name}=${value}`;
      continue;
    }
    args[name] = slotMark(slots.length);
    id += `\u0000${name}`;
    slots.push(typeof value === 'string' ? [{ text: value }] : Array.isArray(value) ? value : [personSpan(value.person)]);
  }
  const out: Span[] = [];
  for (const part of sentenceOf(t, key, args, id)) {
    if (typeof part === 'string') append(out, { text: part });
    else for (const span of slots[part] ?? []) append(out, span);
  }
  return out;
}

/** A field's name as a label: "Date:". */
export function labelled(t: Translate, key: string): Phrase {
  return phrase(t, 'minutes.label', { label: phrase(t, key) });
}

/** A person's words alone. */
export function personal(text: string): Phrase {
  return tidy([personSpan(text)]);
}

export function plain(text: string): Phrase {
  return tidy([{ text }]);
}

/** Phrases one after the other, with a separator between them. */
export function joinPhrases(parts: readonly Phrase[], separator: string): Phrase {
  return tidy(parts.flatMap((p, i) => (i === 0 ? p : [{ text: separator }, ...p])));
}

/** The phrase as plain text, for checks and for formats without markup (CSV, iCalendar). */
export function textOf(p: Phrase): string {
  return p.map((s) => s.text).join('');
}

function personSpan(text: string): Span {
  return { text: cleanText(text), person: true };
}

/** Drops empty spans and merges neighbouring catalog spans. */
function tidy(spans: Span[]): Phrase {
  const out: Span[] = [];
  for (const s of spans) append(out, s);
  return out;
}

/** Adds a copy of the span, or its words to the last span when both are catalog words. */
function append(out: Span[], s: Span): void {
  if (s.text === '') return;
  const last = out.at(-1);
  if (last && !last.person && !s.person) last.text += s.text;
  else out.push({ ...s });
}
