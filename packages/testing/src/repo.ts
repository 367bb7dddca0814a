import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface CommitOptions {
  author?: string;
  email?: string;
  /** Seconds since the epoch; commits get increasing dates by default so order is stable. */
  date?: number;
}

/** A throwaway git repository with helpers to write files and commit them. */
export class TempRepo {
  readonly dir: string;
  private clock = 1_700_000_000;

  constructor(dir: string) {
    this.dir = dir;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  }

  /** Write files (path → content; null deletes) relative to the repository root. */
  write(files: Record<string, string | null>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    return this;
  }

  /** Write the files, stage everything and commit with the exact message; returns the SHA. */
  commit(
    message: string,
    files: Record<string, string | null> = {},
    options: CommitOptions = {},
  ): string {
    this.write(files);
    this.git('add', '-A');
    const date = `${options.date ?? (this.clock += 60)} +0000`;
    execFileSync(
      'git',
      [
        'commit',
        '--allow-empty',
        '--allow-empty-message',
        '--no-verify',
        '--cleanup=verbatim',
        '-q',
        '-F',
        '-',
      ],
      {
        cwd: this.dir,
        input: message,
        env: {
          ...process.env,
          GIT_CONFIG_NOSYSTEM: '1',
          GIT_CONFIG_GLOBAL: '/dev/null',
          GIT_AUTHOR_NAME: options.author ?? 'Ada Lovelace',
          GIT_AUTHOR_EMAIL: options.email ?? 'ada@example.com',
          GIT_COMMITTER_NAME: options.author ?? 'Ada Lovelace',
          GIT_COMMITTER_EMAIL: options.email ?? 'ada@example.com',
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      },
    );
    return this.head();
  }

  head(rev = 'HEAD'): string {
    return this.git('rev-parse', rev);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A new repository on branch `main` in a temporary directory. */
export function tempRepo(prefix = 'flow-repo-'): TempRepo {
  const repo = new TempRepo(mkdtempSync(join(tmpdir(), prefix)));
  repo.git('init', '-q', '-b', 'main');
  repo.git('config', 'user.name', 'Ada Lovelace');
  repo.git('config', 'user.email', 'ada@example.com');
  repo.git('config', 'commit.gpgsign', 'false');
  return repo;
}

/**
 * A shallow clone of `origin` as actions/checkout makes it (`git clone --depth N file://...`),
 * with `origin` as its remote so missing history can be fetched.
 */
export function shallowClone(origin: TempRepo, depth: number, branch = 'main'): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'flow-clone-'));
  execFileSync('git', [
    'clone',
    '-q',
    `--depth=${depth}`,
    '--branch',
    branch,
    `file://${origin.dir}`,
    dir,
  ]);
  return new TempRepo(dir);
}
