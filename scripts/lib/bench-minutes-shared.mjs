// What `npm run bench` and `npm run bench:minutes` measure the minutes with, so that the PDF and the
// Markdown and HTML timed in their own process are the same minutes.

/** The moment the benchmarks' workshops are exported at. */
export const NOW = '2026-03-12T18:00:00.000Z';

/** The minutes as full as they come: every remark signed, the facilitator's notes in. */
export const MINUTES_OPTIONS = { confidentiality: 'full', includeNotes: true, now: NOW };

// The floors of the Minutes figures: the 1,000 texts as the plainest Markdown and HTML there are,
// a bullet list each. `npm run bench` times them beside the minutes and prints the HTML's PDF.
const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const plainMarkdown = (stickies) => stickies.map((s) => `- ${s.text}`).join('\n');

export const plainHtml = (stickies) => `<!doctype html><meta charset="utf-8"><ul>${stickies.map((s) => `<li>${escape(s.text)}</li>`).join('')}</ul>`;

/** Their names among `scripts/bench-minutes.mjs`'s formats, by which `npm run bench` asks for them. */
export const MARKDOWN_FLOOR = 'Markdown floor (a list of the texts)';
export const HTML_FLOOR = 'HTML floor (a list of the texts)';
