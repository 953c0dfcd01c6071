/**
 * What a person changed in a server-rendered form before the page hydrated (issue #15: a click before
 * hydration is not lost). The browser entry records it just before hydrating, while the fields still hold
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

/** Called by the browser entry right before hydrating: remembers every opted-in form that was edited. */
export function recordEarlyInput(doc: Document): void {
  for (const form of Array.from(doc.querySelectorAll<HTMLFormElement>('form[data-early-input]'))) {
    const name = form.dataset.earlyInput
    if (!name) continue
    const edited = formParams(form)
    if (edited.toString() !== defaultParams(form).toString()) recorded.set(name, edited)
  }
}

/** The edited fields of the named form, once (null when it was not edited before hydration). */
export function takeEarlyInput(name: string): URLSearchParams | null {
  const edited = recorded.get(name) ?? null
  recorded.delete(name)
  return edited
}
