type Props = {
  count: number
  done: boolean
  loading: boolean
  paused: boolean
  autoLoad: boolean
  onLoadMore: () => void
}

const format = new Intl.NumberFormat('en-US')

/** What comes after the last row: more loading, a button when loading is manual, or the end. */
export function TableFooter({ count, done, loading, paused, autoLoad, onLoadMore }: Props) {
  let content
  if (done) content = `End of the list: ${format.format(count)} ${count === 1 ? 'call' : 'calls'}.`
  else if (loading) content = 'Loading more calls…'
  else if (paused)
    content = (
      <>
        A source paused its scan (see the sources above).{' '}
        <button type="button" onClick={onLoadMore}>
          Continue
        </button>
      </>
    )
  else if (!autoLoad)
    content = (
      <button type="button" onClick={onLoadMore}>
        Load more calls
      </button>
    )
  else content = ''
  return <div className="calls-footer">{content}</div>
}
