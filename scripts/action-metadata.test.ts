/** Marketplace conventions for every action.yml: a unique, consistent name and a short description. */
import { describe, expect, test } from '@jest/globals';
import { listActions } from './actions.ts';

describe.each(listActions().map((action) => [action.name, action.metadata] as const))(
  '%s/action.yml',
  (name, metadata) => {
    test('is named flow-actions <folder>', () => {
      expect(metadata.name).toBe(`flow-actions ${name}`);
    });

    test('has a description of 125 characters at most (the Marketplace cuts the rest)', () => {
      expect(metadata.description?.length ?? 0).toBeGreaterThan(0);
      expect(metadata.description!.length).toBeLessThanOrEqual(125);
    });
  },
);
