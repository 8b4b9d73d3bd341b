import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailsScreen } from '../../renderer/features/details';
import { db } from '../../renderer/db';

describe('the workshop details form', () => {
  it('refuses an empty title and duplicate group names at the fields, and saves nothing', async () => {
    const user = userEvent.setup();
    render(<DetailsScreen />);
    const secondName = document.getElementById('details-groups-1-name') as HTMLInputElement;
    await user.clear(secondName);
    await user.type(secondName, 'DEV');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('details-title-error')?.textContent).toBe('Give the workshop a title');
    expect(document.getElementById('details-groups-1-name-error')?.textContent).toBe('Another group is already called “DEV”');
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect(await db.workshops.count()).toBe(0);
  });

  it('creates the workshop when the details are right', async () => {
    const user = userEvent.setup();
    render(<DetailsScreen />);
    await user.type(screen.getByLabelText('Title'), 'Product and Engineering');
    await user.click(screen.getByRole('button', { name: 'Add a participant to group 1' }));
    await user.type(document.getElementById('details-groups-0-participants-0-name')!, 'Noa');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(async () => expect(await db.workshops.count()).toBe(1));
    const [workshop] = await db.workshops.toArray();
    expect(workshop?.title).toBe('Product and Engineering');
    expect((await db.participants.toArray()).map((p) => p.name)).toEqual(['Noa']);
    expect(window.location.hash).toBe('#/');
  });

  it('allows two to four groups only', async () => {
    const user = userEvent.setup();
    render(<DetailsScreen />);
    expect((screen.getByRole('button', { name: 'Remove group 2' }) as HTMLButtonElement).disabled).toBe(true);
    const add = screen.getByRole('button', { name: 'Add a group' }) as HTMLButtonElement;
    await user.click(add);
    await user.click(add);
    expect(add.disabled).toBe(true);
    expect(screen.getAllByRole('group', { name: /^Group \d$/ })).toHaveLength(4);
  });
});
