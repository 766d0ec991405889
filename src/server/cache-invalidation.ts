import { tagsForChange } from '@/site/cache-tags'
import { onContentChange } from '@/site/invalidation'
import type { PageCache } from './page-cache'

/** Purges, from the page cache, exactly the pages that show content that just changed. */
export function purgeOnChange(cache: PageCache): () => void {
  return onContentChange((change) => {
    const tags = tagsForChange(change)
    if (tags === 'all') cache.clear()
    else cache.purge(tags)
  })
}
