// Lint: the import boundaries of the source tree (bulletproof-react's model), the rules of hooks and
// typescript-eslint's recommended rules. Run by `npm run build`, so a violation fails the Maven build.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['target/**', 'generated/**', 'node_modules/**', 'tools/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // `{ confirm: _confirm, ...body }` drops a field: the rest is what is sent.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': ['error', {
        zones: [
          // A feature does not import another: what several features use lives in src/components or
          // src/lib, and what wires features together (the task-form registry, pages made of several
          // features' sections, the message catalog) in src/app.
          ...features.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message: 'A feature imports no other feature: move the shared piece to src/components or src/lib, or the wiring to src/app.',
          })),
          {
            target: ['./src/features', './src/components', './src/lib'],
            from: './src/app',
            message: 'Only src/app imports src/app.',
          },
          {
            target: ['./src/components', './src/lib'],
            from: './src/features',
            message: 'Shared code (src/components, src/lib) imports no feature.',
          },
        ],
      }],
    },
  },
);
