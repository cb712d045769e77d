import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../core/types';
import type { CliReport } from './report';
import { run, useColor, type AnalyzeFn, type CliIO } from './run';
import { makeFinding, makeReport } from './testing';

interface FakeIO extends CliIO {
  out: string;
  err: string;
}

function fakeIO(files: Record<string, string | Uint8Array | 'DIR'>, stdin = '', tty = false, env: Record<string, string> = {}): FakeIO {
  const io: FakeIO = {
    out: '',
    err: '',
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if (content === 'DIR') throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout(chunk) {
      io.out += chunk;
    },
    stderr(chunk) {
      io.err += chunk;
    },
    stdoutIsTTY: tty,
    env,
    version: '9.9.9',
    cwd: '/home/team/templates',
  };
  return io;
}

/** A stand-in analyser: the score is the number in the text ("score 40"), one finding on "act now". */
function fakeAnalyzer(calls: { text: string; options: AnalyzeOptions }[] = []): AnalyzeFn {
  return (text, options): CliReport => {
    calls.push({ text, options });
    const score = Number(/score (\d+)/.exec(text)?.[1] ?? 90);
    const at = text.indexOf('act now');
    return makeReport(at === -1 ? [] : [makeFinding(text, at, at + 7)], score);
  };
}

describe('run: files', () => {
  it('reports each file in order and exits 0', async () => {
    const io = fakeIO({ 'a.txt': 'Please act now. score 60', 'b.txt': 'All good. score 95' });
    expect(await run(['check', 'a.txt', 'b.txt'], io, fakeAnalyzer())).toBe(0);
    expect(io.err).toBe('');
    expect(io.out.indexOf('a.txt:1:8')).toBeGreaterThanOrEqual(0);
    expect(io.out).toContain('a.txt: client-focus score 60/100, 1 finding');
    expect(io.out.indexOf('b.txt: client-focus score 95/100, no findings')).toBeGreaterThan(io.out.indexOf('a.txt: client-focus'));
  });

  it('passes --channel, --sensitivity and --names to the analyser', async () => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    await run(['check', '--channel', 'follow-up', '--sensitivity', 'relaxed', '--names', 'Acme,AcmeCloud', 'a.txt'], fakeIO({ 'a.txt': 'x' }), fakeAnalyzer(calls));
    expect(calls).toEqual([{ text: 'x', options: { channel: 'follow-up', sensitivity: 'relaxed', ownNames: ['Acme', 'AcmeCloud'] } }]);
  });

  it('reads outward.config.json from the nearest parent folder, and the command line wins over it', async () => {
    const config = JSON.stringify({ version: 1, rules: { chasing: false }, sensitivity: 'strict', ownNames: ['Acme'], ignoredPhrases: ['quick question'], sites: { gmail: true, linkedin: true }, defaultChannel: 'follow-up' });
    const files = { 'a.txt': 'x', '/home/team/outward.config.json': config };
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    expect(await run(['check', 'a.txt'], fakeIO(files), fakeAnalyzer(calls))).toBe(0);
    expect(calls[0]?.options).toEqual({ channel: 'follow-up', sensitivity: 'strict', rules: { chasing: false }, ownNames: ['Acme'], ignoredPhrases: ['quick question'] });
    await run(['check', '--sensitivity', 'relaxed', '--channel', 'reply', '--names', 'Beta', 'a.txt'], fakeIO(files), fakeAnalyzer(calls));
    expect(calls[1]?.options).toMatchObject({ channel: 'reply', sensitivity: 'relaxed', ownNames: ['Beta'], ignoredPhrases: ['quick question'] });
    await run(['check', '--no-config', 'a.txt'], fakeIO(files), fakeAnalyzer(calls));
    expect(calls[2]?.options).toEqual({});
  });

  it('refuses a settings file the options page would refuse, with the same message', async () => {
    const io = fakeIO({ 'a.txt': 'x', '/home/team/templates/team.json': '{"version":1,"colour":"red"}' });
    expect(await run(['check', '--config', 'team.json', 'a.txt'], io, fakeAnalyzer())).toBe(2);
    expect(io.err).toBe('outward: team.json: This file has a field Outward does not know: "colour".\n');
    expect(io.out).toBe('');
  });

  it('exits 1 when a score is below --min-score, 0 at or above it', async () => {
    const files = { 'low.txt': 'score 49', 'ok.txt': 'score 50' };
    const low = fakeIO(files);
    expect(await run(['check', '--min-score', '50', 'ok.txt', 'low.txt'], low, fakeAnalyzer())).toBe(1);
    expect(low.err).toBe('outward: below --min-score 50: low.txt (49)\n');
    expect(low.out).toContain('low.txt: client-focus score 49/100');
    expect(await run(['check', '--min-score', '50', 'ok.txt'], fakeIO(files), fakeAnalyzer())).toBe(0);
  });

  it('reports a missing file, a directory and a binary file on stderr, one line each, and exits 2', async () => {
    const io = fakeIO({ 'good.txt': 'score 80', dir: 'DIR', 'logo.png': new Uint8Array([0x89, 0x50, 0x00, 0x01]) });
    expect(await run(['check', 'nope.txt', 'good.txt', 'dir', 'logo.png'], io, fakeAnalyzer())).toBe(2);
    expect(io.err.split('\n')).toEqual(['outward: nope.txt: no such file', 'outward: dir: is a directory, not a file', 'outward: logo.png: looks like a binary file, not text', '']);
    // Only the readable file is reported; nothing on stdout names the failed ones.
    expect(io.out).toBe('good.txt: client-focus score 80/100, no findings\n');
  });

  it('exit status 2 wins over a low score', async () => {
    const io = fakeIO({ 'low.txt': 'score 10' });
    expect(await run(['check', '--min-score', '90', 'low.txt', 'missing.txt'], io, fakeAnalyzer())).toBe(2);
  });

  it('writes one JSON document with --format json, without the failed file', async () => {
    const io = fakeIO({ 'a.txt': 'act now score 30' });
    expect(await run(['check', '--format', 'json', 'a.txt', 'gone.txt'], io, fakeAnalyzer())).toBe(2);
    const doc = JSON.parse(io.out);
    expect(doc.files).toHaveLength(1);
    expect(doc.files[0]).toMatchObject({ file: 'a.txt', score: 30 });
    expect(doc.files[0].findings[0]).toMatchObject({ start: 0, end: 7, line: 1, column: 1 });
  });

  it('reads stdin for -', async () => {
    const io = fakeIO({}, 'from the pipe, score 77');
    expect(await run(['check', '-'], io, fakeAnalyzer())).toBe(0);
    expect(io.out).toBe('<stdin>: client-focus score 77/100, no findings\n');
  });

  it('prints a usage error on one line and exits 2', async () => {
    const io = fakeIO({});
    expect(await run(['check', '--colour', 'a.txt'], io, fakeAnalyzer())).toBe(2);
    expect(io.err).toBe("outward: unknown option '--colour'\n");
    expect(io.out).toBe('');
  });

  it('prints help and version on stdout', async () => {
    const help = fakeIO({});
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out).toMatch(/^Usage: outward check/);
    const version = fakeIO({});
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out).toBe('9.9.9\n');
  });
});

describe('run: --jsonl', () => {
  it('writes one line per record in input order, with the record channel or the default', async () => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    const stdin = ['{"id":"one","text":"act now score 20","channel":"linkedin-note"}', '{"id":2,"text":"score 88"}'].join('\n');
    const io = fakeIO({}, stdin);
    expect(await run(['check', '--jsonl', '--channel', 'reply'], io, fakeAnalyzer(calls))).toBe(0);
    const lines = io.out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.score, l.findings.length])).toEqual([
      ['one', 20, 1],
      [2, 88, 0],
    ]);
    expect(calls.map((c) => c.options.channel)).toEqual(['linkedin-note', 'reply']);
    expect(io.err).toBe('');
  });

  it('answers a bad record with its error in place, checks the others and exits 2 at the end', async () => {
    const io = fakeIO({}, '{"id":1,"text":"score 80"}\n{"id":2,text:"broken"}\n{"id":3,"text":"x","channel":"sms"}\n{"id":4,"text":"score 60"}\n');
    expect(await run(['check', '--jsonl'], io, fakeAnalyzer())).toBe(2);
    const lines = io.out.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.score ?? l.error.replace(/ \(.*|;.*/, '')])).toEqual([
      [1, 80],
      [null, 'line 2: invalid JSON'],
      [3, 'line 3: unknown "channel" "sms"'],
      [4, 60],
    ]);
    expect(io.err).toBe('outward: 2 records could not be checked (lines 2, 3); each "error" says why\n');
  });

  it('honours --min-score', async () => {
    const io = fakeIO({}, '{"id":1,"text":"score 40"}');
    expect(await run(['check', '--jsonl', '--min-score', '41'], io, fakeAnalyzer())).toBe(1);
    expect(io.out.trim().split('\n')).toHaveLength(1);
  });
});

describe('useColor', () => {
  it('colours only a terminal without NO_COLOR', () => {
    expect(useColor({ stdoutIsTTY: true, env: {} })).toBe(true);
    expect(useColor({ stdoutIsTTY: false, env: {} })).toBe(false);
    expect(useColor({ stdoutIsTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ stdoutIsTTY: true, env: { NO_COLOR: '' } })).toBe(true);
  });
});

describe('run: --context', () => {
  const MESSAGE = 'From: Dana Whitfield <dana@example.com>\n\nDoes it work with Xero?\n';

  it('passes the context file, with the name its From: line gives, to the analyser for the body only', async () => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    const io = fakeIO({ 'a.txt': 'Subject: Xero\nHi Dana', 'msg.txt': MESSAGE });
    expect(await run(['check', '--context', 'msg.txt', 'a.txt'], io, fakeAnalyzer(calls))).toBe(0);
    expect(calls).toEqual([
      { text: 'Hi Dana', options: { context: { kind: 'message', text: 'Does it work with Xero?', names: ['Dana Whitfield'] } } },
      { text: 'Xero', options: {} },
    ]);
  });

  it('reads --context-kind post', async () => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    await run(['check', '--context', 'post.txt', '--context-kind', 'post', 'a.txt'], fakeIO({ 'a.txt': 'x', 'post.txt': 'Author: Maria Santos\nWe cut wait times.' }), fakeAnalyzer(calls));
    expect(calls[0]?.options.context).toEqual({ kind: 'post', text: 'We cut wait times.', names: ['Maria Santos'] });
  });

  it.each([
    ['missing.txt', {}, 'outward: --context missing.txt: no such file\n'],
    ['blank.txt', { 'blank.txt': ' \n\t\n' }, 'outward: --context blank.txt: the context is empty; give the message or post the drafts answer\n'],
    ['dir', { dir: 'DIR' as const }, 'outward: --context dir: is a directory, not a file\n'],
  ])('refuses an unusable context (%s) with one line and exit 2, checking nothing', async (path, files, message) => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    const io = fakeIO({ 'a.txt': 'x', ...files });
    expect(await run(['check', '--context', path, 'a.txt'], io, fakeAnalyzer(calls))).toBe(2);
    expect(io.err).toBe(message);
    expect(io.out).toBe('');
    expect(calls).toEqual([]);
  });

  it('gives a --jsonl record its own context, and answers a bad one in its place', async () => {
    const calls: { text: string; options: AnalyzeOptions }[] = [];
    const stdin = [
      JSON.stringify({ id: 1, text: 'a', context: 'Does it work with Xero?\n\nThanks,\nDana' }),
      JSON.stringify({ id: 2, text: 'b', context: '   ' }),
      JSON.stringify({ id: 3, text: 'c', context: 'We cut wait times.', context_kind: 'post' }),
      JSON.stringify({ id: 4, text: 'd' }),
    ].join('\n');
    const io = fakeIO({}, stdin);
    expect(await run(['check', '--jsonl'], io, fakeAnalyzer(calls))).toBe(2);
    expect(calls.map((c) => c.options.context)).toEqual([
      { kind: 'message', text: 'Does it work with Xero?\n\nThanks,\nDana', names: ['Dana'] },
      { kind: 'post', text: 'We cut wait times.', names: [] },
      undefined,
    ]);
    const lines = io.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: number; error?: string });
    expect(lines.map((l) => l.id)).toEqual([1, 2, 3, 4]);
    expect(lines[1]?.error).toBe('line 2: "context" is empty; give the message or post the draft answers, or leave the field out');
  });
});
