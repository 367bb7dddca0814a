// The last step of pr-checks: one verdict, one summary and one JSON report from the checks it ran.
// Plain JavaScript read by `node -` from the step's script (a composite action ships no other
// file): scripts/generate-action.ts inlines it into action.yml. Everything comes in through env.
import { Buffer } from 'node:buffer';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The checks, in order, as scripts/generate-action.ts lists them.
const CHECKS = (process.env.PR_CHECKS ?? '').split(',').filter(Boolean);
if (!CHECKS.length) {
  console.log('::error title=pr-checks::no checks listed in PR_CHECKS: nothing was checked');
  process.exit(1);
}
// GitHub rejects a step summary over 1 MiB; the checks' own summaries share what is left.
const SUMMARY_LIMIT = 1024 * 1024 - 4096;

const env = process.env;
const variable = (name, field) => env[`${name.toUpperCase().replace(/-/g, '_')}_${field}`] ?? '';

function readJson(path) {
  try {
    return path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
}

function resultOf(name) {
  const enabled = variable(name, 'ENABLED');
  if (enabled !== 'true' && enabled !== 'false') {
    return {
      name,
      status: 'error',
      problem: `input '${name}' must be true or false, got '${enabled}'`,
      findings: [],
    };
  }
  if (enabled === 'false') return { name, status: 'skipped', findings: [] };
  const exitCode = variable(name, 'EXIT_CODE');
  const report = readJson(variable(name, 'REPORT'));
  const findings = Array.isArray(report?.findings) ? report.findings : [];
  // Fail closed: a check that did not run, crashed or left no verdict has not passed.
  const passed = exitCode === '0' && variable(name, 'PASSED') === 'true' && report?.passed === true;
  const problem = exitCode === '' ? 'did not run' : passed ? '' : `exit code ${exitCode}`;
  return {
    name,
    status: passed ? 'passed' : 'failed',
    problem,
    exitCode,
    reportPath: variable(name, 'REPORT'),
    findings,
  };
}

const count = (findings, severity) =>
  findings.filter((finding) => finding.severity === severity).length;
const icon = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '➖ skipped',
  error: '❌ invalid input',
};

const results = CHECKS.map(resultOf);
const passed = results.every((result) => result.status === 'passed' || result.status === 'skipped');

const lines = [
  `## PR checks: ${passed ? '✅ passed' : '❌ failed'}`,
  '',
  '| Check | Result | Errors | Warnings |',
  '| --- | --- | --- | --- |',
];
for (const result of results) {
  const detail =
    result.status === 'failed' || result.status === 'error' ? ` (${result.problem})` : '';
  lines.push(
    `| ${result.name} | ${icon[result.status]}${detail} | ${count(result.findings, 'error')} | ${count(result.findings, 'warning')} |`,
  );
}
let summary = `${lines.join('\n')}\n`;
for (const result of results) {
  const own = variable(result.name, 'SUMMARY');
  const text = own && existsSync(own) ? readFileSync(own, 'utf8').trim() : '';
  if (!text) continue;
  const section = `\n${text}\n`;
  summary +=
    Buffer.byteLength(summary) + Buffer.byteLength(section) <= SUMMARY_LIMIT
      ? section
      : `\n_${result.name}: its summary does not fit in the step summary; see its report._\n`;
}
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary);

const dir = join(env.RUNNER_TEMP || '.', 'pr-checks');
mkdirSync(dir, { recursive: true });
const reportPath = join(dir, 'report.json');
const report = {
  passed,
  checks: results.map(({ findings, ...result }) => ({ ...result, findings: findings.length })),
  findings: results.flatMap((result) =>
    result.findings.map((finding) => ({ ...finding, rule: `${result.name}/${finding.rule}` })),
  ),
};
writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
if (env.GITHUB_OUTPUT)
  appendFileSync(env.GITHUB_OUTPUT, `passed=${passed}\nreport=${reportPath}\n`);

// Workflow-command escaping: an input value in a message cannot start a command of its own.
const escape = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const failed = results.filter((result) => result.status === 'failed' || result.status === 'error');
if (failed.length) {
  console.log(
    `::error title=pr-checks::${escape(failed.map((result) => `${result.name} ${result.problem}`).join('; '))}`,
  );
  process.exitCode = 1;
} else
  console.log(
    `pr-checks passed: ${results.map((result) => `${result.name} ${result.status}`).join(', ')}`,
  );
