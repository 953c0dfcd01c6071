/**
 * Placeholder shapes while the lead loads, announced once to screen readers; while a failed read is
 * retried by itself, the note saying so is shown to everyone.
 */
export function LeadSkeleton({ retrying }: { retrying: string | null }) {
  return (
    <section className="lead-page" aria-busy="true" aria-labelledby="page-title">
      <h1 id="page-title" className="visually-hidden">
        Lead
      </h1>
      <p role="status" className={retrying === null ? 'visually-hidden' : undefined}>
        {retrying ?? 'Loading the lead…'}
      </p>
      <div className="lead-skeleton" aria-hidden="true">
        <div className="skeleton-line skeleton-title" />
        <div className="skeleton-line" />
        <div className="skeleton-line skeleton-short" />
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="skeleton-card" />
        ))}
      </div>
    </section>
  )
}
