/**
 * node actions/pr-checks/scripts/generate-action.ts [--check]
 * Writes actions/pr-checks/action.yml from the action.yml of each check it runs: every input of a
 * check becomes `<check>-<input>` with the check's own default (the runner applies defaults only
 * for the action a workflow calls, so the composite must supply them), passed to the check's
 * bundle as INPUT_<NAME>. `--check` fails when the committed file differs from a fresh render.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse, stringify } from 'yaml';

export const CHECKS = [
  'commit-lint',
  'spec-first-guard',
  'port-conflict-check',
  'pr-policy',
] as const;

interface InputDefinition {
  description?: string;
  required?: boolean;
  default?: unknown;
  deprecationMessage?: string;
}

export interface CheckMetadata {
  name: string;
  inputs: Record<string, InputDefinition>;
}

/** The one input every check shares instead of a prefixed copy. */
const SHARED = 'github-token';

const actionsDir = new URL('../../', import.meta.url);
const target = new URL('../action.yml', import.meta.url);

const variablePrefix = (check: string) => check.toUpperCase().replace(/-/g, '_');
const inputVariable = (input: string) => `INPUT_${input.replace(/ /g, '_').toUpperCase()}`;

function checkStep(check: string, inputs: Record<string, InputDefinition>) {
  const env: Record<string, string> = {};
  for (const input of Object.keys(inputs)) {
    env[inputVariable(input)] =
      input === SHARED ? '${{ inputs.github-token }}' : `\${{ inputs.${check}-${input} }}`;
  }
  return {
    id: check,
    if: `\${{ !cancelled() && inputs.${check} == 'true' }}`,
    shell: 'bash',
    env,
    run: [
      `dir="$RUNNER_TEMP/pr-checks/${check}"`,
      'mkdir -p "$dir"',
      '# The check writes its summary here (the file must exist); the last step combines them.',
      ': > "$dir/summary.md"',
      '# The bundle of the same release: beside this action in a release tree, inside it in a channel tree.',
      `bundle="$GITHUB_ACTION_PATH/siblings/${check}/index.js"`,
      `[ -f "$bundle" ] || bundle="$GITHUB_ACTION_PATH/../${check}/index.js"`,
      'code=0',
      'GITHUB_STEP_SUMMARY="$dir/summary.md" node "$bundle" || code=$?',
      'echo "exit-code=$code" >> "$GITHUB_OUTPUT"',
      'echo "summary=$dir/summary.md" >> "$GITHUB_OUTPUT"',
      '',
    ].join('\n'),
  };
}

// The checks' bundles are built for Node 24 (the runner's node24); the `node` on a runner's PATH
// may be older, so pr-checks sets up Node 24 when it is. Pinned like every third-party action.
const SETUP_NODE = {
  uses: 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
  version: 'v4.4.0',
};
const NODE_MAJOR = 24;

const nodeSteps = () => [
  {
    id: 'node',
    shell: 'bash',
    run: [
      `major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)`,
      `if [ "$major" -ge ${NODE_MAJOR} ]; then echo "ready=true" >> "$GITHUB_OUTPUT"; else echo "node $major on the PATH: setting up Node ${NODE_MAJOR} for the checks"; fi`,
      '',
    ].join('\n'),
  },
  {
    if: "steps.node.outputs.ready != 'true'",
    uses: SETUP_NODE.uses,
    with: { 'node-version': String(NODE_MAJOR) },
  },
];

function combineStep() {
  const env: Record<string, string> = { PR_CHECKS: CHECKS.join(',') };
  for (const check of CHECKS) {
    const prefix = variablePrefix(check);
    env[`${prefix}_ENABLED`] = `\${{ inputs.${check} }}`;
    for (const [field, output] of [
      ['EXIT_CODE', 'exit-code'],
      ['PASSED', 'passed'],
      ['REPORT', 'report'],
      ['SUMMARY', 'summary'],
    ]) {
      env[`${prefix}_${field}`] = `\${{ steps.${check}.outputs.${output} }}`;
    }
  }
  return {
    id: 'combine',
    if: '${{ !cancelled() }}',
    shell: 'bash',
    env,
    // src/combine.ts, bundled beside this action.yml by `npm run build`.
    run: 'node "$GITHUB_ACTION_PATH/combine.js"\n',
  };
}

/** action.yml text, formatted as `npm run lint` (prettier) wants it. */
export async function renderAction(checks: readonly CheckMetadata[]): Promise<string> {
  const inputs: Record<string, InputDefinition> = {};
  const outputs: Record<string, { description: string; value: string }> = {
    passed: {
      description: '`true` when every enabled check passed, else `false`.',
      value: '${{ steps.combine.outputs.passed }}',
    },
    report: {
      description:
        'Path of the combined JSON report (findings of every check, rules prefixed with the check).',
      value: '${{ steps.combine.outputs.report }}',
    },
  };
  for (const check of checks) {
    inputs[check.name] = { description: `Run ${check.name} (\`true|false\`).`, default: 'true' };
  }
  inputs[SHARED] = {
    description: 'Token the checks use to read the pull request and write comments.',
    default: '${{ github.token }}',
  };
  for (const check of checks) {
    for (const [name, input] of Object.entries(check.inputs)) {
      if (name === SHARED) continue;
      const copy: InputDefinition = {
        description: `${check.name}: ${input.description ?? name}`.trim(),
        required: false,
      };
      if (input.default !== undefined) copy.default = String(input.default);
      if (input.deprecationMessage) copy.deprecationMessage = input.deprecationMessage;
      inputs[`${check.name}-${name}`] = copy;
    }
    outputs[`${check.name}-passed`] = {
      description: `${check.name}'s \`passed\` output.`,
      value: `\${{ steps.${check.name}.outputs.passed }}`,
    };
    outputs[`${check.name}-report`] = {
      description: `${check.name}'s \`report\` output.`,
      value: `\${{ steps.${check.name}.outputs.report }}`,
    };
  }
  const document = {
    name: 'flow-actions pr-checks',
    description:
      'commit-lint, spec-first-guard, port-conflict-check and pr-policy in one step, with one summary and one verdict.',
    author: 'flow-actions',
    branding: { icon: 'check-circle', color: 'green' },
    inputs,
    outputs,
    runs: {
      using: 'composite',
      steps: [
        ...nodeSteps(),
        ...checks.map((check) => checkStep(check.name, check.inputs)),
        combineStep(),
      ],
    },
  };
  const header =
    "# Generated by actions/pr-checks/scripts/generate-action.ts from the checks' action.yml files: edit those and re-run it.\n";
  const text = (header + stringify(document, { lineWidth: 0, blockQuote: 'literal' })).replace(
    `uses: ${SETUP_NODE.uses}`,
    `uses: ${SETUP_NODE.uses} # ${SETUP_NODE.version}`,
  );
  const options = await resolveConfig(fileURLToPath(target));
  return format(text, { ...options, parser: 'yaml' });
}

/** Each check's action.yml from actions/<check>/ (or `dir`). */
export function readChecks(dir: URL = actionsDir): CheckMetadata[] {
  return CHECKS.map((name) => {
    const document = parse(readFileSync(new URL(`${name}/action.yml`, dir), 'utf8')) as {
      inputs?: Record<string, InputDefinition>;
    };
    return { name, inputs: document.inputs ?? {} };
  });
}

export function renderFromSources(dir: URL = actionsDir): Promise<string> {
  return renderAction(readChecks(dir));
}

if (import.meta.main) {
  const dir = process.argv.find((arg) => arg.startsWith('--from='))?.slice('--from='.length);
  const fresh = await renderFromSources(
    dir ? new URL(`file://${dir.replace(/\/?$/, '/')}`) : actionsDir,
  );
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== fresh) {
      console.error(
        `${fileURLToPath(target)} is out of date: run node actions/pr-checks/scripts/generate-action.ts`,
      );
      process.exitCode = 1;
    }
  } else writeFileSync(target, fresh);
}
