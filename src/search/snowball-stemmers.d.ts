// The package ships no types; this is the part Belfort uses.
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string }
}
