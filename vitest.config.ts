import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The browser suite has its own config (test/e2e/vitest.config.ts): one file at a time.
    exclude: [...configDefaults.exclude, "test/e2e/**"],
    pool: "threads",
    testTimeout: 30_000,
  },
});
