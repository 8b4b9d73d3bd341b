import { translatorFor } from '../i18n';
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

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The translator of the workshop's language. */
export function translateIn(language: string): Translate {
  const t = translatorFor(language);
  // A fixed word ("Do more", "Accept") is looked up once per export, not once per sticky.
  const fixed = new Map<string, string>();
  return (key, values) => {
    if (values) return String(t(key, values));
    let text = fixed.get(key);
    if (text === undefined) fixed.set(key, (text = String(t(key))));
    return text;
  };
}

// Private-use characters mark where each value goes; a catalog never holds them.
const SLOT = /\uE000(\d+)\uE001/g;

/**
 * A catalog sentence with its values put in as spans of their own: a person's words stay marked
 * as theirs, whatever the sentence around them. Numbers (`count` for plurals) go to i18next as
 * they are.
 */
export function phrase(t: Translate, key: string, values: Record<string, PhraseValue> = {}): Phrase {
  const slots: Span[][] = [];
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number') {
      args[name] = value;
      continue;
    }
    args[name] = `\uE000${slots.length}\uE001`;
    slots.push(typeof value === 'string' ? [{ text: value }] : Array.isArray(value) ? value : [personSpan(value.person)]);
  }
  const sentence = t(key, args);
  const spans: Span[] = [];
  let at = 0;
  for (const m of sentence.matchAll(SLOT)) {
    spans.push({ text: sentence.slice(at, m.index) });
    spans.push(...(slots[Number(m[1])] ?? []));
    at = m.index + m[0].length;
  }
  spans.push({ text: sentence.slice(at) });
  return tidy(spans);
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
  for (const s of spans) {
    if (s.text === '') continue;
    const last = out.at(-1);
    if (last && !last.person && !s.person) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
