/** The workshop the snapshot kill test writes: one id, so every snapshot rotates in one folder. */
export const KILL_TEST_WORKSHOP = 'workshop:kill-test';

/**
 * The workshop file of snapshot number `seq`: valid JSON of about `megabytes` MB, the same text
 * every time for one `seq` and different for every other, so the test can check a snapshot read
 * back against exactly what was written. Built as text (no character in it needs escaping):
 * JSON.stringify would take ten times longer, on every check.
 */
export function killTestWorkshopFile(seq: number, megabytes: number): string {
  const stickies = 64;
  const unit = `sticky text ${seq}; `;
  const perSticky = Math.ceil((megabytes * 1024 * 1024) / stickies / unit.length);
  const items = Array.from({ length: stickies }, (_, i) => `{"id":"sticky:${seq}-${i}","text":"${i}: ${unit.repeat(perSticky)}"}`);
  return `{"type":"outmodel-workshop","version":1,"seq":${seq},"title":"סדנה ${seq} – ✓","stickies":[${items.join(',')}]}`;
}
