import { describe, expect, it } from 'vitest';
import { decodeText, describeFsError, InputError, parseJsonl } from './input';

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

describe('parseJsonl', () => {
  it('keeps order, ids of any type and channels; skips blank lines and CRLF endings', () => {
    const input = '{"id":"b","text":"Second?"}\r\n\n{"id":7,"text":"Hi","channel":"reply"}\n   \n{"id":null,"text":"","channel":null}\n';
    expect(parseJsonl(input)).toEqual([
      { id: 'b', text: 'Second?', channel: undefined },
      { id: 7, text: 'Hi', channel: 'reply' },
      { id: null, text: '', channel: undefined },
    ]);
  });

  it.each([
    ['{"id":1,"text":"ok"}\n{"id":2,"text":', /stdin line 2: invalid JSON/],
    ['[1,2]', /stdin line 1: expected a JSON object/],
    ['"just a string"', /stdin line 1: expected a JSON object/],
    ['{"text":"no id"}', /stdin line 1: missing "id"/],
    ['{"id":1,"text":5}', /stdin line 1: "text" must be a string/],
    ['\n\n{"id":1,"text":"x","channel":"fax"}', /stdin line 3: unknown "channel" "fax"/],
  ])('rejects %j', (input, message) => {
    expect(() => parseJsonl(input)).toThrow(message);
  });
});
