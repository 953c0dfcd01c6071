/** Placeholder until the page's own issue fills it. */
export function Component() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Calls</h1>
      <p>Every call from every connected source, newest first.</p>
    </section>
  )
}
