import { posix } from 'node:path';
import { changedLines, fileAt, resolveRange, trackedFiles } from '@flow-actions/git';
import type { GitHubEvent } from '@flow-actions/github/event';
import {
  hasErrors,
  matchesGlob,
  sortFindings,
  UsageError,
  Workspace,
  type Finding,
  type Logger,
} from '@flow-actions/kit';
import { readBaseline } from './baseline.ts';
import { collectCoverage, type Collected } from './collect.ts';
import { DEFAULT_REPORT_GLOBS, findDefaultReports, findReports } from './discover.ts';
import { checkBaseline, checkPackages, checkPatch, checkThresholds, decreases } from './gates.ts';
import type { FileCoverage } from './model.ts';
import { groupsByDirectory, groupsOfRule } from './packages.ts';
import { patchCoverage } from './patch.ts';
import { goModulePath, PathResolver, type GoModule } from './paths.ts';
import { mostMissed, packageJson, patchJson, totalsJson, type CoverageReport } from './report.ts';
import type { Settings } from './settings.ts';
import { sumOf, totalsOf, type Totals } from './totals.ts';
import { unreportedFiles } from './unreported.ts';

export interface GateRequest {
  settings: Settings;
  workspace: string;
  event: GitHubEvent | undefined;
  log: Logger;
}

async function repositoryFiles(
  workspace: Workspace,
  log: Logger,
): Promise<{ tracked: string[]; modules: GoModule[] }> {
  let tracked: string[];
  try {
    tracked = await trackedFiles(workspace.root);
  } catch (error) {
    log.warning(
      `cannot list the repository's files (${(error as Error).message}): report paths are used as they are`,
    );
    return { tracked: [], modules: [] };
  }
  const modules: GoModule[] = [];
  for (const path of tracked.filter((file) => posix.basename(file) === 'go.mod')) {
    const text = await workspace.readText(path, { maxBytes: 1 << 20 }).catch(() => '');
    const module = goModulePath(text);
    if (module)
      modules.push({ dir: posix.dirname(path) === '.' ? '' : posix.dirname(path), module });
  }
  return { tracked, modules };
}

function pathFilter(
  include: readonly string[],
  exclude: readonly string[],
): (path: string) => boolean {
  const matches = (path: string, globs: readonly string[]) =>
    globs.some((glob) => matchesGlob(path, glob));
  return (path) => (include.length === 0 || matches(path, include)) && !matches(path, exclude);
}

function emptyReport(findings: Finding[], settings: Settings): CoverageReport {
  return {
    passed: !hasErrors(findings),
    findings,
    totals: {},
    thresholds: settings.thresholds,
    packages: [],
    patch: null,
    baseline: null,
    mostMissed: [],
    unmapped: [],
    reports: [],
  };
}

/** The patch's changed lines; or why not, when a patch threshold needs them; else undefined. */
async function changedRange(request: GateRequest) {
  const { settings, workspace, event, log } = request;
  if (!event && !settings.from) {
    if (settings.patchThreshold !== undefined) {
      throw new UsageError(
        'patch-threshold needs a range of commits: run on a pull_request or push event, or give --from',
        { input: 'patch-threshold' },
      );
    }
    return undefined;
  }
  try {
    const range = await resolveRange(workspace, {
      event,
      from: settings.from,
      to: settings.to,
      log: (message) => log.info(message),
    });
    if (!range.base) {
      const reason = `${range.source}: no base commit to compare with (no default branch to take the merge-base with)`;
      if (settings.patchThreshold !== undefined) return { unmeasured: reason };
      log.info(`${reason}, patch coverage is not measured`);
      return undefined;
    }
    return {
      range: { base: range.base, head: range.head, source: range.source },
      lines: await changedLines(workspace, range.base, range.head),
    };
  } catch (error) {
    if (settings.patchThreshold !== undefined) throw error;
    log.info(`patch coverage is not measured: ${(error as Error).message}`);
    return undefined;
  }
}

/** Patch coverage and its findings; null when the event gives no range to measure. */
async function measurePatch(
  request: GateRequest,
  files: ReadonlyMap<string, FileCoverage>,
  accept: (path: string) => boolean,
  findings: Finding[],
): Promise<CoverageReport['patch']> {
  const { settings, workspace } = request;
  const changed = await changedRange(request);
  if (!changed) return null;
  if ('unmeasured' in changed) {
    findings.push({
      rule: 'patch-threshold',
      severity: 'error',
      message: `patch-threshold is set but ${changed.unmeasured}: patch coverage cannot be measured, so the gate fails`,
    });
    return null;
  }
  const unreported =
    settings.unreportedFiles === 'uncovered'
      ? await unreportedFiles(changed.lines, files, accept, (path) =>
          fileAt(workspace, changed.range.head, path),
        )
      : new Map<string, FileCoverage>();
  const measured = patchCoverage(changed.lines, files, accept, unreported);
  findings.push(...checkPatch(measured, settings.patchThreshold, settings.annotate));
  return patchJson(measured, changed.range, settings.patchThreshold);
}

async function compareBaseline(
  request: GateRequest,
  totals: Totals,
  findings: Finding[],
): Promise<CoverageReport['baseline']> {
  const { settings, workspace } = request;
  if (!settings.baseline) return null;
  const deltas = decreases(totals, await readBaseline(new Workspace(workspace), settings.baseline));
  findings.push(...checkBaseline(deltas, settings.maxDecrease));
  return { file: settings.baseline, deltas };
}

function unmappedFinding(unmapped: Collected['unmapped']): Finding[] {
  if (unmapped.length === 0) return [];
  const shown = unmapped.slice(0, 3).map((entry) => entry.path);
  return [
    {
      rule: 'unmapped',
      severity: 'warning',
      message: `${unmapped.length} report path(s) match no file of the repository (counted as written): ${shown.join(', ')}${unmapped.length > 3 ? ', …' : ''}`,
    },
  ];
}

/** The reports the settings name (or auto-discovery finds), parsed and merged; or the report saying none. */
async function gatherReports(
  request: GateRequest,
): Promise<{ collected: Collected; missing: Finding[] } | CoverageReport> {
  const { settings, workspace } = request;
  const severity = settings.ifNoReports === 'warn' ? 'warning' : 'error';
  const found = settings.reports.length
    ? await findReports(workspace, settings.reports)
    : { files: await findDefaultReports(workspace), unmatched: [] };
  // a glob that finds nothing is a language or a shard gone missing, even when others found reports
  const missing: Finding[] = found.unmatched.map((glob) => ({
    rule: 'no-reports',
    severity,
    message: `reports: ${glob} matches no file`,
  }));
  if (found.files.length === 0) {
    if (settings.reports.length) return emptyReport(missing, settings);
    const message = `no coverage report found at the usual paths (${DEFAULT_REPORT_GLOBS.slice(0, 4).join(', ')}, …)`;
    return emptyReport([{ rule: 'no-reports', severity, message }], settings);
  }
  if (settings.reports.length === 0) {
    const names = found.files.map((file) => posix.relative(workspace, file));
    request.log.info(`reports: auto took ${names.join(', ')} (files git does not track)`);
  }
  // git lists the repository's files while the reports parse
  const resolver = repositoryFiles(new Workspace(workspace), request.log).then(
    ({ tracked, modules }) => new PathResolver(workspace, tracked, modules),
  );
  const collected = await collectCoverage(
    workspace,
    found.files,
    settings.format,
    resolver,
    settings.reports.length === 0,
  );
  if (collected.reports.length === 0) {
    const message = `auto-discovery found no coverage report, only other files: ${collected.skipped.join(', ')}`;
    return emptyReport(
      [{ rule: 'no-reports', severity, message }, ...skippedFindings(collected)],
      settings,
    );
  }
  return { collected, missing };
}

function skippedFindings(collected: Collected): Finding[] {
  return collected.skipped.map((file) => ({
    rule: 'not-a-report',
    severity: 'notice',
    message: `${file} holds no coverage report this action reads: skipped`,
    file,
  }));
}

/** Everything the action does between reading its inputs and publishing: the gate's core. */
export async function gateCoverage(request: GateRequest): Promise<CoverageReport> {
  const { settings } = request;
  const gathered = await gatherReports(request);
  if (!('collected' in gathered)) return gathered;
  const { collected, missing } = gathered;
  const accept = pathFilter(settings.include, settings.exclude);
  const filtered = settings.include.length > 0 || settings.exclude.length > 0;
  const files = filtered ? new Map<string, FileCoverage>() : collected.files;
  if (filtered)
    for (const [path, coverage] of collected.files) if (accept(path)) files.set(path, coverage);
  if (files.size === 0) {
    throw new UsageError(
      `include/exclude leave none of the ${collected.files.size} covered files`,
      { input: 'include' },
    );
  }
  const groups = settings.packageRules.length
    ? settings.packageRules.flatMap((rule) => groupsOfRule(rule, files.values()))
    : groupsByDirectory(files.values());
  // directories hold each file once: their sum is the total (rules' groups may overlap)
  const totals = settings.packageRules.length
    ? totalsOf(files.values())
    : sumOf(groups.map((group) => group.totals));
  const findings: Finding[] = [
    ...missing,
    ...skippedFindings(collected),
    ...checkThresholds(totals, settings.thresholds, 'threshold', 'total'),
  ];
  findings.push(
    ...checkPackages(
      groups,
      settings.packageRules.map((rule) => rule.glob),
    ),
  );
  const patch = await measurePatch(request, files, accept, findings);
  const baseline = await compareBaseline(request, totals, findings);
  const unmapped = collected.unmapped.filter((entry) => accept(entry.path));
  findings.push(...unmappedFinding(unmapped));
  return {
    passed: !hasErrors(findings),
    findings: sortFindings(findings),
    totals: totalsJson(totals),
    thresholds: settings.thresholds,
    packages: groups.map(packageJson),
    patch,
    baseline,
    mostMissed: mostMissed(files.values(), 10),
    unmapped,
    reports: collected.reports,
  };
}
