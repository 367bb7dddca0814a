import type { Format } from '../model.ts';

/**
 * The format of a report from its first bytes, never from its name: a coverage.xml may be
 * Cobertura or Clover, a coverage.json coverage.py's or Istanbul's.
 */
export function detectFormat(head: string): Format | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    if (/<!DOCTYPE report|<report[\s>]/.test(text)) return 'jacoco';
    if (/<coverage[^>]*\sclover=|<project[\s>]/.test(text)) return 'clover';
    if (/<coverage[\s>]/.test(text)) return 'cobertura';
    return undefined;
  }
  if (text.startsWith('{')) {
    if (/"meta"\s*:\s*\{[^}]*"version"/.test(text) || /^\{\s*"files"\s*:/.test(text))
      return 'coveragepy';
    if (/"statementMap"\s*:/.test(text) || /^\{\s*"[^"]+"\s*:\s*\{\s*"path"\s*:/.test(text))
      return 'istanbul';
    if (/"(lines|statements)"\s*:\s*\{\s*"total"\s*:/.test(text)) return 'istanbul-summary';
    return undefined;
  }
  if (/^mode: (set|count|atomic)\s/.test(text)) return 'go';
  if (/^(TN|SF|VER):/m.test(text.slice(0, 2000))) return 'lcov';
  return undefined;
}
