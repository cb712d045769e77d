// The `outward` command (package.json "bin"; built by build.mjs to dist/cli/outward.cjs).
// Only process wiring lives here; everything else is in run.ts and is tested in-process.
import { readFileSync } from 'node:fs';
import { version } from '../../package.json';
import { run, type CliIO } from './run';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

// A reader that closes the pipe early (`outward check … | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const io: CliIO = {
  readFile: (path) => readFileSync(path),
  readStdin,
  stdout: (chunk) => void process.stdout.write(chunk),
  stderr: (chunk) => void process.stderr.write(chunk),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
  version,
  cwd: process.cwd(),
};

run(process.argv.slice(2), io).then(
  (code) => {
    // exitCode, not exit(): let piped stdout drain before the process ends.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`outward: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
