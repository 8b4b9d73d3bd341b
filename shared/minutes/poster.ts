import type { WorkshopBundle } from '../model';
import { buildMinutes } from './build';
import type { ActionsSection, AgreementsSection, MinutesSection } from './document';
import { htmlPage, type HtmlOptions } from './html';
import { phraseHtml as h, safeColour } from './html-escape';
import { markIcon } from './marks';
import { phrase, translateIn } from './phrase';

export interface PosterOptions extends HtmlOptions {
  now: string;
  timeZone?: string;
}

const POSTER_CSS = `
@page { size: A4 portrait; margin: 14mm; }
:root { color: #111827; background: #ffffff; font-family: "Outmodel Sans", "Noto Sans", "Noto Sans Hebrew", "Segoe UI", Arial, sans-serif; line-height: 1.25; }
body { margin: 0 auto; max-inline-size: 182mm; padding: 10mm 6mm; }
@media print { body { padding: 0; max-inline-size: none; } }
header { border-block-end: 2pt solid #111827; margin-block-end: 6mm; padding-block-end: 3mm; }
.kicker { font-size: 14pt; font-weight: 700; margin: 0; color: #374151; }
h1 { font-size: 26pt; margin: 1mm 0; }
.date { font-size: 14pt; margin: 0; }
h2 { font-size: 18pt; margin: 7mm 0 3mm; break-after: avoid; page-break-after: avoid; }
.agreement { border: 1.5pt solid #9ca3af; border-radius: 3mm; padding: 4mm 5mm; margin-block-end: 5mm; break-inside: avoid; page-break-inside: avoid; }
.agreement.agreed { border-color: #15803d; }
.agreement h3 { font-size: 12pt; margin: 0 0 2mm; color: #374151; }
.agreement-text { font-size: 24pt; font-weight: 800; margin: 0 0 3mm; }
.answers { list-style: none; margin: 0; padding: 0; font-size: 14pt; }
.answers li { margin-block-end: 1.5mm; border-inline-start: 3pt solid #9ca3af; padding-inline-start: 3mm; }
.empty { font-size: 14pt; font-style: italic; color: #4b5563; }
bdi { white-space: pre-line; }
.mark { vertical-align: -0.1em; margin-inline-end: 1.5mm; }
table { border-collapse: collapse; inline-size: 100%; font-size: 13pt; }
th, td { border: 1pt solid #9ca3af; padding: 2mm 2.5mm; text-align: start; vertical-align: top; }
th { background: #f3f4f6; }
tr { break-inside: avoid; page-break-inside: avoid; }
td.what { font-weight: 700; }
`;

const find = <K extends MinutesSection['kind']>(sections: MinutesSection[], kind: K) => sections.find((s) => s.kind === kind) as Extract<MinutesSection, { kind: K }>;

function agreementsHtml(s: AgreementsSection, t: ReturnType<typeof translateIn>): string {
  if (s.empty) return `<p class="empty">${h(s.empty)}</p>`;
  return s.items
    .map((a) => {
      const answers = a.sides.map(
        (side) =>
          `<li style="border-inline-start-color: ${safeColour(side.group.colour)}">${markIcon(side.group.mark, side.group.colour)}${h(phrase(t, 'minutes.posterAnswer', { group: { person: side.group.name }, answer: side.answer }))}${
            side.answerText ? ` · ${h(side.answerLabel ?? [])} ${h(side.answerText)}` : ''
          }</li>`,
      );
      return `<div class="agreement${a.agreed ? ' agreed' : ''}"><h3>${h(a.heading)} · ${h(a.status)}</h3><p class="agreement-text">${h(a.text)}</p><ul class="answers">${answers.join('')}</ul></div>`;
    })
    .join('\n');
}

function actionsHtml(s: ActionsSection, t: ReturnType<typeof translateIn>): string {
  if (s.empty) return `<p class="empty">${h(s.empty)}</p>`;
  const head = ['outcomes.actionText', 'outcomes.owner', 'outcomes.dueDate'].map((k) => `<th scope="col">${h(phrase(t, k))}</th>`).join('');
  const rows = s.items.map((a) => `<tr><td class="what">${h(a.text)}</td><td>${h(a.owner)}</td><td>${h(a.due)}</td></tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * An A4 poster to pin on the wall: the agreements in very large type with each side's answer, and
 * who does what by when. Same rules as the minutes: everything escaped, nothing loaded, no script.
 */
export function agreementPosterHtml(bundle: WorkshopBundle, options: PosterOptions): string {
  const doc = buildMinutes(bundle, { confidentiality: 'agreements-only', includeNotes: false, now: options.now, timeZone: options.timeZone });
  const t = translateIn(bundle.workshop.language);
  const agreements = find(doc.sections, 'agreements');
  const actions = find(doc.sections, 'actions');
  const body = [
    '<header>',
    `<p class="kicker">${h(phrase(t, 'minutes.posterKicker'))}</p>`,
    `<h1>${h(doc.header.title)}</h1>`,
    `<p class="date">${h(doc.header.date)}</p>`,
    '</header>',
    '<main>',
    `<h2>${h(agreements.heading)}</h2>`,
    agreementsHtml(agreements, t),
    `<h2>${h(actions.heading)}</h2>`,
    actionsHtml(actions, t),
    '</main>',
  ].join('\n');
  return htmlPage({ language: doc.language, dir: doc.dir, title: doc.header.title, css: POSTER_CSS, fontCss: options.fontCss, body });
}
