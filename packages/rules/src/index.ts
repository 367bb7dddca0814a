export * from './globs.ts';
export * from './companion.ts';
export * from './evaluate.ts';
export * from './presets.ts';
export * from './input.ts';
