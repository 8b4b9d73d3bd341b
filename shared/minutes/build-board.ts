import { listeningGroups } from '../facilitation';
import { laneKeyOf, VERDICTS, type Group, type Reaction, type Sticky } from '../model';
import type { GroupSection, MinutesItem, MinutesLane, ReactionsSection } from './document';
import { groupRef, laneHeading, votesPhrase, type MinutesContext } from './context';
import { LENS_KEYS, TYPE_KEYS, VERDICT_KEYS } from './labels';
import { joinPhrases, person, personal, phrase, type Phrase, type Span } from './phrase';
import { compareVotes } from './votes';
import { cleanText } from './text';

/** A sticky with its small print (type, lens, votes, cluster, its author's name where allowed) and the answers to it. */
function minutesItem(ctx: MinutesContext, s: Sticky, includeNotes: boolean, answer: ItemAnswers | undefined, made: SharedPhrases): MinutesItem {
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
    reactions: (answer?.reactions ?? []).map((r) => {
      const group = ctx.groupsById.get(r.groupId)!;
      return { group: groupRef(group), verdict: made.verdict(r, group), text: r.text.trim() ? personal(r.text.trim()) : null };
    }),
    missing: answer && answer.missing.length > 0 ? made.missingFrom(answer.missing) : null,
  };
}

/** An item's reactions, one per other group (its latest), in the groups' order, and the groups yet to react. */
interface ItemAnswers {
  reactions: Reaction[];
  missing: Group[];
}

/** What the other groups answered to one group's items: worked out once, for its section and for the Reactions. */
export interface Presentation {
  /** The group's items the others react to: all it wrote on the board, the parking lot aside. */
  items: Sticky[];
  listeners: Group[];
  answers: Map<string, ItemAnswers>;
  /**
   * Some other group has reacted to one of the items. Until then (before the presentations), no
   * item is counted or marked as waiting for a reaction: all of them would be.
   */
  started: boolean;
}

/** Each group's presentation, by the group's id. */
export function presentations(ctx: MinutesContext): Map<string, Presentation> {
  return new Map(
    ctx.groups.map((presenter) => {
      const items = ctx.ordered.filter((s) => s.kind !== 'parking' && s.authorGroupId === presenter.id);
      const listeners = listeningGroups(ctx.groups, presenter.id);
      const reactions = items.map((s) => latestPerGroup((ctx.reactions.get(s.id) ?? []).filter((r) => r.groupId !== presenter.id)));
      const started = reactions.some((list) => list.length > 0);
      const answers = new Map(
        items.map((s, i) => {
          const list = reactions[i]!;
          return [s.id as string, { reactions: list, missing: started ? listeners.filter((g) => !list.some((r) => r.groupId === g.id)) : [] }];
        }),
      );
      return [presenter.id as string, { items, listeners, answers, started }];
    }),
  );
}

/**
 * One reaction per group, its latest: the room records one, but a merged file may hold two.
 * The list comes in the groups' order, and stays in it.
 */
function latestPerGroup(reactions: Reaction[]): Reaction[] {
  if (reactions.length < 2) return reactions;
  const out: Reaction[] = [];
  for (const r of reactions) {
    const last = out.at(-1);
    if (last && last.groupId === r.groupId) {
      if (r.createdAt >= last.createdAt) out[out.length - 1] = r;
    } else out.push(r);
  }
  return out;
}

/**
 * A thousand items share a few sentences: each group's verdict, and each list of groups yet to
 * react, is made once and given to every item it belongs to.
 */
interface SharedPhrases {
  verdict(r: Reaction, group: Group): Phrase;
  missingFrom(missing: Group[]): Phrase;
}

function sharedPhrases(ctx: MinutesContext): SharedPhrases {
  const { t } = ctx;
  // Keyed by what the records already hold (a group's id, a verdict) and, for a list of groups,
  // by the set of their places (a workshop has at most four): no key string is made per item.
  const verdicts = new Map<string, Map<string, Phrase>>();
  const missingLists = new Map<number, Phrase>();
  return {
    verdict: (r, group) => {
      let ofGroup = verdicts.get(r.groupId);
      if (!ofGroup) verdicts.set(r.groupId, (ofGroup = new Map()));
      return madeOnce(ofGroup, r.verdict, () => phrase(t, 'reactions.verdictBy', { group: person(group.name), verdict: phrase(t, VERDICT_KEYS[r.verdict]) }));
    },
    missingFrom: (missing) => {
      let set = 0;
      for (const g of missing) set |= 1 << ctx.groups.indexOf(g);
      return madeOnce(missingLists, set, () => phrase(t, 'minutes.noReactionFrom', { groups: groupList(ctx, missing) }));
    },
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

/**
 * Per group: its Outmodels (and Inmodel), its requirements in vote order, each item with the other
 * groups' reactions under it, and the clusters it kept.
 */
export function buildGroupSections(ctx: MinutesContext, includeNotes: boolean, presented: Map<string, Presentation>): GroupSection[] {
  const { t } = ctx;
  const made = sharedPhrases(ctx);
  return ctx.groups.map((g, index) => {
    const own = ctx.lanes.filter((l) => l.kind !== 'parking' && l.authorGroupId === g.id);
    const answers = presented.get(g.id)!.answers;
    const lanes: MinutesLane[] = own.map((lane) => {
      const items = laneStickies(ctx, lane.key, lane.kind === 'requirement').map((s) => minutesItem(ctx, s, includeNotes, answers.get(s.id), made));
      const hidden = ctx.board.hiddenCounts.get(lane.key) ?? 0;
      return {
        key: lane.key,
        heading: laneHeading(ctx, lane),
        items,
        hidden: hidden > 0 ? phrase(t, 'minutes.notRevealed', { count: hidden }) : null,
        empty: items.length === 0 && hidden === 0 ? phrase(t, 'minutes.laneEmpty') : null,
      };
    });
    // The group's clusters, lane by lane in the board's order, each lane's in its own order.
    const laneAt = new Map(own.map((l, i) => [l.key, i]));
    const clusters = ctx.board.clusters
      .flatMap((c) => {
        const at = laneAt.get(laneKeyOf(c));
        return at === undefined ? [] : [{ c, at }];
      })
      .sort((a, b) => a.at - b.at || (a.c.order < b.c.order ? -1 : a.c.order > b.c.order ? 1 : 0))
      .map(({ c }) => ({
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
function madeOnce<K, T>(made: Map<K, T>, key: K, make: () => T): T {
  let value = made.get(key);
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

/**
 * How each group's items were received: per other group, to how many of them it reacted and with
 * which verdicts (or that it has not reacted to any); and how many still wait for a reaction (each
 * says from whom where it is listed).
 */
export function buildReactions(ctx: MinutesContext, presented: Map<string, Presentation>): ReactionsSection {
  const { t } = ctx;
  const groups = ctx.groups.map((presenter) => {
    const { items, listeners, answers, started } = presented.get(presenter.id)!;
    const tallies = started
      ? listeners.map((listener) => {
          const verdicts = new Map<Reaction['verdict'], number>();
          for (const answer of answers.values()) {
            const r = answer.reactions.find((x) => x.groupId === listener.id);
            if (r) verdicts.set(r.verdict, (verdicts.get(r.verdict) ?? 0) + 1);
          }
          const reacted = [...verdicts.values()].reduce((n, c) => n + c, 0);
          const group = person(listener.name);
          if (reacted === 0) return { group: groupRef(listener), text: phrase(t, 'minutes.reactedToNone', { group, count: items.length }) };
          const tally = joinPhrases(
            VERDICTS.filter((v) => verdicts.has(v)).map((v) => phrase(t, 'minutes.verdictCount', { verdict: phrase(t, VERDICT_KEYS[v]), count: verdicts.get(v)! })),
            ' · ',
          );
          return { group: groupRef(listener), text: phrase(t, 'minutes.reactedTo', { group, reacted, count: items.length, tally }) };
        })
      : [];
    const awaiting = [...answers.values()].filter((a) => a.missing.length > 0).length;
    const name = person(presenter.name);
    return {
      group: groupRef(presenter),
      heading: phrase(t, 'minutes.reactionsTo', { group: name }),
      tallies,
      noReactions: items.length === 0 ? phrase(t, 'minutes.noItemsToReact', { group: name }) : !started ? phrase(t, 'minutes.noReactionsTo', { group: name }) : null,
      awaiting: awaiting > 0 ? phrase(t, 'minutes.stillAwaiting', { count: awaiting }) : null,
      allReacted: started && awaiting === 0 ? phrase(t, 'minutes.allReacted', { group: name }) : null,
    };
  });
  return { kind: 'reactions', id: 'reactions', heading: phrase(t, 'minutes.reactionsTitle'), empty: null, groups };
}
