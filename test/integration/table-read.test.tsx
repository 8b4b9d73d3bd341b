import { act, render, screen, waitFor } from '@testing-library/react';
import { Component, useEffect, type ReactNode } from 'react';
import Dexie, { type ObservabilitySet } from 'dexie';
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

/** A read of its own, counted, whose answers the test gives in any order; the view counts its drawings into the page. */
function controlledRead() {
  const asked: { answer: (value: unknown) => void; fail: (error: Error) => void }[] = [];
  const drawn: unknown[] = [];
  const read = () => new Promise<unknown>((answer, fail) => asked.push({ answer, fail }));
  function Shown({ tables }: { tables: string[] }) {
    const value = useTablesRead(tables, read, []);
    // Counted when drawn into the page (React may call a component and then find nothing changed).
    useEffect(() => void drawn.push(value));
    return <p>{value === undefined ? 'nothing yet' : JSON.stringify(value)}</p>;
  }
  return { asked, drawn, Shown };
}

/** Resolves once Dexie has told every listener of the next write that touches `table` (the hook's listener, subscribed first, has run). */
function reported(table: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (parts: ObservabilitySet) => {
      if (!touchesTables(parts, new Set([table]))) return;
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve();
    };
    Dexie.on.storagemutated.subscribe(listener);
  });
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
    const templateWritten = reported('templates');
    await act(async () => void (await db.templates.put({ id: 'template:t', name: 'T', createdAt: '2026-03-12T09:00:00.000Z' } as never)));
    await templateWritten;
    expect(asked).toHaveLength(1);
    const settingsWritten = reported('meta');
    await act(async () => void (await saveSettings({ language: 'en' })));
    await settingsWritten;
    expect(asked).toHaveLength(2);
    expect(screen.getByText('"first"')).toBeTruthy();
  });

  it('keeps its result, and draws nothing, when a read finds what the one before found', async () => {
    const { asked, drawn, Shown } = controlledRead();
    render(<Shown tables={['meta']} />);
    await waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => asked[0]!.answer({ language: 'he', kept: [1, 2] }));
    const first = drawn.at(-1);
    const drawings = drawn.length;
    // A draft is saved in the settings' table: read again, the same settings.
    const written = reported('meta');
    await act(async () => void (await db.meta.put({ key: 'draft:test', value: 'half a sentence' })));
    await written;
    await act(async () => asked[1]!.answer({ language: 'he', kept: [1, 2] }));
    expect(drawn).toHaveLength(drawings);
    // Then the language changes: drawn anew.
    const changed = reported('meta');
    await act(async () => void (await saveSettings({ language: 'en' })));
    await changed;
    await act(async () => asked[2]!.answer({ language: 'en', kept: [1, 2] }));
    expect(drawn.length).toBeGreaterThan(drawings);
    expect(drawn.at(-1)).toEqual({ language: 'en', kept: [1, 2] });
    expect((drawn.at(-1) as { kept: unknown }).kept).toBe((first as { kept: unknown }).kept);
  });

  it('keeps its result when a read is cut short by the database closing, and throws any other failure', async () => {
    const { asked, Shown } = controlledRead();
    const reported2 = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Caught>
        <Shown tables={['meta']} />
      </Caught>,
    );
    await waitFor(() => expect(asked).toHaveLength(1));
    await act(async () => asked[0]!.answer('first'));
    const closed = reported('meta');
    await act(async () => void (await saveSettings({ language: 'he' })));
    await closed;
    await act(async () => asked[1]!.fail(Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' })));
    expect(screen.getByText('"first"')).toBeTruthy();
    const broken = reported('meta');
    await act(async () => void (await saveSettings({ language: 'en' })));
    await broken;
    await act(async () => asked[2]!.fail(new Error('the disk is gone')));
    expect(screen.getByText('failed: the disk is gone')).toBeTruthy();
    reported2.mockRestore();
  });

  it('asks one read at a time: writes while a read is out ask for one more, and the last shown was read after the last write', async () => {
    const { asked, Shown } = controlledRead();
    render(<Shown tables={['meta']} />);
    await waitFor(() => expect(asked).toHaveLength(1));
    // Three writes while the first read is out: no read more yet.
    for (const language of ['he', 'en', 'he'] as const) {
      const written = reported('meta');
      await act(async () => void (await saveSettings({ language })));
      await written;
    }
    expect(asked).toHaveLength(1);
    // Its answer is shown, and one read more is asked, for all three.
    await act(async () => asked[0]!.answer('before the writes'));
    expect(screen.getByText('"before the writes"')).toBeTruthy();
    await waitFor(() => expect(asked).toHaveLength(2));
    await act(async () => asked[1]!.answer('after the writes'));
    expect(screen.getByText('"after the writes"')).toBeTruthy();
    expect(asked).toHaveLength(2);
  });

  it('shows the failure of a read that throws before it returns, as of one that rejects', async () => {
    const reported2 = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const read = () => {
      calls++;
      if (calls === 2) throw new Error('thrown before any promise');
      return Promise.resolve(`read ${calls}`);
    };
    function Throwing() {
      const value = useTablesRead(['meta'], read, []);
      return <p>{value === undefined ? 'nothing yet' : JSON.stringify(value)}</p>;
    }
    render(
      <Caught>
        <Throwing />
      </Caught>,
    );
    await screen.findByText('"read 1"');
    const first = reported('meta');
    await act(async () => void (await saveSettings({ language: 'he' })));
    await first;
    await screen.findByText('failed: thrown before any promise');
    reported2.mockRestore();
  });

  it('asked for other deps, never shows the answer of the read asked before', async () => {
    const asked: { deps: string; answer: (value: unknown) => void }[] = [];
    function Deps({ of }: { of: string }) {
      const value = useTablesRead(['meta'], () => new Promise<unknown>((answer) => asked.push({ deps: of, answer })), [of]);
      return <p>{value === undefined ? 'nothing yet' : JSON.stringify(value)}</p>;
    }
    const { rerender } = render(<Deps of="a" />);
    await waitFor(() => expect(asked).toHaveLength(1));
    rerender(<Deps of="b" />);
    await waitFor(() => expect(asked).toHaveLength(2));
    await act(async () => asked[1]!.answer('for b'));
    await act(async () => asked[0]!.answer('for a'));
    expect(screen.getByText('"for b"')).toBeTruthy();
    expect(screen.queryByText('"for a"')).toBeNull();
  });

  it('with a pause, waits that long after an answer before it reads again', async () => {
    const asked: ((value: unknown) => void)[] = [];
    const read = () => new Promise<unknown>((answer) => asked.push(answer));
    function Paused() {
      const value = useTablesRead(['meta'], read, [], undefined, { pauseMs: 150 });
      return <p>{value === undefined ? 'nothing yet' : JSON.stringify(value)}</p>;
    }
    render(<Paused />);
    await waitFor(() => expect(asked).toHaveLength(1));
    // The clock stands still from the first answer on (IndexedDB's own ticks are not timers).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      await act(async () => asked[0]!('first'));
      const written = reported('meta');
      await act(async () => void (await saveSettings({ language: 'he' })));
      await written;
      await act(async () => void vi.advanceTimersByTime(149));
      expect(asked).toHaveLength(1);
      await act(async () => void vi.advanceTimersByTime(1));
      expect(asked).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
    await act(async () => asked[1]!('second'));
    expect(screen.getByText('"second"')).toBeTruthy();
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
