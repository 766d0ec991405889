/**
 * "demo" and its forms in the three languages ("démo", "Demogegevens", "démonstration", …), not
 * words that merely start alike ("democratisch", "démographie", "démolir", "démontrer"). Content
 * must not say it inside sentences: the site settings' banner labels demonstration content once.
 * For the wording tests of seeds and messages, and the walk through the site.
 */
export const DEMO_WORD = /(?<!\p{L})d[eé]mo(?!cra|kra|gra|li|nt)/iu
