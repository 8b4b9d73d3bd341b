// What the renderer's build writes into its page (renderer/index.html), once the bundle is known:
// the preloaded fonts, the first read, the libraries' classic script, the screens' code.
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

type Bundle = Rolldown.OutputBundle;

/**
 * A build-only plugin that edits the built index.html (not the phones' page) once its bundle is
 * known: `edit` returns the page, or tags to put in its head. Such plugins run in their order in
 * the config.
 */
export function builtPagePlugin(name: string, edit: (html: string, bundle: Bundle) => string | HtmlTagDescriptor[]): Plugin {
  return {
    name,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !context.filename.endsWith('index.html')) return html;
        return edit(html, context.bundle);
      },
    },
  };
}

/** The app's entry script in the built page. */
const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="\.\/assets\/index-[^"]*"[^>]*><\/script>/;

/** Puts `tag` just before the page's entry script (scripts run in the page's order); `what` names it when the page has none. */
export function beforeEntryScript(html: string, tag: string, what: string): string {
  if (!ENTRY_SCRIPT.test(html)) throw new Error(`the page has no entry script to put ${what} before`);
  return html.replace(ENTRY_SCRIPT, (entry) => `${tag}\n    ${entry}`);
}
