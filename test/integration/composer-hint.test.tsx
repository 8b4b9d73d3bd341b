import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_WORKSHOP_ID } from '../../shared/templates';
import { ensureSampleSeeded, readWorkshopEarly } from '../../renderer/db';
import { useUi } from '../../renderer/state';
import { SampleFacilitatorBoard } from '../support/sample-board';

beforeEach(async () => {
  await ensureSampleSeeded('en');
  useUi.setState({ scope: SAMPLE_WORKSHOP_ID, unsaved: [], storageProblem: null, focusTarget: null, focusAskedFrom: null });
  await readWorkshopEarly(SAMPLE_WORKSHOP_ID);
});

/** The texts that describe a field, in order (`aria-describedby`). */
const description = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('a lane’s composer', () => {
  it('shows its hint while it waits, hides it once focused (before the first key), and always describes itself by it', async () => {
    render(<SampleFacilitatorBoard />);
    const field = (await screen.findByRole('textbox', { name: 'New sticky in Dev about Ops' })) as HTMLTextAreaElement;
    expect(field.placeholder).toBe('Write a sticky, press Enter');
    expect(description(field)).toEqual(['Write a sticky, press Enter']);

    act(() => field.focus());
    expect(field.placeholder).toBe('');
    expect(description(field)).toEqual(['Write a sticky, press Enter']);

    // Too long: the message joins the hint in the description.
    fireEvent.change(field, { target: { value: 'x'.repeat(1001) } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(description(field)).toEqual(['Write a sticky, press Enter', screen.getByRole('alert').textContent]);

    fireEvent.change(field, { target: { value: '' } });
    act(() => field.blur());
    expect(field.placeholder).toBe('Write a sticky, press Enter');
  });
});
