/**
 * The runner's variable for an input: spaces to `_`, upper case, hyphens kept. In a file of its
 * own so that an action's start does not load the YAML parser that reading action.yml needs.
 */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
