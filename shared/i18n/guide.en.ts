/**
 * The built-in facilitator's guide, one section per phase kind, shown beside the timer controls.
 * Facilitator-only: it never reaches the shared screen or the minutes unless asked.
 */
export const guideEn = {
  stage: {
    purpose:
      'Gives everyone the same starting point: why you are here, the case that brought you together, and the ground rules that make it safe to speak plainly.',
    say: 'Thank you for coming. Today each department will write down how it sees the other and what it needs from it, and then we agree together on what to change. We work by three ground rules: everyone did the best job they could with what they knew; during presentations we ask clarifying questions only; and only agreed actions leave this room unless we decide otherwise.',
    timing:
      'Default timebox: 15 minutes. Keep the goal and the case to about five minutes so the ground rules get real attention, and ask the room to agree to them out loud before you move on.',
    watch:
      'Watch for early venting about past incidents: acknowledge it briefly, put it in the parking lot, and bring the room back to the goal. If someone hesitates over a ground rule, ask what would make it workable for them rather than pushing past it.',
  },
  cultureMap: {
    purpose:
      'Each department places itself and the other department on the culture grid, so the gap between how a group sees itself and how the other group sees it becomes visible and open to discussion.',
    say: 'The grid asks two questions. First: does a group attend mostly to actuality, what is, or to possibility, what might be? Second: does it decide impersonally, by analysis, or personally, with people in mind? Place your own group first, then the other one; no corner is the right one, and control, collaboration, competence and cultivation all work.',
    timing:
      'Default timebox: 15 minutes. Allow about five minutes for placing, and keep the rest for looking at the gaps together; one or two good questions about a gap are worth more than discussing every dot.',
    watch:
      'Watch for a quadrant being used as an insult, as if one culture were the right one; remind the room that every culture has strengths and blind spots. Where a group’s view of itself and the other group’s view differ, ask both what they have seen that led them there, not who is right.',
  },
  outmodel: {
    purpose:
      'Each department writes, privately, its model of the other department: how it works, what it values, how it decides and what drives it. A group may also write its Inmodel, how it sees itself.',
    say: 'Now write down how you see the other group: how it works, what matters to it, how it makes decisions, what drives it. One idea per sticky, in plain words. The other group sees nothing until I reveal it. Describe what you have observed, as fairly as you can, not what you wish they would do.',
    timing:
      'Default timebox: 25 minutes. Start with about ten minutes of quiet writing, then let each group cluster and tidy its stickies; give a five-minute warning so people finish their thoughts instead of starting new themes.',
    watch:
      'Watch for labels and blame such as lazy, slow or reckless: ask the writer what the other group does that gives that impression, and rewrite it as behaviour. If one person writes for the whole group, invite everyone to add a few stickies of their own. Requests belong in the next phase; move them to the requirements lane.',
  },
  requirements: {
    purpose:
      'Each department lists, privately, what it needs from the other department for the two to work well together, and types every item as do more, do less or stop, or keep doing.',
    say: 'Now write what you need from the other group. Make each sticky one concrete request and mark it do more, do less or stop, or keep doing. Don’t skip keep doing: it tells them what already works. If it helps, tag an item with a DevOps lens: culture, automation, lean, measurement or sharing.',
    timing:
      'Default timebox: 25 minutes. Give about fifteen minutes to write, then let each group dot-vote to rank its own list, so the items that matter most are presented first.',
    watch:
      'Watch for vague items such as “communicate better”: ask what the other group would actually do differently next Monday morning. If a list has no keep doing items, gently ask what the other group does well. Turn demands aimed at named people into requests about how the group works.',
  },
  presentation: {
    purpose:
      'In a plenary run by the chair, each department in turn presents its Outmodel and its requirements item by item, while the other department listens in order to understand.',
    say: 'Each group will now present in turn, item by item. If you are listening, your only job right now is to understand, so ask clarifying questions only. You will get a full turn to react later: note your reactions and keep them for then.',
    timing:
      'Default timebox: 20 minutes per department. Agree with the presenters beforehand how to split their time, leave a few minutes for clarifying questions, and take the top-voted requirements first in case time runs short.',
    watch:
      'Watch for questions that are really rebuttals, such as “don’t you realise that…”: stop them kindly and ask for the real question, or hold the point for reactions. If the presenting group drifts into blame, ask what behaviour it has seen. Help the chair keep the two turns even.',
  },
  reactions: {
    purpose:
      'The listening department reflects on what it heard and gives every item a verdict: accept, accept if…, reject with a reason, or needs clarification, with a comment where useful.',
    say: 'Now it is your turn to respond to each item the other group wrote about you. For every one, say whether you accept it, accept it on a condition, reject it with a reason, or need it clarified. Start with what rings true, even if it stings. Rejecting is fine, as long as you give the reason.',
    timing:
      'Default timebox: 30 minutes. Go through the items in vote order at a steady pace of a minute or two each, and move long debates to the parking lot so every item gets its verdict in time.',
    watch:
      'Make sure every item gets a verdict; none is skipped. Ask for a clear condition behind any accept if… and a reason behind any reject. If the talk turns personal, pause, restate the ground rule that everyone did their best with what they knew, and bring the room back to the item.',
  },
  agreement: {
    purpose:
      'Requirements from both sides are paired into two-sided agreements, the chair records the decisions, and every agreement becomes action items that someone will actually carry out.',
    say: 'Now we turn what we heard into agreements. Each agreement has two sides: we will do this, if you will do that. Every decision gets recorded, including anything we choose to defer, and why. Nothing leaves this room without an owner and a date.',
    timing:
      'Default timebox: 30 minutes. Start with accepted and accept if… items that pair up naturally, aim for a few solid agreements rather than many thin ones, and keep the last ten minutes for owners and dates.',
    watch:
      'Check that every agreement is two-sided: if only one group is giving, ask what the other will do in return. Turn each agreement into actions that start with a verb, each with one named owner, a due date and a clear definition of done; a whole team is not an owner. Every deferred decision needs its reason recorded.',
  },
  close: {
    purpose:
      'Ends the day with nothing left hanging: parking-lot items get owners and follow-up dates, the follow-up meeting is set, and people leave knowing what happens next.',
    say: 'Let’s make sure nothing we raised today gets lost. We will go through the parking lot and give every item an owner and a follow-up date, then set our follow-up meeting. To finish, one sentence from each of you: what will you do differently starting tomorrow?',
    timing:
      'Default timebox: 15 minutes. Spend about ten on the parking lot and the follow-up meeting, and keep the rest for a quick closing round or, if you planned one, a short culture pulse per department.',
    watch:
      'Watch for parking-lot items left without an owner or a date: each needs both, or the group agrees to drop it. Read the action items aloud once so each owner confirms theirs in front of the room. Remind everyone that only agreed actions leave the room unless the group decided otherwise.',
  },
  custom: {
    purpose:
      'A phase you added for this workshop, such as a warm-up, a break or an extra round. Its purpose is what you wrote in its instructions; state it plainly to the room.',
    say: 'Before we start this part, I will tell you what it is for and what we should have at the end of it. The same ground rules apply here as all day. I will give you a warning a few minutes before time is up.',
    timing:
      'A custom phase has no default: set a timebox that fits the task and the energy in the room, and tell everyone how long they have before you start.',
    watch:
      'Check that the phase still serves the goal of the day; if it drifts, name the drift and steer back, or move the topic to the parking lot. The usual ground rules hold: no blame, everyone is heard, and no single voice carries the room.',
  },
};
