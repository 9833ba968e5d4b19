/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json', diagnostics: false }],
  },
  // ESM-only packages that Jest must turn into CommonJS, also where npm nested them
  // (node_modules/@microsoft/app-manifest/node_modules/strip-bom under office-addin-mock).
  transformIgnorePatterns: ['^(?!.*/node_modules/(strip-bom|uuid|jose)/).*/node_modules/'],
  testTimeout: 30000,
};
