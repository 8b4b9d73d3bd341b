import { describe, expect, it } from 'vitest';
import { byOrder } from '../../../shared/lib/order';
import { buildMinutes, minutesToHtml, minutesToMarkdown, stickiesCsv, textOf, type MinutesDocument, type MinutesOptions, type SectionKind } from '../../../shared/minutes';
import { parse as parseCsv } from 'csv-parse/sync';
import { END_OF_DAY, at, sampleAfterTheDay } from '../../builders/minutes';
import { parseHtml, readable } from './minutes-support';

const base: MinutesOptions = { confidentiality: 'anonymised', includeNotes: false, now: END_OF_DAY, timeZone: 'UTC' };
const kinds = (doc: MinutesDocument) => [...new Set(doc.sections.map((s) => s.kind))];
const markdown = (b = sampleAfterTheDay('en'), options: Partial<MinutesOptions> = {}) => minutesToMarkdown(buildMinutes(b, { ...base, ...options }));
const htmlText = (b = sampleAfterTheDay('en'), options: Partial<MinutesOptions> = {}) => readable(parseHtml(minutesToHtml(buildMinutes(b, { ...base, ...options }))).body.textContent ?? '');

describe('confidentiality', () => {
  const signedBy = ['Yoni', 'Noa'];

  it('full: the remarks carry the names of those who signed them', () => {
    const md = markdown(undefined, { confidentiality: 'full' });
    expect(md).toContain('Treats every change as a threat to the four nines.\\\n  — Yoni');
    expect(md).toContain('— Noa');
    expect(htmlText(undefined, { confidentiality: 'full' })).toContain('— Yoni');
  });

  it('anonymised: no name on any remark, but attendance, owners, chair and facilitator stay', () => {
    for (const text of [markdown(), htmlText()]) {
      for (const name of signedBy) expect(text).not.toContain(`— ${name}`);
      expect(text).toContain('Treats every change as a threat to the four nines.');
      expect(text).toContain('Yoni, Team lead'); // attendance
      expect(text).toContain('Owner: Avi (Ops)'); // an action's owner
      expect(text).toContain('The CEO');
    }
    const csv: string[][] = parseCsv(stickiesCsv(sampleAfterTheDay('en'), { confidentiality: 'anonymised' }), { bom: true });
    expect(csv.slice(1).map((r) => r[7])).toEqual(csv.slice(1).map(() => ''));
  });

  it('a workshop run anonymously shows no names even in full minutes', () => {
    const b = sampleAfterTheDay('en');
    b.workshop.settings.anonymous = true;
    expect(markdown(b, { confidentiality: 'full' })).not.toContain('— Yoni');
  });

  it('agreements only: the record without the raw remarks', () => {
    const doc = buildMinutes(sampleAfterTheDay('en'), { ...base, confidentiality: 'agreements-only' });
    expect(kinds(doc)).toEqual<SectionKind[]>(['attendance', 'agenda', 'agreements', 'decisions', 'actions', 'parking', 'follow-up']);
    const md = minutesToMarkdown(doc);
    expect(md).not.toContain('Treats every change as a threat'); // an Outmodel
    expect(md).not.toContain('Every change is not a threat'); // a reaction
    expect(md).not.toContain('## Culture map');
    expect(md).toContain('Ops will give Dev a self-service staging environment');
    expect(md).toContain('Whether the change board stays for database changes. · Deferred');
    expect(md).toContain('Write the release runbook template with a rollback section');
    expect(md).toContain('Who owns the audit trail once deployments are automated?');
    expect(md).toContain('Agreements and actions only');
    const csv: string[][] = parseCsv(stickiesCsv(sampleAfterTheDay('en'), { confidentiality: 'agreements-only' }), { bom: true });
    // Only what the agreements link, and the parking lot; no reactions.
    expect(csv.length - 1).toBe(5);
    expect(csv.slice(1).every((r) => r[9] === '')).toBe(true);
  });

  it('the facilitator’s notes and noted questions only when asked for', () => {
    for (const confidentiality of ['full', 'anonymised', 'agreements-only'] as const) {
      const without = markdown(undefined, { confidentiality });
      expect(without).not.toContain('named it and moved on');
      expect(without).not.toContain('Clarifying questions asked');
      expect(without).not.toContain('The facilitator’s notes');
    }
    const withNotes = markdown(undefined, { includeNotes: true });
    expect(withNotes).toContain('## The facilitator’s notes');
    expect(withNotes).toContain('### Culture map\n\nDev arrived angry about the “lagging behind” picture; named it and moved on.');
    expect(withNotes).toContain('Clarifying questions asked: How long does the change board take on average?');
  });
});

describe('what the room may see', () => {
  it('a group not revealed yet: its stickies, markers and their votes are left out and counted', () => {
    const b = sampleAfterTheDay('en');
    const [dev, ops] = byOrder(b.groups);
    b.workshop.facilitation.revealedGroupIds = [dev!.id];
    const md = markdown(b);
    for (const s of b.stickies.filter((x) => x.authorGroupId === ops!.id && x.kind !== 'parking')) expect(md).not.toContain(s.text);
    expect(md).toContain('### Ops about Dev\n\n4 stickies here are not revealed yet, so they are left out.');
    expect(md).toContain('### Ops requires of Dev\n\n3 stickies here are not revealed yet, so they are left out.');
    expect(md).toContain('Ops’s markers are not revealed yet, so they are left out.');
    expect(md).not.toContain('| Ops | Ops (itself) |');
    expect(md).toContain('| Dev | Dev (itself) | Competence |');
    // The agreement stands; the side whose requirement is private says so.
    expect(md).toContain('1 linked requirement is not shown here');
    // The parking lot is shared by everyone.
    expect(md).toContain('Who owns the audit trail once deployments are automated?');
    const csv: string[][] = parseCsv(stickiesCsv(b, { confidentiality: 'full' }), { bom: true });
    expect(csv.slice(1).some((r) => r[1] === 'Ops' && r[3] !== 'Parking lot')).toBe(false);
  });

  it('votes: only closed rounds’ totals, never an open round’s dots nor who placed them', () => {
    const md = markdown(undefined, { confidentiality: 'full' });
    // In the closed round Dev gave "Stop requiring…" 3 dots, "Give us…" 1; the open round's 2 dots on "Keep the four nines" do not count.
    expect(md).toContain('### Dev requires of Ops\n\n- Stop requiring a manual sign-off for low-risk configuration changes.\\\n  Do less or stop · Lean · 3 dots\\\n  no reaction from Ops\n- Give us a self-service staging environment that matches production.\\\n  Do more · Automation · 1 dot\n  - Ops: Accept\n- Keep the four nines: our customers buy them too.\\\n  Keep doing · Measurement · 0 dots\\\n  no reaction from Ops');
    const b = sampleAfterTheDay('en');
    b.rounds = b.rounds.map((r) => ({ ...r, status: 'open', closedAt: null }));
    const open = markdown(b);
    expect(open).not.toMatch(/\d dots?/);
  });

  it('a second round settles ties and is shown beside the first', () => {
    const b = sampleAfterTheDay('en');
    const [first] = b.rounds;
    const dev = byOrder(b.groups)[0]!;
    const devRequirements = b.stickies.filter((s) => s.kind === 'requirement' && s.authorGroupId === dev.id);
    // "Give us…" catches up with "Stop requiring…" (3 dots each); a second round puts it first.
    b.votes.push({ id: 'vote:tie', workshopId: b.workshop.id, roundId: first!.id, stickyId: devRequirements[0]!.id, voter: { kind: 'participant', id: b.participants[0]!.id }, count: 2 } as never);
    b.rounds.push({ ...first!, id: 'round:runoff' as never, stickyIds: [devRequirements[0]!.id, devRequirements[1]!.id], parentRoundId: first!.id, openedAt: at(116), closedAt: at(118) });
    b.votes.push({ id: 'vote:r1', workshopId: b.workshop.id, roundId: 'round:runoff', stickyId: devRequirements[0]!.id, voter: { kind: 'participant', id: b.participants[1]!.id }, count: 2 } as never);
    const md = markdown(b);
    expect(md).toContain('- Give us a self-service staging environment that matches production.\\\n  Do more · Automation · 3 dots; second round: 2 dots\n  - Ops: Accept\n- Stop requiring a manual sign-off for low-risk configuration changes.\\\n  Do less or stop · Lean · 3 dots; second round: 0 dots\\\n  no reaction from Ops');
  });
});

describe('the record of the day', () => {
  it('agenda: planned beside actual minutes, overruns marked, phases not run said so', () => {
    const b = sampleAfterTheDay('en');
    b.phases = byOrder(b.phases);
    b.phases[8]!.run = { startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null };
    const md = markdown(b);
    expect(md).toContain('| Culture map | 15 min | 18 min |');
    expect(md).toContain('| Close | 15 min | not run |');
    expect(md).not.toContain('As of');
    const html = parseHtml(minutesToHtml(buildMinutes(b, base)));
    expect(Array.from(html.querySelectorAll('td.over')).map((td) => td.textContent)).toEqual(['18 min', '27 min', '22 min', '34 min']);
  });

  it('a workshop still running: the minutes say as of when, and the running phase counts so far', () => {
    const b = sampleAfterTheDay('en');
    const last = byOrder(b.phases).at(-1)!;
    last.run = { ...last.run, endedAt: null };
    const md = markdown(b, { now: at(199) });
    // Intl words the time its own way ("at", a comma); the date and the clock time are what matter.
    expect(md).toMatch(/As of March 12, 2026\D+12:19\sPM: the workshop is still running\./);
    expect(md).toContain('| Close | 15 min | 12 min so far |');
  });

  it('every empty section says so in a sentence', () => {
    const b = sampleAfterTheDay('en');
    Object.assign(b, { agreements: [], decisions: [], actions: [], placements: [], reactions: [], clusters: [], participants: [] });
    b.stickies = b.stickies.filter((s) => s.kind !== 'parking').map((s) => ({ ...s, clusterId: null }));
    b.workshop.followUp = null;
    const doc = buildMinutes(b, base);
    const text = minutesToMarkdown(doc);
    for (const sentence of ['No participants were listed.', 'No group has placed a marker on the culture map yet.', 'No clusters were kept.', 'No reaction to Dev’s items was recorded.', 'No agreement yet.', 'No decision recorded yet.', 'No action item yet.', 'Nothing is in the parking lot.', 'No follow-up meeting set yet.']) {
      expect(text).toContain(sentence);
    }
    for (const s of doc.sections) expect(textOf(s.heading).length).toBeGreaterThan(0);
  });

  it('reactions: each under the item it answers, by its group; an item still without one says so', () => {
    const md = markdown();
    expect(md).toContain('- Treats every change as a threat to the four nines.\n  - Ops: Reject — Every change is not a threat; untested ones are.');
    expect(md).toContain('- Our finished releases wait a week for the change board.\\\n  Cluster: The change board\\\n  no reaction from Ops');
    // The section of its own counts them: per group that reacted, how many items and which verdicts.
    expect(md).toContain('### Reactions to Dev’s items\n\n- Ops reacted to 3 of 7 items: Accept (1) · Accept if… (1) · Reject (1).\n\n4 items are still without a reaction: each says from whom, where it is listed.');
    expect(md).toContain('### Reactions to Ops’s items\n\n- Dev reacted to 2 of 7 items: Accept (1) · Needs clarification (1).\n\n5 items are still without a reaction: each says from whom, where it is listed.');
    // Each sticky is listed once: the reactions no longer list the items again.
    expect(md.split('Treats every change as a threat to the four nines.').length - 1).toBe(1);
  });

  it('before any group has reacted, no item is marked as waiting for a reaction', () => {
    const b = sampleAfterTheDay('en');
    b.reactions = [];
    const md = markdown(b);
    expect(md).toContain('No reaction to Dev’s items was recorded.');
    expect(md).not.toContain('no reaction from');
    expect(md).not.toContain('still without a reaction');
  });

  it('when every item has its reactions, the minutes say so and mark none', () => {
    const b = sampleAfterTheDay('en');
    const [dev, ops] = byOrder(b.groups);
    const template = b.reactions[0]!;
    b.reactions = b.stickies
      .filter((s) => s.kind !== 'parking')
      .map((s, i) => ({ ...template, id: `reaction:${i}` as never, stickyId: s.id, groupId: s.authorGroupId === dev!.id ? ops!.id : dev!.id, verdict: 'accept' as const, text: '' }));
    const md = markdown(b);
    expect(md).toContain('- Ops reacted to 7 of 7 items: Accept (7).\n\nEvery item of Dev has a reaction from each other group.');
    expect(md).not.toContain('no reaction from');
  });

  it('with a group that has not reacted, the count names it too, and an item waits for it', () => {
    const b = sampleAfterTheDay('en');
    const [dev] = byOrder(b.groups);
    b.groups.push({ ...dev!, id: 'group:qa' as never, name: 'QA', order: 'b0' });
    b.workshop.facilitation.revealedGroupIds = b.groups.map((g) => g.id);
    const md = markdown(b);
    expect(md).toContain('### Reactions to Dev’s items\n\n- Ops reacted to 3 of 7 items: Accept (1) · Accept if… (1) · Reject (1).\n- QA has not reacted to any of the 7 items yet.\n\n7 items are still without a reaction: each says from whom, where it is listed.');
    expect(md).toContain('- Treats every change as a threat to the four nines.\\\n  no reaction from QA\n  - Ops: Reject');
  });

  it('two reactions of one group to one item (a merged file) count once: its latest', () => {
    const b = sampleAfterTheDay('en');
    const first = b.reactions.find((r) => r.text.startsWith('Every change is not a threat'))!;
    b.reactions.push({ ...first, id: 'reaction:again' as never, verdict: 'accept', text: 'On second thoughts, fair.', createdAt: '2026-03-12T17:59:00.000Z' });
    const md = markdown(b);
    expect(md).toContain('- Ops reacted to 3 of 7 items: Accept (2) · Accept if… (1).');
    expect(md).toContain('  - Ops: Accept — On second thoughts, fair.');
    expect(md).not.toContain('Every change is not a threat');
  });

  it('with four groups, a missing reaction names every group that has not reacted', () => {
    const b = sampleAfterTheDay('en');
    const [dev] = byOrder(b.groups);
    b.groups.push({ ...dev!, id: 'group:sec' as never, name: 'Security', order: 'b0' }, { ...dev!, id: 'group:sup' as never, name: 'Support', order: 'b1' });
    b.workshop.facilitation.revealedGroupIds = b.groups.map((g) => g.id);
    expect(markdown(b)).toContain('no reaction from Ops, Security, and Support');
  });

  it('actions: owner, due date, status, definition of done and where they came from', () => {
    const md = markdown();
    expect(md).toContain(
      '- Set up a self-service staging environment that mirrors production\\\n  Owner: Avi (Ops)\\\n  Due: April 30, 2026\\\n  Status: In progress\\\n  Done when: Staging is used by two Dev teams for a full sprint.\\\n  From the agreement: Agreement 1',
    );
    expect(md).toContain('Owner: Dev (the whole group)');
    expect(md).toContain('Due: no due date');
  });

  it('culture map: a drawing with a marker per placement, self and others told apart', () => {
    const html = parseHtml(minutesToHtml(buildMinutes(sampleAfterTheDay('en'), base)));
    const svg = html.querySelector('svg.culture-grid')!;
    expect(svg.getAttribute('aria-label')).toBe('The culture grid');
    const markers = Array.from(svg.querySelectorAll('g.marker'));
    expect(markers).toHaveLength(4);
    expect(markers.filter((m) => m.classList.contains('self'))).toHaveLength(2);
    expect(markers.filter((m) => m.querySelector('circle')?.getAttribute('stroke-dasharray'))).toHaveLength(2);
    const names = Array.from(svg.querySelectorAll('text.quadrant-name')).map((t) => t.textContent);
    expect(names.sort()).toEqual(['Collaboration', 'Competence', 'Control', 'Cultivation']);
    expect(markers[1]!.querySelector('title')!.textContent).toBe('Dev (by Ops): Cultivation');
  });
});
