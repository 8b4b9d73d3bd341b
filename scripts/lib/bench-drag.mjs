// Figure 2 of `npm run bench`, "Drag": one sticky carried across five lanes of the 1,000-sticky
// board and dropped, three ways. With the mouse: Playwright's mouse.down/move/up drive Chromium's
// own drag and drop (Playwright intercepts the drag the page starts and replays it as drag events,
// as the e2e tests' `dragTo` does), so react-dnd's HTML5 backend sees a real drag. With a finger:
// touch events through the DevTools protocol (a long press, then the same path), as the e2e tests'
// `finger` sends them, so the touch backend sees a real touch drag. With the keyboard: Space, the
// arrows, Space. What it records and why: docs/performance.md.

// A mouse reports about once a frame; the carry, ~1,800 px at 12 px a move, takes ~2.5 s.
const MOVE_MS = 1000 / 60;
const STEP_PX = 12;
const WAIT = { timeout: 30_000 };
// How long the finger rests before it moves: past the board's long press (LONG_PRESS_MS, 350 ms).
const LONG_PRESS_REST_MS = 600;

// In the page: the carry's path through the Outmodel row (four lanes a row on the bench's screen).
// From the lowest loose sticky of lane 1 (Dev about Ops), right across lanes 2 and 3, down over
// the end of lane 3 into the first stickies of lane 7 in the next row, left across lane 6 to lane 5
// (Dev about Support) and up onto its header: a lane of the same author, so the drop asks nothing. The path's middle must be at the screen's
// middle (near an edge, Chromium scrolls the page under a drag): if it is not, this scrolls and
// returns `{ scrolled }`, to be called again once the stickies that came into view are laid out
// (they skip layout out of view, `content-visibility: auto`, so their heights change then).
function pathInPage({ step }) {
  const lanes = [...document.querySelectorAll('.lane-row-outmodel section.lane')];
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
function dragProbe(dropEvent) {
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
  // The drop: the mouse's `drop`, the finger's `touchend`, the keyboard's last Space.
  const isDrop = (e) => dropEvent !== 'keydown' || (e.code === 'Space' && window.__benchDropKey);
  const onDrop = (e) => isDrop(e) && (record.dropAt ??= performance.now());
  addEventListener(dropEvent, onDrop, { capture: true });
  window.__benchDragStop = () => {
    running = false;
    removeEventListener(dropEvent, onDrop, { capture: true });
    window.__benchDropKey = false;
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

// In the page: how many lanes the keyboard carries the sticky to its right to reach the drop's lane
// (each ArrowRight goes to the next lane it can be put in, in the board's order).
function lanesToTheRight({ fromLane, toLane }) {
  const keys = [...document.querySelectorAll('section.lane[data-lane-key][data-writable="true"]')].map((lane) => lane.dataset.laneKey);
  const steps = keys.indexOf(toLane) - keys.indexOf(fromLane);
  if (keys.indexOf(fromLane) < 0 || steps < 1) throw new Error(`Drag, keyboard: lane ${toLane} is not to the right of ${fromLane}`);
  return steps;
}

const fingers = new WeakMap();

/**
 * Gives a new page a touch screen, before it loads the board (the board reads what the screen
 * offers as it starts, as a page of a touch screen would), and a finger for `carryAcrossFiveLanes`.
 */
export async function withTouch(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  fingers.set(page, (type, { x, y }) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, radiusX: 8, radiusY: 8, force: 1 }] }));
  return page;
}

/** One input event per 16.7 ms, as a mouse or a finger reports them (`send` awaited each time). */
async function paced(points, send) {
  const t0 = performance.now();
  for (let i = 0; i < points.length; i++) {
    await send(points[i]);
    const ahead = t0 + (i + 1) * MOVE_MS - performance.now();
    if (ahead > 0) await sleep(ahead);
  }
  return performance.now() - t0;
}

/**
 * The keyboard's carry, after Space: into each lane on the right, at the place nearest the one it
 * left (the sticky starts low in its lane, so that is often the lane's end), two steps up it (onto
 * a sticky, then before it), and into the last lane, where Space drops it.
 */
const STEPS_UP_A_LANE = 2;
const carryKeys = (lanes) => Array.from({ length: lanes }, (_, i) => ['ArrowRight', ...Array(i === lanes - 1 ? 0 : STEPS_UP_A_LANE).fill('ArrowUp')]).flat();

/**
 * One carry and drop on a board page that shows the 1,000 stickies, by `input` ('mouse', 'touch'
 * or 'keyboard'); the move is undone afterwards so every run carries the same sticky over the same
 * board. In a profiling build (`profile`), also the sticky renders during the carry
 * (`window.__renderCounts`, from `countRender`) and those the drop caused. `steps` is what the
 * renders are counted against: the hover changes of the path (mouse, touch), or the arrow keys.
 */
export async function carryAcrossFiveLanes(page, { profile, input = 'mouse' }) {
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
  const source = `li.sticky[data-sticky-id="${plan.stickyId}"]`;
  let carryMs;
  let carryRenders = null;
  let beforeDrop;
  let steps = plan.hoverChanges;
  // From here on: frames, long tasks and the drop (`dragProbe`), and in a profiling build the sticky renders.
  const startRecording = async (dropEvent) => {
    await page.evaluate(dragProbe, dropEvent);
    if (profile) await page.evaluate(() => (window.__renderCounts = {}));
  };
  const stickyRenders = () => (profile ? page.evaluate(() => window.__renderCounts?.sticky ?? 0) : null);
  if (input === 'mouse') {
    await page.mouse.move(plan.start.x, plan.start.y);
    await startRecording('drop');
    await page.evaluate(nextFrame);
    await page.mouse.down();
    carryMs = await paced(plan.points, ({ x, y }) => page.mouse.move(x, y));
    await page.evaluate(nextFrame);
    beforeDrop = carryRenders = await stickyRenders();
    await page.mouse.up();
  } else if (input === 'touch') {
    const finger = fingers.get(page);
    if (!finger) throw new Error('Drag, touch: the page was not opened with a touch screen (withTouch)');
    // The long press: the finger rests past the touch backend's delay (350 ms); the sticky lifts
    // at the first move after it. This wait is the gesture itself, as in the e2e tests.
    await finger('touchStart', plan.start);
    await sleep(LONG_PRESS_REST_MS);
    await startRecording('touchend');
    // Sent at a finger's pace without waiting for each to be answered: the browser answers a
    // touch move only after a frame or more, so awaiting each would move the finger at a third of
    // the pace. They arrive in order, as a touch screen's do.
    const moves = [];
    carryMs = await paced(plan.points, (p) => void moves.push(finger('touchMove', p)));
    await Promise.all(moves);
    await page.evaluate(nextFrame);
    beforeDrop = carryRenders = await stickyRenders();
    if ((await page.locator(`${source}.dragging`).count()) === 0) {
      await finger('touchEnd', plan.points.at(-1));
      await page.evaluate(() => window.__benchDragStop());
      throw new Error(`Drag (touch): sticky ${plan.stickyId} did not lift under the finger`);
    }
    await finger('touchEnd', plan.points.at(-1));
  } else {
    const right = await page.evaluate(lanesToTheRight, plan);
    const keys = carryKeys(right);
    steps = keys.length;
    await page.locator(source).focus();
    await page.evaluate(nextFrame);
    await startRecording('keydown');
    await page.keyboard.press('Space');
    await page.waitForSelector(`${source}[data-carry="lifted"]`, WAIT);
    // A person presses a key every few frames at the most; each is pressed once the last is painted.
    await page.evaluate(nextFrame);
    const t0 = performance.now();
    const picked = await stickyRenders();
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.evaluate(nextFrame);
    }
    carryMs = performance.now() - t0;
    // The pick-up's own renders (the lifted sticky's mark) are not a step's.
    beforeDrop = await stickyRenders();
    if (profile) carryRenders = beforeDrop - picked;
    await page.evaluate(() => (window.__benchDropKey = true));
    await page.keyboard.press('Space');
  }

  const landed = await page
    .waitForSelector(stickyIn(plan.toLane, plan.stickyId), WAIT)
    .then(() => true)
    .catch(() => false);
  await page.evaluate(nextFrame);
  await page.evaluate(nextFrame);
  const record = await page.evaluate(() => window.__benchDragStop());
  const allRenders = await stickyRenders();
  if (!landed) {
    const dialog = await page.getByRole('alertdialog').textContent().catch(() => null);
    throw new Error(`Drag (${input}): sticky ${plan.stickyId} did not land in ${plan.toLane}${record.dropAt === null ? ' (no drop event reached the page)' : ''}${dialog ? `; the page asks: ${dialog}` : ''}`);
  }
  if ((await page.locator(stickyIn(plan.fromLane, plan.stickyId)).count()) > 0) throw new Error(`Drag (${input}): sticky ${plan.stickyId} is still in ${plan.fromLane}`);

  // Put it back, so that the next run finds the same board.
  await page.locator('.undo-redo').getByRole('button', { name: 'Undo', exact: true }).click();
  await page.waitForSelector(stickyIn(plan.fromLane, plan.stickyId), WAIT);

  const dropAt = record.dropAt ?? Infinity;
  const longest = (tasks) => Math.max(0, ...tasks.map((t) => t.ms));
  return {
    moves: input === 'keyboard' ? steps : plan.points.length,
    carryMs,
    input,
    steps,
    hoverChanges: plan.hoverChanges,
    hovered: plan.hovered,
    lanesCrossed: plan.lanesCrossed,
    frames: record.frames.map((f) => f.ms),
    carryFrames: record.frames.filter((f) => f.at < dropAt).map((f) => f.ms),
    longestTask: longest(record.longTasks),
    longestCarryTask: longest(record.longTasks.filter((t) => t.at + t.ms < dropAt)),
    longestDropTask: longest(record.longTasks.filter((t) => t.at + t.ms >= dropAt)),
    carryRenders,
    dropRenders: profile ? allRenders - beforeDrop : null,
  };
}
