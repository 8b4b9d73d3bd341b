import { cultureGaps, gapSize, quadrantOf } from '../facilitation';
import { CULTURES, type Culture } from '../model';
import type { CultureSection, Placing } from './document';
import { groupRef, type MinutesContext } from './context';
import { CULTURE_NAME_KEYS, GAP_SIZE_KEYS, QUADRANT_KEYS } from './labels';
import { person, personal, phrase } from './phrase';

/**
 * The culture map as the room may see it: each group's placement of itself and the others' of
 * it, with quadrant names; markers of groups not revealed yet are left out and said to be.
 */
export function buildCulture(ctx: MinutesContext): CultureSection {
  const { t } = ctx;
  const end = (name: string, hint: string) => phrase(t, 'minutes.axisEnd', { name: phrase(t, name), hint: phrase(t, hint) });
  const placings: Placing[] = [];
  for (const subject of ctx.groups) {
    // Each group's view of itself first, then the others' views of it in the groups' order.
    for (const by of [subject, ...ctx.groups.filter((g) => g.id !== subject.id)]) {
      const p = ctx.placements.find((x) => x.subjectGroupId === subject.id && x.groupId === by.id);
      if (!p) continue;
      const culture = quadrantOf(p.x, p.y);
      const self = by.id === subject.id;
      placings.push({
        subject: groupRef(subject),
        by: groupRef(by),
        self,
        x: p.x,
        y: p.y,
        culture,
        label: phrase(t, 'culture.markerLabel', { subject: person(subject.name), by: person(by.name) }),
        byLabel: self ? phrase(t, 'minutes.byItself', { group: person(by.name) }) : personal(by.name),
        quadrant: phrase(t, QUADRANT_KEYS[culture]),
      });
    }
  }
  const name = (c: Culture) => phrase(t, CULTURE_NAME_KEYS[c]);
  const gaps = cultureGaps(ctx.placements, ctx.groups).map((gap) =>
    phrase(t, 'culture.gap', {
      subject: person(gap.subject.name),
      by: person(gap.by.name),
      self: name(gap.selfCulture),
      other: name(gap.otherCulture),
      size: phrase(t, GAP_SIZE_KEYS[gapSize(gap.distance)]),
    }),
  );
  const shown = new Set<string>(ctx.placements.map((p) => p.id));
  const hidden = ctx.groups
    .filter((g) => ctx.bundle.placements.some((p) => p.groupId === g.id && !shown.has(p.id)))
    .map((g) => phrase(t, 'minutes.markersNotRevealed', { group: person(g.name) }));
  return {
    kind: 'culture',
    id: 'culture-map',
    heading: phrase(t, 'culture.title'),
    empty: placings.length === 0 ? phrase(t, 'minutes.noPlacements') : null,
    axes: {
      x: { low: end('culture.actuality', 'culture.actualityHint'), high: end('culture.possibility', 'culture.possibilityHint'), title: phrase(t, 'culture.axisAttends') },
      y: { low: end('culture.impersonal', 'culture.impersonalHint'), high: end('culture.personal', 'culture.personalHint'), title: phrase(t, 'culture.axisDecides') },
    },
    quadrants: Object.fromEntries(CULTURES.map((c) => [c, phrase(t, QUADRANT_KEYS[c])])) as Record<Culture, ReturnType<typeof phrase>>,
    columns: { subject: phrase(t, 'minutes.cultureGroup'), by: phrase(t, 'minutes.placedBy'), quadrant: phrase(t, 'minutes.quadrant') },
    placings,
    selfLabels: ctx.groups
      .filter((g) => g.cultureSelfLabel !== null)
      .map((g) => phrase(t, 'minutes.selfLabel', { group: person(g.name), culture: name(g.cultureSelfLabel!) })),
    gaps,
    hidden,
    legend: { self: phrase(t, 'minutes.legendSelf'), other: phrase(t, 'minutes.legendOther') },
    drawingLabel: phrase(t, 'culture.gridLabel'),
  };
}
