// Step 5 “Today’s experience” (interviews) and its printable interview guide: the words on their
// screens in English.
export const interviews = {
	'step.interviews.title': 'Today’s experience',
	'step.interviews.purpose':
		'Bring in what customers who recently went through the journey told you.',
	'step.interviews.prompt1':
		'What did they expect before they started — and how long did they think it would take?',
	'step.interviews.prompt2':
		'Where did it go smoothly, and where did they get stuck or have to chase someone?',
	'step.interviews.prompt3': 'Which words did they use? Read a quote or two aloud.',
	'step.interviews.prompt4': 'Which pain point came up in more than one conversation?',
	'step.interviews.prompt5': 'Would they recommend it to a colleague — and why that score?',
	'step.interviews.tip':
		'Let whoever held the interview tell it as a story, phase by phase, while you type. Write the customer’s own words as quotes, not your reading of them, and leave names out: a role and a number are enough.',
	'warn.interviews.none': 'No interviews yet. Even two short conversations change the map.',
	'interviews.add': 'Add interview',
	'interviews.summary': 'What we heard',
	'interviews.count': 'Interviews',
	'interviews.metShare': 'Expectations met',
	'interviews.metBreakdown': 'Yes: {yes} · partly: {partly} · no: {no}',
	'interviews.partlyHalf': 'Partly counts as half.',
	'interviews.nps': 'NPS',
	'interviews.npsAnswers': 'Answers: {n}',
	'interviews.npsBreakdown':
		'Promoters: {promoters} · passives: {passives} · detractors: {detractors}',
	'interviews.target': 'Target: {target}',
	'interviews.targetReached': 'Target reached',
	'interviews.targetGap': 'To go: {gap}',
	'interviews.noTarget': 'No NPS target set in step 3',
	'interviews.none': '—',
	'interviews.painPoints': 'Pain points heard most often',
	'interviews.painPointsNote': 'Counted once per interview.',
	'interviews.mentions': '{n}×',
	'interviews.noPainPoints': 'No pain points written down yet.',
	'interviews.guideLink': 'Interview guide (print)',
	'interviews.guideHint': 'Questions for every phase, to take along to the interviews.',
	'field.interview.label': 'Label (no real names needed)',
	'field.interview.labelHint': 'Keep it anonymous, e.g. “Interview 1 – new hire”.',
	'field.interview.role': 'Role',
	'field.interview.roleHint': 'What they do, e.g. new hire or team lead.',
	'field.interview.date': 'Date',
	'field.interview.expectations': 'What they expected',
	'field.interview.met': 'Were expectations met?',
	'field.interview.notes': 'Notes: {phase}',
	'field.interview.notesRemoved': 'Notes for a removed phase: “{phase}”',
	'field.interview.notesRemovedUnnamed': 'Notes for a removed phase',
	'field.interview.notesWrittenAs': 'Written under “{phase}”, as the phase was called then.',
	'field.interview.quotes': 'Quotes (one a line)',
	'field.interview.quotesHint': 'Their own words, as they said them.',
	'field.interview.painPoints': 'Pain points (one a line)',
	'field.interview.painPointsHint':
		'The same pain point in several interviews is counted together.',
	'field.interview.nps': 'How likely to recommend (0–10)',
	'field.interview.npsHint':
		'0 = not at all, 10 = extremely likely. Leave it empty if you did not ask.',
	'field.interview.npsComment': 'Why that score',
	'met.none': 'Not asked',
	'met.yes': 'Yes',
	'met.partly': 'Partly',
	'met.no': 'No',
	'error.nps.range':
		'The score goes from 0 to 10. Enter a whole number from 0 to 10, or leave it empty.',
	'error.nps.whole': 'Use a whole number from 0 to 10, without decimals.',
	'error.nps.number': 'Enter a number from 0 to 10, or leave it empty if you did not ask.',
	'error.nps.kept': 'The saved score is still {n}.',

	'guide.title': 'Interview guide',
	'guide.journey': 'Journey: {journey}',
	'guide.print': 'Print',
	'guide.back': 'Back to the workshop',
	'guide.introTitle': 'Before you start',
	'guide.intro1':
		'Talk to someone who went through the journey recently, while the details are fresh.',
	'guide.intro2':
		'Plan about 30 minutes. One of you asks; if you can, a second person takes notes.',
	'guide.intro3':
		'Keep it anonymous: write a role and a number, such as “Interview 1 – new hire”, never the name.',
	'guide.intro4':
		'Ask for stories, not opinions: “Tell me about the last time…” gives more than “What do you think of…”.',
	'guide.intro5': 'When something matters, write down their exact words: the room will want them.',
	'guide.about': 'About this interview',
	'guide.opening': 'Opening',
	'guide.open1': 'Tell me a little about yourself and your role.',
	'guide.open2': 'What made you start — what did you need, and when?',
	'guide.open3':
		'Before you started, what did you expect would happen? How long did you think it would take?',
	'guide.phaseTitle': 'Phase {n}: {phase}',
	'guide.phaseDo': 'Think back to “{phase}”. What did you do, step by step?',
	'guide.phaseExpect': 'What did you expect during “{phase}” — and what actually happened?',
	'guide.phaseFeel':
		'How did “{phase}” feel? Was there a moment when you were unsure, waiting or chasing someone?',
	'guide.noPhases':
		'The journey has no phases yet. Add them in step 6 to get questions for each one.',
	'guide.metTitle': 'Expectations',
	'guide.metQuestion':
		'Looking back, were your expectations met: yes, partly or no? What made the difference?',
	'guide.npsTitle': 'Recommendation (NPS)',
	'guide.npsQuestion':
		'On a scale from 0 to 10, how likely is it that you would recommend this to a colleague?',
	'guide.npsScale': '0 = not at all likely · 10 = extremely likely',
	'guide.npsWhy': 'What is the main reason for your score?',
	'guide.closing': 'Closing',
	'guide.close1': 'If you could change one thing about the whole journey, what would it be?',
	'guide.close2': 'Is there anything I did not ask about that you would like to tell me?',
	'guide.close3': 'Thank them, and tell them what their answers will be used for.',
	'guide.quotes': 'Quotes worth keeping',
	'guide.painPoints': 'Pain points you heard',
	'guide.notes': 'Notes',
	'guide.after': 'Afterwards, type your notes into step 5 of the workshop.'
};
