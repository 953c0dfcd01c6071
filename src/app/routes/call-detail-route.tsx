/** Placeholder until the page's own issue fills it. */
export function Component() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Call</h1>
      <p>One call: its timeline, its outcome and its recording.</p>
    </section>
  )
}
