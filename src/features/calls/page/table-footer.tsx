import { useHydrated } from '#lib/use-hydrated'

type Props = {
  count: number
  done: boolean
  loading: boolean
  /** Loading the next page failed. */
  error: string | null
  autoLoad: boolean
  onLoadMore: () => void
}

const format = new Intl.NumberFormat('en-US')

/** What comes after the last row: more loading, a button when loading is manual, an error, or the end. */
export function TableFooter({ count, done, loading, error, autoLoad, onLoadMore }: Props) {
  const hydrated = useHydrated()
  let content
  if (done) content = `End of the list: ${format.format(count)} ${count === 1 ? 'call' : 'calls'}.`
  else if (loading) content = 'Loading more calls…'
  else if (error !== null)
    content = (
      <span role="alert">
        More calls could not be loaded: {error}{' '}
        <button type="button" onClick={onLoadMore}>
          Retry loading more
        </button>
      </span>
    )
  else if (!autoLoad)
    content = (
      // Appending a page needs the script: disabled until then, not lost (controls-before-hydration.md).
      <button type="button" onClick={onLoadMore} disabled={!hydrated}>
        Load more calls
      </button>
    )
  else content = ''
  return <div className="calls-footer">{content}</div>
}
