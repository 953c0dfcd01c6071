/** Placeholder until the page's own issue fills it. */
export function Component() {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Telnyx events</h1>
      <p>The raw Telnyx call event stream.</p>
    </section>
  )
}
