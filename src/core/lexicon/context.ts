// Words the context rules read (core/context.ts, rules unanswered-question, wrong-name and
// off-topic-comment): how a message asks for something, which words carry no topic, and which
// greetings name a group rather than a person.
import { patternList, type PatternList } from './entries';

/** How a message asks for something without a question mark: a request is a question to answer. */
export const CONTEXT_REQUESTS: PatternList = patternList([
  ['(?:could|can|would|will) you(?: please| kindly)? (?:send|share|tell|confirm|give|provide|check|explain|clarify|forward|point|walk|recommend|suggest|advise)', '"Could you send the price list."'],
  ['let (?:me|us) know (?:whether|if|when|what|how|which|who|where|why)', '"Let me know whether it works with Xero."'],
  ['please (?:send|share|confirm|advise|tell|provide|forward|clarify|explain|let (?:me|us) know)', '"Please confirm the start date."'],
  ['(?:i|we)(?:\'d| would) (?:like|love|want) to (?:know|hear|understand|see)', '"I\'d like to know the lead time."'],
  ['(?:i|we)(?:\'m| am| are) (?:wondering|curious)', '"I\'m wondering whether you ship to Norway."'],
  ['(?:i|we) (?:need|want) to know', '"We need to know the minimum order."'],
]);

/** Questions that are courtesy, not a request for information: a reply owes them nothing specific. */
export const CONTEXT_PLEASANTRIES: PatternList = patternList([
  ['how (?:are|is|was|were) (?:you|things|everything|it going|your (?:day|week|weekend))', '"How are you?"'],
  ['hope (?:you|this|all|everything)', '"Hope you are well?"'],
  ['(?:any|have a) (?:thoughts|questions)', '"Any thoughts?" at the end of a post asks for nothing in particular'],
  ['what do you (?:all )?think', '"What do you think?" invites any comment'],
  ['(?:do you |anyone )?agree\\?', '"Agree?" at the end of a post'],
]);

/**
 * Words that carry no topic: two texts that share only these share nothing. Each entry is a group
 * of whole words joined by "|" (core/context.ts splits them).
 */
export const TOPICLESS_WORDS: PatternList = patternList([
  ['the|a|an|this|that|these|those|there|here|some|any|all|each|every|other|another|such|same|own', 'determiners and pointers'],
  ['and|or|but|nor|so|yet|if|then|than|because|as|while|though|although|whether|also|too|either|neither', 'conjunctions'],
  ['of|to|in|on|at|by|for|with|from|into|onto|about|over|under|after|before|between|through|during|without|within|up|down|out|off|via|per', 'prepositions'],
  ['i|me|my|mine|we|us|our|ours|you|your|yours|he|him|his|she|her|hers|they|them|their|theirs|it|its|myself|yourself|ourselves|itself', 'pronouns: who a text is about is read elsewhere, not its topic'],
  ['is|am|are|was|were|be|been|being|do|does|did|done|doing|have|has|had|having|can|could|will|would|shall|should|may|might|must|let|lets|get|gets|got|go|goes|going|make|makes|made', 'auxiliaries and light verbs'],
  ['what|when|where|which|who|whom|whose|why|how', 'question words'],
  ['know|tell|send|share|please|confirm|provide|give|check|explain|clarify|forward|wondering|curious|need|want|like|love|think|see|look|hear|understand|advise|suggest|recommend', 'verbs of asking and wanting: the request, not its topic'],
  ['not|no|yes|yeah|sure|okay|ok|just|only|very|really|quite|much|many|more|most|less|still|already|even|again|now|soon|today|well|maybe|perhaps|actually|always|never', 'adverbs and answers'],
  ['hi|hello|hey|dear|thanks|thank|cheers|best|regards|kind|great|good|nice|awesome|amazing|love|congrats|congratulations|agree|wow|interesting|insightful|helpful', 'greetings, thanks and praise: a comment made only of these says nothing about the post'],
  ['post|article|piece|point|points|read|reading|write|writing|wrote|share|shared|sharing|thought|thoughts|take|insight|insights|perspective|content', 'words about a post in general, true of any post'],
  ['thing|things|way|ways|lot|lots|bit|one|ones|something|anything|everything|nothing|someone|anyone|everyone|people|time|times|day|days|week|year|able', 'general nouns'],
]);

/** Words after "Hi" that greet a group or nobody in particular, not a person. */
export const GROUP_GREETINGS: PatternList = patternList([
  ['all|everyone|everybody|team|folks|guys|there|both|friends|colleagues|sir|madam|sirs|ladies|gentlemen|again', 'greeted as a group or as nobody in particular'],
]);

/** Short forms of first names that share no prefix with the full name. */
export const NICKNAMES: PatternList = patternList([
  ['bob|bobby|rob|robbie|bert:robert', 'short forms of Robert'],
  ['bill|billy|will|willy|liam:william', 'short forms of William'],
  ['liz|lizzie|beth|betty|eliza|libby:elizabeth', 'short forms of Elizabeth'],
  ['kate|katie|kathy|kat:katherine|catherine|kathryn', 'short forms of Katherine'],
  ['jim|jimmy|jamie:james', 'short forms of James'],
  ['dick|rick|ricky|rich:richard', 'short forms of Richard'],
  ['peggy|maggie|meg:margaret', 'short forms of Margaret'],
  ['ted|ed|eddie|ned:edward', 'short forms of Edward'],
  ['jack|johnny:john', 'short forms of John'],
  ['tony:anthony|antonio', 'short forms of Anthony'],
  ['sasha:alexander|alexandra|aleksandr', 'short forms of Alexander'],
  ['chuck:charles', 'short forms of Charles'],
  ['hank:henry', 'short forms of Henry'],
  ['sandy:sandra|alexandra', 'short forms of Sandra'],
  ['nick:nicholas|nicolas|nicola', 'short forms of Nicholas'],
]);
