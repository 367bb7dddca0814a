import * as fs from 'node:fs';
import { promisify } from 'node:util';

/*
 * The promise forms of the node:fs calls kit makes, made from its callback API. Importing
 * node:fs/promises loads readline, the REPL's history and the file watchers with it: about 1.5 ms
 * of every action's start, for these few calls.
 */
export const open = promisify(fs.open);
export const close = promisify(fs.close);
export const fstat = promisify(fs.fstat);
export const read = promisify(fs.read);
export const writeFile = promisify(fs.writeFile);
export const rename = promisify(fs.rename);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const readdir = promisify(fs.readdir);
