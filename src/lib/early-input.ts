/**
 * What a person changed in a server-rendered form before the page hydrated (issue #15: a click before
 * hydration is not lost). The browser entry starts recording before hydrating, while the fields still hold
 * the person's choice (React then sets them back to what the server rendered); the form's component
 * applies it once hydrated. Forms opt in with `data-early-input="<name>"`.
 */

const recorded = new Map<string, URLSearchParams>()

/** The form's current fields, as a native submission would send them. */
export function formParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams()
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') params.append(key, value)
  })
  return params
}

/** The form's fields as the HTML gave them (their attributes: default values), before anyone changed them. */
export function defaultParams(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams()
  for (const field of Array.from(form.elements)) {
    if (field instanceof HTMLSelectElement && field.name) {
      const options = Array.from(field.options)
      const option = options.find((o) => o.hasAttribute('selected')) ?? options[0]
      if (option) params.append(field.name, option.value)
    } else if (field instanceof HTMLInputElement && field.name) {
      if (field.type === 'checkbox' || field.type === 'radio') {
        if (field.hasAttribute('checked')) params.append(field.name, field.value)
      } else if (field.type !== 'submit' && field.type !== 'button') {
        params.append(field.name, field.getAttribute('value') ?? '')
      }
    }
  }
  return params
}

function record(form: HTMLFormElement): void {
  const name = form.dataset.earlyInput
  if (!name) return
  const edited = formParams(form)
  if (edited.toString() !== defaultParams(form).toString()) recorded.set(name, edited)
  else recorded.delete(name)
}

let stopWatching: (() => void) | null = null

/**
 * Called by the browser entry before hydrating: remembers every opted-in form edited so far, and keeps
 * remembering edits until the page has hydrated (endEarlyInput). Hydration takes a while on a slow phone,
 * and a choice made during it would otherwise be reset by React (e2e/server-rendering.spec.ts lost one
 * Direction in ten that way when only the state before hydrateRoot was recorded).
 */
export function watchEarlyInput(doc: Document): void {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[data-early-input]'))) record(form)
  const onEdit = (event: Event) => {
    const target = event.target
    const form = target instanceof HTMLElement ? target.closest('form') : null
    if (form?.dataset.earlyInput) record(form)
  }
  doc.addEventListener('change', onEdit, true)
  doc.addEventListener('input', onEdit, true)
  stopWatching = () => {
    doc.removeEventListener('change', onEdit, true)
    doc.removeEventListener('input', onEdit, true)
  }
}

/** The page has hydrated: its own handlers see every edit from now on. */
export function endEarlyInput(): void {
  stopWatching?.()
  stopWatching = null
}

/** The edited fields of the named form, once (null when it was not edited before hydration). */
export function takeEarlyInput(name: string): URLSearchParams | null {
  const edited = recorded.get(name) ?? null
  recorded.delete(name)
  return edited
}
