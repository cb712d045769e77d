/**
 * Shared patterns for what a draft asks of the reader and what it gives them. Used by the
 * generic rules that weigh one against the other.
 */

/** A request for the reader's time: a call, a demo, a meeting, a slot in their calendar. */
export const TIME_ASK =
  /\b(?:(?:quick|short|brief|\d{1,2}|fifteen|twenty|thirty)[- ]?(?:min(?:ute)?s?|-minute)?\s+(?:call|chat|demo|meeting|conversation|zoom|intro)|(?:hop|jump|get) on a (?:quick )?(?:call|zoom|chat)|grab (?:a )?(?:coffee|time|\d+ minutes)|book (?:a|some) (?:demo|call|meeting|time|slot)|schedule (?:a|some) (?:call|demo|meeting|time)|set up (?:a|some) (?:call|meeting|demo|time)|(?:find|grab|get|put) (?:some )?time (?:on|in) (?:your|the) calendar|discovery call|(?:some|a) time to (?:chat|talk|connect|meet)|open to (?:a|an) (?:call|chat|conversation|meeting|intro)|worth a (?:quick )?(?:call|chat|conversation)|(?:few|couple of|\d+) minutes of your time|time to (?:chat|talk|connect|hop on)|good time to chat|demo of (?:our|the|my)|(?:set up|arrange) a (?:quick )?(?:demo|call)|(?:\d{1,2}|few|couple of) (?:min|mins|minutes) (?:to|for) (?:chat|talk|connect|a (?:quick )?call)|(?:can|could|may) i (?:get|have|grab|borrow) (?:\d{1,2}|a few|ten|fifteen|twenty) (?:min|mins|minutes)|sit down with you)\b/iu;

/** Signs the draft gives something: a link, an attachment, a resource, a specific finding. */
export const GIFT =
  /https?:\/\/|www\.|\b(?:attached|attaching|enclosed|i(?:'ve|’ve| have)? (?:put together|made|mocked|recorded|drafted|wrote|written|sketched|pulled|compiled|built you|ran|checked|found|noticed|saw|read)|here(?:'s| is| are) (?:a|the|an|two|three|what|how|my)|a (?:copy|sample|draft|mock-?up|teardown|checklist|template|guide|summary|breakdown|list) (?:of|for|you)|no (?:reply|need to reply|pressure)|happy to send)\b/iu;
