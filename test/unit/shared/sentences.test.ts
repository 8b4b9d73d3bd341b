import { describe, expect, it } from 'vitest';
import { PSEUDO_LANGUAGE, translatorFor } from '../../../shared/i18n';
import { sentenceTranslator } from '../../../shared/i18n/sentences';

const ASKED: [string, Record<string, unknown>?][] = [
  ['board.stickyActions'],
  ['a11y.stickyBy', { text: 'Releases wait for the change board', group: 'Dev' }],
  ['a11y.stickyByTyped', { text: 'Page us before 2 a.m.', group: 'Ops', type: 'Constraint' }],
  ['reactions.verdictBy', { group: 'Ops', verdict: 'Agree' }],
  // Another sticky's words in the same sentence: the sentence is kept, the words are not.
  ['a11y.stickyBy', { text: 'Another sticky', group: 'Ops' }],
  // Numbers choose the plural form; each count gets its own sentence.
  ['lanes.count', { count: 1 }],
  ['lanes.count', { count: 2 }],
  ['lanes.count', { count: 7 }],
  // A person's words are put in as they are: braces, marks and markup stay text.
  ['a11y.stickyBy', { text: '{{group}} <b>bold</b> $t(board.stickyActions) \uE0000\uE001', group: 'Dev' }],
  ['lanes.outmodel', { author: 'דב', subject: 'Ops' }],
  // Options are i18next's, not words.
  ['lanes.outmodel', { author: 'Dev', subject: 'Ops', lng: 'he' }],
];

describe('a translator that translates each sentence once', () => {
  for (const language of ['en', 'he', PSEUDO_LANGUAGE]) {
    it(`gives the same answers as i18next in ${language}`, () => {
      const t = translatorFor(language);
      const quick = sentenceTranslator((key, values) => t(key, values));
      for (const [key, values] of ASKED) expect(quick(key, values)).toBe(t(key, values));
      // Asked again, from what it kept.
      for (const [key, values] of ASKED) expect(quick(key, values)).toBe(t(key, values));
    });
  }

  it('asks i18next once per sentence, not once per sticky', () => {
    const t = translatorFor('en');
    let asked = 0;
    const quick = sentenceTranslator((key, values) => (asked++, t(key, values)));
    for (let i = 0; i < 1000; i++) quick('a11y.stickyBy', { text: `Sticky ${i}`, group: i % 2 ? 'Dev' : 'Ops' });
    expect(asked).toBe(1);
    expect(quick('a11y.stickyBy', { text: 'Sticky 5', group: 'Dev' })).toBe('Sticky 5. Dev');
  });
});
