import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser, HtmlRenderer } from 'commonmark';
import { Window } from 'happy-dom';
import { expect } from 'vitest';

const GOLDEN = join(__dirname, '../../golden');

/**
 * Compares an export with its golden file in test/golden/. Run with UPDATE_GOLDEN=1 to write the
 * files anew, deliberately, then read the diff before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`No golden file ${name}: run the test once with UPDATE_GOLDEN=1, then read the file.`);
  expect(actual, `differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}

/** An HTML document parsed the way a browser would, without running anything. */
export function parseHtml(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** Markdown rendered by the CommonMark reference implementation, raw HTML allowed (as many viewers do). */
export function renderMarkdown(markdown: string): Document {
  return parseHtml(new HtmlRenderer().render(new Parser().parse(markdown)));
}

/** Text as a reader sees it: runs of white space as one space, direction controls dropped. */
export function readable(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Strings a hostile (or careless) participant might type: markup, script, links, Markdown and
 * table syntax, direction overrides, a null byte, spreadsheet formulas, several lines.
 */
export const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror="alert(2)">',
  '<a href="javascript:alert(3)">click</a>',
  '[click me](javascript:alert(4))',
  '![pic](https://evil.example/p.png)',
  '# not a heading #',
  '| a | b |\n|---|---|',
  '`code` and ``more``',
  '*bold* _em_ ~~strike~~ **strong**',
  '1. not a list',
  '- not a list either',
  '> not a quote',
  '&lt;not an entity&gt; &amp; &copy;',
  '\u202Eevil reversed tail',
  'nul\u0000byte',
  '=HYPERLINK("https://evil.example","x")',
  '+1+2',
  '-3+4',
  '@SUM(A1:A9)',
  'first line\n# second line\n---\n<b>third</b>',
  'back\\slash at end \\',
  '</style><script>alert(5)</script>',
  '<!-- comment --> <?php echo 1 ?>',
  '"quoted, with a comma"',
  'Emoji 🎉 and עברית, mixed',
  '<https://autolink.example>',
  'ends with two spaces  ',
] as const;

/** How a hostile string is expected to read: null bytes shown as U+FFFD, the rest as typed. */
export function expectedText(text: string): string {
  return readable(text.replaceAll('\u0000', '\uFFFD'));
}
