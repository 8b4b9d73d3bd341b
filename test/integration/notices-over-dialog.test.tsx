import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfirmHost } from '../../renderer/app/ConfirmHost';
import { Notices } from '../../renderer/app/Notices';
import { ShortcutsOverlay } from '../../renderer/features/board/ShortcutsOverlay';
import { useUi } from '../../renderer/state';

const notices = () => screen.getByText('Saved: everything that was waiting is stored now.').closest('.notices')!;

describe('messages while a dialog is open', () => {
  it('move to the top while any dialog is open, and back once the last one closes', async () => {
    const overlay = render(<ShortcutsOverlay onClose={() => undefined} />);
    render(
      <>
        <Notices />
        <ConfirmHost />
      </>,
    );
    act(() => void useUi.getState().notify({ tone: 'info', message: { key: 'saving.recovered' } }));
    expect(notices().classList.contains('notices-over-dialog')).toBe(true);

    // A question asked over the open overlay: two dialogs; the overlay closes first.
    let answered: Promise<boolean> | undefined;
    const question = { key: 'board.pasteConfirm', values: { count: 2 } };
    act(() => void (answered = useUi.getState().ask({ title: question, message: question, confirmLabel: question })));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    overlay.unmount();
    expect(notices().classList.contains('notices-over-dialog')).toBe(true);

    act(() => useUi.getState().answer(false));
    expect(await answered).toBe(false);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(notices().classList.contains('notices-over-dialog')).toBe(false);
  });
});
