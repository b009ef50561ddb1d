/** Jest projects: pure code in node, UI in jsdom. End-to-end tests run separately (test/e2e). */
const transform = { '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest'] };
// ESM-only packages that Jest must transpile.
const transformIgnorePatterns = [
  '/node_modules/(?!(jose|@date-fns|cookie|openid-client|oauth4webapi|uuid|d3-[a-z]+|internmap)/)',
];
const common = { transform, transformIgnorePatterns, testTimeout: 20000 };

module.exports = {
  // A global option (a project's own testTimeout is ignored): the sandbox suites start real servers.
  testTimeout: 30000,
  coverageDirectory: 'test-output/coverage',
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  collectCoverageFrom: ['src/domain/**/*.ts'],
  coverageThreshold: { 'src/domain/': { lines: 90 } },
  projects: [
    {
      ...common,
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/domain/**/*.test.ts', '<rootDir>/test/application/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'service',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/service/**/*.test.ts', '<rootDir>/test/sandbox/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/test/support/jsdomSetup.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/jestDom.ts'],
      testMatch: ['<rootDir>/test/ui/**/*.test.ts?(x)', '<rootDir>/test/adapters/**/*.test.ts?(x)'],
    },
  ],
};
