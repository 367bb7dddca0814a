/**
 * A commit message file as git leaves it for the commit-msg hook, cleaned as git's default
 * `--cleanup=strip` does: everything from the scissors line on and `#` comment lines dropped,
 * trailing white space and surplus blank lines removed.
 */
export function cleanMessage(text: string, commentChar = '#'): string {
  const lines = text.split(/\r?\n/);
  const scissors = lines.findIndex(
    (line) => line === `${commentChar} ------------------------ >8 ------------------------`,
  );
  const kept = (scissors === -1 ? lines : lines.slice(0, scissors))
    .filter((line) => !line.startsWith(commentChar))
    .map((line) => line.trimEnd());
  const collapsed: string[] = [];
  for (const line of kept) {
    if (line === '' && (collapsed.length === 0 || collapsed.at(-1) === '')) continue;
    collapsed.push(line);
  }
  while (collapsed.at(-1) === '') collapsed.pop();
  return collapsed.length ? `${collapsed.join('\n')}\n` : '';
}
