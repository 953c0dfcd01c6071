// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import playwright from 'eslint-plugin-playwright'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import importAliases from './scripts/lint/import-aliases.js'
import tseslint from 'typescript-eslint'

/** Features never import each other: one zone per feature folder. */
const featureZones = ['calls', 'call-detail', 'lead', 'events'].map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features never import each other; compose them in src/app.',
}))

/** Who may import whom: the boundaries between the app's parts. */
const architectureZones = [
  ...featureZones,
  {
    target: ['./src/domain', './src/providers'],
    from: [
      './src/app',
      './src/features',
      './src/components',
      './src/lib',
      './server',
      './node_modules/react',
      './node_modules/react-dom',
      './node_modules/react-router',
      './node_modules/@tanstack/react-query',
    ],
    message: 'src/domain and src/providers are framework-free: no React, no UI, no server.',
  },
  {
    target: ['./src/components', './src/lib', './src/config'],
    from: ['./src/features', './src/app'],
    message: 'Shared UI and helpers never import features or the app.',
  },
  { target: './src', from: './server', message: 'The SPA never imports server code.' },
  {
    target: './server',
    from: ['./src/app', './src/features', './src/components', './src/lib', './src/config'],
    message: 'The server imports only framework-free code (src/domain, src/providers).',
  },
  // The gateway relays to real providers or to the simulator through one contract
  // (server/simulator-upstream.ts); neither side reaches into the other's code.
  {
    target: './server/gateway',
    from: './server/simulator',
    message: 'The gateway knows the simulator only as server/simulator-upstream.ts.',
  },
  {
    target: './server/simulator',
    from: './server/gateway',
    message: 'The simulator stands in for providers and knows nothing of the gateway.',
  },
  // What every route needs (jsonError, the logger, body reading) is in server/http, not the gateway.
  {
    target: ['./server/auth', './server/call-index', './server/webhooks', './server/ssr'],
    from: './server/gateway',
    message: 'Use server/http for errors, logging and bodies; only the sync reads through the gateway.',
  },
  {
    target: './server/http',
    from: [
      './server/auth',
      './server/call-index',
      './server/gateway',
      './server/simulator',
      './server/ssr',
      './server/sync',
      './server/webhooks',
    ],
    message: "server/http is shared ground: it imports none of the server's parts.",
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench-results',
      '.data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile, calltrail: importAliases },
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react-router-dom', message: 'react-router 7 ships everything from react-router.' },
            {
              name: '@testing-library/react',
              importNames: ['fireEvent', 'createEvent'],
              message: 'Act as a user does: @testing-library/user-event (issue 17 item 5).',
            },
          ],
        },
      ],
      // Imports that leave their area name it by alias (docs/decisions/import-aliases.md); --fix writes them.
      'calltrail/import-aliases': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: architectureZones }],
      'check-file/filename-naming-convention': [
        'error',
        { '{src,server,e2e,scripts}/**/*.{ts,tsx,js,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '{src,server,e2e}/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // Test helpers live in src/testing and are for tests only: a *.test.* file or another helper there
    // imports them, the app and the server never do (issue 17 item 5).
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'src/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...architectureZones,
            {
              target: '.',
              from: './src/testing',
              message: 'src/testing is for tests (*.test.* files) only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The SPA's first load has a size budget (BENCHMARKS.md): classic zod costs ~23 KB gzip, zod/mini ~6 KB.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Use 'zod/mini' in src/: it is what keeps the first load small." },
            { name: 'zod/v4', message: "Use 'zod/mini' in src/." },
            { name: 'react-router-dom', message: 'react-router 7 ships everything from react-router.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ignores: ['src/domain/**', 'src/providers/**'],
    plugins: { 'react-hooks': reactHooks, '@tanstack/query': pluginQuery, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Scrollable regions (raw JSON, the virtualized table) must be focusable to scroll by keyboard.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { roles: ['region', 'grid', 'tabpanel'], tags: [] }],
    },
  },
  {
    // Links to a call, a lead or the events page are built by src/config/paths.ts only, so ids are
    // encoded and the zone carried the same way everywhere (issue 17).
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'e2e/pages/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TemplateElement[value.raw=/^\\/(calls|leads)\\/|^\\/events\\?/]',
          message: 'Build links with callHref, leadHref or eventsHref from src/config/paths.ts.',
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      'playwright/no-conditional-in-test': 'off',
      // Helpers named expect…/assert… hold assertions too; names are matched exactly, patterns as regexes.
      'playwright/expect-expect': ['error', { assertFunctionPatterns: ['^expect', '^assert'] }],
    },
  },
  {
    // Specs read like a user's steps: they find things by role and label, and every CSS or DOM-shape
    // locator lives in a page object of e2e/pages (issue 17 item 5; 74 `.locator(` calls moved there).
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='locator']",
          message: 'Find it by role or label, or give the page object in e2e/pages a locator for it.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
)
