/**
 * The word the issue wants out of every sentence (demonstration content is labelled once, by the
 * site settings' banner): "demo", "démo", "Demogegevens", "démonstration", … but not "democratisch"
 * or "démocratique". For the tracker's wording tests.
 */
export const DEMO_WORD = /\bd[eé]mo(?!cra|kra)/i
