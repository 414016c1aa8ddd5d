// Lint is where the architecture is enforced: each layer may import only what DESIGN.md allows.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const pattern = (group, message) => ({ group, message });

const noClockOrRandom = [
  { object: 'Date', property: 'now', message: 'The domain is pure: take the time as a parameter.' },
  {
    object: 'Math',
    property: 'random',
    message: 'The domain is pure: take randomness as a parameter.',
  },
  { object: 'crypto', property: 'getRandomValues', message: 'The domain is pure.' },
  { object: 'crypto', property: 'randomUUID', message: 'The domain is pure.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/.data/**',
      'test/e2e/.artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  {
    // Tool configs are read by their tools through a default export.
    files: ['*.config.js', '*.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
              'The domain does no I/O.',
            ),
            pattern(
              ['**/infra/**', '**/web/**', '**/cli/**', '**/app/**', '**/importers/**'],
              'The domain imports only other domain parts.',
            ),
            pattern(
              [
                'hono',
                'hono/*',
                '@hono/*',
                'pg',
                '@electric-sql/*',
                'drizzle-orm',
                'drizzle-orm/*',
                'commander',
                '@clack/*',
              ],
              'No frameworks or drivers in the domain.',
            ),
          ],
        },
      ],
      'no-restricted-properties': ['error', ...noClockOrRandom],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain is pure: take the time as a parameter.',
        },
      ],
    },
  },
  {
    files: ['src/importers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/infra/**', '**/web/**', '**/cli/**', '**/app/**'],
              'Importers turn bytes into messages; they know nothing of storage or people-facing adapters.',
            ),
            pattern(
              [
                '**/domain/evidence/**',
                '**/domain/guidance/**',
                '**/domain/text/**',
                '**/domain/trajectory/**',
                '**/domain/knowledge/**',
              ],
              'Importers may use only the chat types of the domain.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/infra/**', '**/web/**', '**/cli/**'],
              'Use cases depend on ports, not on adapters.',
            ),
            pattern(
              ['hono', 'hono/*', '@hono/*', 'pg', '@electric-sql/*', 'commander', '@clack/*'],
              'No frameworks or drivers in use cases.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/infra/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/web/**', '**/cli/**'],
              'Storage and crypto know nothing of the people-facing adapters.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx', 'src/cli/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/domain/**', '**/importers/**'],
              'Adapters call the use cases in src/app/, never the domain directly.',
            ),
            pattern(['**/web/**'], 'The CLI does not reach into the web app.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/domain/**', '**/importers/**'],
              'Adapters call the use cases in src/app/, never the domain directly.',
            ),
            pattern(['**/cli/**'], 'The web app does not reach into the CLI.'),
          ],
        },
      ],
    },
  },
  prettier,
);
