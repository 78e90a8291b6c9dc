// Sums the unit/component (Vitest) and browser (Playwright) results, plus lint and type check
// as one check each, into the closing line CI is read by.
import { existsSync, readFileSync } from 'node:fs';

const [lintRc, checkRc] = process.argv.slice(2).map(Number);
let passed = 0;
let failed = 0;

function read(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
}

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	// a file that failed to load has no tests but must still count
	failed += unit.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0
	).length;
} else failed += 1;

const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats.expected;
	failed += e2e.stats.unexpected + e2e.stats.flaky;
} else failed += 1;

for (const rc of [lintRc, checkRc]) {
	if (rc === 0) passed++;
	else failed++;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
