import { FacilitationSchema, ParticipantSchema, PhaseSchema, type GroupId, type ParticipantId, type WorkshopId } from '../../shared/model';
import { byOrder, orderAtEnd } from '../../shared/lib/order';
import { newId } from '../../shared/lib/ids';
import { invertAgendaChange, isEmptyAgendaChange, type AgendaChange, type AgendaState } from '../../shared/facilitation';
import { Refusal } from '../../shared/lib/refusal';
import { db } from './db';

async function readAgenda(workshopId: WorkshopId): Promise<AgendaState> {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop) throw new Refusal('errors.workshopGone');
  return { facilitation: workshop.facilitation, phases: await db.phases.where('workshopId').equals(workshopId).toArray() };
}

async function write(workshopId: WorkshopId, change: AgendaChange): Promise<void> {
  for (const p of change.put) {
    if (!PhaseSchema.safeParse(p).success) throw new Refusal('errors.invalidChange');
  }
  if (change.facilitation && !FacilitationSchema.safeParse(change.facilitation).success) throw new Refusal('errors.invalidChange');
  if (change.put.length) await db.phases.bulkPut(change.put);
  if (change.remove.length) await db.phases.bulkDelete(change.remove);
  // The agenda's own changes (a timer ticking on) do not make a workshop "recently changed" in the library.
  if (change.facilitation) await db.workshops.update(workshopId, { facilitation: change.facilitation });
}

/**
 * Runs one agenda operation in one transaction and returns it with its inverse, for undo;
 * `null` when it changed nothing.
 */
export function applyAgendaOp(workshopId: WorkshopId, op: (state: AgendaState) => AgendaChange): Promise<{ forward: AgendaChange; backward: AgendaChange } | null> {
  return db.transaction('rw', [db.workshops, db.phases], async () => {
    const before = await readAgenda(workshopId);
    const forward = op(before);
    if (isEmptyAgendaChange(forward)) return null;
    await write(workshopId, forward);
    return { forward, backward: invertAgendaChange(forward, before) };
  });
}

export function applyAgendaChange(workshopId: WorkshopId, change: AgendaChange): Promise<void> {
  return db.transaction('rw', [db.workshops, db.phases], () => write(workshopId, change));
}

/** Marks a participant present or absent; returns what it was, for undo. */
export function setPresent(participantId: string, present: boolean): Promise<boolean> {
  return db.transaction('rw', db.participants, async () => {
    const participant = await db.participants.get(participantId as never);
    if (!participant) throw new Refusal('errors.participantGone');
    await db.participants.update(participant.id, { present });
    return participant.present;
  });
}

/**
 * The participant a phone that gave its name is, in its group: the one of that name (case and
 * spacing aside), or a new one, present, at the end of the list. Returns its id.
 */
export function findOrAddParticipant(workshopId: WorkshopId, groupId: GroupId, name: string): Promise<ParticipantId> {
  return db.transaction('rw', db.participants, async () => {
    const all = byOrder(await db.participants.where('workshopId').equals(workshopId).toArray());
    const same = (a: string) => a.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
    const found = all.find((p) => p.groupId === groupId && same(p.name) === same(name));
    if (found) return found.id;
    const participant = ParticipantSchema.parse({ id: newId('participant'), workshopId, groupId, name: name.trim(), role: '', present: true, order: orderAtEnd(all) });
    await db.participants.add(participant);
    return participant.id;
  });
}
