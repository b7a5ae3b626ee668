// Reads Vitest's JSON report and prints CI's closing line, "N passed, N failed"; a failed typecheck counts as a failure.
import fs from 'node:fs';

const [reportPath, typecheckFailed = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(typecheckFailed) ? 1 : 0;
let skipped = 0;
if (Number(typecheckFailed)) console.log('typecheck: failed (see tsc output above)');
try {
  const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A file that fails to load has no tests but is a failure all the same.
  for (const file of report.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) {
      failed += 1;
      console.log(`failed to run: ${file.name}: ${String(file.message ?? '').split('\n')[0]}`);
    }
  }
  // Vitest marks the run unsuccessful on unhandled errors outside any test; CI must not print "0 failed" then.
  if (report.success === false && failed === 0) {
    failed += 1;
    console.log('unhandled error during the run (see "Unhandled Errors" above)');
  }
} catch (error) {
  console.log(`no test report at ${reportPath}: ${error instanceof Error ? error.message : error}`);
  failed += 1;
}
if (passed === 0 && failed === 0) failed = 1; // a run that ran nothing is not a pass
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
