import { advice } from '../rule-kit';
import { sentenceRule } from '../rule';
import type { RuleReport } from '../rule';

/** Placeholder syntaxes of mail-merge tools: {{name}}, {name}, [First Name], <Company>, %FNAME%, *|FNAME|*, ${name}. */
const TAG =
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\$\{[^{}\n]{1,40}\}|\*\|[A-Z_]{2,30}\|\*|%[A-Z][A-Z_]{2,30}%|\[(?:first[ _]?name|last[ _]?name|name|company(?: name)?|company[ _]name|your name|title|job title|city|industry|recipient|contact(?: name)?|prospect(?: name)?|organi[sz]ation)\]|<(?:first[ _]?name|company(?:[ _]name)?|name)>|\{(?:first[ _]?name|firstname|company|name|last[ _]?name)\}/giu;

export default sentenceRule({
  id: 'merge-tag',
  category: 'generic',
  level: 'phrase',
  priority: 0,
  description: 'Flags unfilled mail-merge placeholders such as {{FirstName}}, [Company] or %FNAME%.',
  rationale:
    'An unfilled placeholder proves the message is a template sent in bulk. It undoes any personal touch in the rest of the draft.',
  messages: {
    tag: '{tag} is an unfilled placeholder. Replace it with their real name or detail.',
  },
  options: {},
  scope: 'sentence',
  check(sentence) {
    const reports: RuleReport[] = [];
    for (const match of sentence.text.matchAll(TAG)) {
      reports.push({
        start: match.index,
        end: match.index + match[0].length,
        messageId: 'tag',
        data: { tag: match[0] },
        suggestions: [advice('Fill in the real name or detail by hand')],
      });
    }
    return reports;
  },
  examples: {
    bad: [
      { text: 'Hi [[{{FirstName}}]],' },
      { text: 'I looked at [[[Company]]] yesterday.' },
      { text: 'Dear [[%FNAME%]], thanks for signing up.' },
    ],
    good: [
      { text: 'Hi Maya,' },
      { text: 'The function takes {options} as its only argument.' },
      { text: 'See section [2] of the contract.' },
    ],
  },
});
