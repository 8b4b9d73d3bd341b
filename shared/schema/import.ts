import type { WorkshopBundle } from '../model/bundle';
import { LIMITS } from '../model/common';
import { renameIds } from '../templates/duplicate';
import type { IdMaker } from '../templates/build';
import { translatorFor } from '../i18n';

export interface ImportOptions {
  /** Adds "(imported)", in the workshop's own language, to the title: when the library already has it. */
  markImported?: boolean;
}

/**
 * A workshop file's workshop as a new workshop of this library: every record under a new id,
 * every reference renamed with it, and nothing else changed (times, words and order are the
 * file's), so exporting it again gives the same file up to the ids. It is never the bundled
 * sample, whatever the file says.
 */
export function importAsNew(bundle: WorkshopBundle, makeId: IdMaker, options: ImportOptions = {}): WorkshopBundle {
  const copy = renameIds(bundle, makeId);
  const title = options.markImported ? importedTitle(bundle.workshop.title, bundle.workshop.language) : bundle.workshop.title;
  return { ...copy, workshop: { ...copy.workshop, title, sample: false } };
}

function importedTitle(title: string, language: string): string {
  const marked = translatorFor(language)('files.import.importedTitle', { title });
  if (marked.length <= LIMITS.title) return marked;
  // Keep the mark: shorten the title itself.
  const room = LIMITS.title - (marked.length - title.length) - 1;
  return translatorFor(language)('files.import.importedTitle', { title: `${title.slice(0, Math.max(1, room)).trimEnd()}…` });
}
