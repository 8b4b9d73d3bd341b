import { expect, test, type Page } from '@playwright/test';
import { guard, lane, openSample } from './support/board';
import { call } from '../support/room-client';

// The room under load: 60 simulated phones (HTTP clients in this process) post 20 stickies each
// through room join while the facilitator types on the board. Every sticky a phone was told is
// posted must be on the board exactly once. Prints the p95 of a post's round trip (phone → server
// → the facilitator's window commits → phone): `npm run bench:room` runs this test alone.

const PHONES = 60;
const POSTS = 20;

interface Json {
  [key: string]: unknown;
}

/**
 * One request as a phone makes it, from its own address (127.0.0.2 and up: on Linux the whole
 * 127/8 range is this machine), as phones on a Wi-Fi each have theirs.
 */
async function phoneCall(url: string, path: string, body: unknown, from: string, token?: string): Promise<{ status: number; json: Json }> {
  const port = Number(new URL(url).port);
  for (;;) {
    const answer = await call(port, `/${path}`, { body, token, localAddress: from });
    // Too many at once: wait as told, then again (a phone's page says so and lets the person retry).
    if (answer.status !== 429) return { status: answer.status, json: (answer.json ?? {}) as Json };
    await new Promise((r) => setTimeout(r, Math.max(1, Number(answer.headers['retry-after'] ?? 1)) * 1000));
  }
}

/** Each lane's count as the window's board shows it, in the board's order (not the room screen's preview beside it). */
const laneCounts = (page: Page): Promise<number[]> =>
  page.locator('.mirror').first().locator('.lane-count > [aria-hidden="true"]').allTextContents().then((texts) => texts.map(Number));

async function storedTexts(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('outmodel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('stickies').objectStore('stickies').getAll();
          request.onsuccess = () => {
            resolve((request.result as { text: string }[]).map((s) => s.text));
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('60 phones post 20 stickies each while the facilitator edits: every acknowledged sticky is on the board exactly once', async ({ page }) => {
  test.setTimeout(300_000);
  const problems = guard(page);
  await openSample(page);
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  for (const title of ['Culture map', 'Outmodel']) {
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(page.locator('.run-phase h2').first()).toHaveText(title);
  }
  await page.getByRole('tab', { name: 'Room' }).click();
  const panel = page.getByRole('region', { name: 'Room join' });
  await panel.getByLabel('Network').selectOption('127.0.0.1');
  await panel.getByRole('button', { name: 'Turn room join on' }).click();
  await expect(panel.getByText(/Room join is on/)).toBeVisible();
  const url = (await panel.locator('.room-url').textContent())!;
  const code = (await panel.locator('.room-code').textContent())!;
  await page.getByRole('tab', { name: 'Board' }).click();
  // Another window of the board, as the room's screen is: it hears of the facilitator window's posts
  // as they are written, a run of them (the phones at once) told together.
  const other = await page.context().newPage();
  const otherProblems = guard(other);
  await other.goto(page.url());
  await expect(lane(other, 'Dev about Ops')).toBeVisible();

  const lobby = await phoneCall(url, 'api/lobby', { code }, '127.0.0.1');
  expect(lobby.status).toBe(200);
  const groups = lobby.json.groups as { id: string; name: string }[];

  const latencies: number[] = [];
  const acknowledged: string[] = [];
  const phone = async (n: number) => {
    const from = `127.0.0.${n + 2}`;
    const joined = await phoneCall(url, 'api/join', { code, groupId: groups[n % groups.length]!.id }, from);
    expect(joined.status).toBe(200);
    const token = joined.json.token as string;
    const view = (joined.json.state as { view: { lanes: { key: string; kind: string }[] } }).view;
    const laneKey = view.lanes.find((l) => l.kind === 'outmodel')!.key;
    for (let i = 0; i < POSTS; i++) {
      const text = `Load phone ${n} post ${i}`;
      const t0 = performance.now();
      const answer = await phoneCall(url, 'api/post', { laneKey, text }, from, token);
      if (answer.status === 200) {
        latencies.push(performance.now() - t0);
        acknowledged.push(text);
      }
    }
  };
  // The facilitator keeps writing on the board meanwhile.
  const facilitator = (async () => {
    const composer = page.getByLabel('New sticky in Dev about Ops');
    for (let i = 0; i < 10; i++) {
      await composer.fill(`Facilitator note ${i}`);
      await composer.press('Enter');
      await expect(composer).toHaveValue('');
    }
  })();
  await Promise.all([...Array.from({ length: PHONES }, (_, n) => phone(n)), facilitator]);

  expect(acknowledged).toHaveLength(PHONES * POSTS);
  const stored = await storedTexts(page);
  const times = new Map<string, number>();
  for (const text of stored) times.set(text, (times.get(text) ?? 0) + 1);
  expect(acknowledged.filter((text) => times.get(text) !== 1)).toEqual([]);
  expect(stored.filter((text) => text.startsWith('Load phone')).length).toBe(PHONES * POSTS);
  for (let i = 0; i < 10; i++) expect(times.get(`Facilitator note ${i}`)).toBe(1);
  // And the board shows them, in this window and in the other one.
  await expect(lane(page, 'Dev about Ops').locator('li.sticky').filter({ hasText: 'Load phone 0 post 19' })).toHaveCount(1);
  const counts = await laneCounts(page);
  expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(PHONES * POSTS + 10);
  // It draws what it hears in rounds, a few a second, while it draws its own board of 1,200 more.
  await expect.poll(() => laneCounts(other), { timeout: 30_000 }).toEqual(counts);
  expect(otherProblems).toEqual([]);

  const sorted = [...latencies].sort((a, b) => a - b);
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  console.log(`room join load: ${PHONES} phones × ${POSTS} posts = ${latencies.length} acknowledged, each on the board once; post round trip median ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms`);
  await panel.count();
  expect(problems).toEqual([]);
});
