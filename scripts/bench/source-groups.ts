// Which package or source folder a bundled source file belongs to (for composition and profiles).

/** node_modules/<pkg> (scoped too), or src/<folder>[/<sub>] for our code. */
export function groupOf(source: string | null | undefined): string {
  if (!source) return '(unmapped)'
  const nm = source.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/')
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? source)
  }
  const src = source.indexOf('src/')
  if (src >= 0) {
    const parts = source.slice(src).split('/')
    const deep = parts[1] === 'features' || parts[1] === 'providers'
    return parts.slice(0, deep && parts.length > 3 ? 3 : 2).join('/')
  }
  return source
}
