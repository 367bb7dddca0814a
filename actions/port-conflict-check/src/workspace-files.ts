import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** A file the scan may not open; the message names the repository path only, never a target or content. */
export class ConfinementError extends Error {
  override name = 'ConfinementError';
}

/** A compose file, Dockerfile or .env bigger than this is not hand-written configuration. */
const MAX_BYTES = 16 * 1024 * 1024;

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function inGit(root: string, path: string): boolean {
  return relative(root, path).split(sep)[0] === '.git';
}

function reason(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a symlink loop';
  return code ?? 'an I/O error';
}

/**
 * Reads and writes confined to the workspace: a path (or the target of a symlink on it) outside
 * the workspace, or inside its .git, is refused, so a pull request's `include: /etc/passwd`,
 * `env_file: .git/config` or `.env -> /home/runner/...` reads nothing.
 */
export class WorkspaceFiles {
  private readonly root: string;
  private readonly realRoot: string;

  constructor(workspace: string) {
    this.root = workspace;
    this.realRoot = realpathSync(workspace);
  }

  /** The real path of a workspace file that may be read, or a ConfinementError saying why not. */
  private confined(path: string): string {
    if (!inside(this.root, path)) throw new ConfinementError('it is outside the workspace');
    if (inGit(this.root, path)) throw new ConfinementError('it is inside .git');
    let real: string;
    try {
      real = realpathSync(path);
    } catch (cause) {
      throw new ConfinementError(reason(cause));
    }
    if (!inside(this.realRoot, real))
      throw new ConfinementError('it is a symlink that leads outside the workspace');
    if (inGit(this.realRoot, real)) throw new ConfinementError('it is a symlink into .git');
    const stat = statSync(real);
    if (!stat.isFile()) throw new ConfinementError('it is not a regular file');
    if (stat.size > MAX_BYTES) throw new ConfinementError(`it is larger than ${MAX_BYTES} bytes`);
    return real;
  }

  read(path: string): string {
    const real = this.confined(path);
    try {
      return readFileSync(real, 'utf8');
    } catch (cause) {
      throw new ConfinementError(reason(cause));
    }
  }

  /** Whether something is at the path (a dangling or outside symlink counts: reading it says why not). */
  exists(path: string): boolean {
    try {
      lstatSync(path);
      return true;
    } catch {
      return false;
    }
  }

  /** Writes a regular file of the workspace; a symlink on the way is refused, never followed. */
  write(path: string, text: string): void {
    if (!inside(this.root, path)) throw new ConfinementError('it is outside the workspace');
    if (inGit(this.root, path)) throw new ConfinementError('it is inside .git');
    let dir = dirname(path);
    while (!this.exists(dir)) dir = dirname(dir);
    if (!inside(this.realRoot, realpathSync(dir)))
      throw new ConfinementError('its directory is a symlink that leads outside the workspace');
    mkdirSync(dirname(path), { recursive: true });
    let fd: number;
    try {
      // O_NOFOLLOW: a symlink at the path itself fails here instead of being written through.
      fd = openSync(
        path,
        constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      );
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new ConfinementError(code === 'ELOOP' ? 'it is a symlink' : reason(cause));
    }
    try {
      writeFileSync(fd, text);
    } finally {
      closeSync(fd);
    }
  }
}
