import userEvent, { type UserEvent } from '@testing-library/user-event'
import { onTestFinished, vi } from 'vitest'

/**
 * A user-event session on Vitest's fake timers, for components that wait before they act (the search
 * applies 350 ms after the last key): the test advances the clock itself, so no run depends on how
 * fast the machine types. Testing Library's async wrapper ends on a setTimeout(0) that it advances only
 * where it finds Jest's API; without the stub the first `user.type` hung until the test timed out.
 */
export function userOnFakeTimers(): UserEvent {
  vi.useFakeTimers()
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  onTestFinished(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) })
}
