// @ts-check
// Formatting: the house style as it was written by hand. Lines run long (a rule, a citation or a
// signature stays on one line); 175 is the width at which formatting the code as it stood moved
// the fewest lines. The other options are Prettier's defaults, written out because they are the style.

/** @type {import("prettier").Config} */
export default {
  printWidth: 175,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
  trailingComma: "all",
  bracketSpacing: true,
  arrowParens: "always",
  endOfLine: "lf",
};
