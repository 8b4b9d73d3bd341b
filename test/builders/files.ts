import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Id, IdPrefix } from '../../shared/lib/ids';
import { BUNDLE_TABLES, type WorkshopBundle } from '../../shared/model';
import { readWorkshopFile } from '../../shared/schema';

/** The stored version-1 workshop file, parsed (never written back: see test/fixtures/README.md). */
export function v1Fixture(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/workshop-v1.json'), 'utf8')) as Record<string, unknown>;
}

/** A bundle read from a file; fails the test when the file is refused. */
export function bundleFrom(data: unknown): WorkshopBundle {
  const result = readWorkshopFile(data);
  if (!result.ok) return expect.fail(`the file was refused: ${JSON.stringify(result)}`);
  return result.bundle;
}

/** The bundle with every table in id order, as the database lists a workshop's records. */
export function inIdOrder(bundle: WorkshopBundle): WorkshopBundle {
  const sorted: Record<string, unknown> = { workshop: bundle.workshop };
  for (const table of BUNDLE_TABLES) sorted[table] = [...bundle[table]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted as unknown as WorkshopBundle;
}

const id = <P extends IdPrefix>(prefix: P, name: string) => `${prefix}:${name}` as Id<P>;

/**
 * A workshop with a record in every table and every kind of reference: the version-1 fixture
 * upgraded, plus culture-pulse ratings, a tie-break round over some stickies, votes by a group
 * and a hand count, an action from a sticky owned by a person, a parking-lot item owned by a
 * person, the facilitation state pointing at a phase, groups and a spotlight on a sticky that
 * was deleted since (a pointer, allowed to dangle).
 */
export function fullWorkshop(): WorkshopBundle {
  const b = structuredClone(bundleFrom(v1Fixture()));
  const wid = b.workshop.id;
  const [dev, ops] = b.groups;
  const [first, second] = b.stickies.filter((s) => s.kind === 'requirement');
  const person = b.participants[0]!;
  const t = '2026-03-12T13:00:00.000Z';
  b.workshop.facilitation = {
    currentPhaseId: b.phases[3]!.id,
    revealedGroupIds: [dev!.id],
    presentingGroupId: ops!.id,
    spotlightStickyId: id('sticky', 'deleted-since'),
    screen: { blank: false, frozen: true },
  };
  b.workshop.followUp = { date: '2026-04-15', note: 'Review the staging pilot.' };
  b.stickies[0]!.questions = 'Which releases count as low-risk?';
  const parked = b.stickies.find((s) => s.kind === 'parking')!;
  parked.parkingOwner = { kind: 'participant', id: person.id };
  const round = b.rounds[0]!;
  b.rounds.push({ ...round, id: id('round', 'tie-break'), stickyIds: [first!.id, second!.id], parentRoundId: round.id, voterKind: 'participant', mode: 'tally', status: 'open', closedAt: null });
  b.votes.push(
    { id: id('vote', 'by-group'), workshopId: wid, roundId: round.id, stickyId: first!.id, voter: { kind: 'group', id: ops!.id }, count: 1 },
    { id: id('vote', 'tally'), workshopId: wid, roundId: id('round', 'tie-break'), stickyId: second!.id, voter: { kind: 'tally' }, count: 4 },
  );
  b.actions.push({
    id: id('action', 'from-sticky'),
    workshopId: wid,
    text: 'Write the runbook template',
    owner: { kind: 'participant', id: person.id },
    dueDate: null,
    status: 'in-progress',
    definitionOfDone: '',
    source: { kind: 'sticky', id: second!.id },
    createdAt: t,
  });
  b.pulses.push(
    { id: id('pulse', 'before'), workshopId: wid, participantId: person.id, when: 'before', statement: 0, rating: 3 },
    { id: id('pulse', 'after'), workshopId: wid, participantId: person.id, when: 'after', statement: 0, rating: 5 },
  );
  return bundleFrom(JSON.parse(JSON.stringify({ type: 'outmodel-workshop', version: 2, exportedAt: t, app: { name: 'Outmodel', version: 'test' }, ...b })));
}
