/** The largest page number a list accepts: far beyond any list's last page, short enough to be a number. */
const PAGE_PARAMETER = /^[1-9]\d{0,5}$/

/**
 * The page of a paged list from `?page=N`: 1 when absent, undefined when it is not a page number
 * (the view then lists the problem and answers 400; a number past the last page is a 404).
 */
export function readPageNumber(query: URLSearchParams): number | undefined {
  const raw = query.get('page')
  if (raw === null) return 1
  return PAGE_PARAMETER.test(raw) ? Number(raw) : undefined
}
