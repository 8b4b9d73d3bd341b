// What `npm run bench:minutes` bundles and runs: the generator of a large workshop and the exports.
export { bigWorkshop } from '../../test/support/big-workshop';
export { actionsCsv, agreementPosterHtml, buildMinutes, minutesToHtml, minutesToMarkdown, stickiesCsv, workshopIcs } from '../../shared/minutes';
export { toWorkshopFile } from '../../shared/schema';
