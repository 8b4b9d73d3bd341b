// Figure 2 of `npm run bench`, "Drag": one sticky carried with the mouse across five lanes of the
// 1,000-sticky board and dropped. Playwright's mouse.down/move/up drive Chromium's own drag and
// drop (Playwright intercepts the drag the page starts and replays it as drag events, as the e2e
// tests' `dragTo` does), so react-dnd's HTML5 backend sees a real drag. What it records and why:
// docs/performance.md.

// A mouse reports about once a frame; the carry, ~1,800 px at 12 px a move, takes ~2.5 s.
const MOVE_MS = 1000 / 60;
const STEP_PX = 12;
const WAIT = { timeout: 30_000 };

// In the page: the carry's path through the Outmodel row (four lanes a row on the bench's screen).
// From the lowest loose sticky of lane 1 (Dev about Ops), right across lanes 2 and 3, down over
// the end of lane 3 into the first stickies of lane 7 in the next row, left across lane 6 to lane 5
// (Dev about Support) and up onto its header: a lane of the same author, so the drop asks nothing. The path's middle must be at the screen's
// middle (near an edge, Chromium scrolls the page under a drag): if it is not, this scrolls and
// returns `{ scrolled }`, to be called again once the stickies that came into view are laid out
// (they skip layout out of view, `content-visibility: auto`, so their heights change then).
function pathInPage({ step }) {
  const lanes = [...document.querySelectorAll('.lane-row-outmodel > section.lane')];
  const box = (el) => el.getBoundingClientRect();
  if (lanes.length < 8 || Math.abs(box(lanes[0]).top - box(lanes[3]).top) > 1 || box(lanes[4]).top < box(lanes[0]).bottom)
    throw new Error(`the Drag figure expects the Outmodel row to show four lanes a row (found ${lanes.length} lanes)`);
  const [l1, l2, l3, , l5, l6, l7] = lanes;
  const source = [...l1.querySelectorAll(':scope > ul.stickies > li.sticky')].at(-1);
  if (!source) throw new Error('lane 1 of the Outmodel row has no sticky outside a cluster');
  const mid = (r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
  const a = mid(box(source));
  const rowY = box(l7.querySelector('.lane-header')).bottom + 180;
  const off = Math.round((a.y + rowY) / 2 - innerHeight / 2);
  if (Math.abs(off) > 2) {
    window.scrollBy(0, off);
    return { scrolled: off };
  }
  if (a.y < 100 || rowY > innerHeight - 100) throw new Error(`the Drag path (y ${Math.round(a.y)} to ${Math.round(rowY)}) does not fit the screen (${innerHeight} px) away from its edges`);
  const header5 = box(l5.querySelector('.lane-header'));
  const corners = [a, { x: mid(box(l3)).x, y: a.y }, { x: mid(box(l3)).x, y: rowY }, { x: mid(box(l5)).x, y: rowY }, mid(header5)];
  const points = [];
  for (let i = 1; i < corners.length; i++) {
    const [p, q] = [corners[i - 1], corners[i]];
    const n = Math.max(1, Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / step));
    for (let k = 1; k <= n; k++) points.push({ x: Math.round(p.x + ((q.x - p.x) * k) / n), y: Math.round(p.y + ((q.y - p.y) * k) / n) });
  }
  // What is under the pointer at each point: a sticky, else a lane, else nothing (a gap). Layout
  // does not change during the carry (a hover changes outlines and shadows only), so this is read now.
  const targetAt = ({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    const sticky = el?.closest('li.sticky');
    if (sticky) return `sticky ${sticky.dataset.stickyId}`;
    const lane = el?.closest('section.lane');
    return lane ? `lane ${lane.dataset.laneKey}` : null;
  };
  const hovered = [targetAt(a)];
  for (const p of points) {
    const target = targetAt(p);
    if (target !== null && target !== hovered.at(-1)) hovered.push(target);
  }
  const hoverChanges = hovered.length - 1;
  if (hoverChanges < 5) throw new Error(`the Drag path met only ${hoverChanges} stickies or lanes: it should cross five lanes`);
  return {
    start: { x: Math.round(a.x), y: Math.round(a.y) },
    points,
    hoverChanges,
    hovered: hovered.map((target) => target.split(' ')[0]).join(' '),
    stickyId: source.dataset.stickyId,
    fromLane: l1.dataset.laneKey,
    toLane: l5.dataset.laneKey,
    lanesCrossed: [l2, l3, l7, l6, l5].map((l) => l.dataset.laneKey),
  };
}

// In the page, just before the mouse goes down: every frame's interval (rAF), every long task,
// and the moment of the drop, until `__benchDragStop()`.
function dragProbe() {
  const record = { frames: [], longTasks: [], dropAt: null };
  let last = null;
  let running = true;
  const tick = (t) => {
    if (!running) return;
    if (last !== null) record.frames.push({ at: t, ms: t - last });
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const take = (entries) => record.longTasks.push(...entries.map((e) => ({ at: e.startTime, ms: e.duration })));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  addEventListener('drop', () => (record.dropAt ??= performance.now()), { capture: true, once: true });
  window.__benchDragStop = () => {
    running = false;
    take(observer.takeRecords());
    observer.disconnect();
    return record;
  };
}

// In the page: resolves after the next frame has been produced (rAF, then a task).
const nextFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const stickyIn = (lane, id) => `section[data-lane-key="${lane}"] li.sticky[data-sticky-id="${id}"]`;

/**
 * One carry and drop on a board page that shows the 1,000 stickies; the move is undone afterwards
 * so every run carries the same sticky over the same board. In a profiling build (`profile`),
 * also the sticky renders during the carry (`window.__renderCounts`, from `countRender`) and those
 * the drop caused.
 */
export async function carryAcrossFiveLanes(page, { profile }) {
  // Chromium gives a page behind another one a frame a second: the page measured is in front.
  await page.bringToFront();
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
  let plan = { scrolled: 0 };
  for (let i = 0; plan.scrolled !== undefined; i++) {
    if (i === 10) throw new Error(`Drag: the board still moves after ten scrolls (by ${plan.scrolled} px the last time)`);
    plan = await page.evaluate(pathInPage, { step: STEP_PX });
    await page.evaluate(nextFrame);
    await page.evaluate(nextFrame);
  }
  await page.mouse.move(plan.start.x, plan.start.y);
  await page.evaluate(dragProbe);
  if (profile) await page.evaluate(() => (window.__renderCounts = {}));
  await page.evaluate(nextFrame);

  await page.mouse.down();
  const t0 = performance.now();
  for (let i = 0; i < plan.points.length; i++) {
    await page.mouse.move(plan.points[i].x, plan.points[i].y);
    const ahead = t0 + (i + 1) * MOVE_MS - performance.now();
    if (ahead > 0) await sleep(ahead);
  }
  const carryMs = performance.now() - t0;
  await page.evaluate(nextFrame);
  const carryRenders = profile ? await page.evaluate(() => window.__renderCounts?.sticky ?? 0) : null;
  await page.mouse.up();

  const landed = await page
    .waitForSelector(stickyIn(plan.toLane, plan.stickyId), WAIT)
    .then(() => true)
    .catch(() => false);
  await page.evaluate(nextFrame);
  await page.evaluate(nextFrame);
  const record = await page.evaluate(() => window.__benchDragStop());
  const allRenders = profile ? await page.evaluate(() => window.__renderCounts?.sticky ?? 0) : null;
  if (!landed) {
    const dialog = await page.getByRole('alertdialog').textContent().catch(() => null);
    throw new Error(`Drag: sticky ${plan.stickyId} did not land in ${plan.toLane}${record.dropAt === null ? ' (no drop event reached the page)' : ''}${dialog ? `; the page asks: ${dialog}` : ''}`);
  }
  if ((await page.locator(stickyIn(plan.fromLane, plan.stickyId)).count()) > 0) throw new Error(`Drag: sticky ${plan.stickyId} is still in ${plan.fromLane}`);

  // Put it back, so that the next run finds the same board.
  await page.locator('.undo-redo').getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForSelector(stickyIn(plan.fromLane, plan.stickyId), WAIT);

  const dropAt = record.dropAt ?? Infinity;
  const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.ms));
  return {
    moves: plan.points.length,
    carryMs,
    hoverChanges: plan.hoverChanges,
    hovered: plan.hovered,
    lanesCrossed: plan.lanesCrossed,
    frames: record.frames.map((f) => f.ms),
    carryFrames: record.frames.filter((f) => f.at < dropAt).map((f) => f.ms),
    longestTask: longest(record.longTasks),
    longestCarryTask: longest(record.longTasks.filter((t) => t.at + t.ms < dropAt)),
    longestDropTask: longest(record.longTasks.filter((t) => t.at + t.ms >= dropAt)),
    carryRenders,
    dropRenders: profile ? allRenders - carryRenders : null,
  };
}
