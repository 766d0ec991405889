'use client'
/**
 * The item being edited in all its languages, read once per screen from this site's own API (the
 * latest draft, without fallback), shared by every field that shows the other languages' text.
 */
import { useEffect, useState } from 'react'

type Doc = Record<string, unknown>

const loads = new Map<string, Promise<Doc | undefined>>()

function load(api: string, collection: string, id: string | number, version: string): Promise<Doc | undefined> {
  const key = `${collection}/${id}/${version}`
  let loading = loads.get(key)
  if (!loading) {
    loading = fetch(`${api}/${collection}/${id}?locale=all&draft=true&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<Doc>) : undefined))
      .catch(() => undefined)
    loads.set(key, loading)
  }
  return loading
}

/** The document in every language (`{ title: { nl, fr, en }, … }`), undefined while it loads or for a new item. */
export function useAllLanguages(
  api: string,
  collection: string | undefined,
  id: string | number | undefined,
  version: string,
): Doc | undefined {
  const [doc, setDoc] = useState<Doc | undefined>()
  useEffect(() => {
    if (!collection || id === undefined) return
    let current = true
    load(api, collection, id, version).then((loaded) => {
      if (current) setDoc(loaded)
    })
    return () => {
      current = false
    }
  }, [api, collection, id, version])
  return doc
}
