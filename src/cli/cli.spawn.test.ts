// Runs the BUILT command (dist/cli/outward.cjs, or $OUTWARD_DIST/cli/outward.cjs) as a user
// would: real process, real files, real exit codes. A missing build fails loudly; it is never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../core/index';
import { HELP } from './args';

const root = resolve(__dirname, '../..');
const dist = process.env.OUTWARD_DIST ? resolve(process.env.OUTWARD_DIST) : join(root, 'dist');
const cli = join(dist, 'cli/outward.cjs');

let dir = '';
const SELFISH = 'Hi,\n\nI hope this finds you well. We are the leading provider of award-winning workflow software, trusted by hundreds of firms. Just following up to see if you got my last email. Act now — this offer ends Friday.\n';
const FOCUSED = 'Hi Priya,\n\nYour note about the night shift losing an hour to handovers stuck with me. What does a handover look like on your floor today?\n';

const FRENCH = 'Bonjour Claire,\n\nMerci pour votre message. Nous vous répondrons bientôt avec les détails de la livraison et le calendrier prévu pour le mois prochain.\n';

/** The message JSON.parse gives for a text (Node's wording varies between versions). */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('valid JSON');
}

function outward(args: string[], input?: string, cwd = dir) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '' } });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failing call: exit 2, exactly one stderr line naming the problem, nothing on stdout. */
function expectBadInput(result: ReturnType<typeof outward>, problem: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^outward: /);
  expect(result.stderr).toMatch(problem);
}

beforeAll(() => {
  if (!existsSync(cli)) {
    throw new Error(`The built CLI is missing at ${cli}. Build it first: \`node build.mjs\` (or \`OUTWARD_DIST=${dist} node build.mjs\`).`);
  }
  dir = mkdtempSync(join(tmpdir(), 'outward-cli-'));
  writeFileSync(join(dir, 'selfish.txt'), SELFISH);
  writeFileSync(join(dir, 'focused.txt'), FOCUSED);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'french.txt'), FRENCH);
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('outward (built)', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const result = outward(['--version']);
    expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help on stdout for --help and for bare outward, within 80 columns', () => {
    expect(outward(['--help'])).toEqual({ status: 0, stdout: HELP, stderr: '' });
    expect(outward([])).toEqual({ status: 0, stdout: HELP, stderr: '' });
    expect(HELP.split('\n').filter((line) => line.length > 80)).toEqual([]);
  });

  it('reports files in text format with a score line per file and no colour when piped', () => {
    const result = outward(['check', 'selfish.txt', 'focused.txt']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toMatch(/^selfish\.txt: client-focus score \d{1,3}\/100, /m);
    expect(result.stdout).toMatch(/^focused\.txt: client-focus score \d{1,3}\/100, /m);
    // Every finding header points into the file it belongs to.
    for (const header of result.stdout.match(/^\S+:\d+:\d+ /gm) ?? []) expect(header).toMatch(/^(selfish|focused)\.txt:\d+:\d+ $/);
  });

  it('gives the same results as the analyser in-process (the build is not stale)', () => {
    const records = [
      { id: 'a', text: SELFISH, channel: 'cold-email' as const },
      { id: 'b', text: FOCUSED, channel: 'linkedin-message' as const },
      { id: 'c', text: '' },
    ];
    const result = outward(['check', '--jsonl'], records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    parsed.forEach((p, i) => {
      const record = records[i] as (typeof records)[number];
      const expected = analyze(record.text, 'channel' in record ? { channel: record.channel } : {});
      // An empty draft is not scored.
      expect(p.score, `score of ${record.id}; rebuild if the analyser changed`).toBe(record.text === '' ? null : expected.score);
      expect(p.findings.map((f: { rule: string; start: number; end: number }) => [f.rule, f.start, f.end])).toEqual(expected.findings.map((f) => [f.ruleId, f.start, f.end]));
      for (const f of p.findings) {
        expect(Object.keys(f)).toEqual(['rule', 'category', 'start', 'end', 'message', 'suggestions']);
      }
    });
  });

  it('--format json matches --jsonl scores', () => {
    const json = outward(['check', '--format', 'json', 'selfish.txt', '-'], FOCUSED);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(['selfish.txt', '<stdin>']);
    const jsonl = outward(['check', '--jsonl'], `${JSON.stringify({ id: 1, text: SELFISH })}\n${JSON.stringify({ id: 2, text: FOCUSED })}\n`);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).score)).toEqual(doc.files.map((f: { score: number }) => f.score));
  });

  it('exits 1 when a draft whose verdict is known falls below --min-score, naming it, and 0 for one above', () => {
    const low = outward(['check', '--min-score', '50', 'selfish.txt']);
    expect(low.status).toBe(1);
    expect(low.stderr).toMatch(/^outward: below --min-score 50: selfish\.txt \(\d+\)\n$/);
    expect(outward(['check', '--min-score', '50', 'focused.txt']).status).toBe(0);
  });

  it('names every file below --min-score with its score and lists the ones not scored', () => {
    const result = outward(['check', '--min-score', '100', 'selfish.txt', 'empty.txt', 'focused.txt', 'french.txt']);
    const scores = outward(['check', '--jsonl'], `${JSON.stringify({ id: 1, text: SELFISH })}\n${JSON.stringify({ id: 2, text: FOCUSED })}\n`)
      .stdout.trim()
      .split('\n')
      .map((line) => JSON.parse(line).score as number);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'outward: not scored, so not held to --min-score 100: empty.txt (empty), french.txt (mostly not English)\n' +
        `outward: below --min-score 100: selfish.txt (${scores[0]}), focused.txt (${scores[1]})\n`,
    );
    expect(result.stdout).toMatch(/^empty\.txt: not scored \(empty\)$/m);
    expect(result.stdout).toMatch(/^french\.txt: not scored \(mostly not English\)$/m);
  });

  it('scores a clearly self-oriented draft below its client-focused rewrite', () => {
    const before = 'Hello,\n\nWe are the number one provider of payroll software and our award-winning team has 20 years of experience. Our platform offers automation, dashboards, integrations and reporting. We would love to show you our demo. Just checking in: when can we book a call?\n';
    const after = 'Hello Marta,\n\nYou mentioned that closing payroll for the two new depots now takes your team three extra days each month. How are you handling the overtime approvals in the meantime? If it helps, I can send the checklist another retailer used to cut that to one day.\n';
    const result = outward(['check', '--jsonl'], `${JSON.stringify({ id: 'before', text: before })}\n${JSON.stringify({ id: 'after', text: after })}\n`);
    expect(result.status).toBe(0);
    const [first, second] = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { score: number });
    expect(first!.score).toBeLessThan(50);
    expect(second!.score).toBeGreaterThan(first!.score + 30);
  });

  it('rejects a missing file', () => {
    expectBadInput(outward(['check', 'no-such-draft.txt']), /no-such-draft\.txt: no such file/);
  });

  it('rejects a directory', () => {
    expectBadInput(outward(['check', '.']), /\.: is a directory/);
  });

  it('rejects a binary file', () => {
    expectBadInput(outward(['check', 'logo.png']), /logo\.png: looks like a binary file/);
  });

  it('answers each bad --jsonl record in its place, checks the rest in order and exits 2 at the end', () => {
    const input = [
      JSON.stringify({ id: 'a', text: FOCUSED }),
      '{"id":"b","text":"oops"',
      JSON.stringify({ id: 'c', text: FOCUSED, channel: 'sms' }),
      JSON.stringify({ text: FOCUSED }),
      JSON.stringify({ id: 'e', text: FOCUSED, lang: 'en' }),
      JSON.stringify({ id: 'f', text: FOCUSED, channel: 'reply' }),
    ].join('\n');
    const result = outward(['check', '--jsonl'], input + '\n');
    expect(result.status).toBe(2);
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[1]).toBe(`{"id":null,"error":"line 2: invalid JSON (${jsonError('{"id":"b","text":"oops"')})"}`);
    expect(lines.slice(2, 5)).toEqual([
      '{"id":"c","error":"line 3: unknown \\"channel\\" \\"sms\\"; use one of cold-email, follow-up, linkedin-note, linkedin-message, reply, service-reply, newsletter"}',
      '{"id":null,"error":"line 4: missing \\"id\\""}',
      '{"id":"e","error":"line 5: unknown field \\"lang\\"; a record has \\"id\\", \\"text\\", \\"channel\\", \\"context\\" and \\"context_kind\\""}',
    ]);
    const good = [lines[0], lines[5]].map((line) => JSON.parse(line as string));
    expect(good.map((g) => [g.id, typeof g.score, Array.isArray(g.findings)])).toEqual([
      ['a', 'number', true],
      ['f', 'number', true],
    ]);
    expect(result.stderr).toBe('outward: 4 records could not be checked (lines 2, 3, 4, 5); each "error" says why\n');
  });

  it('rejects an unknown option', () => {
    expectBadInput(outward(['check', '--fix', 'selfish.txt']), /unknown option '--fix'/);
  });

  it('rejects a bad option value', () => {
    expectBadInput(outward(['check', '--channel', 'carrier-pigeon', 'selfish.txt']), /--channel must be one of/);
    expectBadInput(outward(['check', '--min-score', 'lots', 'selfish.txt']), /--min-score must be a number/);
  });

  it('still reports the good file when another one fails, and exits 2', () => {
    const result = outward(['check', 'focused.txt', 'missing.txt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('outward: missing.txt: no such file\n');
    expect(result.stdout).toMatch(/^focused\.txt: client-focus score/m);
    expect(result.stdout).not.toContain('missing.txt');
  });
});

describe('outward (built) with --context', () => {
  const MESSAGE = 'From: Dana Whitfield <dana@example.com>\n\nHi Mo,\n\nDoes it work with Xero? Could you send the price list for ten seats?\n\nThanks,\nDana\n';
  const REPLY = 'Hi Tom,\n\nYes, it works with Xero out of the box.\n\nBest,\nMo\n';
  const POST = 'Our clinic cut patient wait times from 40 minutes to 12 by letting nurses triage by text before the visit.';
  const PITCH = 'Great post! We help companies like yours grow revenue with our AI sales platform. DM me to learn more.';

  beforeAll(() => {
    writeFileSync(join(dir, 'dana.txt'), MESSAGE);
    writeFileSync(join(dir, 'reply.txt'), REPLY);
    writeFileSync(join(dir, 'post.txt'), POST);
    writeFileSync(join(dir, 'pitch.txt'), PITCH);
    writeFileSync(join(dir, 'blank.txt'), '  \n');
  });

  it('judges a reply against its message and a comment against its post; the JSON report lists what was read', () => {
    const text = outward(['check', '--context', 'dana.txt', 'reply.txt']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('“Tom” is not who you are writing to: this goes to Dana Whitfield.');
    expect(text.stdout).toContain('They asked “Could you send the price list for ten seats?” Answer that first.');
    expect(text.stdout).toContain('Context: a message from Dana Whitfield; 2 questions, 1 answered');
    const json = JSON.parse(outward(['check', '--format', 'json', '--context', 'dana.txt', 'reply.txt']).stdout) as { files: Array<{ context: unknown; findings: Array<{ rule: string; suggestions: Array<{ edits: unknown[] }> }> }> };
    expect(json.files[0]?.context).toEqual({
      kind: 'message',
      names: ['Dana Whitfield'],
      questions: [
        { text: 'Does it work with Xero?', answered: true },
        { text: 'Could you send the price list for ten seats?', answered: false },
      ],
      shared: [],
    });
    expect(json.files[0]?.findings.find((f) => f.rule === 'wrong-name')?.suggestions[0]?.edits).toEqual([{ start: 3, end: 6, text: 'Dana' }]);
    const comment = outward(['check', '--format', 'json', '--context', 'post.txt', '--context-kind', 'post', 'pitch.txt']);
    expect(JSON.parse(comment.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toContain('off-topic-comment');
    // Without --context the same draft is judged as before: no context rule, no context field.
    const plain = JSON.parse(outward(['check', '--format', 'json', 'reply.txt']).stdout).files[0];
    expect(plain).not.toHaveProperty('context');
    expect(plain.findings.map((f: { rule: string }) => f.rule)).not.toContain('wrong-name');
  });

  it('reads "context" and "context_kind" in --jsonl records; a record without one is judged as before', () => {
    const input = [
      JSON.stringify({ id: 1, text: REPLY, context: MESSAGE }),
      JSON.stringify({ id: 2, text: PITCH, context: POST, context_kind: 'post' }),
      JSON.stringify({ id: 3, text: REPLY }),
      JSON.stringify({ id: 4, text: REPLY, context: '' }),
    ].join('\n');
    const result = outward(['check', '--jsonl'], input);
    expect(result.status).toBe(2);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['unanswered-question', 'wrong-name']);
    expect(lines[0].context.questions.map((q: { answered: boolean }) => q.answered)).toEqual([true, false]);
    expect(lines[1].findings.map((f: { rule: string }) => f.rule)).toContain('off-topic-comment');
    expect(Object.keys(lines[2])).toEqual(['id', 'score', 'findings']);
    expect(lines[2].score).toBe(analyze(REPLY).score);
    expect(lines[3]).toEqual({ id: 4, error: 'line 4: "context" is empty; give the message or post the draft answers, or leave the field out' });
  });

  it('refuses an empty or missing context file with one line and exit 2', () => {
    expectBadInput(outward(['check', '--context', 'blank.txt', 'reply.txt']), /^outward: --context blank\.txt: the context is empty/);
    expectBadInput(outward(['check', '--context', 'nowhere.txt', 'reply.txt']), /^outward: --context nowhere\.txt: no such file$/m);
    expectBadInput(outward(['check', '--context-kind', 'post', 'reply.txt']), /--context-kind needs --context FILE/);
  });
});

describe('outward (built) for teams: settings file, CI annotations, encodings, subject line', () => {
  const PLEASANTRY = 'Hi Dana,\n\nI hope this finds you well. How is the rollout going for your support team this week?\n';

  /** The rule ids the built CLI reports for a file, with the given extra arguments. */
  function rules(args: string[], cwd = dir): string[] {
    const result = outward(['check', '--format', 'json', ...args], undefined, cwd);
    expect(result.stderr).toBe('');
    return (JSON.parse(result.stdout).files[0].findings as { rule: string }[]).map((f) => f.rule);
  }

  it('applies never-flag phrases and rule switches from --config, finds outward.config.json in a parent, and --no-config turns it off', () => {
    writeFileSync(join(dir, 'pleasantry.txt'), PLEASANTRY);
    expect(rules(['pleasantry.txt'])).toContain('hollow-pleasantry');
    writeFileSync(join(dir, 'phrases.json'), JSON.stringify({ version: 1, ignoredPhrases: ['hope this finds you well'] }));
    expect(rules(['--config', 'phrases.json', 'pleasantry.txt'])).not.toContain('hollow-pleasantry');
    expect(rules(['--config', 'phrases.json', 'selfish.txt'])).toContain('chasing');

    const team = join(dir, 'team');
    mkdirSync(join(team, 'templates'), { recursive: true });
    writeFileSync(join(team, 'outward.config.json'), JSON.stringify({ version: 1, rules: { chasing: false } }));
    writeFileSync(join(team, 'templates', 'selfish.txt'), SELFISH);
    const cwd = join(team, 'templates');
    expect(rules(['selfish.txt'], cwd)).not.toContain('chasing');
    expect(rules(['--no-config', 'selfish.txt'], cwd)).toContain('chasing');
  });

  it('applies the sensitivity and the default channel from the settings file exactly as the flags do', () => {
    // About 200 words: over a strict cold email's length (180), within a balanced one's (250), and far over a connection note's 300 characters.
    const sentence = (i: number) => `How does your team in region ${i} handle the weekly handover between the day and night shifts today?`;
    writeFileSync(join(dir, 'long.txt'), `Hi Ana,\n\n${Array.from({ length: 11 }, (_, i) => sentence(i + 1)).join(' ')}\n`);
    const report = (args: string[]) => {
      const result = outward(['check', '--format', 'json', ...args, 'long.txt']);
      expect([result.status, result.stderr]).toEqual([0, '']);
      return JSON.parse(result.stdout).files[0] as { score: number; findings: { rule: string; message: string }[] };
    };
    const plain = report(['--no-config']);
    expect(plain.findings.map((f) => f.rule)).not.toContain('channel-fit');
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ version: 1, sensitivity: 'strict' }));
    writeFileSync(join(dir, 'note.json'), JSON.stringify({ version: 1, defaultChannel: 'linkedin-note' }));
    const strict = report(['--config', 'strict.json']);
    expect(strict).toEqual(report(['--no-config', '--sensitivity', 'strict']));
    expect(strict.findings.map((f) => f.rule)).toContain('channel-fit');
    const note = report(['--config', 'note.json']);
    expect(note).toEqual(report(['--no-config', '--channel', 'linkedin-note']));
    expect(note.findings.find((f) => f.rule === 'channel-fit')?.message).toMatch(/^A connection note holds 300 characters; this one has \d+\./);
    // A flag on the command line wins over the file.
    expect(report(['--config', 'note.json', '--channel', 'cold-email'])).toEqual(plain);
  });

  it('counts own names from the settings file as the writer', () => {
    const text = 'Hi Sam,\n\nNorthwind helps teams like yours. Northwind is fast, Northwind is simple and Northwind is loved.\n';
    writeFileSync(join(dir, 'names.txt'), text);
    writeFileSync(join(dir, 'names.json'), JSON.stringify({ version: 1, ownNames: ['Northwind'] }));
    const score = (args: string[]) => JSON.parse(outward(['check', '--format', 'json', ...args, 'names.txt']).stdout).files[0].score as number;
    expect(score(['--config', 'names.json'])).toBeLessThan(score(['--no-config']));
  });

  it('refuses a settings file with the options page message and exit 2', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 1, colour: 'red' }));
    expect(outward(['check', '--config', 'bad.json', 'focused.txt'])).toEqual({ status: 2, stdout: '', stderr: 'outward: bad.json: This file has a field Outward does not know: "colour".\n' });
    writeFileSync(join(dir, 'newer.json'), JSON.stringify({ version: 99 }));
    expect(outward(['check', '--config', 'newer.json', 'focused.txt']).stderr).toBe('outward: newer.json: These settings come from a newer version of Outward. Update Outward first.\n');
    expect(outward(['check', '--config', 'absent.json', 'focused.txt'])).toEqual({ status: 2, stdout: '', stderr: 'outward: absent.json: no such file\n' });
    // A switch for a rule this build does not have is ignored with the options page's warning.
    writeFileSync(join(dir, 'old-rule.json'), JSON.stringify({ version: 1, rules: { 'retired-rule': false } }));
    const old = outward(['check', '--config', 'old-rule.json', 'focused.txt']);
    expect([old.status, old.stderr]).toEqual([0, 'outward: old-rule.json: Ignored switches for rules this version of Outward does not have: "retired-rule".\n']);
  });

  it('writes a GitHub annotation per finding on its line and column, and an error for a file below --min-score', () => {
    const result = outward(['check', '--format', 'github', '--min-score', '50', 'selfish.txt', 'focused.txt']);
    expect(result.status).toBe(1);
    const jsonl = JSON.parse(outward(['check', '--jsonl'], JSON.stringify({ id: 1, text: SELFISH }) + '\n').stdout) as { score: number; findings: { rule: string; category: string; start: number; end: number; message: string }[] };
    const at = (offset: number) => {
      const before = SELFISH.slice(0, offset).split('\n');
      return { line: before.length, column: [...(before.at(-1) as string)].length + 1 };
    };
    const expected = jsonl.findings.map((f) => {
      const start = at(f.start);
      const end = at(f.end);
      const endLine = end.line === start.line ? '' : `,endLine=${end.line}`;
      return `::warning file=selfish.txt,line=${start.line}${endLine},col=${start.column},endColumn=${end.column},title=${f.category} (${f.rule})::${f.message}`;
    });
    expect(expected.length).toBeGreaterThan(2);
    expect(result.stdout.split('\n')).toEqual([
      ...expected,
      `::error file=selfish.txt,title=Client-focus score below 50::selfish.txt has a client-focus score of ${jsonl.score}/100, below --min-score 50.`,
      '',
    ]);
    expect(result.stderr).toBe(`outward: below --min-score 50: selfish.txt (${jsonl.score})\n`);
  });

  it('reads UTF-8 with a BOM and UTF-16 LE and BE with a BOM as the same text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SELFISH, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, 'bom8.txt'), '\ufeff' + SELFISH);
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    const doc = JSON.parse(outward(['check', '--format', 'json', 'selfish.txt', 'bom8.txt', 'le.txt', 'be.txt']).stdout) as { files: { score: number; findings: unknown[] }[] };
    const [plain, ...others] = doc.files.map((f) => JSON.stringify([f.score, f.findings]));
    expect(others).toEqual([plain, plain, plain]);
  });

  it('checks a leading Subject: line as the subject and reports it apart from the body', () => {
    const text = `Subject: Our award-winning platform\n${FOCUSED}`;
    writeFileSync(join(dir, 'subject.txt'), text);
    const doc = JSON.parse(outward(['check', '--format', 'json', 'subject.txt']).stdout).files[0];
    expect(doc.subject.text).toBe('Our award-winning platform');
    expect(doc.subject.findings.map((f: { rule: string; excerpt: string; line: number; column: number }) => [f.rule, f.excerpt, f.line, f.column])).toEqual([['superlative-claim', 'award-winning', 1, 14]]);
    // The body is judged alone: the same findings and score as the draft without the subject line.
    const bodyOnly = JSON.parse(outward(['check', '--format', 'json', 'focused.txt']).stdout).files[0];
    expect(doc.score).toBe(bodyOnly.score);
    expect(doc.findings.map((f: { rule: string; start: number }) => [f.rule, f.start - 36])).toEqual(bodyOnly.findings.map((f: { rule: string; start: number }) => [f.rule, f.start]));
    const textOut = outward(['check', 'subject.txt']).stdout;
    expect(textOut).toMatch(/^subject\.txt:1:14 {2}subject {2}bragging {2}superlative-claim$/m);
    expect(textOut).toMatch(new RegExp(`^subject\\.txt: client-focus score ${bodyOnly.score}/100, .*; subject: 1 finding$`, 'm'));
  });
});
