export { runAction, runPost, type ActionOptions, type Commenter } from './run-action.ts';
