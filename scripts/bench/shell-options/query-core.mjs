// Only the framework-free cache (@tanstack/query-core's QueryClient.fetchQuery), which is all the
// provider fetcher needs; no React bindings.
import { QueryClient } from '@tanstack/query-core'
import { createElement as h } from 'react'
import { mount } from './mount.mjs'

const client = new QueryClient()
client.mount()
void client.fetchQuery({ queryKey: ['session'], queryFn: async () => (await fetch('/auth/session')).json() })
mount(h('p', null, 'Calls'))
