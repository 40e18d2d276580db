/**
 * The limits every content file is held to. Each one exists so that a hostile or broken file
 * stops the build with a message (which names the limit) instead of exhausting time, memory
 * or the stack of the build machine. Real articles are far below all of them.
 */
export const LIMITS = {
  /** Bytes of one `.mdx` edition (the first article's longest edition is about 37 KB). */
  mdxBytes: 1_000_000,
  /** Bytes of one `.yaml` file. */
  yamlBytes: 1_000_000,
  /** Container nesting (lists, block quotes, elements) of an MDX body. */
  nesting: 16,
  /** Reference numbers one citation range such as `[4–9]` may span. */
  citationRange: 100,
  /** Alias expansions in one YAML file (the `yaml` package's maxAliasCount). */
  yamlAliases: 100,
} as const;
