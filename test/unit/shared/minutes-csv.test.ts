import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { byOrder } from '../../../shared/lib/order';
import { actionsCsv, csvCell, stickiesCsv } from '../../../shared/minutes';
import { sampleAfterTheDay } from '../../builders/minutes';

const read = (csv: string): string[][] => parseCsv(csv, { bom: true });

describe('CSV for spreadsheets (RFC 4180)', () => {
  it('starts with a byte-order mark, ends every row with CRLF, and has a header in the workshop’s language', () => {
    const csv = stickiesCsv(sampleAfterTheDay('en'), { confidentiality: 'full' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(read(csv)[0]).toEqual(['Lane', 'Written by (group)', 'About (group)', 'Kind', 'Type', 'Lens', 'Sticky text', 'Author', 'Votes', 'Reactions', 'Cluster']);
    expect(read(stickiesCsv(sampleAfterTheDay('he'), { confidentiality: 'full' }))[0]![0]).toBe('נתיב');
    expect(read(actionsCsv(sampleAfterTheDay('en')))[0]).toEqual(['What is to be done', 'Owner', 'Due date', 'Status', 'Definition of done', 'Comes from']);
  });

  it('one row per sticky the room may see, in board order, with its lane, type, votes, reactions and cluster', () => {
    const rows = read(stickiesCsv(sampleAfterTheDay('en'), { confidentiality: 'full' }));
    expect(rows).toHaveLength(16);
    expect(rows[1]).toEqual(['Dev about Ops', 'Dev', 'Ops', 'Outmodel', '', '', 'Treats every change as a threat to the four nines.', 'Yoni', '', 'Ops: Reject — Every change is not a threat; untested ones are.', '']);
    expect(rows.find((r) => r[6]!.startsWith('Stop requiring'))).toEqual([
      'Dev requires of Ops', 'Dev', 'Ops', 'Requirements', 'Do less or stop', 'Lean', 'Stop requiring a manual sign-off for low-risk configuration changes.', '', '3', '', '',
    ]);
    expect(rows.filter((r) => r[10] === 'The change board')).toHaveLength(2);
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['Parking lot', 'Ops', '', 'Parking lot']);
  });

  it('round-trips quotes, commas, line breaks, Hebrew and emoji through a real CSV parser', () => {
    const b = sampleAfterTheDay('en');
    const texts = ['He said "no", then "yes"', 'a, b, and c', 'line one\r\nline two\nline three', 'עברית ו־English יחד', 'Ship it 🚀👩🏽‍💻', '""', ','];
    const lane = byOrder(b.stickies).filter((s) => s.kind === 'outmodel');
    texts.forEach((t, i) => (lane[i]!.text = t));
    const rows = read(stickiesCsv(b, { confidentiality: 'full' }));
    const column = rows.map((r) => r[6]);
    for (const t of texts) expect(column).toContain(t.replace(/\r\n/g, '\n'));
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([11]));
  });

  it('neutralises cells a spreadsheet would run as a formula, with a leading single quote', () => {
    expect(csvCell('=SUM(A1:A3)')).toBe("'=SUM(A1:A3)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell(3)).toBe('3');
    const b = sampleAfterTheDay('en');
    b.actions[0]!.text = '=1+1';
    b.actions[0]!.definitionOfDone = '@SUM(1)';
    const row = read(actionsCsv(b))[1]!;
    expect(row[0]).toBe("'=1+1");
    expect(row[4]).toBe("'@SUM(1)");
  });

  it('actions: owner, ISO due date for sorting, status, definition of done and source', () => {
    const rows = read(actionsCsv(sampleAfterTheDay('en')));
    expect(rows.slice(1)).toEqual([
      [
        'Set up a self-service staging environment that mirrors production',
        'Avi (Ops)',
        '2026-04-30',
        'In progress',
        'Staging is used by two Dev teams for a full sprint.',
        'Agreement 1: Ops will give Dev a self-service staging environment if Dev ships a runbook and a tested rollback with every release.',
      ],
      ['Write the release runbook template with a rollback section', 'Dev (the whole group)', '2026-03-26', 'Open', 'The template is used for the next three releases.', 'Ops requires of Dev: Ship a runbook and a tested rollback with every release.'],
      ['Agree the list of low-risk configuration changes', 'Noa (Ops)', '', 'Done', 'The list is signed by both department heads.', ''],
    ]);
  });
});
