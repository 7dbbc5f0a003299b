/**
 * Small wording helpers for explanations and messages: a count with its noun
 * in the right number ("1 visit", "2 visits", never "visit(s)"), the
 * indefinite article of a word ("an object", "a Map") and a possessive that
 * does not double the s ("Relument Solutions' privacy policy").
 */

/**
 * `n` followed by `word` in the singular when `n` is 1 (or -1), else in the
 * plural (`pluralForm`, default `word + "s"`).
 *
 * @example
 * plural(1, "visit"); //=> "1 visit"
 * plural(2, "visit"); //=> "2 visits"
 * plural(0, "no-show"); //=> "0 no-shows"
 * plural(3, "add-on device"); //=> "3 add-on devices"
 */
export function plural(n: number | string, word: string, pluralForm: string = `${word}s`): string {
  return `${n} ${isOne(n) ? word : pluralForm}`;
}

/**
 * The singular or the plural form alone, for a verb or a noun that agrees
 * with `n` ("1 payment falls", "2 payments fall").
 *
 * @example
 * agree(1, "is", "are"); //=> "is"
 * agree(3, "is", "are"); //=> "are"
 */
export function agree(n: number | string, singular: string, pluralForm: string): string {
  return isOne(n) ? singular : pluralForm;
}

function isOne(n: number | string): boolean {
  return Math.abs(Number(n)) === 1;
}

/**
 * `word` with its indefinite article: "an" before a vowel sound, "a" before a
 * consonant sound (including "U" read as "you": "a Uint8Array", "a URL").
 *
 * @example
 * withArticle("object"); //=> "an object"
 * withArticle("Map"); //=> "a Map"
 * withArticle("Int8Array"); //=> "an Int8Array"
 * withArticle("Uint8Array"); //=> "a Uint8Array"
 */
export function withArticle(word: string): string {
  return `${/^(?:[aeio]|u(?!ni|int|rl|se|su|ti))/i.test(word) ? "an" : "a"} ${word}`;
}

/**
 * The possessive of a name: "Relaso's", but "Relument Solutions'" (a name
 * ending in s takes the apostrophe alone).
 *
 * @example
 * possessive("Relaso"); //=> "Relaso's"
 * possessive("Relument Solutions"); //=> "Relument Solutions'"
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
