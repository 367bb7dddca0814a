import { matchesGlob } from '@flow-actions/kit';
import type { FileCoverage } from './model.ts';
import { lastSlash } from './paths.ts';
import type { PackageRule, Thresholds } from './thresholds.ts';
import { totalsOf, type Totals } from './totals.ts';

export interface PackageGroup {
  name: string;
  /** The rule's glob, when a package-thresholds rule made the group. */
  glob?: string;
  thresholds?: Thresholds;
  files: FileCoverage[];
  totals: Totals;
}

/**
 * The groups a rule makes: `services/*-py/**` makes one group per service (the segments before
 * the first `**` name it); a glob without `**` is one group.
 */
export function groupsOfRule(rule: PackageRule, files: Iterable<FileCoverage>): PackageGroup[] {
  const segments = rule.glob.split('/');
  const depth = segments.findIndex((segment) => segment.includes('**'));
  const groups = new Map<string, FileCoverage[]>();
  for (const file of files) {
    if (!matchesGlob(file.path, rule.glob)) continue;
    const name = depth > 0 ? file.path.split('/').slice(0, depth).join('/') : rule.glob;
    const list = groups.get(name);
    if (list) list.push(file);
    else groups.set(name, [file]);
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => ({
      name,
      glob: rule.glob,
      thresholds: rule.thresholds,
      files: list,
      totals: totalsOf(list),
    }));
}

/**
 * Without rules, packages are directories, as coverage tools' own tables group files. Each
 * file's counters are added to its group's totals as it is grouped: one pass over the files.
 */
export function groupsByDirectory(files: Iterable<FileCoverage>): PackageGroup[] {
  const groups = new Map<string, PackageGroup>();
  let group: PackageGroup | undefined;
  for (const file of files) {
    const path = file.path;
    const slash = lastSlash(path);
    // reports list a directory's files together: most files join the previous one's group
    const name = group?.name;
    const same = slash === -1 ? name === '.' : slash === name?.length && path.startsWith(name);
    if (!same) {
      const directory = slash === -1 ? '.' : path.slice(0, slash);
      group = groups.get(directory);
      if (!group) groups.set(directory, (group = { name: directory, files: [], totals: {} }));
    }
    group!.files.push(file);
    file.addTo(group!.totals);
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}
