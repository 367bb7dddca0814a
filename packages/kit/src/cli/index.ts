export {
  actionCommand,
  parseCliArgs,
  RANGE_OPTIONS,
  runCli,
  type CliCommand,
  type CliIO,
  type ParsedArgs,
} from './run-cli.ts';
