/**
 * The word classes behind the sentence view (who a sentence is about, what the writer does in
 * it, whether it is tied to the reader's gain). Each entry is a dictionary form (compromise's
 * lemma, so "helped", "helps" and "helping" are one entry) with a short note of why it is here.
 * The views read these classes; rules read the views, so no rule keeps its own copy of a class.
 * A test holds every class free of duplicates, within and across classes where they would
 * contradict each other.
 */
import { wordClass, type WordClass } from './entries';

/** Verbs of attention: with the writer as subject the sentence is about what the reader did or said. */
export const ATTENTION = wordClass([
  ['notice', 'the writer looked at the reader first'],
  ['see', '"I saw your talk": attention to the reader'],
  ['read', '"I read your post"'],
  ['hear', '"I heard you are expanding"'],
  ['watch', '"I watched your demo day pitch"'],
  ['listen', '"I listened to your interview"'],
  ['spot', '"I spotted a broken link on your pricing page"'],
  ['find', '"I found two typos on your homepage" (a finding about them)'],
  ['follow', '"I have followed your work on…"'],
  ['congratulate', 'recognition of the reader'],
  ['enjoy', '"I enjoyed your article"'],
  ['admire', 'recognition of the reader'],
  ['understand', '"I understand you are moving offices": a fact about them'],
  ['realize', 'attention to their situation'],
  ['remember', '"I remember you mentioned…"'],
  ['learn', '"I learned you opened a second clinic"'],
  ['look', '"I looked at your checkout"'],
  ['review', '"I reviewed your onboarding flow"'],
  ['check', '"I checked your signup form"'],
  ['test', '"I tested your app on a slow phone"'],
  ['research', '"I researched your market"'],
  ['come across', 'attention: "I came across your profile"'],
]);

/** Verbs by which the writer gives or prepares something for the reader. */
export const GIVING = wordClass([
  ['attach', 'an attachment is a gift, not a request'],
  ['enclose', 'as attach'],
  ['send', '"I will send you the checklist"'],
  ['share', '"Sharing the notes from our call"'],
  ['cover', '"I will cover for you"'],
  ['draft', '"I drafted the first section for you"'],
  ['record', '"I recorded a two-minute walkthrough"'],
  ['mock', '"I mocked up the new layout"'],
  ['compile', '"I compiled the figures you asked for"'],
  ['put together', '"I put together a short guide"'],
  ['fix', 'the writer repairing something of the reader\'s'],
  ['refund', 'amends'],
  ['credit', 'amends'],
  ['waive', 'amends'],
  ['introduce', '"Happy to introduce you to…": the reader gains a contact'],
  ['recommend', 'advice for the reader, even a competitor'],
  ['suggest', 'advice for the reader'],
]);

/** Wants and needs: the writer's goal is the point of the sentence. */
export const WANTING = wordClass([
  ['want', 'the writer\'s wish'],
  ['need', 'the writer\'s need'],
  ['require', 'a demand phrased as the writer\'s rule'],
  ['seek', '"I am seeking a position"'],
  ['hope', '"We hope you will consider us": the writer\'s hope'],
  ['wish', 'the writer\'s wish'],
  ['intend', 'the writer\'s plan'],
  ['love', '"I\'d love to…" is the writer\'s wish'],
  ['like', '"I would like to…"'],
  ['look for', '"I am looking for engineers"'],
  ['ask', '"I am asking for…"'],
  ['expect', 'the writer\'s expectation of the reader'],
  ['must', '"We must receive…": a demand'],
]);

/**
 * Verbs of liking or being struck by something. With the reader's own work or act as their object
 * ("I loved your essay on pricing", "we were impressed by your launch", "I appreciated how you…")
 * they are attention to the reader, as "I enjoyed your talk" is; as a wish ("I'd love to…") they
 * are WANTING's.
 */
export const ADMIRING = wordClass([
  ['love', '"I loved your essay on pricing"'],
  ['like', '"I liked your point about refunds"'],
  ['appreciate', '"I appreciated how early you moved to Rust"'],
  ['impress', '"We were impressed by your launch"'],
  ['inspire', '"I was inspired by your talk on hiring"'],
  ['strike', '"I was struck by your chart of churn"'],
  ['fascinate', '"I was fascinated by your post on pricing"'],
  ['intrigue', '"I was intrigued by your note on latency"'],
]);

/** The writer describing, selling or praising itself. */
export const SELF_DESCRIBING = wordClass([
  ['offer', 'selling the offer'],
  ['provide', 'selling the offer'],
  ['help', '"We help teams…": the writer as the actor'],
  ['specialize', 'a self-description'],
  ['build', 'what the writer made'],
  ['create', 'what the writer made'],
  ['develop', 'what the writer made'],
  ['design', 'what the writer made'],
  ['launch', 'news about the writer'],
  ['announce', 'news about the writer'],
  ['deliver', 'selling the offer'],
  ['serve', 'a self-description'],
  ['install', 'a self-description'],
  ['supply', 'a self-description'],
  ['sell', 'a self-description'],
  ['work', '"We work with…"'],
  ['partner', '"We partner with…"'],
  ['support', 'selling the offer'],
  ['guarantee', 'a promise about the writer'],
  ['ensure', 'a promise about the writer'],
  ['assure', 'a promise about the writer'],
  ['redefine', 'a claim about the writer'],
  ['revolutionize', 'a claim about the writer'],
  ['disrupt', 'a claim about the writer'],
  ['transform', 'a claim about the writer'],
  ['pride', '"We pride ourselves…"'],
  ['strive', '"We strive to…"'],
  ['lead', '"We lead the market…"'],
  ['outperform', 'a comparison in the writer\'s favour'],
  ['manufacture', 'a self-description'],
  ['found', '"I founded…"'],
  ['start', '"We started in 2009"'],
  ['make', '"We make the finest…"'],
  ['produce', '"We produce…"'],
  ['use', '"We use AI to…"'],
  ['leverage', '"We leverage…"'],
]);

/**
 * The writer's side of a routine event: "We have received your order", "We are shipping
 * today". We-attitude wording the score counts against the draft (the same news told as the
 * reader's — "Your order is on its way" — is about them), but not selling: no finding of its own.
 */
export const WRITER_ROUTINE = wordClass([
  ['process', 'the writer\'s procedure'],
  ['receive', '"We have received your order": the writer\'s side of the event'],
  ['ship', '"We are shipping…": the writer\'s side of the event'],
  ['place', '"I am placing an order"'],
  ['inform', '"We are happy to inform you"'],
  ['extend', '"we will be extending our hours"'],
]);

/**
 * Verbs of opinion: the sentence is about whatever the opinion is about. "We believe our
 * service…" is the writer's view of itself; "I think that is below what you earn now" is not.
 */
export const OPINION = wordClass([
  ['believe', '"We believe our services can…" / "I believe you are right"'],
  ['think', '"I think our tool…" / "I think that is below what you earn"'],
  ['feel', '"I feel we are the right fit" / "I feel your team has outgrown it"'],
  ['guess', 'as think'],
  ['suppose', 'as think'],
]);

/** Results the writer reports ("we helped three clinics cut no-shows by 30%"). */
export const RESULTS = wordClass([
  ['increase', 'a result claimed'],
  ['reduce', 'a result claimed'],
  ['cut', 'a result claimed'],
  ['save', 'a result claimed'],
  ['grow', 'a result claimed'],
  ['double', 'a result claimed'],
  ['triple', 'a result claimed'],
  ['win', 'an award or a deal'],
  ['earn', 'an award'],
  ['achieve', 'a result claimed'],
]);

/** Feelings the writer reports about itself: "we are pleased to announce", "I'm excited". */
export const WRITER_FEELINGS = wordClass([
  ['pleased', 'the writer\'s pleasure is not the reader\'s news'],
  ['happy', 'as pleased'],
  ['glad', 'as pleased'],
  ['delighted', 'as pleased'],
  ['excited', 'as pleased'],
  ['thrilled', 'as pleased'],
  ['proud', 'as pleased'],
  ['honored', 'as pleased'],
  ['honoured', 'as pleased'],
  ['passionate', 'the writer\'s passion'],
  ['eager', 'the writer\'s eagerness'],
  ['keen', 'the writer\'s eagerness'],
  ['confident', '"We are confident our…"'],
  ['sure', '"We are sure that our…"'],
  ['disappointed', 'the writer\'s feeling about the reader\'s trouble'],
  ['grateful', 'the writer\'s feeling'],
]);

/** Verbs of the writer chasing a reply. */
export const CHASING = wordClass([
  ['follow up', 'chasing a reply'],
  ['check in', 'chasing a reply'],
  ['circle back', 'chasing a reply'],
  ['bump', 'chasing a reply'],
  ['touch base', 'chasing a reply'],
  ['reach out', 'announcing the contact instead of its reason'],
  ['ping', 'chasing a reply'],
  ['remind', 'chasing a reply'],
]);

/** Verbs of fault: with the reader as subject and a negation they blame the reader. */
export const FAULT = wordClass([
  ['send', '"You did not send…"'],
  ['sign', '"You did not sign…"'],
  ['pay', '"You have not paid…"'],
  ['provide', '"You failed to provide…"'],
  ['include', '"You did not include…"'],
  ['miss', '"You missed the deadline"'],
  ['return', '"You did not return…"'],
  ['complete', '"You did not complete…"'],
  ['read', '"You did not read…"'],
  ['follow', '"You did not follow…"'],
  ['be', '"You were not clear"'],
]);

/** Verbs that blame the reader as subject with or without a negation: the verb itself is the fault. */
export const BLAMING = wordClass([
  ['fail', '"You failed to…"'],
  ['forget', '"You forgot…"'],
  ['neglect', '"You neglected to…"'],
  ['claim', '"You claim that…"'],
  ['misunderstand', '"You misunderstood…"'],
]);

/**
 * Nouns of fault a sentence can hide in an agentless passive ("An error was made"). Matched as
 * written (the parser's normal form), so plurals are entries of their own.
 */
export const FAULT_NOUNS = wordClass([
  ['error', '"An error was made in your refund"'],
  ['errors', 'plural of error'],
  ['mistake', '"A mistake was made"'],
  ['mistakes', 'plural of mistake'],
  ['oversight', '"An oversight was made"'],
  ['miscalculation', '"A miscalculation was made"'],
  ['misunderstanding', '"A misunderstanding occurred"'],
  ['problem', '"A problem was caused"'],
  ['problems', 'plural of problem'],
]);

/**
 * Steps of the sender's own process, as written after "be" (past participles): done to the reader's
 * case in the passive with nobody named ("Your application has been logged for processing", "your
 * request will be reviewed"), the office is the one acting and nothing reaches the reader yet.
 */
export const PROCESS_STEPS = wordClass([
  ['received', '"Your form was received": the office has it'],
  ['logged', '"has been logged"'],
  ['recorded', '"has been recorded"'],
  ['registered', '"has been registered"'],
  ['noted', '"has been noted"'],
  ['forwarded', '"has been forwarded to the department"'],
  ['filed', '"has been filed"'],
  ['processed', '"is being processed"'],
  ['reviewed', '"will be reviewed"'],
  ['referred', '"has been referred"'],
  ['assigned', '"has been assigned a reference number"'],
  ['acknowledged', '"is acknowledged"'],
  ['queued', '"has been queued"'],
  ['escalated', '"has been escalated"'],
  ['considered', '"will be considered"'],
  ['passed', '"has been passed to…"'],
]);

/** Verbs the writer can take a miss on: "We did not receive the form" moves the fault from the reader to "we". */
export const OWNED_MISS = wordClass([
  ['receive', '"We did not receive the signed form"'],
  ['understand', '"We did not understand your message"'],
  ['get', '"We didn\'t get your reply"'],
  ['catch', '"We did not catch the typo"'],
  ['explain', '"We did not explain the fee clearly"'],
  ['ship', '"We did not ship on time"'],
  ['deliver', '"We did not deliver what we promised"'],
  ['meet', '"We did not meet the deadline"'],
  ['reply', '"I did not reply sooner"'],
  ['respond', '"We did not respond in time"'],
  ['check', '"We did not check the address"'],
]);

/** What the reader can do or gets: with the reader as subject these are the reader's gain. */
export const READER_GAIN = wordClass([
  ['receive', '"You will receive a full refund"'],
  ['get', '"You get 10% off"'],
  ['save', '"You save two hours a week"'],
  ['enjoy', '"You\'ll enjoy…"'],
  ['love', '"You\'ll love…"'],
  ['improve', '"You\'ll improve as a writer"'],
  ['avoid', '"You avoid the late fee"'],
  ['reach', '"You can reach us until 8 pm"'],
  ['visit', '"You can now visit…"'],
  ['book', '"You can book…"'],
  ['cancel', '"You can cancel anytime"'],
  ['choose', '"You choose…"'],
  ['keep', '"You keep…"'],
  ['earn', '"You have earned…"'],
  ['shop', '"You can shop in the evenings"'],
  ['appreciate', '"You will appreciate…"'],
  ['start', '"You can start today"'],
  ['try', '"You can try it free"'],
  ['find', '"You\'ll find…"'],
  ['notify', '"You will be notified…"'],
  ['ship', '"Your order will be shipped…"'],
  ['deliver', '"Your tote will be delivered…"'],
  ['arrive', '"Your tables have arrived"'],
]);

/** Adjectives of praise that turn a self-description into bragging. */
export const SELF_PRAISE = wordClass([
  ['best', 'superlative about the writer'],
  ['leading', 'superlative about the writer'],
  ['finest', 'superlative about the writer'],
  ['top', 'superlative about the writer'],
  ['premier', 'superlative about the writer'],
  ['world-class', 'superlative about the writer'],
  ['award-winning', 'an award worn as praise'],
  ['innovative', 'buzzword about the writer'],
  ['unique', 'claim about the writer'],
  ['exciting', '"I am building something exciting"'],
  ['incredible', 'claim about the writer'],
  ['amazing', 'claim about the writer'],
  ['high', '"our usually high standard"'],
  ['most', '"installs the most windows"'],
]);

/**
 * Nouns after "your" that name nothing of the reader's own: stock courtesy ("your time"), the
 * seller's frame ("your business" could go to anyone). "Your invoice", "your post" and "your
 * second clinic" name something that is theirs and specific; these do not.
 */
export const GENERIC_READER_NOUNS = wordClass([
  ['time', '"worth your time", "waste your time": courtesy, not a detail'],
  ['convenience', '"at your convenience": stock courtesy'],
  ['consideration', '"thank you for your consideration"'],
  ['attention', '"for your attention"'],
  ['interest', '"thanks for your interest": stock, said to everyone'],
  ['inbox', '"landing in your inbox": about the message, not them'],
  ['business', '"grow your business": the seller\'s frame, true of anyone'],
  ['company', '"your company" without a name could be any company'],
  ['organization', 'as company'],
  ['organisation', 'as company'],
  ['team', '"your team" alone could be any team'],
  ['needs', '"your needs": the template word for needs not named'],
  ['goals', '"your goals": as needs'],
  ['success', '"your success": as needs'],
  ['reply', '"your reply": the writer waiting, not their detail'],
  ['response', 'as reply'],
  ['feedback', '"your feedback": a request dressed as their thing'],
  ['help', '"your help": what the writer wants'],
  ['way', '"on your way", "your way": idiom'],
  ['mind', '"change your mind", "on your mind": idiom'],
  ['challenges', '"your challenges": a pain assumed, not named'],
  ['challenge', 'as challenges'],
  ['pain', '"your pain": a problem assumed, not named'],
  ['points', '"your pain points": sales jargon; the phrase\'s head noun is "points"'],
  ['problem', '"your problem" with nothing said of which'],
  ['problems', 'as problem'],
]);

/**
 * Things of the reader's that every reader has: "your profile", "your website", "your work". Named
 * alone they could be pasted into the next message unchanged; they count as a detail only when
 * something pins them down ("your post on churn", "your work at Northwind", "your 2019 talk").
 */
export const VAGUE_READER_NOUNS = wordClass([
  ['profile', '"I came across your profile": every reader has one'],
  ['website', '"love your website": says nothing of what is on it'],
  ['site', 'as website'],
  ['blog', '"your blog" without a post or a topic'],
  ['background', '"your impressive background": the stock line of cold recruiting'],
  ['work', '"I admire your work": which work?'],
  ['content', '"your content" names none of it'],
  ['post', '"your post" without its subject'],
  ['article', 'as post'],
  ['writing', 'as post'],
  ['page', '"your page" without what is on it'],
  ['channel', '"your channel": every creator has one'],
  ['podcast', '"your podcast" without an episode or a guest'],
  ['show', 'as podcast'],
  ['experience', '"your experience" read off a profile, not named'],
  ['expertise', 'as experience'],
  ['career', 'as experience'],
  ['journey', '"your journey": the template word for a career'],
  ['achievements', '"your achievements" names none'],
  ['accomplishments', 'as achievements'],
  ['portfolio', 'as profile'],
  ['brand', '"your brand" could be any brand'],
  ['platform', 'as brand'],
  ['audience', '"your audience": what the writer wants to reach'],
  ['readers', '"your readers": what the writer wants to reach'],
  ['network', '"your network": what the writer wants to use'],
  ['feed', 'as profile'],
]);

/** Where a vague thing was seen, which pins down nothing: "your post on LinkedIn", "your profile online". */
export const ONLINE_PLACES = wordClass([
  ['linkedin', 'where every profile is'],
  ['github', 'as linkedin'],
  ['twitter', 'as linkedin'],
  ['medium', 'as linkedin'],
  ['instagram', 'as linkedin'],
  ['facebook', 'as linkedin'],
  ['youtube', 'as linkedin'],
  ['stackoverflow', 'as linkedin'],
  ['hacker', '"your post on Hacker News"'],
  ['reddit', 'as linkedin'],
  ['substack', 'as linkedin'],
  ['tiktok', 'as linkedin'],
  ['quora', 'as linkedin'],
  ['google', '"found your site on Google"'],
  ['online', '"your profile online"'],
  ['internet', 'as online'],
  ['web', 'as online'],
]);

/**
 * Words of praise or liking. With only vague things of the reader's beside them ("your impressive
 * background", "love your website") they are praise that fits anyone.
 */
export const PRAISE_WORDS = wordClass([
  ['impressive', 'a word of praise or liking'],
  ['impressed', 'a word of praise or liking'],
  ['amazing', 'a word of praise or liking'],
  ['awesome', 'a word of praise or liking'],
  ['great', 'a word of praise or liking'],
  ['fascinating', 'a word of praise or liking'],
  ['interesting', 'a word of praise or liking'],
  ['inspiring', 'a word of praise or liking'],
  ['inspirational', 'a word of praise or liking'],
  ['incredible', 'a word of praise or liking'],
  ['wonderful', 'a word of praise or liking'],
  ['excellent', 'a word of praise or liking'],
  ['outstanding', 'a word of praise or liking'],
  ['remarkable', 'a word of praise or liking'],
  ['brilliant', 'a word of praise or liking'],
  ['fantastic', 'a word of praise or liking'],
  ['stellar', 'a word of praise or liking'],
  ['insightful', 'a word of praise or liking'],
  ['nice', 'a word of praise or liking'],
  ['cool', 'a word of praise or liking'],
  ['neat', 'a word of praise or liking'],
  ['love', '"I love your website": liking said to anyone'],
  ['admire', 'as love'],
  ['enjoy', 'as love'],
  ['appreciate', '"I appreciate your work"'],
  ['big fan', '"I am a big fan of your work"'],
]);

/** Everything here, for the duplicate test. */
export const WORD_CLASSES: readonly WordClass[] = [ATTENTION, ADMIRING, GIVING, WANTING, SELF_DESCRIBING, WRITER_ROUTINE, OPINION, RESULTS, WRITER_FEELINGS, CHASING, FAULT, BLAMING, FAULT_NOUNS, OWNED_MISS, PROCESS_STEPS, READER_GAIN, SELF_PRAISE, GENERIC_READER_NOUNS, VAGUE_READER_NOUNS, ONLINE_PLACES, PRAISE_WORDS];

/** Classes that must never share an entry: one verb cannot both attend to the reader and sell the writer. */
export const EXCLUSIVE: ReadonlyArray<readonly [WordClass, WordClass]> = [
  [ATTENTION, SELF_DESCRIBING],
  [ADMIRING, SELF_DESCRIBING],
  [ADMIRING, ATTENTION],
  [ATTENTION, WANTING],
  [WANTING, SELF_DESCRIBING],
  [SELF_DESCRIBING, WRITER_ROUTINE],
  [SELF_DESCRIBING, OPINION],
  [WRITER_FEELINGS, SELF_PRAISE],
];
