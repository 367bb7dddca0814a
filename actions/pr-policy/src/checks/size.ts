import type { Finding } from '@flow-actions/kit';
import type { GlobSet } from '@flow-actions/rules';
import type { ChangedPath } from '../changes.ts';

export interface Size {
  files: number;
  lines: number;
  /** Changed files left out of the count by size-exclude. */
  excluded: number;
}

export function sizeOf(files: readonly ChangedPath[], exclude: GlobSet): Size {
  const counted = files.filter((file) => !exclude.matches(file.path));
  return {
    files: counted.length,
    lines: counted.reduce((sum, file) => sum + file.lines, 0),
    excluded: files.length - counted.length,
  };
}

export function checkSize(
  size: Size,
  limits: { lines: number | undefined; files: number | undefined },
): Finding[] {
  const over: string[] = [];
  if (limits.lines !== undefined && size.lines > limits.lines)
    over.push(`${size.lines} changed lines (limit ${limits.lines})`);
  if (limits.files !== undefined && size.files > limits.files)
    over.push(`${size.files} changed files (limit ${limits.files})`);
  if (over.length === 0) return [];
  const excluded = size.excluded ? `, ${size.excluded} excluded by size-exclude` : '';
  return [
    {
      rule: 'pr-size',
      severity: 'error',
      message: `${over.join(' and ')}${excluded}: split the pull request into smaller ones that each make sense alone`,
    },
  ];
}
