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

  // Chromium checks a `:has()` rule on the body, the root or any element again after every change
  // anywhere under it: on a board of 1,000 stickies, ~1.5 ms of every key typed (docs/performance.md).
  it('hold no `:has()` rule on the whole page', () => {
    const wide = sheets.flatMap((name) =>
      selectors(readFileSync(join(folder, name), 'utf8'))
        .filter((selector) => /(^|[\s>+~])(html|body|:root|\*)?:has\(/.test(selector))
        .map((selector) => `${name}: ${selector}`),
    );
    expect(wide).toEqual([]);
  });
});
