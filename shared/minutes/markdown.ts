import { concat } from './concat';
import type { Fact, MinutesDocument, MinutesSection } from './document';
import { isolateLine } from './text';
import type { Phrase } from './phrase';

/*
 * CommonMark, with every word escaped so that nothing a person wrote can become markup: no
 * heading, list, link, image, HTML, code or emphasis comes from a sticky, a name or a title.
 * Characters that carry meaning anywhere are always backslash-escaped; those that carry meaning
 * only at the start of a line (list markers, setext underlines, ordered-list numbers) are escaped
 * there. A line break inside a sticky becomes a hard line break within its own block.
 */

const ANYWHERE = /[\\`*_[\]<>|~&#]/g;
const HAS_ANY = /[\\`*_[\]<>|~&#]/;

function escapeAnywhere(text: string): string {
  // Most words hold none of these: a look costs less than a replacement that finds nothing.
  return HAS_ANY.test(text) ? text.replace(ANYWHERE, '\\$&') : text;
}

/**
 * At the start of a line, `-`, `+` or `=` followed by a space (a list item), a line of only `-` or
 * `=` (a thematic break, a setext underline), and "1." or "1)" followed by a space (an ordered
 * list) would each open a block of their own.
 */
function escapeLineStart(escaped: string): string {
  if (/^[-+=]([ \t]|$)/.test(escaped) || /^[-=][-= \t]*$/.test(escaped)) return `\\${escaped}`;
  const number = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(escaped);
  return number ? `${number[1]}\\${number[2]}${escaped.slice(number[0].length)}` : escaped;
}

interface Layout {
  /** What a continuation line starts with, to stay inside its list item. */
  indent: string;
  /** Headings and table cells: line breaks become spaces. */
  oneLine?: boolean;
}

const PLAIN: Layout = { indent: '' };

/** A phrase as Markdown inline text, starting at the start of a block. */
function inline(p: Phrase, layout: Layout = PLAIN): string {
  // Lines after the first that hold only spaces are left out; the rest lose their trailing spaces.
  // Most phrases are one line: plain loops, and no array until a second line comes.
  let kept: string[] | null = null;
  let line = '';
  for (const span of p) {
    const text = span.text;
    for (let from = 0; ; ) {
      const end = text.indexOf('\n', from);
      const raw = end < 0 ? (from === 0 ? text : text.slice(from)) : text.slice(from, end);
      const atStart = line === '';
      let piece = span.person ? isolateLine(raw) : raw;
      if (atStart) piece = piece.trimStart();
      piece = escapeAnywhere(piece);
      line += atStart ? escapeLineStart(piece) : piece;
      if (end < 0) break;
      if (kept === null) kept = [line];
      else if (line.trim() !== '') kept.push(line);
      line = '';
      from = end + 1;
    }
  }
  if (kept === null) return layout.oneLine ? line : line.trimEnd();
  if (line.trim() !== '') kept.push(line);
  return layout.oneLine ? kept.join(' ') : kept.map((l) => l.trimEnd()).join(`\\\n${layout.indent}`);
}

const ONE_LINE: Layout = { indent: '', oneLine: true };
const oneLine = (p: Phrase) => inline(p, ONE_LINE);

/** A list item: its first line after the marker, each further line after a hard break. */
function item(lines: Phrase[], depth = 0): string {
  const pad = '  '.repeat(depth);
  const indent = `${pad}  `;
  const body = lines.filter((l) => l.length > 0).map((l) => inline(l, { indent }));
  return `${pad}- ${body.join(`\\\n${indent}`)}`;
}

function factLine(f: Fact): Phrase {
  return f.value.length > 0 ? [...f.label, { text: ' ' }, ...f.value] : f.label;
}

function table(columns: Phrase[], rows: Phrase[][]): string {
  const row = (cells: Phrase[]) => `| ${cells.map(oneLine).join(' | ')} |`;
  return [row(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(row)].join('\n');
}

const bold = (p: Phrase) => `**${oneLine(p)}**`;
const heading = (level: number, p: Phrase) => `${'#'.repeat(level)} ${oneLine(p)}`;
const join = (parts: (string | null | false)[]) => concat(parts.filter((x): x is string => typeof x === 'string' && x !== ''), '\n\n');
const sep = (a: Phrase, b: Phrase | null): Phrase => (b && b.length ? [...a, { text: ' · ' }, ...b] : a);

function section(s: MinutesSection): string {
  const top = heading(2, s.heading);
  const empty = s.empty ? inline(s.empty) : null;
  switch (s.kind) {
    case 'attendance':
      return join([
        top,
        empty,
        s.groups.length && !empty ? s.groups.map((g) => [item([g.heading]), ...g.present.map((p) => item([p], 1)), g.none ? item([g.none], 1) : ''].filter(Boolean).join('\n')).join('\n') : null,
        !empty && bold([...s.absentHeading]),
        !empty && (s.nobodyAbsent ? inline(s.nobodyAbsent) : s.absent.map((a) => item([a])).join('\n')),
      ]);
    case 'agenda':
      return join([
        top,
        empty,
        s.rows.length > 0 &&
          table(
            [s.columns.phase, s.columns.planned, s.columns.actual],
            [...s.rows.map((r) => [r.title, r.planned, r.actual]), ...(s.total ? [[s.total.title, s.total.planned, s.total.actual]] : [])],
          ),
      ]);
    case 'culture':
      return join([
        top,
        empty,
        s.placings.length > 0 && table([s.columns.subject, s.columns.by, s.columns.quadrant], s.placings.map((p) => [[{ text: p.subject.name, person: true }], p.byLabel, p.quadrant])),
        s.gaps.map((g) => item([g])).join('\n'),
        s.selfLabels.map((g) => item([g])).join('\n'),
        s.hidden.map((x) => inline(x)).join('\n\n'),
      ]);
    case 'group':
      return join([
        top,
        ...s.lanes.map((lane) =>
          join([
            heading(3, lane.heading),
            lane.items
              .map((i) =>
                [
                  item([i.text, i.details.reduce<Phrase>((acc, d) => (acc.length ? sep(acc, d) : d), []), i.questions ?? [], i.missing ?? []]),
                  ...i.reactions.map((r) => item([r.text ? [...r.verdict, { text: ' — ' }, ...r.text] : r.verdict], 1)),
                ].join('\n'),
              )
              .join('\n'),
            lane.hidden && inline(lane.hidden),
            lane.empty && inline(lane.empty),
          ]),
        ),
        heading(3, s.clustersHeading),
        s.noClusters ? inline(s.noClusters) : s.clusters.map((c) => [item([c.heading]), ...c.items.map((i) => item([i], 1))].join('\n')).join('\n'),
      ]);
    case 'reactions':
      return join([
        top,
        ...s.groups.map((g) =>
          join([
            heading(3, g.heading),
            g.tallies.map((x) => item([x.text])).join('\n'),
            g.noReactions && inline(g.noReactions),
            g.awaiting && inline(g.awaiting),
            g.allReacted && inline(g.allReacted),
          ]),
        ),
      ]);
    case 'agreements':
      return join([
        top,
        empty,
        ...s.items.map((a) =>
          join([
            heading(3, sep(a.heading, a.status)),
            a.text.length > 0 && inline(a.text),
            a.sides
              .map((side) =>
                [
                  item([side.heading]),
                  ...side.requirements.map((r) => item([r], 1)),
                  side.noRequirements ? item([side.noRequirements], 1) : '',
                  `  - ${bold(side.answer)}${side.answerText ? ` · ${inline([...(side.answerLabel ?? []), { text: ' ' }, ...side.answerText], { indent: '    ' })}` : ''}`,
                ]
                  .filter(Boolean)
                  .join('\n'),
              )
              .join('\n'),
            a.notShown && inline(a.notShown),
          ]),
        ),
      ]);
    case 'decisions':
      return join([top, empty, s.items.map((d) => item([sep(d.text, d.deferred), ...d.facts.map(factLine)])).join('\n')]);
    case 'actions':
      return join([top, empty, s.items.map((a) => item([a.text, ...a.facts.map(factLine)])).join('\n')]);
    case 'parking':
      return join([top, empty, s.items.map((p) => item([p.text, p.by, ...p.facts.map(factLine)])).join('\n')]);
    case 'follow-up':
      return join([top, inline(s.summary), s.note && inline(s.note)]);
    case 'pulse':
      return join([top, inline(s.intro), table(s.columns, s.rows.map((r) => [r.statement, ...r.cells]))]);
    case 'notes':
      return join([top, empty, ...s.items.map((n) => join([heading(3, n.phase), inline(n.notes)]))]);
  }
}

/** The minutes as one CommonMark document (its tables are GitHub's pipe tables). */
export function minutesToMarkdown(doc: MinutesDocument): string {
  const h = doc.header;
  const header = join([
    heading(1, h.title),
    bold(h.kicker),
    h.asOf && inline(h.asOf),
    h.facts.map((f) => `- **${oneLine(f.label)}** ${inline(f.value, { indent: '  ' })}`).join('\n'),
    ...h.texts.map((x) => join([bold(x.label), ...x.paragraphs.map((p) => inline(p))])),
    `*${oneLine(h.confidentiality)}*`,
  ]);
  return `${join([header, ...doc.sections.map(section), '---', `*${oneLine(doc.footer)}*`])}\n`;
}
