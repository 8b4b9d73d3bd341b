import type { ExportRequest } from '../../../shared/ipc';
import type { WorkshopBundle } from '../../../shared/model';
import { CONFIDENTIALITY } from '../../../shared/model';
import { toWorkshopFile } from '../../../shared/schema';
import { translatorFor } from '../../../shared/i18n';
import { embeddedFontCss, linkedFontCss } from './fonts';

/** Everything the export dialog offers, in the order it lists them. */
export const EXPORT_CHOICES = [
  'minutes-pdf',
  'minutes-html',
  'minutes-markdown',
  'poster-pdf',
  'stickies-csv',
  'actions-csv',
  'calendar',
  'workshop-file',
] as const;
export type ExportChoice = (typeof EXPORT_CHOICES)[number];

/** The choices that write the minutes, and so follow the confidentiality and notes settings. */
export function usesConfidentiality(choice: ExportChoice): boolean {
  return choice === 'minutes-pdf' || choice === 'minutes-html' || choice === 'minutes-markdown' || choice === 'stickies-csv';
}
export function usesNotes(choice: ExportChoice): boolean {
  return choice === 'minutes-pdf' || choice === 'minutes-html' || choice === 'minutes-markdown';
}

export interface ExportSettings {
  confidentiality: (typeof CONFIDENTIALITY)[number];
  includeNotes: boolean;
  now: Date;
  appVersion: string;
  /** Where a PDF is made: inside the app's page (the browser's print) or from a file (the desktop app). */
  pdfFonts: 'linked' | 'embedded';
}

const FILE_NAMES: Record<ExportChoice, string> = {
  'minutes-pdf': 'exporting.fileNames.minutes',
  'minutes-html': 'exporting.fileNames.minutes',
  'minutes-markdown': 'exporting.fileNames.minutes',
  'poster-pdf': 'exporting.fileNames.poster',
  'stickies-csv': 'exporting.fileNames.stickies',
  'actions-csv': 'exporting.fileNames.actions',
  calendar: 'exporting.fileNames.calendar',
  'workshop-file': 'exporting.fileNames.workshop',
};

/** The file one choice makes, named in the workshop's own language. */
export async function buildExport(choice: ExportChoice, bundle: WorkshopBundle, settings: ExportSettings): Promise<ExportRequest> {
  const workshop = bundle.workshop;
  const t = translatorFor(workshop.language);
  const suggestedName = t(FILE_NAMES[choice], { title: workshop.title, date: workshop.date });
  const now = settings.now.toISOString();
  if (choice === 'workshop-file') {
    return { format: 'workshop', suggestedName, content: JSON.stringify(toWorkshopFile(bundle, now, settings.appVersion), null, 2) };
  }
  // The builders are loaded when first used: they are not needed to run a workshop.
  const minutes = await import('../../../shared/minutes');
  const fontCss = async (forPdf: boolean) => (forPdf && settings.pdfFonts === 'linked' ? linkedFontCss() : await embeddedFontCss());
  const options = { confidentiality: settings.confidentiality, includeNotes: settings.includeNotes, now };
  switch (choice) {
    case 'minutes-markdown':
      return { format: 'markdown', suggestedName, content: minutes.minutesToMarkdown(minutes.buildMinutes(bundle, options)) };
    case 'minutes-html':
    case 'minutes-pdf': {
      const pdf = choice === 'minutes-pdf';
      const content = minutes.minutesToHtml(minutes.buildMinutes(bundle, options), { fontCss: await fontCss(pdf) });
      return { format: pdf ? 'pdf' : 'html', suggestedName, content };
    }
    case 'poster-pdf':
      return { format: 'pdf', suggestedName, content: minutes.agreementPosterHtml(bundle, { fontCss: await fontCss(true), now }) };
    case 'stickies-csv':
      return { format: 'csv', suggestedName, content: minutes.stickiesCsv(bundle, options) };
    case 'actions-csv':
      return { format: 'csv', suggestedName, content: minutes.actionsCsv(bundle) };
    case 'calendar':
      return { format: 'ics', suggestedName, content: minutes.workshopIcs(bundle, { now }) };
  }
}
