// Shared by the shell-option entries: render one element into #root, as src/main.tsx does.
import { StrictMode, createElement as h } from 'react'
import { createRoot } from 'react-dom/client'

export function mount(element) {
  const root = document.getElementById('root')
  if (root) createRoot(root).render(h(StrictMode, null, element))
}
