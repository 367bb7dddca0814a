// The runner harness moved to @flow-actions/testing; kept so existing imports work.
export {
  annotations,
  distDir,
  FAKE_TOKEN,
  parseFileCommands,
  parseWorkflowCommands,
  runActionStep as runAction,
  runPostStep as runPost,
  startStep,
  type RunOptions,
  type RunResult,
  type StartedStep,
  type WorkflowCommand,
} from '@flow-actions/testing';
