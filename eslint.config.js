// One lint configuration for the whole workspace: TypeScript, Astro and the React islands.
// Formatting is Prettier's (eslint-config-prettier switches off every rule it would fight).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import astro from 'eslint-plugin-astro'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '.tools/**',
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      'cms/.data/**',
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/src/migrations/**',
      'cms/next-env.d.ts',
      'site/.snapshot/**',
      'site/.astro/**',
      'site/dist*/**',
      'site/.site-build*/**',
      'site/.bench-bare/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The CMS is typed by its generated payload-types.ts: a cast to never hides a real mismatch.
    files: ['cms/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSAsExpression > TSNeverKeyword',
          message: 'Type it with the generated payload-types instead of casting to never.',
        },
      ],
    },
  },
  {
    // Tests read untyped REST/GraphQL answers and send deliberately wrong shapes.
    files: ['tests/**', '**/test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['site/src/components/**/*.tsx', 'cms/src/components/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['site/src/components/**/*.{ts,tsx}', 'site/src/scripts/**/*.ts', 'site/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['site/integrations/sw-template.js'],
    languageOptions: {
      globals: {
        ...globals.serviceworker,
        __VERSION__: 'readonly',
        __ASSETS__: 'readonly',
        __NOTES__: 'readonly',
        __REMOVED__: 'readonly',
        __REDIRECTS__: 'readonly',
        __DATE_OPTIONS__: 'readonly',
        __ALERTS__: 'readonly',
      },
    },
  },
  prettier,
)
