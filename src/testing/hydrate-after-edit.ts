import { act } from '@testing-library/react'
import type { ReactNode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { vi } from 'vitest'
import { endEarlyInput, watchEarlyInput } from '#lib/early-input'

/**
 * A server-rendered form a person edits before the page hydrates (issue #15 item 4): `server` is rendered
 * to HTML as the server would, `edit` changes its fields as a person could before the scripts run, and
 * `client` hydrates it with early input recorded as the browser entry does (src/main.tsx). Resolves to
 * React's recoverable-error callback (a hydration mismatch lands there) once hydration's effects have run.
 */
export async function hydrateAfterEdit(
  server: ReactNode,
  client: ReactNode,
  edit: (container: HTMLElement) => void,
) {
  const container = document.createElement('div')
  document.body.append(container)
  container.innerHTML = renderToString(server)
  // happy-dom does not select an option by its `selected` attribute when parsing; a browser does.
  for (const select of Array.from(container.querySelectorAll('select'))) {
    const chosen = select.querySelector<HTMLOptionElement>('option[selected]')
    if (chosen) select.value = chosen.value
  }
  edit(container)
  watchEarlyInput(document)
  const onRecoverableError = vi.fn()
  let root: ReturnType<typeof hydrateRoot> | undefined
  await act(async () => {
    root = hydrateRoot(container, client, { onRecoverableError })
    await Promise.resolve()
  })
  endEarlyInput()
  act(() => root?.unmount())
  container.remove()
  return { onRecoverableError }
}
