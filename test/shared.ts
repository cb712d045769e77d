// Where the shared material for this checkout lives: the real saved pages of Gmail and LinkedIn
// (and the corpora) sit in shared/ beside the repository, never inside it. A clone made somewhere
// else (`git clone . /tmp/outward-check`) finds it beside the checkout it was cloned from;
// OUTWARD_SHARED names it outright. When none of these exists, the tests that read it fail with
// the path they tried: they never skip.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/** The checkout this one was cloned from, when that is a folder on this machine. */
function originCheckout(): string | null {
  try {
    const url = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
    return isAbsolute(path) && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function sharedDir(): string {
  if (process.env.OUTWARD_SHARED) return resolve(process.env.OUTWARD_SHARED);
  const beside = join(ROOT, '..', 'shared');
  if (existsSync(beside)) return beside;
  const origin = originCheckout();
  const besideOrigin = origin ? join(origin, '..', 'shared') : null;
  return besideOrigin && existsSync(besideOrigin) ? besideOrigin : beside;
}

/** The shared/ folder for this checkout (see above). */
export const SHARED = sharedDir();
/** Real saved pages of Gmail and LinkedIn, read at test time and never copied into the project. */
export const REALDOM = join(SHARED, 'realdom');
