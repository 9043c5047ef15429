// The letters of the scripts written without capitals and mostly without blanks between words (Chinese, Japanese,
// Korean), with the katakana long-vowel mark and middle dot that names written in katakana hold (`ジョーンズ`,
// `ヤマダ・タロウ`): one character class for the detectors that read a name or a login in them.

/** The class's contents, for a regular expression with the `u` flag: `[${CJK_LETTERS}]`. */
export const CJK_LETTERS = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}ー・";
