// @ts-check
// ESLint rule: an import that leaves its own area for one of the areas named in package.json's `imports`
// (#domain/…, #providers/…, #lib/…, #config/…, #components/…) is written with that alias, not as a
// `../../../` chain (issue 17, item 8). Inside an area, relative imports stay. `eslint --fix` rewrites.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * `"#domain/*": "./src/domain/*.ts"` → { alias: '#domain/', dir: '<root>/src/domain', ext: '.ts' }.
 * Each area holds one kind of file, so the extension lives in the mapping and imports stay extensionless
 * like every relative import (TypeScript and esbuild do not probe extensions for `imports` targets).
 */
function readAliases() {
  /** @type {{ imports?: Record<string, string> }} */
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  return Object.entries(pkg.imports ?? {}).flatMap(([key, target]) => {
    const [, alias] = /^(#[\w-]+\/)\*$/.exec(key) ?? []
    const [, dir, ext] = /^\.\/(.+)\/\*(\.\w+)$/.exec(target) ?? []
    return alias && dir && ext ? [{ alias, dir: path.join(root, dir), ext }] : []
  })
}

const aliases = readAliases()

/**
 * @param {string} filename
 * @param {string} specifier
 * @returns {string | null} the aliased specifier to write instead, or null when the import is fine
 */
export function aliasFor(filename, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null
  const target = path.resolve(path.dirname(filename), specifier)
  for (const { alias, dir, ext } of aliases) {
    if (!target.startsWith(dir + path.sep)) continue
    if (path.resolve(filename).startsWith(dir + path.sep)) return null
    const rest = path
      .relative(dir, target)
      .split(path.sep)
      .join('/')
      .replace(/\.(ts|tsx)$/, '')
    return existsSync(path.join(dir, rest + ext)) ? alias + rest : null
  }
  return null
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: 'Imports that leave their area use the package.json `imports` aliases.' },
    messages: { useAlias: "Import '{{ alias }}' instead of the relative path '{{ specifier }}'." },
    schema: [],
  },
  create(context) {
    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return
      const alias = aliasFor(context.filename, source.value)
      if (alias === null) return
      context.report({
        node: source,
        messageId: 'useAlias',
        data: { alias, specifier: source.value },
        fix: (fixer) => fixer.replaceText(source, `'${alias}'`),
      })
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      /** @param {any} node `vi.mock('…')` and `import('…')` types name modules too */
      'CallExpression[callee.object.name="vi"]': (node) => check(node.arguments[0]),
      /** @param {any} node */
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
    }
  },
}

export default { rules: { 'import-aliases': rule } }
