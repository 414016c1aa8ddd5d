// Prints "N passed, N failed" from vitest's JSON report. When the report is missing (type-check
// or lint failed before vitest ran), the failing step counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, stepStatus] = process.argv.slice(2);
const failedStep = Number(stepStatus ?? '0') !== 0;

if (!reportPath || !existsSync(reportPath)) {
  console.log(`0 passed, ${failedStep ? 1 : 0} failed`);
  process.exit(failedStep ? 1 : 0);
}

const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const brokenSuites = (report.testResults ?? []).filter(
  (suite) => suite.status === 'failed' && (suite.assertionResults ?? []).length === 0,
).length;
const total = failed + brokenSuites + (failedStep && failed + brokenSuites === 0 ? 1 : 0);
console.log(`${passed} passed, ${total} failed`);
process.exit(total > 0 || passed === 0 ? 1 : 0);
