/**
 * The minutes' print stylesheet: A4, readable type, nothing split across a page that a reader
 * needs whole. Logical properties only, so a right-to-left document lays itself out.
 */
export const MINUTES_CSS = `
@page { size: A4; margin: 18mm 17mm 20mm; }
:root { color: #111827; background: #ffffff; font-family: "Outmodel Sans", "Noto Sans", "Noto Sans Hebrew", "Segoe UI", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; max-inline-size: 176mm; padding: 12mm 8mm; }
@media print { body { padding: 0; max-inline-size: none; } }
h1 { font-size: 21pt; line-height: 1.2; margin: 0 0 2mm; }
h2 { font-size: 14.5pt; margin: 9mm 0 3mm; padding-block-end: 1mm; border-block-end: 1.2pt solid #d1d5db; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
ul { margin: 0 0 3mm; padding-inline-start: 6mm; }
li { margin-block-end: 1.5mm; }
li, tr, figure, .item, .agreement, .side { break-inside: avoid; page-break-inside: avoid; }
bdi { white-space: pre-line; }
.kicker { font-size: 11pt; font-weight: 700; color: #374151; text-transform: none; margin-block-end: 1mm; }
.as-of { color: #92400e; font-weight: 600; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.8mm 4mm; margin: 3mm 0 4mm; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.long-text h3 { font-size: 10.5pt; margin-block-start: 3mm; }
.confidentiality { font-style: italic; color: #374151; border-inline-start: 2pt solid #9ca3af; padding-inline-start: 3mm; }
.details, .facts-line { display: block; color: #374151; font-size: 9.5pt; }
.missing, .hidden-note, .empty { color: #4b5563; font-style: italic; }
.mark { vertical-align: -0.15em; margin-inline-end: 1mm; }
table { border-collapse: collapse; inline-size: 100%; margin: 0 0 4mm; font-size: 9.5pt; }
th, td { border: 0.75pt solid #d1d5db; padding: 1.2mm 2mm; text-align: start; vertical-align: top; }
th { background: #f3f4f6; }
tr.total td { font-weight: 700; }
td.over { color: #b91c1c; font-weight: 700; }
.culture-grid { display: block; inline-size: 100%; max-inline-size: 150mm; block-size: auto; margin: 2mm auto 3mm; }
.culture-grid .quadrant-name { font-size: 22px; font-weight: 700; fill: #9ca3af; }
.culture-grid .axis-label { font-size: 13px; font-weight: 600; fill: #374151; }
.culture-grid .marker-label { font-size: 11px; font-weight: 700; fill: #111827; stroke: #ffffff; stroke-width: 3px; paint-order: stroke; }
.legend { display: flex; flex-wrap: wrap; gap: 2mm 8mm; font-size: 9.5pt; color: #374151; margin-block-end: 3mm; }
.legend svg { vertical-align: middle; margin-inline-end: 1.5mm; }
.agreement { border: 0.75pt solid #d1d5db; border-radius: 2mm; padding: 3mm 4mm; margin-block-end: 4mm; }
.agreement h3 { margin-block-start: 0; }
.status { font-size: 9.5pt; font-weight: 700; padding: 0.3mm 2mm; border-radius: 1.5mm; background: #f3f4f6; margin-inline-start: 2mm; }
.status.agreed { background: #dcfce7; color: #14532d; }
.agreement-text { font-size: 11.5pt; font-weight: 600; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(55mm, 1fr)); gap: 3mm; }
.side { border-block-start: 2.5pt solid #9ca3af; padding-block-start: 1.5mm; }
.side h4 { margin-block-start: 0; }
.answer { font-weight: 700; }
.deferred { font-weight: 700; color: #92400e; margin-inline-start: 2mm; }
footer { margin-block-start: 10mm; padding-block-start: 2mm; border-block-start: 0.75pt solid #d1d5db; color: #6b7280; font-size: 9pt; }
`;
