// Writes vitest's totals to .test-results/vitest.json for scripts/test-all.mjs, which adds them to
// the one `N passed, N failed` line of `npm test`. vitest's own printed summary is never parsed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, SerializedError, TestModule, TestRunEndReason, Vitest } from 'vitest/node';

export interface VitestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Test files that failed outside any test (syntax or import error, a failing hook). */
  brokenModules: string[];
  /** Errors vitest caught outside the tests; they fail the run, so each counts as a failure. */
  unhandledErrors: number;
  reason: TestRunEndReason;
}

export function summarise(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError> = [],
  reason: TestRunEndReason = 'passed',
): VitestSummary {
  const summary: VitestSummary = { passed: 0, failed: 0, skipped: 0, brokenModules: [], unhandledErrors: unhandledErrors.length, reason };
  for (const module of testModules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') summary.passed++;
      else if (state === 'skipped') summary.skipped++;
      else failedHere++; // 'failed', or 'pending': collected but never finished
    }
    // A module that failed without a failing test (it did not load, or a hook threw) still
    // counts as one failure, so a broken file can never pass as "0 failed".
    const moduleFailed = module.state() === 'failed' || module.errors().length > 0;
    if (moduleFailed && failedHere === 0) {
      failedHere = 1;
      summary.brokenModules.push(module.relativeModuleId);
    }
    summary.failed += failedHere;
  }
  summary.failed += summary.unhandledErrors;
  // An interrupted run that recorded no failure has still not passed.
  if (reason !== 'passed' && summary.failed === 0) summary.failed = 1;
  return summary;
}

export default class CiSummaryReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const summary = summarise(testModules, unhandledErrors, reason);
    const dir = join(this.root, '.test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'vitest.json'), `${JSON.stringify(summary, null, 2)}\n`);
    const broken = summary.brokenModules.length ? ` (${summary.brokenModules.length} test file(s) failed outside their tests: ${summary.brokenModules.join(', ')})` : '';
    console.log(`vitest: ${summary.passed} passed, ${summary.failed} failed${broken}`);
  }
}
