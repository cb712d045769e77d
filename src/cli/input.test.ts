import { describe, expect, it } from 'vitest';
import { contextFromText, decodeText, describeFsError, InputError, jsonlLines, parseJsonlLine, splitSubject } from './input';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(bytes('\ufeffCafé ☕'), 'a.txt')).toBe('Café ☕');
  });
  it('rejects a NUL byte as binary', () => {
    expect(() => decodeText(new Uint8Array([0x48, 0x00, 0x49]), 'img.png')).toThrow(/img\.png: looks like a binary file/);
  });
  it('rejects bytes that are not UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0x48, 0xff, 0xfe, 0x49]), 'latin.txt')).toThrow(InputError);
    expect(() => decodeText(new Uint8Array([0xc3]), 'cut.txt')).toThrow(/cut\.txt: is not UTF-8 text/);
  });
});

describe('describeFsError', () => {
  it('names the file and the reason', () => {
    expect(describeFsError('x', Object.assign(new Error('boom'), { code: 'ENOENT' })).message).toBe('x: no such file');
    expect(describeFsError('dir', Object.assign(new Error('boom'), { code: 'EISDIR' })).message).toBe('dir: is a directory, not a file');
    expect(describeFsError('y', Object.assign(new Error('boom'), { code: 'EACCES' })).message).toBe('y: permission denied');
    expect(describeFsError('z', new Error('odd')).message).toBe('z: cannot be read (odd)');
  });
});

describe('decodeText: UTF-16', () => {
  const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeText(utf16le('Hi Ana'), 'le.txt')).toBe('Hi Ana');
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69]);
    expect(decodeText(be, 'be.txt')).toBe('Hi');
  });
  it('rejects a UTF-16 file cut in the middle of a character', () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x48]), 'odd.txt')).toThrow('odd.txt: is not valid UTF-16 LE text');
  });
});

describe('splitSubject', () => {
  it('splits a leading Subject: line off, with offsets into the file', () => {
    const text = 'Subject: Your handover notes\r\nHi Ana,\nThanks.';
    const parts = splitSubject(text);
    expect(parts.subject).toEqual({ start: 9, text: 'Your handover notes' });
    expect(text.slice(parts.body.start)).toBe('Hi Ana,\nThanks.');
    expect(parts.body.text).toBe('Hi Ana,\nThanks.');
  });
  it('leaves a draft without one alone', () => {
    expect(splitSubject('Hi Ana,\nSubject: later')).toEqual({ subject: null, body: { start: 0, text: 'Hi Ana,\nSubject: later' } });
  });
});

describe('parseJsonlLine', () => {
  it('reads ids of any type and channels', () => {
    expect(parseJsonlLine('{"id":7,"text":"Hi","channel":"reply"}', 1)).toEqual({ ok: true, record: { id: 7, text: 'Hi', channel: 'reply' } });
    expect(parseJsonlLine('{"id":null,"text":"","channel":null}', 1)).toEqual({ ok: true, record: { id: null, text: '', channel: undefined } });
  });

  it.each([
    ['{"id":2,"text":', null, /^line 4: invalid JSON/],
    ['[1,2]', null, /^line 4: expected a JSON object/],
    ['{"text":"no id"}', null, /^line 4: missing "id"/],
    ['{"id":"x","text":5}', 'x', /^line 4: "text" must be a string/],
    ['{"id":1,"text":"x","channel":"sms"}', 1, /^line 4: unknown "channel" "sms"/],
    ['{"id":1,"text":"x","lang":"en"}', 1, /^line 4: unknown field "lang"/],
  ])('rejects %j, keeping its id', (input, id, message) => {
    const line = parseJsonlLine(input, 4);
    expect(line.ok).toBe(false);
    if (line.ok) return;
    expect(line.id).toBe(id);
    expect(line.error).toMatch(message);
  });
});

describe('jsonlLines', () => {
  it('skips blank lines, drops CR and numbers lines from 1', () => {
    expect([...jsonlLines('a\r\n\n  \nb')]).toEqual([
      { raw: 'a', lineNumber: 1 },
      { raw: 'b', lineNumber: 4 },
    ]);
  });
});

describe('--jsonl records with a context', () => {
  it.each([
    ['{"id":1,"text":"x","context":"Does it work?"}', { id: 1, text: 'x', channel: undefined, context: { text: 'Does it work?', kind: 'message' } }],
    ['{"id":1,"text":"x","context":"A post","context_kind":"post"}', { id: 1, text: 'x', channel: undefined, context: { text: 'A post', kind: 'post' } }],
    ['{"id":1,"text":"x","context":null}', { id: 1, text: 'x', channel: undefined }],
  ])('reads %s', (raw, record) => {
    expect(parseJsonlLine(raw, 1)).toEqual({ ok: true, record });
  });

  it.each([
    ['{"id":1,"text":"x","context":""}', 'line 3: "context" is empty; give the message or post the draft answers, or leave the field out'],
    ['{"id":1,"text":"x","context":42}', 'line 3: "context" must be a string: the message or post the draft answers'],
    ['{"id":1,"text":"x","context":"m","context_kind":"thread"}', 'line 3: unknown "context_kind" "thread"; use one of message, post'],
    ['{"id":1,"text":"x","context_kind":"post"}', 'line 3: "context_kind" needs a "context"'],
  ])('refuses %s', (raw, error) => {
    expect(parseJsonlLine(raw, 3)).toEqual({ ok: false, id: 1, error });
  });
});

describe('contextFromText', () => {
  it('reads the writer from a From: or Author: header and leaves it out of the text', () => {
    expect(contextFromText('From: "Dana Whitfield" <dana@example.com>\r\nSubject-less\r\n', 'message')).toEqual({ kind: 'message', text: 'Subject-less', names: ['Dana Whitfield'] });
    expect(contextFromText('Author: Maria Santos\nWe cut wait times.', 'post')).toEqual({ kind: 'post', text: 'We cut wait times.', names: ['Maria Santos'] });
  });

  it('reads the name under a message’s sign-off, and nothing else as a name', () => {
    expect(contextFromText('Does it work?\n\nBest regards,\nDana Whitfield\n', 'message').names).toEqual(['Dana Whitfield']);
    expect(contextFromText('Does it work?\n\nWe use Xero Daily', 'message').names).toEqual([]);
    expect(contextFromText('Great news.\n\nThanks,\nDana', 'post').names).toEqual([]);
  });
});
