// A fingerprint of everything `next build` reads, so start rebuilds only when the sources changed.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'db', 'public', 'proxy.ts', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];
const SKIP = new Set(['node_modules', '.next', 'migrations']);
export const STAMP_FILE = path.join('.next', 'watchfloor-build-stamp');

function* walk(entry: string): Generator<string> {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    yield entry;
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* walk(path.join(entry, name));
  }
}

export function sourceFingerprint(root = process.cwd()): string {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) {
    for (const file of walk(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update('\0');
      hash.update(fs.readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP_FILE);
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceFingerprint(root);
}

export function writeStamp(root = process.cwd()) {
  fs.writeFileSync(path.join(root, STAMP_FILE), sourceFingerprint(root));
}

/** Runs `next build` when the sources changed since the last build (or there is none); returns its exit status, 0 when none was needed. */
export function buildIfStale(env: NodeJS.ProcessEnv): number {
  if (buildIsCurrent()) {
    console.log('The build is up to date.');
    return 0;
  }
  console.log('Building Watchfloor (first start or changed sources)…');
  const build = spawnSync(process.execPath, [require.resolve('next/dist/bin/next'), 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
  if (build.status === 0) writeStamp();
  return build.status ?? 1;
}
