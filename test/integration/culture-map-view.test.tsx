import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Placement } from '../../shared/model';
import { buildSampleWorkshop } from '../../shared/templates';
import type { WorkshopView } from '../../renderer/db';
import { groupNamed } from '../builders/board';

// The culture map's writes wait here until the test lets each one land: written, or refused.
type Status = 'done' | 'refused';
const landing = vi.hoisted(() => ({ writes: [] as { args: unknown; land: (status: Status) => void }[] }));
vi.mock('../../renderer/actions', async (original) => ({
  ...(await original<typeof import('../../renderer/actions')>()),
  performOutcome: (_action: unknown, args: unknown) =>
    new Promise((resolve) => landing.writes.push({ args, land: (status: Status) => resolve(status === 'done' ? { status, result: undefined } : { status }) })),
}));

const { CultureMapView } = await import('../../renderer/features/culture-map');

const FACILITATOR = { kind: 'facilitator' } as const;
const sample = buildSampleWorkshop();
const dev = groupNamed(sample, 'Dev');
const ops = groupNamed(sample, 'Ops');

function viewWith(placements: Placement[]): WorkshopView {
  return { bundle: { ...sample, placements }, hiddenCounts: new Map(), items: new Map() };
}

const placement = (by: typeof dev, subject: typeof dev, x: number, y: number): Placement => ({
  id: `placement:${by.name}-${subject.name}` as Placement['id'],
  workshopId: sample.workshop.id,
  groupId: by.id,
  subjectGroupId: subject.id,
  x,
  y,
  updatedAt: '2026-03-12T09:00:00.000Z',
});

const tray = () => screen.getByRole('region', { name: 'Still to place' });
/** The markers still in the tray, by the label each button is described by. */
const trayNames = () =>
  within(tray())
    .queryAllByRole('button', { name: 'Place in the centre' })
    .map((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent);
const opsSelf = () => screen.getByRole('button', { name: /^Ops \(by Ops\)/ });

afterEach(() => {
  landing.writes.length = 0;
});

describe('the culture map, while its writes are on their way', () => {
  it('keeps a marker put down off the tray until the placements drawn have it, whatever is drawn first', async () => {
    // Dev's marker of itself is stored; the facilitator now places for Ops.
    const { rerender } = render(<CultureMapView view={viewWith([placement(dev, dev, 0.6, -0.5)])} viewer={FACILITATOR} />);
    fireEvent.change(screen.getByLabelText('Placing for'), { target: { value: ops.id } });
    expect(trayNames()).toEqual(['Ops (by Ops)', 'Dev (by Ops)']);
    fireEvent.click(within(tray()).getAllByRole('button', { name: 'Place in the centre' })[0]!);
    await act(async () => {});
    expect(landing.writes.map((w) => w.args)).toEqual([expect.objectContaining({ groupId: ops.id, subjectGroupId: ops.id, x: 0, y: 0 })]);

    // The marker is on the grid, focused, and gone from the tray.
    expect(document.activeElement).toBe(opsSelf());
    expect(trayNames()).toEqual(['Dev (by Ops)']);

    // An earlier write (Dev's last nudge) lands and is drawn before this one.
    rerender(<CultureMapView view={viewWith([placement(dev, dev, 0.7, -0.5)])} viewer={FACILITATOR} />);
    expect(trayNames()).toEqual(['Dev (by Ops)']);
    expect(document.activeElement).toBe(opsSelf());

    // Its own write lands and is drawn: the stored marker takes its place.
    await act(async () => landing.writes[0]!.land('done'));
    expect(trayNames()).toEqual(['Dev (by Ops)']);
    // The store draws a round read before this write was reported (Dev's very last nudge): still not in the tray.
    rerender(<CultureMapView view={viewWith([placement(dev, dev, 0.7, -0.6)])} viewer={FACILITATOR} />);
    expect(trayNames()).toEqual(['Dev (by Ops)']);
    expect(document.activeElement).toBe(opsSelf());
    rerender(<CultureMapView view={viewWith([placement(dev, dev, 0.7, -0.6), placement(ops, ops, 0, 0)])} viewer={FACILITATOR} />);
    expect(trayNames()).toEqual(['Dev (by Ops)']);
    expect(document.activeElement).toBe(opsSelf());
  });

  it('puts a marker back in the tray at once when its write is refused', async () => {
    render(<CultureMapView view={viewWith([])} viewer={FACILITATOR} />);
    fireEvent.click(within(tray()).getAllByRole('button', { name: 'Place in the centre' })[0]!);
    await act(async () => {});
    expect(trayNames()).toEqual(['Ops (by Dev)']);
    await act(async () => landing.writes[0]!.land('refused'));
    expect(trayNames()).toEqual(['Dev (by Dev)', 'Ops (by Dev)']);
    expect(screen.queryByRole('button', { name: /^Dev \(by Dev\)/ })).toBeNull();
  });

  it('keeps two markers put down one after the other off the tray while both writes are on their way', async () => {
    const { rerender } = render(<CultureMapView view={viewWith([])} viewer={FACILITATOR} />);
    fireEvent.click(within(tray()).getAllByRole('button', { name: 'Place in the centre' })[0]!);
    fireEvent.click(within(tray()).getAllByRole('button', { name: 'Place in the centre' })[0]!);
    expect(within(tray()).queryAllByRole('button', { name: 'Place in the centre' })).toHaveLength(0);
    // Another group's marker is drawn meanwhile.
    rerender(<CultureMapView view={viewWith([placement(ops, ops, 0.5, 0.5)])} viewer={FACILITATOR} />);
    expect(within(tray()).queryAllByRole('button', { name: 'Place in the centre' })).toHaveLength(0);
    // The first write lands and is drawn; the second is still on its way.
    await act(async () => {});
    await act(async () => landing.writes[0]!.land('done'));
    rerender(<CultureMapView view={viewWith([placement(ops, ops, 0.5, 0.5), placement(dev, dev, 0, 0)])} viewer={FACILITATOR} />);
    expect(within(tray()).queryAllByRole('button', { name: 'Place in the centre' })).toHaveLength(0);
    expect(screen.getByRole('button', { name: /^Ops \(by Dev\)/ })).toBeTruthy();
  });

  it('keeps a marker on its way off the tray when the facilitator places for another group and comes back', async () => {
    render(<CultureMapView view={viewWith([])} viewer={FACILITATOR} />);
    fireEvent.click(within(tray()).getAllByRole('button', { name: 'Place in the centre' })[0]!);
    expect(trayNames()).toEqual(['Ops (by Dev)']);
    fireEvent.change(screen.getByLabelText('Placing for'), { target: { value: ops.id } });
    expect(trayNames()).toEqual(['Ops (by Ops)', 'Dev (by Ops)']);
    fireEvent.change(screen.getByLabelText('Placing for'), { target: { value: dev.id } });
    expect(trayNames()).toEqual(['Ops (by Dev)']);
  });
});
