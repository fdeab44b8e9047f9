// Removes the built files that nothing the manifest starts can load: what is left after a page is dropped
// from one browser's build (Firefox has no use for Chrome's offscreen document or the chunks only it imports).
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Relative references in built HTML (src/href) and JS (static and dynamic imports). */
const REFERENCE = /(?:\b(?:src|href)=["']|\bfrom\s*["']|\bimport\s*\(?\s*["'])([^"'?#]+\.(?:js|css|html))["']/g;

/** The built files that `text` (the content of `file`, a path relative to the build) loads, relative to the build. */
export function localReferences(file, text) {
  return [...text.matchAll(REFERENCE)].map(([, ref]) =>
    ref.startsWith('/') ? ref.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(file), ref)),
  );
}

/** Files the manifest names directly: background, pages, content scripts. */
function roots(manifest) {
  const bg = manifest.background ?? {};
  return [
    ...(bg.scripts ?? []),
    bg.service_worker,
    bg.page,
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...(manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ].filter(Boolean);
}

export async function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out;
}

/**
 * Deletes the .js/.css files under `dir` that no root reaches. Scripts the background injects by name
 * (content.js and the like, at the top level) are kept as roots too. Returns the removed paths.
 */
export async function pruneUnreachable(dir, manifest) {
  const files = await listFiles(dir);
  const topLevelScripts = files.filter((f) => !f.includes('/') && f.endsWith('.js'));
  const seen = new Set();
  const queue = [...roots(manifest), ...topLevelScripts].map((f) => f.replace(/^\//, ''));
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !files.includes(file)) continue;
    seen.add(file);
    const text = await readFile(path.join(dir, file), 'utf8');
    queue.push(...localReferences(file, text));
  }
  const unreachable = files.filter((f) => /\.(?:js|css)$/.test(f) && !seen.has(f));
  await Promise.all(unreachable.map((f) => rm(path.join(dir, f))));
  return unreachable;
}
