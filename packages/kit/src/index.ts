export * from './errors.ts';
export * from './inputs.ts';
export * from './report.ts';
export * from './summary.ts';
export * from './safe-output.ts';
export * from './annotations.ts';
export * from './context.ts';
export * from './action-metadata.ts';
export * as md from './markdown.ts';
