import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { DataIssue } from '#domain/data-issue'
import mms08 from '../../../providers/leadping/fixtures/event-mms-2026-08.json'
import { fromLeadping } from '#testing/lead-activity-items'
import { ActivityEntry } from './activity-entry'
import { DataProblems } from './data-problems'

const NOW = new Date('2026-08-20T00:00:00.000Z')

describe('a timeline item', () => {
  it('shows provider text as text, its outcome, and its ladder as a named list', () => {
    const hostile = '<img src=x onerror=alert(1)> Here is the quote'
    const item = fromLeadping(mms08, { summary: hostile })
    render(
      <MemoryRouter>
        <ol>
          <ActivityEntry item={item} now={NOW} timeZone="UTC" tz={null} />
        </ol>
      </MemoryRouter>,
    )
    const entry = screen.getByRole('listitem', { name: 'Outbound MMS' })
    expect(within(entry).getByText(hostile)).toBeInTheDocument()
    expect(entry.querySelector('img[src="x"]')).toBeNull()
    expect(entry.querySelector('.lead-outcome')?.textContent).toBe('Canceled')
    const steps = within(entry).getByRole('list', { name: 'Delivery steps' })
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((li) => li.dataset.step),
    ).toEqual(['created', 'queued', 'sending', 'failed', 'canceled'])
    const image = within(within(entry).getByRole('list', { name: 'Attachments' })).getByRole('img', {
      name: 'quote.png',
    })
    expect(image).toHaveAttribute('src', 'https://media.leadping.ai/q.png')
    expect(entry.querySelector('time')?.getAttribute('datetime')).toBe('2026-08-19T11:59:59.000Z')
  })
})

describe('data problems', () => {
  it('are counted, and listed with source, record, field, message and the raw value as text', async () => {
    const user = userEvent.setup()
    const issues: DataIssue[] = [
      {
        source: 'leadping',
        recordId: 'ev-9',
        field: 'items.3.createdAt',
        message: 'Not a date',
        raw: { x: '<b>' },
      },
      { source: 'telnyx', recordId: null, field: '', message: 'Body was not JSON', raw: '<html>502</html>' },
    ]
    render(<DataProblems issues={issues} />)
    expect(screen.getByText(/2 records could not be read/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show data problems (2)' }))
    const rows = within(screen.getByRole('table', { name: 'Data problems' })).getAllByRole('row')
    expect(rows.map((row) => row.textContent)).toEqual([
      'SourceRecord idFieldProblemAs received',
      'Leadpingev-9items.3.createdAtNot a date{\n  "x": "<b>"\n}',
      'Telnyxunknown(whole record)Body was not JSON<html>502</html>',
    ])
  })
})
