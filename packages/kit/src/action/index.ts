export { runAction, runPost, type ActionOptions, type Commenter } from './run-action.ts';
export { appendSummary, issueCommand, setOutput } from './runner.ts';
