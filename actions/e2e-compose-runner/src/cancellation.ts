/**
 * The runner cancels a step with SIGINT, then SIGTERM. Instead of dying mid-`compose up`, the
 * run aborts: child processes are killed, the run ends with a "cancelled" error, and the post
 * step (or the CLI) tears the stack down.
 */
export class Cancelled extends Error {
  override name = 'Cancelled';
}

export function cancelOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals) =>
    controller.abort(new Cancelled(`cancelled by ${name}`));
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  for (const name of signals) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of signals) process.off(name, onSignal);
    },
  };
}
