// @ts-check
// Lint rules: typescript-eslint's strict and stylistic sets with type information, over every
// TypeScript file the tsconfig covers. Each rule turned off or tuned below says why.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "site/dist/", "coverage/", ".pack/", "docs/api/", ".stryker-tmp/", "reports/"] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // A switch over a union names each member, or ends in a `default` that is the deliberate
      // answer for all the others (an event type that does not concern a dispute); a switch with
      // neither fails. A `default` after every member is named is the `x satisfies never` guard.
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Numbers are written into text throughout (days, counts, coordinates); their text form is the intended one.
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Brackets mark a read from an index signature (a key that may be absent), dots a declared property.
      "@typescript-eslint/dot-notation": ["error", { allowIndexSignaturePropertyAccess: true }],
      // The hot loops index arrays on purpose (faster than the iterator protocol; see bench/).
      "@typescript-eslint/prefer-for-of": "off",
      // Its advice (`x!` for `x as T`) is what no-non-null-assertion forbids; an indexed read under
      // noUncheckedIndexedAccess is narrowed with `as T`, which names the type it is known to have.
      "@typescript-eslint/non-nullable-type-assertion-style": "off",
      // An async function that does not await is how the code meets a Promise-returning interface:
      // a throw in it becomes a rejection, which `Promise.resolve(...)` would not give.
      "@typescript-eslint/require-await": "off",
      // `void check;` marks a compile-time check constant as used (a new event type that is not
      // placed, or a schema that drifts from its type, fails to compile).
      "@typescript-eslint/no-meaningless-void-operator": "off",
      // `() => resolve(x)` as a callback is the usual shorthand; the callback's result is not used.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      // The names tsc's noUnused* checks allow: a leading `_`, or a property left out of a rest.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      // The text escapers (iCal, Mermaid, SVG) match control characters on purpose, always written as \u escapes.
      "no-control-regex": "off",
      // The HTTP adapter throws its own response (status, issues, headers) to its own catch: not an error, so no stack.
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "file", name: "HttpError", path: "src/adapters/http.ts" }] }],
    },
  },
  {
    // Tests: the same rules, less those that fight the test idiom. Vitest's asymmetric matchers
    // (`expect.any(String)`) and parsed JSON are typed `any`; a `!` that is wrong fails the test,
    // which is what the test is for.
    files: ["test/**/*.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Plain JavaScript (this file and the test runner script): no type information, Node's globals.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: "readonly", console: "readonly", module: "writable", require: "readonly", setImmediate: "readonly" } },
  },
);
