import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { db, saveSettings, useSettings } from '../../renderer/db';
import { touchesTables, useTablesRead } from '../../renderer/db/table-read';

function Language() {
  const settings = useSettings();
  return <p>{settings ? `language: ${settings.language}` : 'loading'}</p>;
}

class Caught extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
  }
}

/** A read of its own, counted, whose answers the test gives in any order. */
function controlledRead() {
  const asked: { answer: (text: string) => void; fail: (error: Error) => void }[] = [];
  const read = () => new Promise<string>((answer, fail) => asked.push({ answer, fail }));
  function Shown({ tables }: { tables: string[] }) {
    const value = useTablesRead(tables, read, []);
    return <p>{value ?? 'nothing yet'}</p>;
  }
  return { asked, Shown };
}

describe('a read kept live by its tables', () => {
  it('shows what a write to its table changed', async () => {
    render(<Language />);
    await screen.findByText('language: system');
    await act(async () => void (await saveSettings({ language: 'he' })));
    await screen.findByText('language: he');
  });

  it('is not read again for a write to another table', async () => {
    const { asked, Shown } = controlledRead();
    render(<Shown tables={['meta']} />);
    await waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => asked[0]!.answer('first'));
    await act(async () => void (await db.templates.put({ id: 'template:t', name: 'T', createdAt: '2026-03-12T09:00:00.000Z' } as never)));
    await act(async () => void (await saveSettings({ language: 'en' })));
    // The settings' write asked once more; the template's did not.
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(screen.getByText('first')).toBeTruthy();
  });

  it('shows the answer to the last read asked, whatever order the answers come in', async () => {
    const { asked, Shown } = controlledRead();
    render(<Shown tables={['meta']} />);
    await waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => void (await saveSettings({ language: 'he' })));
    await waitFor(() => expect(asked).toHaveLength(2));
    await act(async () => asked[1]!.answer('after the write'));
    await act(async () => asked[0]!.answer('before the write'));
    expect(screen.getByText('after the write')).toBeTruthy();
    expect(screen.queryByText('before the write')).toBeNull();
  });

  it('throws a failed read into the view', async () => {
    const { asked, Shown } = controlledRead();
    // React reports an error its boundary caught; here it is the one expected.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Caught>
        <Shown tables={['meta']} />
      </Caught>,
    );
    await waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => asked[0]!.fail(new Error('the disk is gone')));
    expect(screen.getByText('failed: the disk is gone')).toBeTruthy();
    reported.mockRestore();
  });

  it('takes a write to any of its table\u2019s parts, or to the whole database, as a write to it', () => {
    const meta = new Set(['meta']);
    const part = (name: string) => ({ [`idb://${db.name}/${name}`]: {} }) as never;
    expect(touchesTables(part('meta/'), meta)).toBe(true);
    expect(touchesTables(part('meta/key'), meta)).toBe(true);
    expect(touchesTables(part('metadata/'), meta)).toBe(false);
    expect(touchesTables(part('stickies/'), meta)).toBe(false);
    expect(touchesTables({ all: {} } as never, meta)).toBe(true);
    expect(touchesTables({ 'idb://another/meta/': {} } as never, meta)).toBe(false);
  });
});
