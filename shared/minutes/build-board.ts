import { laneKeyOf, type Group, type Reaction, type Sticky } from '../model';
import type { GroupSection, MinutesItem, MinutesLane, ReactionsSection } from './document';
import { groupRef, laneHeading, votesPhrase, type MinutesContext } from './context';
import { LENS_KEYS, TYPE_KEYS, VERDICT_KEYS } from './labels';
import { person, personal, phrase, type Phrase, type Span } from './phrase';
import { compareVotes } from './votes';
import { cleanText } from './text';

/** A sticky with its small print: type, lens, votes, cluster, and its author's name where allowed. */
export function minutesItem(ctx: MinutesContext, s: Sticky, includeNotes: boolean): MinutesItem {
  const { t } = ctx;
  const details: Phrase[] = [];
  if (s.requirementType) details.push(phrase(t, TYPE_KEYS[s.requirementType]));
  if (s.lens) details.push(phrase(t, LENS_KEYS[s.lens]));
  const votes = votesPhrase(ctx, s.id);
  if (votes) details.push(votes);
  const cluster = s.clusterId ? ctx.clusterById.get(s.clusterId) : undefined;
  if (cluster) details.push(phrase(t, 'board.clusterLabel', { title: clusterTitle(ctx, cluster.title) }));
  if (ctx.names && s.authorName?.trim()) details.push(phrase(t, 'minutes.signed', { name: person(s.authorName.trim()) }));
  return {
    id: s.id,
    text: personal(s.text),
    details,
    questions: includeNotes && s.questions.trim() ? phrase(t, 'minutes.questionsNoted', { questions: person(s.questions.trim()) }) : null,
  };
}

function clusterTitle(ctx: MinutesContext, title: string): Phrase {
  return title.trim() ? personal(title.trim()) : phrase(ctx.t, 'board.clusterUntitled');
}

/** A lane's stickies in the room's reading order; requirements by their votes, then that order. */
function laneStickies(ctx: MinutesContext, key: string, byVotes: boolean): Sticky[] {
  const stickies = ctx.stickiesByLane.get(key) ?? [];
  if (!byVotes) return stickies;
  return [...stickies].sort((a, b) => compareVotes(ctx.votes.get(a.id), ctx.votes.get(b.id)) || ctx.position.get(a.id)! - ctx.position.get(b.id)!);
}

/** Per group: its Outmodels (and Inmodel), its requirements in vote order, the clusters it kept. */
export function buildGroupSections(ctx: MinutesContext, includeNotes: boolean): GroupSection[] {
  const { t } = ctx;
  return ctx.groups.map((g, index) => {
    const own = ctx.lanes.filter((l) => l.kind !== 'parking' && l.authorGroupId === g.id);
    const lanes: MinutesLane[] = own.map((lane) => {
      const items = laneStickies(ctx, lane.key, lane.kind === 'requirement').map((s) => minutesItem(ctx, s, includeNotes));
      const hidden = ctx.board.hiddenCounts.get(lane.key) ?? 0;
      return {
        key: lane.key,
        heading: laneHeading(ctx, lane),
        items,
        hidden: hidden > 0 ? phrase(t, 'minutes.notRevealed', { count: hidden }) : null,
        empty: items.length === 0 && hidden === 0 ? phrase(t, 'minutes.laneEmpty') : null,
      };
    });
    const laneKeys = own.map((l) => l.key);
    const clusters = ctx.board.clusters
      .filter((c) => laneKeys.includes(laneKeyOf(c)))
      .sort((a, b) => laneKeys.indexOf(laneKeyOf(a)) - laneKeys.indexOf(laneKeyOf(b)) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
      .map((c) => ({
        heading: phrase(t, 'minutes.clusterIn', { title: clusterTitle(ctx, c.title), lane: laneHeading(ctx, c) }),
        items: (ctx.stickiesByCluster.get(c.id) ?? []).map((s) => personal(s.text)),
      }));
    return {
      kind: 'group',
      id: `group-${index + 1}`,
      heading: phrase(t, 'minutes.groupTitle', { group: person(g.name) }),
      empty: null,
      group: groupRef(g),
      lanes,
      clustersHeading: phrase(t, 'minutes.clustersTitle'),
      clusters,
      noClusters: clusters.length === 0 ? phrase(t, 'minutes.noClusters') : null,
    };
  });
}

/** Group names as one list in the workshop's language: "Ops and Security". */
export function groupList(ctx: MinutesContext, groups: readonly Group[]): Phrase {
  const parts = ctx.listFormat.formatToParts(groups.map((g) => g.name));
  return parts.map((p): Span => (p.type === 'element' ? { text: cleanText(p.value), person: true } : { text: p.value }));
}

/** What `make` gives for a key, made the first time the key is asked for. */
function madeOnce<T>(made: Map<string, T>, key: string, make: () => T): T {
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

/** Each group's items with the other groups' reactions, and the items still waiting for one. */
export function buildReactions(ctx: MinutesContext): ReactionsSection {
  const { t } = ctx;
  // A thousand items share a few sentences: each group's verdict, and each list of groups yet to
  // react, is made once and given to every item it belongs to.
  const verdicts = new Map<string, Phrase>();
  const verdictOf = (r: Reaction, group: Group) =>
    madeOnce(verdicts, `${r.groupId}\u0000${r.verdict}`, () => phrase(t, 'reactions.verdictBy', { group: person(group.name), verdict: phrase(t, VERDICT_KEYS[r.verdict]) }));
  const missingLists = new Map<string, Phrase>();
  const missingFrom = (missing: Group[]) =>
    madeOnce(missingLists, missing.map((g) => g.id).join('\u0000'), () => phrase(t, 'minutes.noReactionFrom', { groups: groupList(ctx, missing) }));
  const groups = ctx.groups.map((presenter) => {
    const listeners = ctx.groups.filter((g) => g.id !== presenter.id);
    const items = ctx.ordered.filter((s) => s.kind !== 'parking' && s.authorGroupId === presenter.id);
    const reacted: ReactionsSection['groups'][number]['items'] = [];
    const awaiting: ReactionsSection['groups'][number]['awaiting'] = [];
    for (const s of items) {
      const reactions = (ctx.reactions.get(s.id) ?? []).filter((r) => r.groupId !== presenter.id);
      const text = personal(s.text);
      if (reactions.length > 0) {
        reacted.push({
          text,
          reactions: reactions.map((r) => {
            const group = ctx.groupsById.get(r.groupId)!;
            return { group: groupRef(group), verdict: verdictOf(r, group), text: r.text.trim() ? personal(r.text.trim()) : null };
          }),
        });
      }
      const missing = listeners.filter((g) => !reactions.some((r) => r.groupId === g.id));
      if (missing.length > 0) awaiting.push({ text, missing: missingFrom(missing) });
    }
    const name = person(presenter.name);
    return {
      group: groupRef(presenter),
      heading: phrase(t, 'minutes.reactionsTo', { group: name }),
      items: reacted,
      noReactions: items.length === 0 ? phrase(t, 'minutes.noItemsToReact', { group: name }) : reacted.length === 0 ? phrase(t, 'minutes.noReactionsTo', { group: name }) : null,
      awaitingHeading: awaiting.length > 0 ? phrase(t, 'presentation.awaiting', { count: awaiting.length }) : null,
      awaiting,
      allReacted: items.length > 0 && awaiting.length === 0 ? phrase(t, 'minutes.allReacted', { group: name }) : null,
    };
  });
  return { kind: 'reactions', id: 'reactions', heading: phrase(t, 'minutes.reactionsTitle'), empty: null, groups };
}
