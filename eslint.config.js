// @ts-check
/**
 * Lint is the guard of the architecture (STYLE.md, "The dependency rule"): each layer of src/ may import
 * only what the layer below it offers. The rules are `no-restricted-imports` per folder.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

const SDKS = [
  '@microsoft/teams-js',
  '@azure/msal-browser',
  '@microsoft/microsoft-graph-client',
  'office-js',
  '@fluidframework',
  'fluid-framework',
];
const sdkBan = {
  regex: `^(${SDKS.map((s) => s.replace(/[/]/g, '\\/')).join('|')})`,
  message: 'Only adapters and the service import SDKs.',
};
const layerBan = (layers, who) => ({
  regex: `(^|/)(${layers.join('|')})(/|$)`,
  message: `${who} must not import from ${layers.join(', ')}.`,
});

module.exports = tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'test-output', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.|date-fns|@date-fns/tz|zod)',
              message: 'The domain is pure: it imports only itself and pure libraries (date-fns, zod).',
            },
            layerBan(['application', 'adapters', 'ui', 'entries', 'service', 'sandbox'], 'The domain'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/application/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [sdkBan, layerBan(['adapters', 'ui', 'entries', 'service', 'sandbox'], 'Use cases')] },
      ],
    },
  },
  {
    files: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layerBan(['ui', 'entries', 'service', 'sandbox'], 'Adapters')] },
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [sdkBan, layerBan(['adapters', 'entries', 'service', 'sandbox'], 'The UI')] },
      ],
    },
  },
  {
    files: ['src/service/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layerBan(['adapters', 'ui', 'entries', 'sandbox'], 'The service')] },
      ],
    },
  },
  {
    files: ['src/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerBan(
              ['domain', 'application', 'adapters', 'ui', 'entries', 'service'],
              'The sandbox (it stands for Microsoft 365, not for us)',
            ),
          ],
        },
      ],
    },
  },
);
