/** The index built once per test run (global-setup.ts), for a loadKnowledge call or a process's env. */
export const seedDir = (): string | undefined => process.env.INDEX_SEED_DIR;
export const seedEnv = (): Record<string, string> => {
  const dir = seedDir();
  return dir ? { INDEX_SEED_DIR: dir } : {};
};
