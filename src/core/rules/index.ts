// Every rule, sorted by id. Registration is this explicit list: no side-effect imports.
import type { AnyRule } from '../rule';
import assumptiveQuestion from './assumptive-question';
import buzzwords from './buzzwords';
import channelFit from './channel-fit';
import chasing from './chasing';
import credentialDump from './credential-dump';
import emptyMeetingAsk from './empty-meeting-ask';
import favourAsk from './favour-ask';
import featureBullets from './feature-bullets';
import featureList from './feature-list';
import genericOpener from './generic-opener';
import hollowPleasantry from './hollow-pleasantry';
import meYouBalance from './me-you-balance';
import noReaderQuestion from './no-reader-question';
import offTopicComment from './off-topic-comment';
import phonyApology from './phony-apology';
import pressure from './pressure';
import scriptedEmpathy from './scripted-empathy';
import selfIntroduction from './self-introduction';
import superlativeClaim from './superlative-claim';
import templateGreeting from './template-greeting';
import unansweredQuestion from './unanswered-question';
import vaguePraise from './vague-praise';
import writerNeeds from './writer-needs';
import writerSubject from './writer-subject';
import wrongName from './wrong-name';

export const RULES: readonly AnyRule[] = [
  assumptiveQuestion,
  buzzwords,
  channelFit,
  chasing,
  credentialDump,
  emptyMeetingAsk,
  favourAsk,
  featureBullets,
  featureList,
  genericOpener,
  hollowPleasantry,
  meYouBalance,
  noReaderQuestion,
  offTopicComment,
  phonyApology,
  pressure,
  scriptedEmpathy,
  selfIntroduction,
  superlativeClaim,
  templateGreeting,
  unansweredQuestion,
  vaguePraise,
  writerNeeds,
  writerSubject,
  wrongName,
];
