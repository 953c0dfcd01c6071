// zod/mini for a small schema, as src/app/session.ts and the URL state use it.
import { createElement as h } from 'react'
import * as z from 'zod/mini'
import { mount } from './mount.mjs'

const Session = z.object({
  authenticated: z.boolean(),
  mode: z.enum(['open', 'password', 'trust-header']),
  user: z.optional(z.string()),
  at: z.optional(z.iso.datetime({ offset: true })),
})
mount(h('p', null, String(Session.safeParse(JSON.parse('{}')).success)))
