import { readdirSync, readFileSync } from 'node:fs';
import { randomHex } from '@flow-actions/kit';

/**
 * Everything a command started, found again after it has left its process group: a child that
 * ran `setsid` (or double-forked) is in a session of its own, reparented to init, and still
 * holds the command's output pipes. Like Jenkins' ProcessTreeKiller, the command's environment
 * carries a marker that every descendant inherits; the members of its process group and of its
 * session are matched too, for a child that cleared its environment but stayed in either.
 */
export const TREE_MARKER = 'FLOW_E2E_PROCESS_TREE';

export function newTreeMarker(): string {
  return randomHex(12);
}

/** State, process group and session of a process, from /proc/<pid>/stat (fields 3, 5 and 6). */
function statOf(pid: string): { state: string; group: number; session: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces and ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, group: Number(fields[2]), session: Number(fields[3]) };
  } catch {
    return undefined;
  }
}

function carriesMarker(pid: string, entry: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(entry);
  } catch {
    return false;
  }
}

/**
 * The pids of the tree rooted at `leader` (a process started detached: it leads its own group
 * and session): same group, same session, or the marker in the environment. Empty where there
 * is no /proc (macOS): there only the process group is signalled.
 */
export function treeMembers(leader: number, marker: string): number[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  const entry = `${TREE_MARKER}=${marker}`;
  return pids
    .filter((pid) => Number(pid) !== process.pid)
    .filter((pid) => {
      const stat = statOf(pid);
      if (!stat || stat.state === 'Z') return false; // gone, or dead and waiting to be reaped
      return stat.group === leader || stat.session === leader || carriesMarker(pid, entry);
    })
    .map(Number);
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** Rounds of SIGKILL: a member that forked between a sweep's reading and its kill is found next round. */
const KILL_ROUNDS = 20;

/** Signal the group of `leader`, then every other member of its tree (see treeMembers). */
export function signalTree(leader: number, marker: string, name: NodeJS.Signals): void {
  signal(-leader, name);
  for (let round = 0; round < (name === 'SIGKILL' ? KILL_ROUNDS : 1); round++) {
    const members = treeMembers(leader, marker);
    if (members.length === 0) return;
    for (const pid of members) signal(pid, name);
  }
}
