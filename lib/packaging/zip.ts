/**
 * `npm run zip`'s options (WXT's `zip` config): the sources zip AMO asks for holds exactly what a
 * Firefox build is made from, listed (not "everything but"), so nothing stray (a local .env, test
 * artifacts, a dist/ folder) is ever uploaded. `npm run build:amo` proves the list is complete: it
 * rebuilds from the sources zip and compares with the package file by file.
 */
export const SOURCES_INCLUDE = [
  "entrypoints/**",
  "lib/**",
  "rules/**",
  "public/**",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "wxt.config.ts",
  "README.md",
  "SOURCE-CODE-README.md",
];

/** Inside those folders: what the build never reads. (WXT adds node_modules, *.test.ts, .output.) */
export const SOURCES_EXCLUDE = ["**/*.log", "**/.DS_Store"];

export const ZIP_OPTIONS = {
  includeSources: SOURCES_INCLUDE,
  excludeSources: SOURCES_EXCLUDE,
};
