export { safeFileName, toPosix, type ConfinedPath, type PathOptions } from './paths.ts';
export { DEFAULT_MAX_BYTES, formatBytes, type ReadOptions } from './read.ts';
export { walkFilesSync, type WalkOptions } from './walk.ts';
export {
  Workspace,
  workspaceOf,
  type DirEntry,
  type EntryKind,
  type FileInfo,
} from './workspace.ts';
