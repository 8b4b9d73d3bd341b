import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'stream'];
const nodeImports = [{ group: ['node:*', ...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `${m}/*`)], message: 'Node is reached only from electron/ (the renderer goes through platform/).' }];
const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'react-dnd', 'react-dnd-*', 'dexie', 'dexie-react-hooks', 'zustand', 'zustand/*'];

function rendererImports({ dexie, zustand }) {
  return {
    'no-restricted-imports': ['error', {
      patterns: [
        ...nodeImports,
        { group: ['electron', '**/electron/**'], message: 'The renderer reaches the main process only through platform/.' },
        ...(dexie ? [] : [{ group: ['dexie', 'dexie-react-hooks'], message: 'Only renderer/db imports Dexie: use its repositories and hooks.' }]),
        ...(zustand ? [] : [{ group: ['zustand', 'zustand/*'], message: 'Only renderer/state creates zustand stores: use its hooks.' }]),
      ],
    }],
  };
}

// Folder rules of docs/ARCHITECTURE: a wrong import fails `npm run lint`, and so `npm test`.
export default tseslint.config(
  { ignores: ['node_modules', 'dist-renderer', 'dist-electron', 'release', 'test-results', 'playwright-report', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...nodeImports,
          { group: [...uiLibraries, 'electron'], message: 'shared/ is plain TypeScript: no DOM, Node, Electron, React or Dexie.' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing from the other folders.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
          { group: uiLibraries, message: 'UI libraries belong to the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...rendererImports({ dexie: false, zustand: false }) },
  },
  // Each library in one place: Dexie only in db/, zustand only in state/.
  { files: ['renderer/db/**/*.{ts,tsx}'], rules: rendererImports({ dexie: true, zustand: false }) },
  { files: ['renderer/state/**/*.{ts,tsx}'], rules: rendererImports({ dexie: false, zustand: true }) },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
