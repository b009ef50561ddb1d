/**
 * How long to wait for what the personal tab loads lazily (the planner and "Mine MUS" are their own chunk,
 * see src/ui/surfaces/content/WelcomeView.tsx): on a busy machine the first import takes more than the
 * default second.
 */
export const LAZY = { timeout: 10_000 } as const;
