import { tagsForChange } from '@/site/cache-tags'
import { onContentChange } from '@/site/invalidation'
import type { PageCache } from './page-cache'
import type { ReadCache } from './read-cache'

/** Purges, from the page cache, exactly the pages that show content that just changed. */
export function purgeOnChange(cache: PageCache): () => void {
  return onContentChange((change) => {
    const tags = tagsForChange(change)
    if (tags === 'all') cache.clear()
    else cache.purge(tags)
  })
}

/** Drops, from the read cache, exactly the answers that read content that just changed. */
export function dropOnChange(reads: ReadCache): () => void {
  return onContentChange((change) => {
    const tags = tagsForChange(change)
    if (tags === 'all') reads.clear()
    else reads.purge(tags)
  })
}
