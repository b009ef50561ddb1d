// teams-js prefetches its list of valid origins with fetch at module load; jsdom has no fetch, and the
// unhandled rejection would fail the run. A rejecting stub makes teams-js fall back to its built-in list.
globalThis.fetch = (() => Promise.reject(new Error('network disabled in tests'))) as typeof fetch;
