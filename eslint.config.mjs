// @ts-check
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/', 'test-artifacts/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // The pure domain touches neither Office.js nor the file system.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['fs', 'node:*', 'path', 'os', 'exceljs', '@azure/*', 'react', 'react-dom'],
              message: 'core/ must stay pure',
            },
            {
              // Any depth (core/summary/sheets/* is three levels down): no path that leaves core/.
              group: [
                '**/workbook/*',
                '**/functions/*',
                '**/cli/*',
                '**/addin/*',
                '**/test/*',
                '**/scripts/*',
                '**/bench/*',
                '**/node_modules/*',
              ],
              message: 'core/ imports nothing outside core/',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'process', 'Buffer'],
    },
  },
  {
    // The add-in depends on core only.
    files: ['addin/**/*.ts', 'addin/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      // What the add-in logs goes through addin/src/log.ts, which masks CPR numbers.
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/workbook/*', '**/functions/*', '**/cli/*', 'exceljs', 'fs', 'node:*'],
              message: 'addin/ depends on core/ only',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['addin/src/log.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);
