// The npm package as a team installs it: packed with `npm pack`, installed globally from the
// tarball into a temporary prefix with no network, and run as `outward` from an unrelated folder.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { builtinModules } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dist = process.env.OUTWARD_DIST ?? join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let work = '';

function sh(command: string, args: string[], options: SpawnSyncOptions) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'outward-pack-'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the outward-check package', () => {
  test('has a name of its own and the outward command', () => {
    expect(pkg.name).toBe('outward-check');
    expect(pkg.bin).toEqual({ outward: 'dist/cli/outward.cjs' });
    // Everything the command needs is bundled into it: installing it fetches nothing.
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['dist/cli/outward.cjs']);
  });

  test('the CLI bundle needs nothing but Node built-ins', () => {
    const bundle = readFileSync(join(dist, 'cli/outward.cjs'), 'utf8');
    const required = [...bundle.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2] as string);
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    expect(required.filter((name) => !builtins.has(name))).toEqual([]);
  });

  test('packs, installs from the tarball without a network, and runs from an unrelated folder', () => {
    // A copy of what `npm pack` reads, with the CLI from this build's dist (OUTWARD_DIST may move it).
    const source = join(work, 'source');
    mkdirSync(join(source, 'dist/cli'), { recursive: true });
    cpSync(join(root, 'package.json'), join(source, 'package.json'));
    cpSync(join(root, 'README.md'), join(source, 'README.md'));
    cpSync(join(dist, 'cli/outward.cjs'), join(source, 'dist/cli/outward.cjs'));
    writeFileSync(join(source, 'unrelated.txt'), 'not part of the package');
    const env = { ...process.env, npm_config_cache: join(work, 'cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };

    const packed = sh(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: source, env });
    expect(packed.stderr.replace(/npm (notice|warn).*\n/g, '')).toBe('');
    expect(packed.status).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info!.files.map((f) => f.path).sort()).toEqual(['README.md', 'dist/cli/outward.cjs', 'package.json']);
    const tarball = join(work, info!.filename);
    expect(info!.filename).toBe(`outward-check-${pkg.version}.tgz`);

    const prefix = join(work, 'prefix');
    const installed = sh(npm, ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: work, env });
    expect(installed.status, installed.stderr).toBe(0);

    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    const bin = process.platform === 'win32' ? prefix : join(prefix, 'bin');
    expect(existsSync(join(bin, 'outward'))).toBe(true);
    const pathEnv = { ...env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` };
    expect(sh('outward', ['--version'], { cwd: elsewhere, env: pathEnv })).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    writeFileSync(join(elsewhere, 'note.txt'), 'Hi Ana,\n\nHow did the pilot go for your night shift?\n');
    const checked = sh('outward', ['check', '--format', 'json', 'note.txt'], { cwd: elsewhere, env: pathEnv });
    expect(checked.status).toBe(0);
    expect(JSON.parse(checked.stdout).files[0].file).toBe('note.txt');
  });
});
