export * from './repo.ts';
export * from './events.ts';
export * from './github-api.ts';
export * from './docker.ts';
export * from './workflow-commands.ts';
