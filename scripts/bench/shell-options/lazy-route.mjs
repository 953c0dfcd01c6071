// A lazily loaded route module, as src/app/routes/*-route.tsx are.
import { createElement as h } from 'react'

export function Component() {
  return h('p', null, 'Calls')
}
