import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { bucketBoundaries, countCalls } from '#domain/volume-buckets'
import { VolumePlot } from './volume-plot'

const window = { start: Date.parse('2026-11-19T15:00:00Z'), end: Date.parse('2026-11-20T15:00:00Z') }
const boundaries = bucketBoundaries(window, 'hour', 'UTC')
const { buckets } = countCalls(
  boundaries,
  [
    { occurredAt: '2026-11-20T14:10:00.000Z', status: 'completed' },
    { occurredAt: '2026-11-20T14:20:00.000Z', status: 'completed' },
    { occurredAt: '2026-11-20T14:30:00.000Z', status: 'busy' },
    { occurredAt: '2026-11-19T15:30:00.000Z', status: 'voicemail' },
  ],
  window,
)

// The plot measures 720 px without layout: 44 px of axis, then 24 slots of (720 - 52) / 24 px.
const slot = (720 - 52) / 24
const xOfBar = (index: number) => 44 + (index + 0.5) * slot

function renderPlot() {
  const onNarrow = vi.fn()
  render(
    <VolumePlot
      buckets={buckets}
      window={window}
      granularity="hour"
      timeZone="UTC"
      summary="Calls per hour"
      onNarrow={onNarrow}
    />,
  )
  return { onNarrow, svg: screen.getByRole('group', { name: 'Calls per hour' }) }
}

describe('volume plot', () => {
  it('names every bar with its counts and keeps one bar in the tab order', () => {
    renderPlot()
    const bars = screen.getAllByRole('button')
    expect(bars).toHaveLength(24)
    expect(bars[23]?.getAttribute('aria-label')).toBe(
      'Fri, Nov 20, 14:00–15:00 UTC: 3 calls: 2 answered, 1 busy / failed / canceled. Press Enter to narrow the period to this hour.',
    )
    expect(bars.filter((bar) => bar.getAttribute('tabindex') === '0')).toEqual([bars[23]])
  })

  it('shows a tooltip with the counts of the bar under the pointer', async () => {
    const user = userEvent.setup()
    const { svg } = renderPlot()
    await user.pointer({ target: svg, coords: { clientX: xOfBar(23) } })
    const tooltip = screen.getByRole('tooltip')
    expect(tooltip).toHaveTextContent('Fri, Nov 20, 14:00–15:00 UTC')
    expect(tooltip).toHaveTextContent('3 calls')
    expect(tooltip).toHaveTextContent('Answered2')
    await user.pointer({ target: document.body })
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()
  })

  it('narrows Start/End to the bars dragged across, and not on a click', async () => {
    const user = userEvent.setup()
    const { svg, onNarrow } = renderPlot()
    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: xOfBar(2) } },
      { target: svg, coords: { clientX: xOfBar(5) } },
    ])
    expect(screen.getByRole('tooltip')).toHaveTextContent('Release to narrow')
    await user.pointer({ keys: '[/MouseLeft]', target: svg, coords: { clientX: xOfBar(5) } })
    expect(onNarrow).toHaveBeenCalledWith('2026-11-19T17:00:00.000Z', '2026-11-19T21:00:00.000Z')
    await user.pointer([
      { keys: '[MouseLeft>]', target: svg, coords: { clientX: xOfBar(7) } },
      { keys: '[/MouseLeft]', target: svg, coords: { clientX: xOfBar(7) + 1 } },
    ])
    expect(onNarrow).toHaveBeenCalledTimes(1)
  })

  it('moves with arrows, selects with Shift and narrows with Enter', async () => {
    const user = userEvent.setup()
    const { onNarrow } = renderPlot()
    const bars = screen.getAllByRole('button')
    const last = bars[23]
    if (!last) throw new Error('no bar')
    act(() => last.focus())
    expect(screen.getByRole('tooltip')).toHaveTextContent('14:00–15:00')
    await user.keyboard('{ArrowLeft}')
    expect(bars[22]).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(onNarrow).toHaveBeenLastCalledWith('2026-11-20T13:00:00.000Z', '2026-11-20T14:00:00.000Z')
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}')
    expect(bars[20]).toHaveFocus()
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Press Enter to narrow Start and End to these bars.',
    )
    expect(screen.getByRole('tooltip')).toHaveTextContent('11:00–12:00 UTC to Fri, Nov 20, 13:00–14:00')
    await user.keyboard('{Enter}')
    expect(onNarrow).toHaveBeenLastCalledWith('2026-11-20T11:00:00.000Z', '2026-11-20T14:00:00.000Z')
  })
})
