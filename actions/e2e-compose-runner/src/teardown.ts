import type { Logger, StateStore } from '@flow-actions/kit';
import {
  compose,
  composeMessage,
  detectCompose,
  type ComposeChoice,
  type ComposeProject,
} from './compose.ts';
import { engine, PROJECT_LABEL } from './docker.ts';
import { exec, failureText } from './exec.ts';

export type TeardownPolicy = 'always' | 'on-success' | 'never';
export const TEARDOWN_POLICIES: readonly TeardownPolicy[] = ['always', 'on-success', 'never'];

/** What the main step leaves for the post step (GITHUB_STATE), saved before anything starts. */
export interface SavedRun {
  project: ComposeProject;
  composeCommand: ComposeChoice;
  teardown: TeardownPolicy;
  /** down-flags, after the action's own (so a --timeout of theirs wins). */
  downFlags?: string[];
}

const RUN_KEY = 'e2e_run';
const PASSED_KEY = 'e2e_passed';

export function saveRun(state: StateStore, run: SavedRun): void {
  state.save(RUN_KEY, JSON.stringify(run));
}

/** Saved once the main step finished; a cancelled or crashed main step leaves it unset. */
export function savePassed(state: StateStore, passed: boolean): void {
  state.save(PASSED_KEY, String(passed));
}

export function loadRun(state: StateStore): { run: SavedRun | undefined; passed: boolean } {
  const saved = state.get(RUN_KEY);
  return {
    run: saved ? (JSON.parse(saved) as SavedRun) : undefined,
    passed: state.get(PASSED_KEY) === 'true',
  };
}

/** Why the stack stays up, or undefined when it goes: `on-success` keeps a failed (or cancelled) run's stack. */
export function keepReason(policy: TeardownPolicy, passed: boolean): string | undefined {
  if (policy === 'never') return 'teardown is never';
  if (policy === 'on-success' && !passed) return 'teardown is on-success and the run did not pass';
  return undefined;
}

/** `docker <kind> ls` of what carries the project's label. */
async function labelled(
  kind: 'container' | 'network' | 'volume',
  project: string,
): Promise<string[]> {
  const list = kind === 'container' ? ['ps', '-aq'] : [kind, 'ls', '-q'];
  const result = await exec('docker', [...list, '--filter', `label=${PROJECT_LABEL}=${project}`]);
  return result.code === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

/**
 * `compose down -v --remove-orphans` for the saved project, then a sweep of anything still
 * carrying its label (a compose file gone or broken since `up`, a container created while the
 * main step was being cancelled). Nothing without the project's label is touched.
 */
export async function tearDown(run: SavedRun, log: Logger): Promise<{ leftovers: string[] }> {
  const { project } = run;
  try {
    const cli = await detectCompose(run.composeCommand);
    const result = await compose(cli, project, [
      'down',
      '--volumes',
      '--remove-orphans',
      '--timeout',
      '10',
      ...(run.downFlags ?? []),
    ]);
    if (result.code === 0) log.info(`compose down removed project ${project.name}`);
    else {
      log.warning(
        `compose down failed for project ${project.name}; removing what carries its label instead:`,
      );
      log.untrusted(composeMessage(result));
    }
  } catch (error) {
    log.warning(
      `${(error as Error).message}; removing what carries the label of project ${project.name}`,
    );
  }
  const removals: [kind: 'container' | 'network' | 'volume', args: string[]][] = [
    ['container', ['rm', '--force', '--volumes']],
    ['network', ['network', 'rm']],
    ['volume', ['volume', 'rm', '--force']],
  ];
  const leftovers: string[] = [];
  for (const [kind, args] of removals) {
    const ids = await labelled(kind, project.name);
    if (ids.length === 0) continue;
    const result = await exec('docker', [...args, ...ids]);
    if (result.code === 0)
      log.info(`removed ${ids.length} leftover ${kind}(s) of project ${project.name}`);
    else leftovers.push(`${kind}s ${ids.join(' ')}: ${failureText(result)}`);
  }
  return { leftovers };
}

/** The post step (and the CLI's last act): tear down per the policy the main step saved. */
export async function tearDownSaved(state: StateStore, log: Logger): Promise<void> {
  const { run, passed } = loadRun(state);
  if (!run) {
    log.info('no compose project was started: nothing to tear down');
    return;
  }
  const reason = keepReason(run.teardown, passed);
  if (reason) {
    log.info(`keeping compose project ${run.project.name} (${reason})`);
    return;
  }
  try {
    await engine();
  } catch (error) {
    log.warning(
      `${(error as Error).message}: cannot tear down compose project ${run.project.name}`,
    );
    return;
  }
  const { leftovers } = await tearDown(run, log);
  if (leftovers.length > 0)
    throw new Error(
      `could not remove everything of project ${run.project.name}: ${leftovers.join('; ')}`,
    );
}
