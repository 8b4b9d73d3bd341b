import type { Sticky, WorkshopBundle } from '../model';
import { agreementNumbers } from './build-outcomes';
import { groupById, laneHeading, minutesContext, ownerPhrase, type MinutesContext } from './context';
import type { Confidentiality } from './document';
import { LANE_KIND_KEYS, LENS_KEYS, STATUS_KEYS, TYPE_KEYS, VERDICT_KEYS } from './labels';
import { person, phrase, textOf } from './phrase';
import { cleanText } from './text';

/*
 * CSV as RFC 4180 has it, for spreadsheets: rows end in CRLF; a field is quoted when it holds a
 * comma, a quote, a CR or an LF, with its quotes doubled; a UTF-8 byte-order mark comes first so
 * that spreadsheets read Hebrew and emoji as such.
 *
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula, so a sticky
 * could carry a formula into the facilitator's spreadsheet. Such a cell gets a single quote (')
 * in front: the spreadsheet then shows the text as text, quote and all.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : cleanText(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The stickies the minutes of this confidentiality hold: all the room may see, or, agreements only, those agreements link and the parking lot. */
function stickiesFor(ctx: MinutesContext, confidentiality: Confidentiality): Sticky[] {
  if (confidentiality !== 'agreements-only') return ctx.ordered;
  const linked = new Set<string>(ctx.bundle.agreements.flatMap((a) => a.stickyIds));
  return ctx.ordered.filter((s) => s.kind === 'parking' || linked.has(s.id));
}

/**
 * One row per sticky the room may see, in board order: lane, groups, kind, type, lens, text,
 * author (only in full minutes), votes of closed rounds, reactions, cluster. Headers are in the
 * workshop's language.
 */
export function stickiesCsv(bundle: WorkshopBundle, options: { confidentiality: Confidentiality }): string {
  const ctx = minutesContext(bundle, options.confidentiality);
  const { t } = ctx;
  const remarks = options.confidentiality !== 'agreements-only';
  const header = [
    t('minutes.csvLane'),
    t('minutes.csvAuthorGroup'),
    t('minutes.csvSubjectGroup'),
    t('minutes.csvKind'),
    t('minutes.csvType'),
    t('minutes.csvLens'),
    t('board.stickyText'),
    t('minutes.csvAuthor'),
    t('minutes.csvVotes'),
    t('minutes.reactionsTitle'),
    t('minutes.csvCluster'),
  ];
  const rows = stickiesFor(ctx, options.confidentiality).map((s) => {
    const reactions = remarks
      ? (ctx.reactions.get(s.id) ?? []).map((r) => {
            const verdict = t('reactions.verdictBy', { group: groupById(ctx, r.groupId)!.name, verdict: t(VERDICT_KEYS[r.verdict]) });
          return r.text.trim() ? `${verdict} — ${r.text.trim()}` : verdict;
        })
      : [];
    const cluster = s.clusterId ? ctx.clusterById.get(s.clusterId) : undefined;
    const votes = ctx.votes.get(s.id);
    return [
      textOf(laneHeading(ctx, s)),
      groupById(ctx, s.authorGroupId)?.name ?? '',
      groupById(ctx, s.subjectGroupId)?.name ?? '',
      t(LANE_KIND_KEYS[s.kind]),
      s.requirementType ? t(TYPE_KEYS[s.requirementType]) : '',
      s.lens ? t(LENS_KEYS[s.lens]) : '',
      s.text,
      ctx.names ? (s.authorName ?? '') : '',
      votes ? votes.first.total : '',
      reactions.join('\n'),
      cluster ? cluster.title || t('board.clusterUntitled') : '',
    ];
  });
  return csvRows([header, ...rows]);
}

/** One row per action item: what, owner, due date (YYYY-MM-DD, for sorting), status, definition of done, source. */
export function actionsCsv(bundle: WorkshopBundle): string {
  const ctx = minutesContext(bundle, 'agreements-only');
  const { t } = ctx;
  const numbers = agreementNumbers(ctx);
  const header = [t('outcomes.actionText'), t('outcomes.owner'), t('outcomes.dueDate'), t('outcomes.status'), t('outcomes.definitionOfDone'), t('outcomes.source')];
  const source = (a: WorkshopBundle['actions'][number]): string => {
    if (!a.source) return '';
    if (a.source.kind === 'agreement') {
      const agreement = ctx.bundle.agreements.find((x) => x.id === a.source!.id);
      const number = numbers.get(a.source.id);
      return agreement && number ? textOf(phrase(t, 'outcomes.sourceAgreement', { number, text: person(agreement.text) })) : '';
    }
    const sticky = ctx.stickyById.get(a.source.id);
    return sticky ? `${textOf(laneHeading(ctx, sticky))}: ${sticky.text}` : t('outcomes.fromHidden');
  };
  const rows = [...ctx.bundle.actions]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
    .map((a) => [a.text, textOf(ownerPhrase(ctx, a.owner)), a.dueDate ?? '', t(STATUS_KEYS[a.status]), a.definitionOfDone, source(a)]);
  return csvRows([header, ...rows]);
}

