/**
 * The child process of the snapshot kill test (test/unit/electron/snapshots-kill.test.ts), bundled
 * with the store it drives: it writes snapshots of one big workshop through SnapshotStore, one
 * after another, until it is killed. Arguments: root folder, first number, size in MB, how many to keep.
 * It prints `writing <seq> <bytes>` before each write and `wrote <seq> <id>` once the write resolved.
 */
import { SnapshotStore } from '../../electron/main/snapshots';
import { KILL_TEST_WORKSHOP, killTestWorkshopFile } from './snapshot-content';

const [root = '', first = '1', megabytes = '20', keep = '3'] = process.argv.slice(2);
const store = new SnapshotStore(root);

for (let seq = Number(first); ; seq += 1) {
  const content = killTestWorkshopFile(seq, Number(megabytes));
  process.stdout.write(`writing ${seq} ${Buffer.byteLength(content, 'utf8')}\n`);
  const info = await store.write({ workshopId: KILL_TEST_WORKSHOP, title: `Kill test ${seq}`, reason: 'interval', content, keep: Number(keep) });
  process.stdout.write(`wrote ${seq} ${info.id}\n`);
}
