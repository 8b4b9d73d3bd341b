import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = join(__dirname, '../../../renderer/styles');
const sheets = readdirSync(folder).filter((name) => name.endsWith('.css'));

/** Every selector of a style sheet (comments dropped; at-rules' own preludes are not selectors). */
function selectors(css: string): string[] {
  const out: string[] = [];
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g)) {
    const prelude = match[1]!.trim();
    if (!prelude.startsWith('@')) out.push(...prelude.split(',').map((s) => s.trim()));
  }
  return out;
}

describe('the style sheets', () => {
  it('are read', () => {
    expect(sheets).toContain('base.css');
    expect(selectors(readFileSync(join(folder, 'base.css'), 'utf8'))).toContain('.notices-over-dialog');
  });

  // Chromium checks a `:has()` rule again after every change anywhere inside the element it is on:
  // on the body, on a board of 1,000 stickies, ~1.5 ms of every key typed (docs/performance.md). So
  // each one is named here: on a line of lanes (measured: it costs a key nothing), a label, a choice.
  it('hold `:has()` only on small elements, each known', () => {
    const known = new Set([
      '.lane-line:has(.menu)',
      '.pulse-when label:has(input:checked)',
      '.outcomes-pick-list label:has(input:checked)',
      '.outcomes-choice:has(input:checked)',
      '.outcomes-choice.answer-accept:has(input:checked)',
      '.outcomes-choice.answer-accept-with-conditions:has(input:checked)',
      '.outcomes-choice.answer-decline:has(input:checked)',
    ]);
    const found = sheets.flatMap((name) => selectors(readFileSync(join(folder, name), 'utf8')).filter((selector) => selector.includes(':has(')));
    expect(found.filter((selector) => !known.has(selector))).toEqual([]);
    expect(found.length).toBe(known.size);
  });
});
