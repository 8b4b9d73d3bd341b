// The libraries every window runs (React, React DOM, Dexie, i18next), built into one classic
// script that the page runs just before the app's entry; the app's modules read them from it.
//
// Why: Chromium keeps V8's compiled code of a classic script beside its cache and, at the next
// load, takes it from there (in the background); a module script it compiles again at every load
// (measured here: the entry's compiled code was made again at every open of a window, never taken
// from the cache, where a classic script's was: docs/performance.md). These libraries are half
// of the entry's code and most of what its first evaluation and the first commit run, so a window
// compiles them once, not at every open. The app's own code stays in modules, split by screen.
//
// `npm run notices` builds this script too (`buildVendor`), so that its packages are listed.
import * as dexie from 'dexie';
import * as i18next from 'i18next';
import * as react from 'react';
import * as reactDom from 'react-dom';
import * as reactDomClient from 'react-dom/client';
import * as jsxRuntime from 'react/jsx-runtime';
import { build, type Plugin, type PluginOption, type Rolldown } from 'vite';
import { beforeEntryScript, builtPagePlugin } from './built-page';

/**
 * The packages of the classic script, as the app's code imports them, and Node's view of each
 * (loaded with the config: the same files the browser build takes), for their export names.
 */
const IN_NODE: Readonly<Record<string, object>> = { react, 'react/jsx-runtime': jsxRuntime, 'react-dom': reactDom, 'react-dom/client': reactDomClient, dexie, i18next };
const VENDOR_PACKAGES = Object.keys(IN_NODE);

/** What the classic script defines: each package's module namespace, by name; frozen. */
const VENDOR_GLOBAL = '__outmodelVendor';
const ENTRY = '\0outmodel-vendor-entry';
const SHIM = '\0outmodel-vendor:';
/** The name the script is emitted under (`assets/vendor-[hash].js`). */
const ASSET_NAME = 'vendor.js';
/**
 * A module of these packages (and of React DOM's own scheduler) found in the app's own chunks
 * would be a second copy (two Reacts).
 */
const ONE_COPY_ONLY = new RegExp(`[\\\\/]node_modules[\\\\/](${[...new Set([...VENDOR_PACKAGES.map((id) => id.split('/')[0]), 'scheduler'])].join('|')})[\\\\/]`);

const isVendor = (id: string): boolean => Object.hasOwn(IN_NODE, id);

function entryCode(): string {
  const imports = VENDOR_PACKAGES.map((id, i) => `import * as m${i} from ${JSON.stringify(id)};`);
  const table = VENDOR_PACKAGES.map((id, i) => `${JSON.stringify(id)}: m${i}`).join(', ');
  return `${imports.join('\n')}\nObject.defineProperty(globalThis, ${JSON.stringify(VENDOR_GLOBAL)}, { value: Object.freeze({ ${table} }) });\n`;
}

/** The module the app's code gets for `id`: the classic script's namespace of it, export by export. */
function shimCode(id: string, names: readonly string[]): string {
  const named = names.filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
  return [
    `const m = globalThis[${JSON.stringify(VENDOR_GLOBAL)}]?.[${JSON.stringify(id)}];`,
    `if (!m) throw new Error(${JSON.stringify(`The page's library script did not run before the app: ${id} is missing.`)});`,
    'export default m.default;',
    ...named.map((name) => `export const ${name} = m.${name};`),
  ].join('\n');
}

/** Builds the classic script (a production build, minified); `plugins` join that build (the notices' licence reader). */
export async function buildVendor(root: string, plugins: PluginOption[] = []): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [{ name: 'outmodel-vendor-entry', resolveId: (id) => (id === ENTRY ? ENTRY : undefined), load: (id) => (id === ENTRY ? entryCode() : undefined) }, ...plugins],
    build: {
      write: false,
      target: 'es2022',
      sourcemap: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife', codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((file): file is Rolldown.OutputChunk => file.type === 'chunk');
  if (!chunk) throw new Error('the library script was built empty');
  return chunk.code;
}

/**
 * The renderer build's side: emits the classic script as an asset, names it in the page just
 * before the entry's script (after the page's first script, the early read, which needs none of
 * it), and gives the app's modules each package from it. It fails the build if any of these
 * packages ends up in the app's own chunks as well.
 */
export function classicVendor(): Plugin[] {
  const shims: Plugin = {
    name: 'outmodel-classic-vendor-shims',
    apply: 'build',
    // Ahead of Vite's own resolver, which would find each package in node_modules.
    enforce: 'pre',
    resolveId(id) {
      return isVendor(id) ? SHIM + id : undefined;
    },
    load(id) {
      if (!id.startsWith(SHIM)) return undefined;
      const pkg = id.slice(SHIM.length);
      return shimCode(pkg, Object.keys(IN_NODE[pkg] ?? {}));
    },
  };
  const emit: Plugin = {
    name: 'outmodel-classic-vendor-script',
    apply: 'build',
    async buildStart() {
      this.emitFile({ type: 'asset', name: ASSET_NAME, source: await buildVendor(this.environment.config.root) });
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const copy = file.moduleIds.find((id) => ONE_COPY_ONLY.test(id));
        if (copy) this.error(`${file.fileName} holds ${copy}: the library script carries that package, and the app must not have a second copy (import it by one of ${VENDOR_PACKAGES.join(', ')})`);
      }
    },
  };
  // In the plugins' own order: after the early read's plugin has put the page's first script in.
  // `defer`: it runs in the page's order with the module scripts (deferred too), after the parse.
  const page = builtPagePlugin('outmodel-classic-vendor-page', (html, bundle) => {
    const asset = Object.values(bundle).find((file) => file.type === 'asset' && file.names.includes(ASSET_NAME));
    if (!asset) throw new Error('the build has no library script');
    return beforeEntryScript(html, `<script defer src="./${asset.fileName}"></script>`, 'the library script');
  });
  return [shims, emit, page];
}
