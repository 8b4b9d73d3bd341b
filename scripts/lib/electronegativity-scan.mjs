// One Electronegativity scan, run by scripts/audit.mjs in a child process of its own:
//   node --import ./offline-guard.mjs electronegativity-scan.mjs '<request as JSON>'
// where the request is { input, csv, report, electronVersion, excludedChecks }.
//
// It calls the tool's runner with the options its CLI would pass (-i input, -o file.csv, -r,
// -e version, -x checks), so the findings land in the CSV as they would from the CLI. It also
// writes `report`, a JSON file with what the CSV leaves out: how many checks ran, how many findings
// the runner returned (to check the CSV against), and the files it could not parse, whose checks
// therefore did not run (the CLI prints those only without -o).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');

const { input, csv, report, electronVersion, excludedChecks } = JSON.parse(process.argv[2] ?? '{}');
if (!input || !csv || !report || !electronVersion) {
  console.error('electronegativity-scan: expected {"input", "csv", "report", "electronVersion"} as its argument');
  process.exit(2);
}

const result = await run({
  input,
  output: csv,
  isSarif: false,
  isRelative: true,
  // The runner's name for the CLI's -e (its README's `electronVersion` is not read).
  electronVersionOverride: electronVersion,
  customScan: [],
  excludeFromScan: excludedChecks ?? [],
});

writeFileSync(
  report,
  JSON.stringify({
    globalChecks: result.globalChecks,
    atomicChecks: result.atomicChecks,
    findings: result.issues.length,
    errors: result.errors.map(({ file, message, tolerable }) => ({ file, message: String(message), tolerable: Boolean(tolerable) })),
  }),
);
// The runner writes the CSV with fs.writeFile and does not wait for it: the process ends only
// once that write is done, so the caller reads the CSV after this process has exited.
