/** @jsxImportSource @/site/html */
import type { Translate } from '@/site/i18n'

/** "Did you mean renovatie?", the word a link to its own search. */
export function SpellingSuggestion(props: { suggestion: string | undefined; href: string; t: Translate }) {
  if (!props.suggestion) return null
  const [before, after] = props.t('searchDidYouMean').split('{suggestion}')
  return (
    <p class="search-suggestion">
      {before}
      <a href={props.href}>
        <em>{props.suggestion}</em>
      </a>
      {after}
    </p>
  )
}
