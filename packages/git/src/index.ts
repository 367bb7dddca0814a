export * from './exec.ts';
export * from './commits.ts';
export * from './diff.ts';
export * from './range.ts';
export * from './range-commits.ts';
export * from './blobs.ts';
export * from './added-lines.ts';
