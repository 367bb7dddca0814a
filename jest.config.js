// Jest runs our TypeScript as native ESM (node --experimental-vm-modules, set by scripts/test.ts):
// @swc/jest strips types and keeps `import`, and ESM-only dependencies load untransformed.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { target: 'es2023', parser: { syntax: 'typescript' } }, sourceMaps: 'inline' },
    ],
  },
  roots: ['<rootDir>/packages', '<rootDir>/actions', '<rootDir>/action-tests', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/fixtures/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  testTimeout: 60000,
};
