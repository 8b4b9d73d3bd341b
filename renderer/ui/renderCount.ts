/**
 * Profiling builds (`vite build --mode profile`, made by `npm run bench`) and tests only: counts
 * the renders of one kind of component in `window.__renderCounts`, so the benchmark and the tests
 * can tell how many stickies a hover or a post redrew. In the app the function is empty and the
 * branch is removed from the build.
 */
export const countRender: (kind: string) => void =
  import.meta.env.MODE === 'profile' || import.meta.env.MODE === 'test'
    ? (kind) => {
        const w = window as unknown as { __renderCounts?: Record<string, number> };
        const counts = (w.__renderCounts ??= {});
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
    : () => {};
