/** `Text/HTML; charset=x` → `text/html`; an empty string when there is no type. */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}
