export { nearestName, parseCliArgs, type ParsedArgs } from './args.ts';
export {
  actionCommand,
  inertJson,
  RANGE_OPTIONS,
  runCli,
  type CliCommand,
  type CliIO,
} from './run-cli.ts';
