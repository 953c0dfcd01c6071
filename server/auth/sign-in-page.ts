/**
 * The password sign-in page, rendered on the server so it works before (and without) the SPA. Plain HTML
 * with a labelled field; no script at all, and its styles come from /auth/sign-in.css so the page runs
 * under the same Content-Security-Policy as everything else.
 */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function signInPage(options: { next: string; error?: string }): string {
  const error = options.error
    ? `<p class="error" id="sign-in-error" role="alert">${escapeHtml(options.error)}</p>`
    : ''
  const describedBy = options.error ? ' aria-describedby="sign-in-error" aria-invalid="true"' : ''
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <title>Sign in · Calltrail</title>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <link rel="stylesheet" href="/auth/sign-in.css" />
  </head>
  <body>
    <main>
      <h1>Sign in to Calltrail</h1>
      <p>Call logs are personal data, so this dashboard asks for its password.</p>
      <form method="post" action="/auth/sign-in">
        <input type="hidden" name="next" value="${escapeHtml(options.next)}" />
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required autofocus${describedBy} />
        ${error}
        <button type="submit">Sign in</button>
      </form>
    </main>
  </body>
</html>
`
}

export const SIGN_IN_CSS = `
:root { font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; }
main { width: min(22rem, calc(100vw - 2rem)); }
h1 { font-size: 1.4rem; margin: 0 0 0.5rem; }
form { display: grid; gap: 0.5rem; margin-top: 1.5rem; }
input[type='password'] { font: inherit; padding: 0.5rem; border: 1px solid GrayText; border-radius: 4px; }
button { font: inherit; padding: 0.5rem 1rem; border-radius: 4px; cursor: pointer; }
.error { color: #b3261e; margin: 0; }
@media (prefers-color-scheme: dark) { .error { color: #f2b8b5; } }
`
