import type { desktopMenuEn } from './desktop.en';

/** What the main process shows itself, in Hebrew. Merged into the catalog as `desktop.menu`. */
export const desktopMenuHe: Record<keyof typeof desktopMenuEn, string> = {
  file: 'קובץ',
  newWorkshop: 'סדנה חדשה',
  open: 'פתיחה…',
  importWorkshop: 'ייבוא קובץ סדנה…',
  exportWorkshop: 'ייצוא פרוטוקול וקבצים…',
  backupAll: 'גיבוי כל הסדנאות…',
  restoreBackup: 'שחזור מגיבוי…',
  snapshots: 'שחזור תמונת מצב…',
  closeWindow: 'סגירת החלון',
  quit: 'יציאה מ־Outmodel',

  edit: 'עריכה',
  undo: 'ביטול',
  redo: 'ביצוע מחדש',
  cut: 'גזירה',
  copy: 'העתקה',
  paste: 'הדבקה',
  selectAll: 'בחירת הכול',

  view: 'תצוגה',
  audienceWindow: 'החלון של החדר',
  fullScreen: 'מסך מלא',
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  zoomReset: 'גודל רגיל',

  window: 'חלון',
  minimize: 'מזעור',

  help: 'עזרה',
  guide: 'מדריך',
  about: 'אודות Outmodel',

  services: 'שירותים',
  hide: 'הסתרת Outmodel',
  hideOthers: 'הסתרת האחרים',
  showAll: 'הצגת הכול',

  display: 'מסך {{number}} ({{width}} × {{height}})',
  displayNamed: 'מסך {{number}}: {{name}} ({{width}} × {{height}})',
  audienceTitle: 'המסך של החדר – Outmodel',

  openLinkQuestion: 'לפתוח את הקישור הזה מחוץ ל־Outmodel?',
  openLinkDetail: 'הקישור ייפתח בדפדפן או בתוכנת הדואר שלך. כדאי לפתוח אותו רק אם ידוע לאן הוא מוביל.',
  openLink: 'פתיחה',
  cancel: 'ביטול',
  openLinkFailed: 'Outmodel לא הצליח לפתוח את הקישור. אפשר להעתיק את הכתובת לדפדפן או לתוכנת הדואר.',
};
