#!/usr/bin/env node
// `npm run notices`: writes docs/third-party-notices.md, the licences of everything the packaged
// app carries that others made. `node scripts/notices.mjs --check` writes nothing and exits 1
// when the committed file is out of date (pack:check runs it).
//
// What is bundled is read from the production builds themselves, built here in memory with the
// project's own Vite configs (renderer, main, preload): rollup-plugin-license collects every
// npm package whose code ends up in a bundle, with its licence and notice files, and the
// emitted assets (the fonts, the chime) are traced back to the package or file they came from.
// Electron and Chromium ship their own licence files beside the app (LICENSE.electron.txt,
// LICENSES.chromium.html), which electron-builder copies into every package.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import license from 'rollup-plugin-license';
import { build, createBuilder, runnerImport } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const NOTICES_FILE = path.join(ROOT, 'docs', 'third-party-notices.md');
const OWN_PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** Files of the app's own making that a bundle may emit as assets, and where they come from. */
const OWN_ASSETS = {
  'assets/sounds/chime.wav': 'The end-of-phase chime: synthesised for Outmodel by scripts/make-chime.mjs; part of Outmodel, under its own licence.',
};

/** name@version → { package info, bundles it is in } */
const found = new Map();
/** Assets of our own that ended up in a bundle. */
const ownAssets = new Set();

function record(bundle, info) {
  const key = `${info.name}@${info.version}`;
  const entry = found.get(key) ?? { ...info, bundles: new Set() };
  entry.bundles.add(bundle);
  for (const field of ['licenseText', 'noticeText']) if (!entry[field] && info[field]) entry[field] = info[field];
  found.set(key, entry);
}

/** rollup-plugin-license, reporting what it finds in one bundle. */
function licenses(bundle) {
  return license({
    thirdParty: {
      includePrivate: false,
      output: (dependencies) => {
        for (const dependency of dependencies) {
          record(bundle, {
            name: dependency.name,
            version: dependency.version,
            license: dependency.license,
            licenseText: dependency.licenseText,
            noticeText: dependency.noticeText,
            homepage: dependency.homepage,
            repository: typeof dependency.repository === 'string' ? dependency.repository : dependency.repository?.url,
          });
        }
      },
    },
  });
}

function readText(dir, pattern) {
  const name = readdirSync(dir).find((file) => pattern.test(file));
  return name ? readFileSync(path.join(dir, name), 'utf8') : undefined;
}

/** The package an emitted asset came from (fonts), or our own file it is (the chime). */
function traceAsset(bundle, originalFileName, fromDir) {
  const file = path.resolve(fromDir, originalFileName);
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  if (!relative.includes('node_modules/')) {
    // The notices themselves, should the renderer ship them for Help → About.
    if (relative === 'docs/third-party-notices.md') return;
    if (OWN_ASSETS[relative]) ownAssets.add(relative);
    else if (!/\.html$/.test(relative)) throw new Error(`${bundle} emits ${relative}, which the notices do not account for: add it to OWN_ASSETS in scripts/notices.mjs`);
    return;
  }
  let dir = path.dirname(file);
  while (dir.startsWith(ROOT) && !existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  record(bundle, {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license,
    licenseText: readText(dir, /^licen[cs]e/i),
    noticeText: readText(dir, /^notice/i),
    homepage: pkg.homepage,
    repository: typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url,
  });
}

function traceAssets(bundle, outputs, fromDir) {
  for (const output of outputs) {
    for (const file of output.output) {
      if (file.type !== 'asset') continue;
      for (const original of file.originalFileNames ?? []) traceAsset(bundle, original, fromDir);
    }
  }
}

async function collect() {
  const renderer = await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    configLoader: 'runner',
    logLevel: 'silent',
    build: { write: false },
    plugins: [licenses('renderer')],
  });
  // The renderer's root is renderer/: asset names are relative to it.
  traceAssets('renderer', Array.isArray(renderer) ? renderer : [renderer], path.join(ROOT, 'renderer'));
  // The renderer's libraries are built apart, into the page's classic script (its own build).
  const { module: vendor } = await runnerImport(path.join(ROOT, 'scripts/lib/classic-vendor.ts'));
  await vendor.buildVendor(path.join(ROOT, 'renderer'), [licenses('renderer')]);

  const bundles = ['main', 'preload'];
  const builder = await createBuilder({
    configFile: path.join(ROOT, 'vite.electron.config.ts'),
    logLevel: 'silent',
    build: { write: false },
    // One instance of the plugin per environment, so each reports its own bundle.
    plugins: bundles.map((name) => ({ ...licenses(name), name: `licenses-${name}`, applyToEnvironment: (environment) => environment.name === name })),
  });
  for (const name of bundles) {
    const environment = builder.environments[name];
    if (!environment) throw new Error(`vite.electron.config.ts has no '${name}' environment`);
    const output = await builder.build(environment);
    traceAssets(name, Array.isArray(output) ? output : [output], ROOT);
  }
}

function fence(text) {
  const body = text.replace(/\r\n/g, '\n').trim();
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${body}\n${ticks}`;
}

function render() {
  const packages = [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const missing = packages.filter((entry) => !entry.licenseText && !entry.license);
  if (missing.length) throw new Error(`No licence found for ${missing.map((entry) => entry.name).join(', ')}`);
  const where = (entry) => [...entry.bundles].sort().join(', ');
  const lines = [
    '# Third-party notices',
    '',
    `${OWN_PACKAGE.productName} ${OWN_PACKAGE.version} is released under the ${OWN_PACKAGE.license} licence. It includes the software and`,
    'assets listed below, each under its own licence, reproduced here as it ships with the package.',
    '',
    'This file is generated by `npm run notices` from the production builds (rollup-plugin-license',
    'lists every package bundled into the renderer, main and preload); do not edit it by hand.',
    '',
    '## Electron and Chromium',
    '',
    'Outmodel runs on Electron (MIT licence), which includes Chromium, Node.js and their',
    'dependencies. Their licences ship beside the app, in `LICENSE.electron.txt` and',
    '`LICENSES.chromium.html` in the installation folder.',
    '',
    '## Outmodel’s own assets',
    '',
    ...[...ownAssets].sort().map((asset) => `- \`${asset}\`: ${OWN_ASSETS[asset]}`),
    '',
    '## Bundled packages',
    '',
    '| Package | Version | Licence | In |',
    '| --- | --- | --- | --- |',
    ...packages.map((entry) => `| ${entry.name} | ${entry.version} | ${entry.license ?? 'see below'} | ${where(entry)} |`),
    '',
  ];
  for (const entry of packages) {
    lines.push(`### ${entry.name} ${entry.version}`, '');
    lines.push(`Licence: ${entry.license ?? 'see the text below'}.`);
    const source = entry.repository ?? entry.homepage;
    if (source) lines.push(`Source: ${String(source).replace(/^git\+/, '')}`);
    lines.push('');
    if (entry.licenseText) lines.push(fence(entry.licenseText), '');
    else lines.push(`The package ships no licence file; it declares the ${entry.license} licence.`, '');
    if (entry.noticeText) lines.push('Notice:', '', fence(entry.noticeText), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

await collect();
const text = render();
if (process.argv.includes('--check')) {
  const current = existsSync(NOTICES_FILE) ? readFileSync(NOTICES_FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`notices: ${path.relative(ROOT, NOTICES_FILE)} is out of date with what the app bundles: run \`npm run notices\` and commit it.`);
    process.exit(1);
  }
  console.log(`notices: ${path.relative(ROOT, NOTICES_FILE)} is up to date (${found.size} packages).`);
} else {
  writeFileSync(NOTICES_FILE, text);
  console.log(`notices: wrote ${path.relative(ROOT, NOTICES_FILE)} (${found.size} packages, ${ownAssets.size} own asset(s)).`);
}
