/**
 * Word patterns: lists of alternatives in regular-expression syntax, for the regexes the views,
 * asks.ts and a few rules build. The lexicon holds the vocabulary (which words, which phrases);
 * the code that builds each regex keeps only the grammar around it (anchors, word boundaries,
 * the subject before a verb) and builds it once, at load, with lexiconRegex. Entry order is kept
 * as it was in the regex: the first alternative that matches wins, which decides the span where
 * one is reported.
 */
import { patternList, type PatternList } from './entries';

// What a draft asks of the reader and what it gives them (asks.ts).

/** Requests for the reader's time: a call, a demo, a meeting, minutes in their calendar. */
export const TIME_ASKS: PatternList = patternList([
  ['(?:quick|short|brief|\\d{1,2}|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?|-minute)?\\s+(?:call|chat|demo|meeting|conversation|zoom|intro)', 'a short call or meeting, sized to sound small'],
  ['(?:hop|jump|get) on a (?:quick )?(?:call|zoom|chat)', 'asks the reader onto a call'],
  ['grab (?:a )?(?:coffee|time|\\d+ minutes)', 'casual wording for taking their time'],
  ['book (?:a|some) (?:demo|call|meeting|time|slot)', 'books the reader\'s time'],
  ['schedule (?:a|some) (?:call|demo|meeting|time)', 'books the reader\'s time, as "schedule"'],
  ['set up (?:a|some) (?:call|meeting|demo|time)', 'books the reader\'s time, as "set up"'],
  ['(?:find|grab|get|put) (?:some )?time (?:on|in) (?:your|the) calendar', 'asks for a slot in their calendar'],
  ['discovery call', 'the sales name for a first call'],
  ['(?:some|a) time to (?:chat|talk|connect|meet)', 'asks for time to talk'],
  ['open to (?:a|an) (?:call|chat|conversation|meeting|intro)', '"Would you be open to a call?"'],
  ['worth a (?:quick )?(?:call|chat|conversation)', 'sells the call as worth their time'],
  ['(?:few|couple of|\\d+) minutes of your time', 'asks for minutes of their time'],
  ['time to (?:chat|talk|connect|hop on)', '"Do you have time to chat?"'],
  ['good time to chat', '"Is there a good time to chat?"'],
  ['demo of (?:our|the|my)', 'offers a product demo'],
  ['(?:set up|arrange) a (?:quick )?(?:demo|call)', 'arranges a demo or call'],
  ['(?:\\d{1,2}|few|couple of) (?:min|mins|minutes) (?:to|for) (?:chat|talk|connect|a (?:quick )?call)', 'asks for a set number of minutes'],
  ['(?:can|could|may) i (?:get|have|grab|borrow) (?:\\d{1,2}|a few|ten|fifteen|twenty) (?:min|mins|minutes)', 'asks outright for minutes'],
  ['sit down with you', 'asks for a meeting in person'],
  ['(?:i|we)(?:[\'’]d| would)? (?:really |also )?(?:love|like|want|wanted|hope|(?:am|was|are|were) hoping) to (?:briefly |quickly )?(?:speak|talk|chat|meet) (?:with |to )?you', '"I\'d love to chat with you": the writer\'s wish to take their time ("our lead would like to meet you" is offered)'],
  ['(?:(?:call|ring|phone) me(?= on| at| back|\\s*[.!,]| when| if)|give me a (?:call|ring))', '"Please call me on…": their time on the writer\'s line'],
  ['(?:come in|stop by|drop by|meet(?: up)?|take you(?: out)?) (?:for|to) (?:a )?(?:coffee|lunch|drink|breakfast|dinner)', 'coffee or lunch: a meeting, sweetened'],
  ['\\d{1,3} (?:more )?minutes of (?:your|mentorship|advice|coaching|feedback)', '"30 more minutes of mentorship": minutes of theirs ("starts with 30 minutes of socialising" asks nothing)'],
  ['(?:get|be|land) on your (?:calendar|schedule|diary)|when (?:are|would) you (?:be )?free to (?:meet|talk|chat|call|connect)', '"the best way to get on your calendar": a slot of theirs'],
]);

/**
 * The forms of a request to the reader: a question to "you" with a modal, "please", a wish that
 * the reader act ("I'd love it if you…"), "let me know if…". What is asked decides who gains
 * (FAVOURS, TIME_ASKS, OFFERED_ASKS); the form only says that something is asked.
 */
export const REQUEST_FORMS: PatternList = patternList([
  ['(?:would|could|can|will|may) (?:you|i|we)', '"Would you…?", "Could I…?": the modal question of a request'],
  ['(?:are|were) you (?:open|interested|willing|able|available|keen)', '"Are you open to…?"'],
  ['(?:do|would) you (?:mind|want|have (?:time|a minute|any interest))', '"Do you mind…?"'],
  ['please', 'the plain request'],
  ['(?:let me know|tell me) (?:if|whether|what|when)', '"Let me know if…"'],
  ['(?:i|we)(?:[\'’]d| would) (?:love|like|be (?:grateful|thrilled|honou?red|delighted)) (?:it )?(?:if|for) you', '"I\'d love it if you…": a wish that the reader act'],
  ['(?:i|we)(?:[\'’]d| would) (?:love|like) to (?:have you|get your|ask you|invite you|feature|interview|pick your brain)', '"I\'d love to have you as a guest", "I\'d love to pick your brain"'],
  ['are you the right person', '"Are you the right person to speak to about…?": the reader asked to route the writer'],
  ['(?:wondering|wonder|hoping|hope|curious) (?:if|whether|you (?:can|could|would|will|might))', '"I was wondering if you…", "I hope you can…", "curious if you\'d be open to…"'],
  ['(?:(?:i|we)[\'’]d|would) (?:love|like) to connect', '"I\'d love to connect…": a connection needs the reader to accept it'],
  ['(?:ask|asking) (?:if|whether) you', '"I\'m writing to ask if you would…"'],
  ['(?:would|might|may) (?:you )?be interested in', '"Would you be interested in…?"'],
  ['(?:is|would) (?:it|there) (?:be )?(?:possible|a chance|any chance)', '"Would it be possible to…?"'],
  ['if (?:you(?:[\'’]re| are)|this is(?: of)?) interest(?:ed)?', '"If you are interested, …": the ask after a pitch'],
]);

/**
 * What a request asks the reader to do for the writer: pass it on, link, publish, feature,
 * introduce, connect, advise. The reader is the grammatical subject and the writer the one who
 * gains; with nothing given first it is a favour asked of a stranger.
 */
export const FAVOURS: PatternList = patternList([
  ['(?:share|forward|pass|send) (?:it|this|them|these)(?: (?:on|along|around))?(?: (?:to|with))?', 'passing the writer\'s message on'],
  ['pass (?:it |this )?(?:on|along)', 'passing the writer\'s message on'],
  ['(?:forward|pass (?:on|along)) (?:my|our)', '"forward my deck to…": the writer\'s thing passed on'],
  ['(?:colleagues|contacts|network|friends|followers|readers|audience|subscribers) (?:who|that) (?:may|might|would|could)', 'reaching the reader\'s people for the writer'],
  ['(?:introduce(?! you\\b)|introduction|intro|refer (?!to\\b)|referring (?:me|us)\\b|referral|put me in touch|connect me)', 'an introduction to the reader\'s contacts ("refer to the article" is not one; "may I introduce you to her?" is offered to the reader)'],
  ['(?:add|include|place|insert|put) (?:a |my |our |the )?(?:link|backlink|mention|banner|widget|button)', 'a link on the reader\'s site'],
  ['link(?:ing)? (?:exchange|back|to (?:my|our))', 'a link to the writer\'s site'],
  ['guest (?:post|article|blog|contribution|author|writer)', 'publishing the writer\'s text on the reader\'s site'],
  ['(?:publish|publishing|feature|featuring|post|posting|cover|covering|promote|promoting|review|reviewing|mention|mentioning|retweet|repost|share|sharing|write about) (?:some of )?(?:my|our|us|me|it on)', 'giving the writer\'s work the reader\'s audience'],
  ['(?:send|give|forward|email) (?:me|us) (?:your|a|an|the)', 'something of the reader\'s for the writer'],
  ['(?:work|partner|collaborate) with (?:me|us)', 'the reader working for the writer\'s plan'],
  ['(?:write|do|run) (?:a |an )?(?:story|piece|article|feature|post|review|profile) (?:on|about) (?:me|us|my|our)', 'a story about the writer'],
  ['(?:speak|talk|present) (?:at|on|in) your', 'the writer on the reader\'s stage'],
  ['(?:be a |as a )?guest on (?:your|my|our)', 'a guest spot'],
  ['(?:like|follow|subscribe to|sign up for|join) (?:us|me|our|my)', 'following the writer'],
  ['(?:your|some) (?:advice|feedback|thoughts|input|help|support|perspective|opinion|insights?) on (?:my|our)', 'advice on the writer\'s work'],
  ['(?:help|support) (?:me|us)', '"could you help me…"'],
  ['(?:look(?:ing)?|glanc(?:e|ing)) (?:at|over|through) (?:my|our)', '"would you look over my resume?": the reader\'s time on the writer\'s work'],
  ['(?:(?:to|and|let[\'’]s) connect(?: with me| on linkedin| here)?|add me(?: on linkedin| here)?) (?:so|to|and)', 'connecting so the writer can sell or learn ("Connect to Git" is an instruction, not a connection)'],
  ['(?:write|give|leave) (?:me |us )?(?:a |an )?(?:brief |short |quick )?(?:recommendation|testimonial|reference|endorsement|review)', 'a recommendation or review of the writer\'s work'],
  ['(?:buy|purchase|invest in)', 'the reader paying the writer'],
  ['point me (?:to|toward|towards|in the right direction)|(?:the )?right person (?:to|for|i should)', 'routing the writer\'s pitch: "Are you the right person to speak to…?", "could you point me to…"'],
  ['pick your brain', 'advice for the writer\'s own plans'],
  ['(?:if|whether) there(?:[\'’]s| is| would be| might be) (?:a )?(?:good |mutual )?fit', '"let me know if there is a fit": the reader sorting themselves for the writer'],
]);

/**
 * A favour put as a suggestion, with no request form: the writer's own piece proposed for the
 * reader's page or audience ("my guide would make a great addition to your resources page",
 * "your readers would benefit from a link to our post"). The reader's page is the one that changes
 * and the writer gets the link, whoever the sentence says would benefit.
 */
export const PITCHED_FAVOURS: PatternList = patternList([
  ['(?:make|be) (?:a )?(?:good|great|nice|valuable|useful|perfect|helpful|excellent|worthy) (?:addition|complement) to your', '"…would make a great addition to your page"'],
  ['(?:fit|slot) (?:right )?in(?:to)? your (?:[\\w-]+ )?(?:page|post|article|list|guide|round-?up|resources?)', '"…would fit right in your round-up"'],
  ['(?:your )?(?:readers|audience|visitors|subscribers|followers) (?:would|might|could|will) (?:benefit from|find|enjoy|love|appreciate) (?:a link|a mention|my|our|it)', '"your readers would benefit from a link to our guide"'],
]);

/**
 * The writer offering to do a piece of work for the reader, in the conditional: "I'd be happy to
 * review your draft", "we would be glad to set it up". Verbs of meeting and hearing are left out:
 * "I'd be happy to chat" asks for time.
 */
export const WORK_OFFERS: PatternList = patternList([
  ['(?:i|we)(?:[\'’]d| would) (?:also )?be (?:more than )?(?:happy|glad|delighted) to (?!(?:be|hear|see|have|know|learn|connect|chat|talk|speak|discuss|meet|jump|hop|get|catch)\\b)\\p{L}+', 'the conditional offer of work'],
]);

/** Asks that offer: the writer does the work and the reader decides ("Want me to send the report?"); WORK_OFFERS are offers too. */
export const OFFERED_ASKS: PatternList = patternList([
  ['(?:want|like) me to', '"Would you like me to send it?"'],
  ['(?:shall|should) i', '"Shall I send the list?"'],
  ['if (?:it(?:[\'’]s| is| would be)|that(?:[\'’]s| is| would be)) (?:useful|helpful)', '"…if that would be useful": the reader decides'],
  ['happy to (?:send|share|walk|show|help|introduce|answer)', 'the writer offering work'],
  ['if you (?:need|have (?:any )?(?:questions?|problems?|issues?|trouble)|run into|get stuck|still (?:can(?:not|[\'’]t)|have))', '"Email us if you need to change anything": a way out for the reader\'s own need'],
  ['(?:have|got|any) (?:(?:any|more) )?(?:questions?|problems?|trouble)(?=\\s*\\?)', '"Have questions? Book a call": the reader\'s own need, asked first'],
  ['(?:need|want) (?:any )?help(?=\\s*\\?)', '"Need help? Reply to this email"'],
  ['if (?:we|i) can (?:help|support|assist)', '"…if we can support in any way": help the reader may take'],
]);

/** Words that say a file comes with the message: a gift to the draft (GIFTS) and a cue that a sentence gives (GIFT_CUES). */
export const ATTACHMENTS: PatternList = patternList([
  ['attached', 'a file comes with the message'],
  ['enclosed', 'as attached, in letter style'],
]);

/** Signs a draft gives the reader something: a resource, a finding, a way out of replying (after ATTACHMENTS; links are matched beside them). */
export const GIFTS: PatternList = patternList([
  ['attaching', 'the writer is attaching something as they write'],
  ['i(?:\'ve|’ve| have)? (?:put together|made|mocked|recorded|drafted|wrote|written|sketched|pulled|compiled|built you|ran|checked|found|noticed)', 'the writer made, checked or found something for them ("I read your post", "I saw your talk" are attention, not a gift)'],
  ['here(?:\'s| is| are) (?:a|the|an|two|three|what|how)', 'hands something over ("here is my CV" hands over the writer, not a gift)'],
  ['a (?:copy|sample|draft|mock-?up|teardown|checklist|template|guide|summary|breakdown|list) (?:of|for|you)', 'names a thing made for them'],
  ['no (?:reply|need to reply|pressure)', 'frees the reader from answering'],
  ['happy to send', 'offers to send something'],
  ['(?:i|we)(?:\'ve|’ve| have)? (?:recommended|referred|introduced|mentioned) you', 'a referral: the writer put the reader forward to someone'],
]);

/**
 * The writer's own credentials and promotion handed over (after "my" or "our"): a link or an
 * attachment of these presents the writer; the reader gains nothing from it, so it is no gift.
 */
export const SELF_PRESENTATION: PatternList = patternList([
  ['(?:resume|résumé|cv|portfolio|application)', 'the writer\'s case for themselves'],
  ['(?:profile|linkedin|bio|website|site|homepage|company page)', 'where the writer is described'],
  ['(?:pitch )?deck|one-pager|brochure|media kit|press release|press kit|rate card', 'the writer\'s sales material'],
]);

// The focus of a sentence (nlp/focus.ts): what the writer does in it and whether the reader gains.

/** Bridges from what the writer does to what the reader gains: with one, a sentence about the writer is about both. */
export const READER_GAIN_BRIDGES: PatternList = patternList([
  ['so (?:that )?(?:you|your)', '"…so you can…": the point turns to the reader\'s gain'],
  ['which (?:means|lets|gives|saves) (?:you|your)', 'states what the reader gets from it'],
  ['(?:letting|helping|saving|giving|allowing|enabling) (?:you|your)', 'a participle handing the benefit to the reader'],
  ['for you to', '"…for you to try": the reader as the one who acts'],
  ['(?:means|meaning) (?:you|your)', '"…meaning you skip the export"'],
  ['(?:you|your team) (?:can|could|will|\'ll|’ll) (?:now )?(?:get|save|cut|see|spend|avoid|keep|have|stop|skip)', 'the reader\'s gain spelled out'],
  ['to (?:fix|restore|resolve|recover|repair|replace|reinstate|refund|get back) (?:your|you)', '"…working to restore your site": the writer at work on the reader\'s problem'],
  ['to get (?:your|you) [^.!?;]{1,40}?\\bback', '"…to get your blog back online"'],
  ['so (?:that )?(?:people|everyone|everybody|customers|members|attendees|users|participants|subscribers) (?:can|could|will|have|get|don[\'’]t|do not|won[\'’]t|aren[\'’]t)', '"…so that people can plan": in a message to many, the readers\' gain'],
  ['to (?:fix|restore|resolve|recover|repair) (?:the|this|that|an?) (?:issue|problem|outage|error|bug|incident|fault|mistake)', '"…worked through the night to resolve the issue": the writer at work on the problem the reader met'],
]);

/** Wishes that are questions about the reader: "I'd love to hear how you…". */
export const LISTENING: PatternList = patternList([
  ['(?:love|like|want(?:ed)?|curious) to (?:hear|learn|understand|know|see|ask|check) (?:how|what|whether|if|about|why|where|when|your|you)', '"I\'d love to hear how you…": a wish that asks about them'],
  ['wonder(?:ing|ed)? (?:if|whether|how) you', '"I was wondering whether you…": a question put gently'],
]);

/** Words before "if" that make a polite request: "I'd be grateful if you could…". */
export const POLITE_ASKS: PatternList = patternList([
  ['grateful', '"I\'d be grateful if you could…"'],
  ['appreciate(?: it)?', '"We would appreciate it if…"'],
  ['thankful', 'as grateful'],
]);

/** Words that make a sentence an apology, sincere or not. */
export const APOLOGY_WORDS: PatternList = patternList([
  ['sorry', 'the plain apology'],
  ['apologi[sz]e[sd]?', 'apologise, apologized, apologises'],
  ['apologies', 'the noun, plural'],
  ['apology', 'the noun'],
  ['regret', 'the formal apology verb'],
]);

/** What makes an apology phony: it is for "any inconvenience", for how the reader feels, or for writing at all. */
export const PHONY_APOLOGY_CUES: PatternList = patternList([
  ['any inconvenience', 'an apology for "any" harm names none'],
  ['the inconvenience', 'a stock object of apology'],
  ['inconvenience (?:this|it) (?:may have )?caused', 'doubts that harm was done'],
  ['if you (?:feel|felt)', 'makes the reader\'s feeling the condition'],
  ['you feel', 'apologises for their feeling'],
  ['you felt', 'apologises for their feeling, past'],
  ['that you (?:are|were) (?:upset|unhappy|frustrated)', 'regrets their mood, not a mistake'],
  ['to bother', 'apologises for writing at all'],
  ['bothering', 'as "to bother"'],
  ['for the (?:delay|wait)\\b(?! (?:in|on|with) (?:your|the) (?:refund|order|fix|shipment))', 'a delay apology, unless it names what was delayed'],
]);

/** The writer owning a specific mistake, which makes an apology sincere. */
export const OWNED_FAULTS: PatternList = patternList([
  ['(?:i was|we were) wrong', 'admits being wrong'],
  ['(?:we|i) (?:made|make) (?:a|an|the) (?:mistake|error)', 'owns a mistake'],
  ['(?:our|my) (?:mistake|error|fault|bad)', 'claims the fault'],
  ['(?:we|i) (?:messed|screwed|mixed) up', 'a plain admission'],
  ['(?:we|i) (?:got|had) (?:it|this|that) wrong', 'admits the error'],
  ['(?:we|i) (?:should have|shouldn\'t have|should not have)', 'names what the writer should have done'],
  ['(?:we|i) (?:missed|forgot|broke|overcharged|double-charged|charged you twice)', 'names the specific miss'],
]);

/** Openings of a thank-you sentence (after an optional "and", "so" or "but"). */
export const THANKS_OPENERS: PatternList = patternList([
  ['thank(?:s| you)', 'a sentence of thanks'],
  ['many thanks', 'as thanks'],
  ['we appreciate', 'thanks in the "we" form'],
  ['i appreciate', 'thanks in the "I" form'],
  ['kudos', 'praise for what the reader did, as thanks'],
]);

/**
 * Congratulations open a sentence as thanks do (nlp/focus.ts reads them as thanks), and are said
 * to the reader even with no "you" in them: "Congrats on the Series C!".
 */
export const CONGRATULATIONS: PatternList = patternList([
  ['(?:(?:massive|huge|big|hearty|warm(?:est)?|many) )?(?:congrats|congratulations)', 'congratulations: the reader\'s news answered, as thanks answer their act'],
]);

/**
 * What a feeling or a wish of the writer's is about when it is about the reader as a person (after
 * the feeling word or "hope"/"wish"): "glad to have you", "happy for you", "I hope you're well".
 * Warmth toward them is not self-display; whether it is sincere is for other rules to say.
 */
export const WARM_TOWARD: PatternList = patternList([
  ['to (?:have|welcome|meet|see|hear from|work with|be working with|host|help) you', 'the reader as the one the feeling is about'],
  ['for (?:you|your)', '"happy for you", "thrilled for your team"'],
  ['(?:that )?you(?:[\'’](?:re|ve|ll)| are| have| had| were| will| got| get| enjoy| made| found| feel| find| keep| stay| continue| write| can)', '"I hope you\'re well", "glad that you made it", "I hope you keep writing": a clause about the reader'],
  ['you (?:all|both) the best', '"We wish you all the best"'],
  ['you (?:well|luck|success|a (?:good|great|happy|safe|speedy|quick))', '"wish you luck", "wish you a speedy recovery"'],
]);

/**
 * What a wish of the writer's hands to the reader (after "wanted to", "would like to", "'d love
 * to"): "I wanted to let you know that your order shipped", "We'd like to give you an update".
 * The wish is a frame around news or a gift for them, not the writer's want; "I'd love to tell
 * you about my services" turns back to the writer and stays a want.
 */
export const DELIVERIES: PatternList = patternList([
  ['(?:let|make sure) you (?:know|have|see)', 'news or a thing the reader needs'],
  ['(?:tell|inform|update|alert|warn|remind) you', 'news for the reader'],
  ['(?:give|offer|send|provide|show) you', 'something handed to the reader'],
  ['share with you', 'as give you'],
  ['(?:welcome|thank|congratulate) you', 'the reader greeted or thanked'],
  ['introduce you to', 'an introduction made for the reader'],
]);

/** Cues that a sentence with a verb of giving gives to the reader (after ATTACHMENTS). */
export const GIFT_CUES: PatternList = patternList([
  ['here(?:\'s| is| are)', 'hands something over'],
  ['i(?:\'ll|’ll| will) (?:send|cover|share|introduce|fix|refund)', 'a promise to give something'],
  ['(?:for|to) you\\b', 'the reader as the one receiving'],
]);

/** Words that make a reported result a number (with any digit): "cut no-shows by half". */
export const NUMBER_WORDS: PatternList = patternList([
  ['percent', 'a measured result'],
  ['twice', 'a multiple'],
  ['double', 'a multiple'],
  ['half', 'a fraction'],
  ['three', 'a count written as a word'],
  ['four', 'a count written as a word'],
  ['five', 'a count written as a word'],
  ['ten', 'a count written as a word'],
]);

/** A refusal or a limit put first ("We can't help", "Unfortunately…"): negative framing. */
export const REFUSALS: PatternList = patternList([
  ['can(?:no|[\'’])t', 'a refusal'],
  ['can not', 'as cannot, split'],
  ['could(?:n[\'’]t| not)', 'a refusal, past or softened'],
  ['unable to', 'a formal refusal'],
  ['not able to', 'as unable'],
  ['won[\'’]t be able', 'a refusal ahead of time'],
  ['will not be able', 'as won\'t be able'],
  ['not (?:allowed|permitted)', 'a rule given as the reason'],
  ['regret (?:to|that)', 'the formal "no"'],
  ['unfortunately', 'the word that opens bad news'],
  ['(?:been|was|were|is|are) (?:denied|rejected|declined|refused|revoked|disqualified)', '"Your claim has been denied": the no in the passive, with nobody saying it'],
]);

/** The writer's promise to keep the reader informed, after "we will" or "I'll": a commitment, not a want. */
export const KEEP_INFORMED: PatternList = patternList([
  ['(?:let|keep) you (?:know|posted|updated|informed)', '"We\'ll keep you posted"'],
]);

/**
 * What the writer promises to do for the reader (after "we will", "I'll", "we are going to"):
 * a refund, a fix, a transfer, a deletion. A kept promise is reliability, not self-regard; a
 * promise that turns to the writer's own things ("we'll send our brochure") is not one of these.
 */
export const PROMISED_SERVICE: PatternList = patternList([
  ['(?:refund|credit|reimburse|compensate|waive|cover)', 'money back or a cost taken on'],
  ['(?:transfer|move|extend|honou?r|reschedule|rebook)', 'the reader\'s booking or plan kept whole'],
  ['(?:fix|restore|resolve|repair|replace|reinstate|recover)', 'the reader\'s problem put right'],
  ['(?:delete|remove|erase|destroy)', 'the reader\'s data or a charge taken away'],
  ['(?:ship|deliver|release)', 'the reader\'s order on its way'],
]);

/** Openings that make a sentence about both writer and reader. */
export const JOINT_OPENERS: PatternList = patternList([
  ['together', 'opens with the shared effort'],
  ['let[\'’]s', 'proposes a joint step'],
  ['let us', 'as let\'s'],
]);

/** The stock close after "I'm" or "we are": it says no more than "Best,". */
export const CLOSING_FORMULAS: PatternList = patternList([
  ['look(?:ing)? forward to (?:hearing|your (?:reply|response|thoughts)|speaking|talking|chatting)', '"I look forward to hearing from you"'],
]);

/** Verbs as written after "I" or "we" in a clause that goes on to the reader: "…, and I hear you've built a great team". */
export const ATTENTION_FORMS: PatternList = patternList([
  ['hear', '"I hear you\'ve…"'],
  ['heard', '"we heard your team…"'],
  ['noticed?', 'notice, noticed'],
  ['saw', '"I saw your…"'],
  ['see', '"I see you…"'],
  ['read', '"I read your…"'],
  ['understand', '"I understand you…": a fact about them'],
  ['learned', '"I learned you…"'],
  ['remember', '"I remember you said…"'],
]);

/** Verbs as written that blame the reader when "you" or "your" comes before them in a negated sentence. */
export const BLAME_FORMS: PatternList = patternList([
  ['fail(?:ed)?', '"your team failed to…"'],
  ['forgot', '"you forgot to…"'],
  ['neglected', '"you neglected to…"'],
]);

/** What the writer says it has after "We have a/an…": its size, team or record. */
export const WRITER_ASSETS: PatternList = patternList([
  ['team', '"We have a team of 40"'],
  ['network', '"We have a network of…"'],
  ['track record', '"We have a proven track record"'],
  ['portfolio', '"We have a portfolio of…"'],
  ['history', '"We have a long history of…"'],
  ['client base', '"We have a large client base"'],
  ['customer base', 'as client base'],
  ['reputation', '"We have a reputation for…"'],
]);

/** What the writer says it has right after "We have…": its clients, offices and people. */
export const WRITER_HOLDINGS: PatternList = patternList([
  ['clients', '"We have clients in…"'],
  ['customers', 'as clients'],
  ['offices', '"We have offices in…"'],
  ['experts', '"We have experts in…"'],
  ['partners', '"We have partners across…"'],
]);

// The sentence view (nlp/views.ts).

/** Beginnings of the verb as written (the parser's normal form, not its lemma) with which a writer subject attends to the reader ("I noticed your…") and weighs less than one describing itself. A prefix covers the inflections ("notic": notice, noticed, noticing) and, unavoidably, any word it starts. */
export const ATTENTION_PREFIXES: PatternList = patternList([
  ['notic', 'notice, noticed, noticing'],
  ['saw', '"I saw your post"'],
  ['see', '"I see you\'re hiring"'],
  ['read', '"I read your article"'],
  ['heard', '"I heard you…"'],
  ['hear', '"I hear you…"'],
  ['listen', '"I listened to your podcast"'],
  ['watch', '"I watched your talk"'],
  ['wonder', '"I wonder whether you…"'],
  ['thought', '"I thought of you when…"'],
  ['think', '"I think your team…"'],
  ['looked', '"I looked at your site"'],
  ['look', 'as looked, present'],
  ['came across', '"I came across your profile"'],
  ['found', '"I found a bug on your site"'],
  ['enjoy', '"I enjoyed your talk"'],
  ['spott', 'spotted, spotting'],
  ['follow', '"I follow your work"'],
  ['learn', '"I learned you…"'],
  ['want to ask', 'a question about them is coming'],
  ['was curious', '"I was curious how you…"'],
  ['am curious', 'as was curious'],
  ['curious', 'as was curious, without the verb'],
  ['realiz', 'realize, realized'],
  ['realis', 'realise, realised'],
  ['remember', '"I remember you said…"'],
  ['recall', 'as remember'],
  ['mention', '"I mentioned your…": back to their matter'],
  ['promised', '"I promised you the figures": a debt to them'],
  ['owe', '"I owe you a reply"'],
  ['sent', '"I sent you the file"'],
  ['attach', '"I attached the report"'],
  ['check', '"I checked your form"'],
  ['suggest', '"I suggest you…": advice for them'],
  ['recommend', 'as suggest'],
  ['agree', '"I agree with you"'],
  ['appreciat', 'appreciate, appreciated'],
  ['understand', '"I understand you…"'],
]);

// Lines of a message (nlp/segment.ts).

/** Words a greeting line opens with ("Hi Sam,", "Good morning all"). */
export const GREETING_OPENERS: PatternList = patternList([
  ['hi', 'an informal greeting'],
  ['hey', 'an informal greeting'],
  ['hello', 'the plain greeting'],
  ['dear', 'the letter greeting'],
  ['good (?:morning|afternoon|evening)', 'a time-of-day greeting'],
  ['greetings', 'a formal greeting'],
  ['hiya', 'an informal British greeting'],
  ['howdy', 'an informal American greeting'],
]);

/** Greetings that are the whole line, with no name after them. */
export const GREETING_LINES: PatternList = patternList([
  ['to whom it may concern', 'the greeting for nobody in particular'],
]);

/** Sign-off lines: the whole line, before the name. */
export const SIGNOFFS: PatternList = patternList([
  ['best(?: regards| wishes)?', 'the common close'],
  ['kind regards', 'a formal close'],
  ['warm regards', 'a warm close'],
  ['regards', 'the short close'],
  ['cheers', 'an informal close'],
  ['thanks(?: again| so much)?', 'a thank-you close'],
  ['thank you(?: so much)?', 'a thank-you close, fuller'],
  ['many thanks', 'a thank-you close, British'],
  ['sincerely', 'the letter close'],
  ['yours(?: sincerely| truly)?', 'the letter close, formal'],
  ['all the best', 'a friendly close'],
  ['talk soon', 'an informal close'],
  ['speak soon', 'an informal close'],
  ['warmly', 'a warm close, short'],
  ['respectfully', 'a formal close'],
  ['best,', 'a lone "Best,"'],
  ['sent from my (?:iphone|ipad|android|phone|mobile(?: device)?|samsung(?: galaxy)?(?: [\\w-]+)?|blackberry)', 'a device footer the mail app writes'],
  ['get outlook for (?:ios|android)', 'a mail app\'s footer'],
]);

// Rules that build a regex of their own.

/** Verbs that, after "I hear you", report the reader's plans: news about them, not a claim to share a feeling (rule scripted-empathy). */
export const READER_PLANS: PatternList = patternList([
  ['plan', '"I hear you plan to…"'],
  ['planned', '"I hear you planned…"'],
  ['want', '"I hear you want to…"'],
  ['need', '"I hear you need…"'],
]);

/** Things after a feeling claim that make the acknowledgement specific (rule scripted-empathy). */
export const SPECIFIC_THINGS: PatternList = patternList([
  ['invoice', 'a bill they can check'],
  ['order', 'the thing they bought'],
  ['charge', 'a payment taken'],
  ['bill', 'a bill'],
  ['delivery', 'the delivery that went wrong'],
  ['shipment', 'the shipment that went wrong'],
  ['refund', 'the money owed back'],
  ['account', 'their account'],
  ['outage', 'a service that was down'],
  ['error', 'the error they hit'],
  ['delay', 'the delay they waited through'],
  ['call', 'a call that happened'],
  ['ticket', 'their support ticket'],
  ['report', 'a report they received'],
  ['meeting', 'a meeting that happened'],
  ['email', 'an email they sent or got'],
  ['contract', 'their contract'],
  ['renewal', 'their renewal'],
  ['migration', 'a migration that went wrong'],
]);

/** Words that make an inline list about the writer's offer, which then needs one item fewer to count (rule feature-list). */
export const OFFER_LEADS: PatternList = patternList([
  ['includes?', '"Our plan includes…"'],
  ['including', '"…including SSO and exports"'],
  ['features?', '"Features: …"'],
  ['offers?', '"We offer…"'],
  ['capabilities', '"Our capabilities: …"'],
  ['services', '"Our services: …"'],
  ['options', '"Options include…"'],
  ['packages?', '"Our packages…"'],
  ['plans?', '"Our plans…"'],
  ['benefits', '"Benefits: …"'],
  ['comes with', '"It comes with…"'],
  ['speciali[sz](?:e|es|ing) in', '"We specialise in…"'],
  ['expertise in', '"expertise in React, Node…"'],
  ['experience (?:in|with)', '"experience in…"'],
]);

/** The writer's team or product as the subject of "Our … helps" (rule writer-subject's rewrite). */
export const WRITER_PRODUCTS: PatternList = patternList([
  ['team', '"Our team helps…"'],
  ['company', '"Our company helps…"'],
  ['platform', '"Our platform helps…"'],
  ['product', '"Our product helps…"'],
  ['tool', '"Our tool helps…"'],
  ['software', '"Our software helps…"'],
  ['app', '"Our app helps…"'],
]);

/** Groups a writer says it helps ("We help clinics cut no-shows"): the rewrite makes the group the subject (rule writer-subject). */
export const HELPED_GROUPS: PatternList = patternList([
  ['teams', '"We help teams…"'],
  ['companies', '"We help companies…"'],
  ['businesses', '"We help businesses…"'],
  ['firms', '"We help firms…"'],
  ['brands', '"We help brands…"'],
  ['founders', '"We help founders…"'],
  ['leaders', '"We help leaders…"'],
  ['agencies', '"We help agencies…"'],
  ['startups', '"We help startups…"'],
  ['organi[sz]ations', '"We help organisations…"'],
  ['clinics', '"We help clinics…"'],
  ['practices', '"We help practices…"'],
  ['shops', '"We help shops…"'],
  ['stores', '"We help stores…"'],
  ['restaurants', '"We help restaurants…"'],
  ['schools', '"We help schools…"'],
  ['retailers', '"We help retailers…"'],
  ['manufacturers', '"We help manufacturers…"'],
]);
