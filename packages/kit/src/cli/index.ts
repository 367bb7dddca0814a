export { runCli, parseCliArgs, type CliCommand, type CliIO, type ParsedArgs } from './run-cli.ts';
