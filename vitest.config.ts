import {configDefaults, defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    // Integration and browser tests open real DuckDB files and a real Chromium: give them room on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    // Two projects so that only runs that include browser tests pay for the site build (global setup).
    // `include` lives only in the projects: with `extends: true` vitest concatenates arrays, so a root `include`
    // would make the browser project pick up every test file too.
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "test/browser/**"],
          globalSetup: ["test/support/clean-temp.ts"]
        }
      },
      {
        extends: true,
        test: {name: "browser", include: ["test/browser/**/*.test.ts"], globalSetup: ["test/browser/global-setup.ts"]}
      }
    ]
  }
});
