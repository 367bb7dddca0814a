export * from './event.ts';
export * from './client.ts';
export * from './sticky-comment.ts';
