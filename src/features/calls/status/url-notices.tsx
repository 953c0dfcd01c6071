/** What the URL asked for that could not be used, and what the page shows instead. */
export function UrlNotices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null
  return (
    <div className="alert warn" role="status">
      <strong>Some of this link could not be used.</strong>
      <ul className="notice-list">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  )
}
