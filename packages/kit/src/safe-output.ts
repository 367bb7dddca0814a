import { randomHex } from './random.ts';

/**
 * The runner reads any stdout line that starts with "::" (after leading white space, and lines
 * are also split at a bare CR) or "##[" as a workflow command. Untrusted text that could contain
 * one is fenced with `::stop-commands::<token>` ... `::<token>::`, with a fresh random token, so
 * the runner ignores every command inside and the text cannot guess the token that ends it.
 */
const COMMAND_LIKE = /::|##\[/;

export function newStopToken(): string {
  return `flow-${randomHex(16)}`;
}

export function fenceUntrusted(text: string, token: string = newStopToken()): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  if (!COMMAND_LIKE.test(text)) return body;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}

/** Escaping for the message part of a workflow command (what @actions/core does too). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a property of a workflow command (file, title). */
export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Where an action prints; `untrusted` fences text the runner must not interpret. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Print text from outside (commit messages, logs, file contents) verbatim and inert. */
  untrusted(text: string): void;
  debug(message: string): void;
}

/** A logger that writes to a stream, fencing untrusted text when running under Actions. */
export function streamLogger(
  write: (text: string) => void,
  options: { fence: boolean; debug?: boolean },
): Logger {
  return {
    info: (message) => write(options.fence ? fenceUntrusted(message) : `${message}\n`),
    warning: (message) =>
      write(options.fence ? fenceUntrusted(`warning: ${message}`) : `warning: ${message}\n`),
    untrusted: (text) =>
      write(options.fence ? fenceUntrusted(text) : text.endsWith('\n') ? text : `${text}\n`),
    debug: (message) => {
      if (options.debug) write(options.fence ? fenceUntrusted(message) : `${message}\n`);
    },
  };
}

export const silentLogger: Logger = { info() {}, warning() {}, untrusted() {}, debug() {} };
