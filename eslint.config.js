import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "public/build/**",
      "node_modules/**",
      "test-output/**",
      ".cache/**",
      "dist/**",
      "test/corpora/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The ticket schema reaches the browser: written in zod/mini, only the parts used are bundled (classic zod's
    // chainable API brings all of itself, about 50 KB gzip).
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: 'Use "zod/mini" in app/: classic zod would load whole in the browser.' }] },
      ],
    },
  },
  {
    files: ["bin/**", "test/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
  {
    // Plain Node scripts (no TypeScript to know Node's globals).
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
  },
);
