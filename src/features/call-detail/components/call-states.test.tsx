import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { SourceError } from '#domain/feed'
import { SourceFailure } from '#lib/source-failure'
import { LoadErrorState } from './call-states'

function showError(error: Partial<SourceError>) {
  const sourceError: SourceError = {
    source: 'skipcall',
    status: 500,
    message: '',
    providerMessage: null,
    retryable: false,
    retryAfterSeconds: null,
    ...error,
  }
  render(
    <LoadErrorState
      source="skipcall"
      error={new SourceFailure(sourceError)}
      retrying={false}
      onRetry={() => undefined}
    />,
  )
}

describe('the call page when the provider did not return the call', () => {
  it('offers Retry for a server error, with the provider’s own words when they add something', () => {
    showError({
      status: 503,
      message: 'Skipcall had a server error (503).',
      providerMessage: 'UPSTREAM_DOWN',
      retryable: true,
    })
    expect(screen.getByRole('button', { name: 'Retry' })).toBeDefined()
    expect(screen.getByText('Provider said: UPSTREAM_DOWN')).toBeDefined()
  })

  it.each([401, 403])(
    'offers no Retry when the key is refused (%i): asking again would be refused again',
    (status) => {
      showError({ status, message: `Skipcall refused access (${status}).`, providerMessage: 'FORBIDDEN' })
      expect(screen.getByRole('alert').textContent).toContain(`(${status})`)
      expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
    },
  )

  it('says the provider’s words once when the sentence already quotes them', () => {
    const words = 'page must be positive'
    showError({ status: 400, message: `Skipcall refused the query (400): ${words}`, providerMessage: words })
    expect(screen.getAllByText(new RegExp(words))).toHaveLength(1)
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
  })

  it.each([
    ['a RangeError', new RangeError('Invalid time value')],
    // A call's read words a request that got no answer as a SourceFailure: a TypeError here is a bug.
    ['a TypeError', new TypeError('Invalid time value')],
  ])('says a fault of ours (%s) is ours, with no Retry and no advice to check the connection', (_, error) => {
    render(<LoadErrorState source="skipcall" error={error} retrying={false} onRetry={() => undefined} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Calltrail could not show the call')
    expect(alert).toHaveTextContent('(Invalid time value)')
    expect(alert).toHaveTextContent('This is a fault in Calltrail, not in Skipcall')
    expect(alert).not.toHaveTextContent(/connection/i)
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull()
  })
})
