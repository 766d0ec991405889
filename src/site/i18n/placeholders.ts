/** A message with its `{name}` placeholders filled from `vars`; a placeholder without a value stays as written. */
export function fillPlaceholders(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}
