import { EXPORT_FORMATS, safeFileName } from '../../shared/ipc/constants';
import type { ExportRequest, ExportResult } from '../../shared/ipc';

/** Hands a file to the browser as a download (the browser decides where it goes). */
export function download(name: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once the click returns; keep the URL a while for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Prints self-contained HTML with the browser's own print dialog (where "Save as PDF" is). The
 * document goes into a sandboxed frame that may run no script. The page's CSP allows no inline
 * style there, so the document's style (its style elements and style attributes) is taken out of
 * the text and handed over as a constructed style sheet instead. The HTML is the minutes
 * builder's own: every quote and angle bracket of a person's text is escaped, so the only style
 * markup in it is the builder's.
 */
export function printHtml(html: string): Promise<void> {
  const rules: string[] = [];
  let index = 0;
  const body = html
    .replace(/<style>([\s\S]*?)<\/style>/g, (_m, css: string) => {
      rules.push(css);
      return '';
    })
    .replace(/<meta http-equiv="[^"]*" content="[^"]*">/gi, '')
    .replace(/\sstyle="([^"]*)"/g, (_m, declarations: string) => {
      rules.push(`[data-print-style="${index}"]{${declarations.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')}}`);
      return ` data-print-style="${index++}"`;
    });
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  return new Promise((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        const doc = frame.contentDocument;
        if (!view || !doc) return reject(new Error('the print frame did not open'));
        const sheet = new (view as unknown as typeof globalThis).CSSStyleSheet();
        sheet.replaceSync(rules.join('\n'));
        doc.adoptedStyleSheets = [sheet];
        // Fonts first, or the first page prints in a fallback face.
        void doc.fonts.ready.then(() => {
          view.focus();
          view.print();
          resolve();
        });
      },
      { once: true },
    );
    frame.srcdoc = body;
    // The frame stays (hidden) until the next print: some browsers print after print() returns.
    document.querySelectorAll('iframe.print-frame').forEach((old) => old.remove());
    document.body.append(frame);
  });
}

/** The browser's way of saving an export: a download, or its print dialog for a PDF. */
export async function browserExport(request: ExportRequest): Promise<ExportResult> {
  const { extension, mime } = EXPORT_FORMATS[request.format];
  if (request.format === 'pdf') await printHtml(request.content);
  else download(safeFileName(request.suggestedName, extension), request.content, mime);
  return { status: 'saved', path: null };
}
