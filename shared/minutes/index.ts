export * from './document';
export { buildMinutes } from './build';
export { minutesToMarkdown } from './markdown';
export { minutesToHtml, EXPORT_CSP, type HtmlOptions } from './html';
export { agreementPosterHtml, type PosterOptions } from './poster';
export { stickiesCsv, actionsCsv, csvCell } from './csv';
export { workshopIcs, foldLine, icsText, ICS_PRODID } from './ics';
export { escapeHtml } from './html-escape';
export { textOf, type Phrase, type Span } from './phrase';
