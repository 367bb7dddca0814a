export { main } from './main.ts';
export { commandNames, loadCommand } from './commands.ts';
