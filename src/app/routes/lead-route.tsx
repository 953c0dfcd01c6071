/** Placeholder until the page's own issue fills it. */
export function Component() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Lead</h1>
      <p>A lead's calls and messages on one timeline.</p>
    </section>
  )
}
