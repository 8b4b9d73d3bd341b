import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { addPhase, removePhase, updatePhase, type AgendaChange, type AgendaState } from '../../../shared/facilitation';
import type { Id } from '../../../shared/lib/ids';
import { byOrder } from '../../../shared/lib/order';
import type { Phase, PhaseKind, WorkshopBundle, WorkshopDetailsInput } from '../../../shared/model';
import { CATS_AND_DOGS, GROUP_PALETTE, GROUP_PLACEHOLDER, SavedTemplateSchema, agendaOf, buildSampleWorkshop, buildWorkshop, templateFromWorkshop, type SavedTemplate } from '../../../shared/templates';
import { idCounter } from '../../builders/board';
import { details } from '../../builders/details';
import { builtWorkshop, bundleIssues, sample } from './helpers';

const SAVED_AT = '2026-03-12T17:00:00.000Z';
const NOW = '2026-04-01T08:00:00.000Z';
const TEMPLATE_ID = 'template:t-1' as Id<'template'>;

const save = (bundle: WorkshopBundle, name = 'Cats & Dogs, our way') => templateFromWorkshop(bundle, name, TEMPLATE_ID, SAVED_AT);

/** Valid details for a workshop with these groups (the palette's colours in turn). */
function detailsFor(names: readonly string[], overrides: Partial<WorkshopDetailsInput> = {}) {
  return details({
    groups: names.map((name, i) => ({ name, colour: GROUP_PALETTE[i]!.colour, mark: GROUP_PALETTE[i]!.mark, participants: [{ name: `${name} lead`, role: 'Lead' }] })),
    ...overrides,
  });
}

const build = (template: SavedTemplate, names: readonly string[]) => buildWorkshop(template, detailsFor(names), { now: NOW, makeId: idCounter('new') });

/** What an agenda says, phase by phase, as a facilitator reads it. */
const agenda = (bundle: WorkshopBundle) =>
  byOrder(bundle.phases).map((p) => ({
    kind: p.kind,
    title: p.title,
    plannedMinutes: p.plannedMinutes,
    instructions: p.instructions,
    group: bundle.groups.find((g) => g.id === p.groupId)?.name ?? null,
  }));

const phaseOf = (bundle: Pick<WorkshopBundle, 'phases'>, kind: PhaseKind): Phase => byOrder(bundle.phases).find((p) => p.kind === kind)!;

/** Edits the bundle's agenda with the facilitation operations, the way the agenda editor does. */
function edit(bundle: WorkshopBundle, op: (state: AgendaState) => AgendaChange): void {
  const change = op({ facilitation: bundle.workshop.facilitation, phases: bundle.phases });
  const phases = new Map(bundle.phases.map((p) => [p.id, p]));
  for (const p of change.put) phases.set(p.id, p);
  for (const id of change.remove) phases.delete(id);
  bundle.phases = [...phases.values()];
  if (change.facilitation) bundle.workshop.facilitation = change.facilitation;
}

describe('saving the sample as a template', () => {
  const bundle = sample();
  const saved = save(bundle);

  it('keeps the two groups with their colours and marks', () => {
    expect(saved.groups).toEqual([
      { name: 'Dev', colour: GROUP_PALETTE[0]!.colour, mark: GROUP_PALETTE[0]!.mark },
      { name: 'Ops', colour: GROUP_PALETTE[1]!.colour, mark: GROUP_PALETTE[1]!.mark },
    ]);
  });

  it('keeps eight phases: the two presentations become one presentation per group', () => {
    expect(bundle.phases).toHaveLength(9);
    expect(saved.phases.map((p) => p.kind)).toEqual(['stage', 'culture-map', 'outmodel', 'requirements', 'presentation', 'reactions', 'agreement', 'close']);
    const presentation = saved.phases.find((p) => p.kind === 'presentation')!;
    expect(presentation).toEqual({
      kind: 'presentation',
      title: 'Presentation: {{group}}',
      plannedMinutes: 20,
      instructions: phaseOf(bundle, 'presentation').instructions,
      perGroup: true,
    });
    expect(saved.phases.filter((p) => p.perGroup)).toHaveLength(1);
  });

  it('keeps every other phase as the workshop had it', () => {
    for (const p of saved.phases.filter((x) => !x.perGroup)) {
      const original = phaseOf(bundle, p.kind);
      expect(p).toEqual({ kind: original.kind, title: original.title, plannedMinutes: original.plannedMinutes, instructions: original.instructions, perGroup: false });
    }
    expect(saved.phases.map((p) => p.plannedMinutes)).toEqual([15, 15, 25, 25, 20, 30, 30, 15]);
  });

  it('is named, dated, in the workshop’s language and with its goal, and parses with the schema after a trip through a file', () => {
    expect(saved).toMatchObject({ id: TEMPLATE_ID, name: 'Cats & Dogs, our way', language: 'en', goal: bundle.workshop.goal, createdAt: SAVED_AT });
    expect(SavedTemplateSchema.parse(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('takes nothing the groups wrote or the facilitator noted', () => {
    const noted = sample();
    noted.phases = noted.phases.map((p) => (p.kind === 'stage' ? { ...p, notes: 'Watch Avi, he is upset' } : p));
    const text = JSON.stringify(save(noted));
    for (const s of noted.stickies) expect(text).not.toContain(s.text);
    for (const p of noted.participants) expect(text).not.toContain(p.name);
    expect(text).not.toContain('Watch Avi');
    expect(text).not.toContain(noted.workshop.caseText.slice(0, 40));
  });

  it('does not change the workshop it was saved from', () => {
    const before = sample();
    const copy = structuredClone(before);
    save(before);
    expect(before).toEqual(copy);
  });

  it('needs a name, and trims it', () => {
    expect(save(sample(), '  Ours  ').name).toBe('Ours');
    let error: unknown;
    try {
      save(sample(), '   ');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.message)).toContain('validation.templateNameRequired');
  });

  it('in Hebrew keeps the Hebrew titles, with the placeholder for the group', () => {
    const hebrew = save(structuredClone(buildSampleWorkshop('he')));
    expect(hebrew.language).toBe('he');
    expect(hebrew.groups.map((g) => g.name)).toEqual(['פיתוח', 'תפעול']);
    expect(hebrew.phases.find((p) => p.perGroup)?.title).toBe('הצגה: {{group}}');
  });
});

describe('a new workshop from a saved template', () => {
  const original = sample();
  const saved = save(original);

  it('with three groups has a presentation for each new group, and the same timeboxes and instructions', () => {
    const bundle = build(saved, ['Platform', 'Security', 'Support']);
    expect(bundleIssues(bundle)).toEqual([]);
    expect(bundle.groups.map((g) => g.name)).toEqual(['Platform', 'Security', 'Support']);
    const presentation = phaseOf(original, 'presentation');
    const shared = agenda(original).filter((p) => p.kind !== 'presentation');
    expect(agenda(bundle)).toEqual([
      ...shared.slice(0, 4),
      ...['Platform', 'Security', 'Support'].map((group) => ({
        kind: 'presentation',
        title: `Presentation: ${group}`,
        plannedMinutes: 20,
        instructions: presentation.instructions,
        group,
      })),
      ...shared.slice(4),
    ]);
    expect(JSON.stringify(bundle)).not.toContain(GROUP_PLACEHOLDER);
    expect(JSON.stringify(bundle.phases)).not.toMatch(/\bDev\b|\bOps\b/);
  });

  it('starts fresh: its own groups and details, no phase run, nothing current, nothing revealed', () => {
    const bundle = build(saved, ['Platform', 'Security', 'Support']);
    expect(bundle.workshop).toMatchObject({ templateId: TEMPLATE_ID, title: 'Platform and Security', goal: 'Ship safely and fast', facilitation: { currentPhaseId: null, revealedGroupIds: [] } });
    for (const p of bundle.phases) {
      expect(p.run).toEqual({ startedAt: null, pausedAt: null, pausedMs: 0, addedMinutes: 0, endedAt: null });
      expect(p.notes).toBe('');
      expect(p.workshopId).toBe(bundle.workshop.id);
    }
    expect(bundle.stickies).toEqual([]);
    expect(new Set(bundle.phases.map((p) => p.order)).size).toBe(bundle.phases.length);
  });

  it('with the same two groups has the agenda of the workshop it was saved from, and saves back to the same template', () => {
    const bundle = build(saved, ['Dev', 'Ops']);
    expect(agenda(bundle)).toEqual(agenda(original));
    const again = save(bundle);
    expect({ ...again, goal: saved.goal }).toEqual(saved);
  });

  it('with four groups has four presentations, in the groups’ order', () => {
    const bundle = build(saved, ['Dev', 'Ops', 'Security', 'Support']);
    expect(bundleIssues(bundle)).toEqual([]);
    expect(agenda(bundle).filter((p) => p.kind === 'presentation').map((p) => [p.title, p.group])).toEqual([
      ['Presentation: Dev', 'Dev'],
      ['Presentation: Ops', 'Ops'],
      ['Presentation: Security', 'Security'],
      ['Presentation: Support', 'Support'],
    ]);
  });

  it('the saved template’s agenda is read as written, whatever the new workshop’s language', () => {
    const hebrew = save(structuredClone(buildSampleWorkshop('he')));
    expect(agendaOf(hebrew, 'en').phases).toEqual(hebrew.phases);
    const bundle = buildWorkshop(hebrew, detailsFor(['Platform', 'Security'], { language: 'en' }), { now: NOW });
    expect(byOrder(bundle.phases).filter((p) => p.kind === 'presentation').map((p) => p.title)).toEqual(['הצגה: Platform', 'הצגה: Security']);
  });

  it('puts group names in titles exactly as written, even with characters that mean something in a replacement', () => {
    const bundle = build(saved, ['R&D (core)', 'Sales $$', 'Ops $& QA']);
    expect(byOrder(bundle.phases).filter((p) => p.kind === 'presentation').map((p) => p.title)).toEqual([
      'Presentation: R&D (core)',
      'Presentation: Sales $$',
      'Presentation: Ops $& QA',
    ]);
  });
});

describe('a template from a workshop whose agenda was edited', () => {
  function edited() {
    const bundle = sample();
    const makeId = idCounter('edit');
    const culture = phaseOf(bundle, 'culture-map').id;
    let coffee: Id<'phase'> | null = null;
    edit(bundle, (s) => {
      const added = addPhase(s, bundle.workshop.id, culture, 'Coffee break', makeId);
      coffee = added.id;
      return added.change;
    });
    edit(bundle, (s) => updatePhase(s, coffee!, { plannedMinutes: 12, instructions: 'Mix the groups at the coffee table.' }));
    edit(bundle, (s) => updatePhase(s, phaseOf(bundle, 'outmodel').id, { plannedMinutes: 35 }));
    for (const p of bundle.phases.filter((x) => x.kind === 'presentation')) edit(bundle, (s) => updatePhase(s, p.id, { plannedMinutes: 15 }));
    edit(bundle, (s) => updatePhase(s, phaseOf(bundle, 'close').id, { title: 'Close and thanks' }));
    edit(bundle, (s) => removePhase(s, phaseOf(bundle, 'reactions').id));
    return bundle;
  }

  it('keeps the added phase, the new timeboxes and titles, and leaves out the removed phase', () => {
    const saved = save(edited());
    expect(saved.phases.map((p) => [p.kind, p.title, p.plannedMinutes, p.perGroup])).toEqual([
      ['stage', 'Set the stage', 15, false],
      ['culture-map', 'Culture map', 15, false],
      ['custom', 'Coffee break', 12, false],
      ['outmodel', 'Outmodel', 35, false],
      ['requirements', 'Requirements', 25, false],
      ['presentation', 'Presentation: {{group}}', 15, true],
      ['agreement', 'Agreement', 30, false],
      ['close', 'Close and thanks', 15, false],
    ]);
    expect(saved.phases[2]!.instructions).toBe('Mix the groups at the coffee table.');
  });

  it('a workshop built from it has the edits, with a presentation for each of its groups', () => {
    const bundle = build(save(edited()), ['Platform', 'Security', 'Support']);
    expect(bundleIssues(bundle)).toEqual([]);
    expect(agenda(bundle).map((p) => [p.title, p.plannedMinutes, p.group])).toEqual([
      ['Set the stage', 15, null],
      ['Culture map', 15, null],
      ['Coffee break', 12, null],
      ['Outmodel', 35, null],
      ['Requirements', 25, null],
      ['Presentation: Platform', 15, 'Platform'],
      ['Presentation: Security', 15, 'Security'],
      ['Presentation: Support', 15, 'Support'],
      ['Agreement', 30, null],
      ['Close and thanks', 15, null],
    ]);
  });

  it('with the presentations in another order (Ops first) still makes one presentation per group', () => {
    const bundle = sample();
    const [dev, ops] = byOrder(bundle.phases).filter((p) => p.kind === 'presentation') as [Phase, Phase];
    bundle.phases = bundle.phases.map((p) => (p.id === dev.id ? { ...p, order: ops.order } : p.id === ops.id ? { ...p, order: dev.order } : p));
    const saved = save(bundle);
    expect(saved.phases.filter((p) => p.kind === 'presentation')).toEqual([expect.objectContaining({ title: 'Presentation: {{group}}', perGroup: true })]);
  });

  it('with group names that are special in a pattern still finds them in the titles', () => {
    const bundle = builtWorkshop(['R&D (core)', 'Ops+']);
    const saved = save(bundle);
    expect(saved.groups.map((g) => g.name)).toEqual(['R&D (core)', 'Ops+']);
    expect(saved.phases.find((p) => p.perGroup)?.title).toBe('Presentation: {{group}}');
  });

  it('from a four-group workshop keeps the four groups and one presentation phase', () => {
    const saved = save(builtWorkshop(['Dev', 'Ops', 'Security', 'Support']));
    expect(saved.groups.map((g) => g.name)).toEqual(['Dev', 'Ops', 'Security', 'Support']);
    expect(saved.phases).toHaveLength(CATS_AND_DOGS.phases.length);
  });
});
