/**
 * A catalog sentence asked for many times with different words in it (a sticky's name for screen
 * readers, for each of 1,000 stickies) is translated once, with marks where the values go, and
 * the values are put in by hand: i18next is slow per call. Numbers (a plural's `count`) and
 * missing values still go to i18next, as they choose the sentence.
 */

// Private-use characters mark where each value goes; a catalog never holds them.
const SLOT = /\uE000(\d+)\uE001/g;

/** The mark that stands for the value in slot `index`. */
export function slotMark(index: number): string {
  return `\uE000${index}\uE001`;
}

/** A translated sentence cut at its slots: the words, and between them the index of a value. */
export type Sentence = readonly (string | number)[];

export function cutAtSlots(text: string): Sentence {
  const sentence: (string | number)[] = [];
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    sentence.push(text.slice(at, m.index), Number(m[1]));
    at = m.index + m[0].length;
  }
  sentence.push(text.slice(at));
  return sentence;
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

// i18next reads these as options, not as words to put in: they go to it as they are.
const OPTIONS = new Set(['lng', 'lngs', 'fallbackLng', 'ns', 'context', 'count', 'ordinal', 'defaultValue', 'keyPrefix', 'replace', 'interpolation', 'returnObjects', 'joinArrays', 'postProcess']);

/** A translator with the same answers as `t`, that translates each sentence once. */
export function sentenceTranslator(t: Translate): Translate {
  const known = new Map<string, Sentence>();
  return (key, values) => {
    if (!values) {
      let sentence = known.get(key);
      if (!sentence) known.set(key, (sentence = [t(key)]));
      return sentence[0] as string;
    }
    const words: string[] = [];
    const args: Record<string, unknown> = {};
    let id = key;
    for (const name in values) {
      const value = values[name];
      if (typeof value === 'string' && !OPTIONS.has(name)) {
        args[name] = slotMark(words.length);
        words.push(value);
        id += `\u0000${name}`;
      } else if (value !== null && typeof value === 'object') {
        // An object or a list is i18next's to read (and no two are told apart by a key): asked as it is.
        return t(key, values);
      } else {
        args[name] = value;
        id += `\u0000${name}=${String(value)}`;
      }
    }
    let sentence = known.get(id);
    if (!sentence) known.set(id, (sentence = cutAtSlots(t(key, args))));
    let out = '';
    for (const part of sentence) out += typeof part === 'string' ? part : (words[part] ?? '');
    return out;
  };
}
