/** Bundles `entry` (a path from the repository root) into `outDir`/`fileName`; returns that file's path. */
export function bundleForNode(entry: string, outDir: string, fileName?: string): Promise<string>;
/** Imports `entry` (a path from the repository root), bundled for Node. */
export function importTypeScript(entry: string): Promise<Record<string, unknown>>;
