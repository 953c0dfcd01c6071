// @tanstack/react-query as the shell uses it (provider, one useQuery with queryOptions).
import { QueryClient, QueryClientProvider, queryOptions, useQuery } from '@tanstack/react-query'
import { createElement as h } from 'react'
import { mount } from './mount.mjs'

const session = queryOptions({
  queryKey: ['session'],
  queryFn: async () => (await fetch('/auth/session')).json(),
  staleTime: 300_000,
})

function Session() {
  const { data } = useQuery(session)
  return h('p', null, data ? 'signed in' : '…')
}

mount(h(QueryClientProvider, { client: new QueryClient() }, h(Session)))
