import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { redoAction, undoAction } from '../../renderer/actions';
import { UndoRedoButtons } from '../../renderer/features/history/UndoRedoButtons';
import { useHistory, useUi } from '../../renderer/state';
import { message } from '../../shared/i18n';

const entry = (key: string, values?: Record<string, number>) => ({ label: message(key, values), undo: () => Promise.resolve(), redo: () => Promise.resolve() });

describe('the undo and redo buttons', () => {
  it('name what they would take back, and follow each new entry, a run of the same kind included', () => {
    render(<UndoRedoButtons undo={undoAction} redo={redoAction} />);
    const undo = screen.getByRole<HTMLButtonElement>('button', { name: 'Undo' });
    const redo = screen.getByRole<HTMLButtonElement>('button', { name: 'Redo' });
    expect(undo.disabled).toBe(true);
    expect(redo.disabled).toBe(true);
    const scope = useUi.getState().scope;
    act(() => useHistory.getState().record(scope, entry('undo.postSticky', { count: 1 })));
    expect(undo.disabled).toBe(false);
    expect(undo.title).toBe('Undo: Post a sticky');
    act(() => useHistory.getState().record(scope, entry('undo.postSticky', { count: 1 })));
    expect(undo.title).toBe('Undo: Post a sticky');
    act(() => useHistory.getState().record(scope, entry('undo.postSticky', { count: 3 })));
    expect(undo.title).toBe('Undo: Post 3 stickies');
    act(() => void useHistory.getState().shift(scope, 'past'));
    expect(redo.disabled).toBe(false);
    expect(redo.title).toBe('Redo: Post 3 stickies');
    expect(undo.title).toBe('Undo: Post a sticky');
  });
});
