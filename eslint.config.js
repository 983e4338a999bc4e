// Lint rules: TypeScript's recommended set, React hooks, jsx-a11y so that
// accessibility mistakes (missing labels, alt text) fail the build, and the
// layers of app/ (README "Where things live"): routes on top, capabilities in
// the middle, platform/ and ui/ at the bottom, no import cycles.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const CAPABILITIES = ["accounts", "catalog", "orders", "producers", "libraries", "partners", "impact", "notifications"];
const LAYERS =
  "Layers: routes/ → capabilities → platform/, ui/. Move what two layers share down (README: Where things live).";

export default tseslint.config(
  { ignores: ["build/", "app/generated/", "data/", "node_modules/", "playwright-report/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      ...jsxA11y.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "scripts/**/*.ts", "tests/**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
    },
  },
  {
    // Nothing but a route imports a route.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/routes/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["~/routes/*", "**/routes/*"], message: LAYERS }] }],
    },
  },
  {
    // The bottom layers import no capability (what two capabilities share moves down, never sideways).
    files: ["app/platform/**/*.{ts,tsx}", "app/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["~/routes/*", ...CAPABILITIES.map((folder) => `~/${folder}/*`), "~/root"],
              message: LAYERS,
            },
          ],
        },
      ],
    },
  },
  {
    // What the app keeps for the life of a process lives in app/platform/singleton.server.ts, where
    // the test set-up forgets it between test files sharing a process: a module-level `let` would not be.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/**/*.test.ts", "app/generated/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Program > VariableDeclaration[kind='let'], Program > ExportNamedDeclaration > VariableDeclaration[kind='let']",
          message:
            "Keep process-wide state with singleton() from ~/platform/singleton.server, not in a module-level let.",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
