export * from './repo.ts';
export * from './events.ts';
export * from './github-api.ts';
export * from './docker.ts';
export * from './workflow-commands.ts';
export * from './action-runner.ts';
export * from './sample-repo.ts';
export * from './random.ts';
