import Dexie, { type EntityTable } from 'dexie';
import type { SnapshotInfo, SnapshotWrite } from '../../shared/ipc';

interface StoredSnapshot extends SnapshotInfo {
  content: string;
}

/**
 * Browser mode's snapshots: a second database beside the app's, so that a damaged or deleted
 * workshop database leaves them be. A convenience only: in the desktop app the snapshots are
 * files in the app's data folder, out of the browser's reach.
 */
class SnapshotDb extends Dexie {
  snapshots!: EntityTable<StoredSnapshot, 'id'>;

  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: 'id, workshopId, takenAt' });
  }
}

let store: SnapshotDb | undefined;
const snapshotDb = () => (store ??= new SnapshotDb('outmodel-snapshots'));

const info = ({ content: _content, ...rest }: StoredSnapshot): SnapshotInfo => rest;

let counter = 0;

export const browserSnapshots = {
  async write(request: SnapshotWrite): Promise<SnapshotInfo> {
    const takenAt = new Date().toISOString();
    const id = `${takenAt.replace(/[^0-9]/g, '')}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const record: StoredSnapshot = {
      id,
      workshopId: request.workshopId,
      title: request.title,
      reason: request.reason,
      takenAt,
      bytes: new TextEncoder().encode(request.content).length,
      content: request.content,
    };
    const db = snapshotDb();
    await db.transaction('rw', db.snapshots, async () => {
      await db.snapshots.add(record);
      const mine = await db.snapshots.where('workshopId').equals(request.workshopId).sortBy('takenAt');
      const surplus = mine.length - request.keep;
      if (surplus > 0) await db.snapshots.bulkDelete(mine.slice(0, surplus).map((s) => s.id));
    });
    return info(record);
  },
  async list(): Promise<SnapshotInfo[]> {
    const all = await snapshotDb().snapshots.orderBy('takenAt').reverse().toArray();
    return all.map(info);
  },
  async read(id: string): Promise<string> {
    const found = await snapshotDb().snapshots.get(id);
    if (!found) throw new Error(`snapshot ${id} is gone`);
    return found.content;
  },
  async deleteWorkshop(workshopId: string): Promise<number> {
    return snapshotDb().snapshots.where('workshopId').equals(workshopId).delete();
  },
};
