import { concat } from './concat';
import type { Fact, MinutesDocument, MinutesSection } from './document';
import { cultureSvg, markerSvg } from './culture-svg';
import { escapeHtml, phraseAttr, phraseHtml, safeColour } from './html-escape';
import { MINUTES_CSS } from './html-style';
import { markIcon } from './marks';
import type { Phrase } from './phrase';

/** Nothing may load or run: no network, no script, no frame; styles and pictures only from the page itself. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  /** `@font-face` rules with `data:` URLs, so the document looks the same on every machine. */
  fontCss?: string;
}

/** One self-contained HTML page: the export's fixed head, its stylesheet, and a body. */
export function htmlPage(page: { language: string; dir: 'ltr' | 'rtl'; title: Phrase; css: string; fontCss?: string; body: string }): string {
  // The font rules come from the app, not from a person; still, they cannot close the style element.
  const fonts = (page.fontCss ?? '').replace(/<\//g, '<\\/');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(page.language)}" dir="${page.dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${phraseAttr(page.title)}</title>`,
    `<style>${fonts}${page.css}</style>`,
    '</head>',
    '<body>',
    page.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const h = phraseHtml;
const tag = (name: string, p: Phrase, cls?: string) => `<${name}${cls ? ` class="${cls}"` : ''}>${h(p)}</${name}>`;
const list = (items: string[]) => (items.length ? `<ul>${concat(items.map((i) => `<li>${i}</li>`))}</ul>` : '');
const lines = (parts: (string | null | false | undefined)[]) => concat(parts.filter((x): x is string => !!x), '\n');
const fact = (f: Fact) => `<span class="facts-line">${h(f.label)}${f.value.length ? ` ${h(f.value)}` : ''}</span>`;
const groupIcon = (g: { mark: Parameters<typeof markIcon>[0]; colour: string }) => markIcon(g.mark, g.colour);

function table(columns: Phrase[], rows: { cells: Phrase[]; cls?: string; cellCls?: (i: number) => string | undefined }[]): string {
  const head = `<thead><tr>${columns.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r) => `<tr${r.cls ? ` class="${r.cls}"` : ''}>${r.cells.map((c, i) => `<td${r.cellCls?.(i) ? ` class="${r.cellCls(i)}"` : ''}>${h(c)}</td>`).join('')}</tr>`)
    .join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

/** What the two kinds of ring mean, each beside a sample of itself. */
function legend(s: Extract<MinutesSection, { kind: 'culture' }>): string {
  const sample = (self: boolean) => `<svg width="24" height="24" viewBox="0 0 32 32" aria-hidden="true">${markerSvg({ mark: 'circle', colour: '#9ca3af', ring: '#374151', self }, 16, 16)}</svg>`;
  return `<div class="legend"><span>${sample(true)}${h(s.legend.self)}</span><span>${sample(false)}${h(s.legend.other)}</span></div>`;
}

function sectionBody(s: MinutesSection, dir: 'ltr' | 'rtl'): string {
  const empty = s.empty ? tag('p', s.empty, 'empty') : null;
  switch (s.kind) {
    case 'attendance':
      return lines([
        empty,
        ...s.groups.map((g) => lines([`<h3>${groupIcon(g.group)}${h(g.heading)}</h3>`, list(g.present.map(h)), g.none && tag('p', g.none, 'empty')])),
        !empty && tag('h3', s.absentHeading),
        !empty && (s.nobodyAbsent ? tag('p', s.nobodyAbsent) : list(s.absent.map(h))),
      ]);
    case 'agenda':
      return lines([
        empty,
        s.rows.length > 0 &&
          table(
            [s.columns.phase, s.columns.planned, s.columns.actual],
            [
              ...s.rows.map((r) => ({ cells: [r.title, r.planned, r.actual], cellCls: (i: number) => (i === 2 && r.over ? 'over' : undefined) })),
              ...(s.total ? [{ cells: [s.total.title, s.total.planned, s.total.actual], cls: 'total' }] : []),
            ],
          ),
      ]);
    case 'culture':
      return lines([
        empty,
        s.placings.length > 0 && `<figure>${cultureSvg(s, dir)}</figure>`,
        s.placings.length > 0 && legend(s),
        s.placings.length > 0 &&
          table(
            [s.columns.subject, s.columns.by, s.columns.quadrant],
            s.placings.map((p) => ({ cells: [[{ text: p.subject.name, person: true }], p.byLabel, p.quadrant] })),
          ),
        list(s.gaps.map(h)),
        list(s.selfLabels.map(h)),
        ...s.hidden.map((x) => tag('p', x, 'hidden-note')),
      ]);
    case 'group':
      return lines([
        ...s.lanes.map((lane) =>
          lines([
            tag('h3', lane.heading),
            list(
              lane.items.map((i) =>
                lines([
                  h(i.text),
                  i.details.length > 0 && `<span class="details">${i.details.map(h).join(' · ')}</span>`,
                  i.questions && `<span class="details">${h(i.questions)}</span>`,
                  i.missing && `<span class="missing details">${h(i.missing)}</span>`,
                  list(i.reactions.map((r) => `${groupIcon(r.group)}<strong>${h(r.verdict)}</strong>${r.text ? ` — ${h(r.text)}` : ''}`)),
                ]),
              ),
            ),
            lane.hidden && tag('p', lane.hidden, 'hidden-note'),
            lane.empty && tag('p', lane.empty, 'empty'),
          ]),
        ),
        tag('h3', s.clustersHeading),
        s.noClusters ? tag('p', s.noClusters, 'empty') : list(s.clusters.map((c) => `${h(c.heading)}${list(c.items.map(h))}`)),
      ]);
    case 'reactions':
      return lines(
        s.groups.map((g) =>
          lines([
            `<h3>${groupIcon(g.group)}${h(g.heading)}</h3>`,
            list(g.tallies.map((x) => `${groupIcon(x.group)}${h(x.text)}`)),
            g.noReactions && tag('p', g.noReactions, 'empty'),
            g.awaiting && tag('p', g.awaiting, 'missing'),
            g.allReacted && tag('p', g.allReacted),
          ]),
        ),
      );
    case 'agreements':
      return lines([
        empty,
        ...s.items.map((a) =>
          lines([
            '<div class="agreement">',
            `<h3>${h(a.heading)}<span class="status${a.agreed ? ' agreed' : ''}">${h(a.status)}</span></h3>`,
            a.text.length > 0 && tag('p', a.text, 'agreement-text'),
            '<div class="sides">',
            ...a.sides.map(
              (side) =>
                `<div class="side" style="border-block-start-color: ${safeColour(side.group.colour)}"><h4>${groupIcon(side.group)}${h(side.heading)}</h4>${list(side.requirements.map(h))}${
                  side.noRequirements ? tag('p', side.noRequirements, 'empty') : ''
                }<p><span class="answer">${h(side.answer)}</span>${side.answerText ? ` · ${h(side.answerLabel ?? [])} ${h(side.answerText)}` : ''}</p></div>`,
            ),
            '</div>',
            a.notShown && tag('p', a.notShown, 'hidden-note'),
            '</div>',
          ]),
        ),
      ]);
    case 'decisions':
      return lines([empty, list(s.items.map((d) => `${h(d.text)}${d.deferred ? `<span class="deferred">${h(d.deferred)}</span>` : ''}${d.facts.map(fact).join('')}`))]);
    case 'actions':
      return lines([empty, list(s.items.map((a) => `<strong>${h(a.text)}</strong>${a.facts.map(fact).join('')}`))]);
    case 'parking':
      return lines([empty, list(s.items.map((p) => `${h(p.text)}<span class="facts-line">${h(p.by)}</span>${p.facts.map(fact).join('')}`))]);
    case 'follow-up':
      return lines([tag('p', s.summary), s.note && tag('p', s.note)]);
    case 'pulse':
      return lines([tag('p', s.intro), table(s.columns, s.rows.map((r) => ({ cells: [r.statement, ...r.cells] })))]);
    case 'notes':
      return lines([empty, ...s.items.map((n) => lines([tag('h3', n.phase), tag('p', n.notes)]))]);
  }
}

/** The minutes as one self-contained, print-ready HTML document: no script, nothing loaded from anywhere. */
export function minutesToHtml(doc: MinutesDocument, options: HtmlOptions = {}): string {
  const hd = doc.header;
  const header = lines([
    '<header>',
    tag('p', hd.kicker, 'kicker'),
    tag('h1', hd.title),
    hd.asOf && tag('p', hd.asOf, 'as-of'),
    `<dl class="facts">${hd.facts.map((f) => `<dt>${h(f.label)}</dt><dd>${h(f.value)}</dd>`).join('')}</dl>`,
    ...hd.texts.map((x) => `<div class="long-text">${tag('h3', x.label)}${x.paragraphs.map((p) => tag('p', p)).join('')}</div>`),
    tag('p', hd.confidentiality, 'confidentiality'),
    '</header>',
  ]);
  const sections = doc.sections.map((s) => `<section id="${escapeHtml(s.id)}">\n<h2>${s.kind === 'group' ? groupIcon(s.group) : ''}${h(s.heading)}</h2>\n${sectionBody(s, doc.dir)}\n</section>`);
  const body = lines(['<main>', header, ...sections, '</main>', `<footer>${h(doc.footer)}</footer>`]);
  return htmlPage({ language: doc.language, dir: doc.dir, title: hd.title, css: MINUTES_CSS, fontCss: options.fontCss, body });
}
