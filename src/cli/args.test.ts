import { describe, expect, it } from 'vitest';
import { HELP, parseArgs, parseNames, UsageError, type CheckCommand } from './args';

function check(argv: string[]): CheckCommand {
  const command = parseArgs(argv);
  if (command.kind !== 'check') throw new Error(`expected check, got ${command.kind}`);
  return command;
}

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseArgs', () => {
  it('reads --context and --context-kind', () => {
    expect(check(['check', '--context', 'msg.txt', 'a.txt'])).toMatchObject({ context: 'msg.txt', contextKind: 'message' });
    expect(check(['check', '--context=post.txt', '--context-kind', 'post', 'a.txt'])).toMatchObject({ context: 'post.txt', contextKind: 'post' });
  });

  it.each([
    [['check', '--context-kind', 'post', 'a.txt'], '--context-kind needs --context FILE'],
    [['check', '--context', 'm.txt', '--context-kind', 'thread', 'a.txt'], "--context-kind must be one of message, post (got 'thread')"],
    [['check', '--context=', 'a.txt'], '--context needs a file name'],
    [['check', '--jsonl', '--context', 'm.txt'], '--jsonl records carry their own "context"; drop --context'],
    [['check', '--jsonl', '--context-kind', 'post'], '--jsonl records carry their own "context_kind"; drop --context-kind'],
  ])('rejects %j', (argv, message) => {
    expect(usageError(argv)).toBe(message);
  });

  it('defaults to text format with no options', () => {
    expect(check(['check', 'a.txt', 'b.txt'])).toEqual({
      kind: 'check',
      files: ['a.txt', 'b.txt'],
      format: 'text',
      jsonl: false,
      channel: undefined,
      sensitivity: undefined,
      ownNames: [],
      minScore: undefined,
      context: undefined,
      contextKind: 'message',
    });
  });

  it('reads every option in both --opt value and --opt=value spellings', () => {
    const spaced = check(['check', '--format', 'json', '--channel', 'linkedin-note', '--names', 'Acme, AcmeCloud', '--min-score', '70', '--sensitivity', 'strict', 'x.txt']);
    const joined = check(['check', '--format=json', '--channel=linkedin-note', '--names=Acme, AcmeCloud', '--min-score=70', '--sensitivity=strict', 'x.txt']);
    expect(spaced).toEqual(joined);
    expect(spaced).toMatchObject({ format: 'json', channel: 'linkedin-note', ownNames: ['Acme', 'AcmeCloud'], minScore: 70, sensitivity: 'strict', files: ['x.txt'] });
  });

  it('treats - as stdin and everything after -- as files', () => {
    expect(check(['check', '-']).files).toEqual(['-']);
    expect(check(['check', '--', '--odd-name.txt']).files).toEqual(['--odd-name.txt']);
  });

  it('accepts --jsonl without files', () => {
    expect(check(['check', '--jsonl', '--channel', 'reply'])).toMatchObject({ jsonl: true, files: [], channel: 'reply' });
  });

  it('gives help and version precedence over everything else', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['check', '-h', 'a.txt'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['check', '--frobnicate', 'a.txt'], /unknown option '--frobnicate'/],
    [['check', '--format', 'xml', 'a.txt'], /--format must be one of text, json/],
    [['check', '--channel', 'fax', 'a.txt'], /--channel must be one of/],
    [['check', '--min-score', 'high', 'a.txt'], /--min-score must be a number from 0 to 100/],
    [['check', '--min-score', '-5', 'a.txt'], /--min-score/],
    [['check', '--min-score', '101', 'a.txt'], /--min-score/],
    [['check', '--min-score', '', 'a.txt'], /--min-score/],
    [['check', '--names', ' , ', 'a.txt'], /--names needs at least one name/],
    [['check', 'a.txt', '--format'], /--format needs a value/],
    [['check', '--format', '--jsonl'], /--format needs a value/],
    [['check', '--format=json', '--format=text', 'a.txt'], /more than once/],
    [['check', '--jsonl=yes'], /takes no value/],
    [['check'], /no input/],
    [['--jsonl'], /missing command/],
    [['check', '--config', 'a.json', '--no-config', 'a.txt'], /cannot be used together/],
    [['check', '--format', 'sarif', 'a.txt'], /--format must be one of text, json, github/],
    [['lint', 'a.txt'], /unknown command 'lint'/],
    [['check', '--jsonl', 'a.txt'], /takes no file arguments/],
    [['check', '--jsonl', '--format', 'json'], /drop --format/],
  ])('rejects %j', (argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });

  it('reads --config, --no-config and --format github', () => {
    expect(check(['check', '--config', 'team.json', 'a.txt']).config).toBe('team.json');
    expect(check(['check', '--no-config', 'a.txt']).config).toBe(false);
    expect(check(['check', 'a.txt']).config).toBeUndefined();
    expect(check(['check', '--format=github', 'a.txt']).format).toBe('github');
  });

  it('answers bare outward with help, and the help fits in 80 columns', () => {
    expect(parseArgs([])).toEqual({ kind: 'help' });
    const wide = HELP.split('\n').filter((line) => line.length > 80);
    expect(wide).toEqual([]);
  });

  it('keeps error messages on one line', () => {
    expect(usageError(['check', '--channel', 'fax', 'a.txt'])).not.toContain('\n');
  });
});

describe('parseNames', () => {
  it('trims, drops empties and duplicates', () => {
    expect(parseNames(' Acme ,,AcmeCloud, Acme')).toEqual(['Acme', 'AcmeCloud']);
  });
});
