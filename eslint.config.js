import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', 'bin', '*.config.js', 'scripts/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Fastify plugins and hooks are async by contract even where they await nothing.
      '@typescript-eslint/require-await': 'off',
      // Services are factories returning closures; none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  {
    files: ['src/web/**/*.tsx', 'src/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The service worker is plain JavaScript that Vite copies into the build as is: no type information.
    files: ['src/web/public/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The web app runs in the browser: it shares only the contract with the server (DESIGN.md).
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)server(/|$)',
              message: 'src/web imports nothing from src/server; shared types live in src/contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is shared by server and web app, so it depends on neither.
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(server|web)(/|$)',
              message: 'src/contract is shared by server and web: it imports from neither.',
            },
          ],
        },
      ],
    },
  },
  {
    // A feature is used by others only through its index.ts (DESIGN.md).
    files: ['src/server/features/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/repository*', '../*/service*', '../*/policy*'],
              message: 'Import another feature only through its index.ts.',
            },
          ],
        },
      ],
    },
  },
);
