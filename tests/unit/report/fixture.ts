// A realistic workshop for the report tests: an employee orders a laptop from IT, written with
// the letters and signs rooms really type (æ ø å ä ö ł č → ✓), so the PDF must carry them.
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import type {
	Channel,
	EmotionScore,
	Locale,
	Touchpoint,
	TouchpointKind,
	WorkshopData
} from '$lib/domain/types';

export const JOURNEY_NAME = 'Ærøskøbing – Malmö';
export const TYPED = 'Łódź → Göteborg č ✓';

type TouchpointSeed = [
	title: string,
	phase: number,
	channel: Channel,
	action: string,
	owner: number,
	emotion: EmotionScore | null,
	reason: string,
	kind?: TouchpointKind
];

const TOUCHPOINTS: TouchpointSeed[] = [
	['Needs a new laptop', 0, 'in-person', 'Talks to the manager', 0, 0, 'Not sure who decides'],
	['Finds the order page', 0, 'portal', 'Searches the intranet', 1, -1, 'The page is hard to find'],
	['Fills in the request form', 1, 'portal', 'Chooses a model', 1, 1, 'Clear choices'],
	['Confirmation e-mail', 1, 'email', 'Reads the e-mail', 1, 1, 'Knows it arrived'],
	['Waiting with no status', 1, '', 'Waits', 2, -2, 'Nobody says anything for two weeks', 'gap'],
	['Calls the service desk', 1, 'phone', 'Asks for the delivery date', 0, -1, 'Long queue'],
	['Laptop delivered', 2, 'in-person', 'Picks it up at the desk', 0, 2, 'Works at once'],
	[TYPED, 2, 'chat', 'Moves data from the old laptop', 3, null, '']
];

/** A full workshop; `extra` adds that many more touchpoints spread over the phases. */
export function workshopFixture(locale: Locale = 'en', extra = 0): WorkshopData {
	const record = newWorkshopRecord(locale, ['Before', 'During', 'After'], new Date('2025-03-12'));
	const workshopId = record.id;
	record.facilitator = 'Åsa Østergård';
	record.date = '2025-03-12';
	record.journey = {
		name: JOURNEY_NAME,
		segment: 'internal',
		trigger: 'A new hire is coming, or the old laptop breaks',
		end: 'Two weeks after delivery, when everything works',
		lifecycle: ['buy', 'onboard'],
		businessGoal: `Fewer calls to the service desk; ${TYPED}`
	};
	record.experience = {
		vision: 'The laptop simply works from the first day.',
		ambitions: [
			{ id: 'a1', text: 'Fully configured, so the customer never has to ask' },
			{ id: 'a2', text: 'A basic setup, the customer chooses the rest' }
		],
		chosenAmbitionId: 'a1',
		statements: [
			'The customer always knows the delivery date',
			'No one waits more than a week',
			''
		],
		npsTarget: 40,
		measures: [{ id: 'm1', name: 'Chase calls per order', target: 'below 0.1' }]
	};
	record.plan.title = 'Ordering a laptop today';
	record.plan.customerGoal = 'Work from day one';
	record.plan.expectations = 'A working laptop with the usual software';
	record.improve = {
		feedback: [{ id: 'f1', what: 'An NPS question two weeks after delivery', touchpointId: '' }],
		measures: [
			{ id: 'm1', name: 'Calls per order', current: '1,4', target: '0,1' },
			{ id: 'm2', name: 'Days to delivery', current: '12', target: '5' }
		],
		reviewDate: '2025-09-01',
		reviewTriggers: 'A new supplier or a new service-management tool'
	};
	const data = emptyWorkshopData(record);
	const row = (order: number) => ({ workshopId, order });
	const phases = record.plan.phases;

	data.stakeholders = [
		['Søren Kjærgaard', 'Service desk', 'Answers calls and chats', 'front', true],
		['Märta Öberg', 'IT portal', 'Owns the order form', 'front', true],
		['Jens Ølgaard', 'Purchasing', 'Orders from the supplier', 'back', false],
		['Ingrid Ång', 'Client engineering', 'Prepares hardware and software', 'back', true]
	].map(([name, team, role, stage, attends], i) => ({
		...newRow.stakeholders(row(i)),
		name: String(name),
		team: String(team),
		role: String(role),
		stage: stage === 'back' ? 'back' : 'front',
		attends: Boolean(attends)
	}));
	data.stakeholders.push(newRow.stakeholders(row(4)));
	const owner = (i: number) => data.stakeholders[i]?.id ?? '';

	data.personas = [
		{
			...newRow.personas(row(0)),
			name: 'Nanna Ærø',
			jobTitle: 'Project manager',
			channel: 'chat',
			expectations: 'A laptop ready on the first day',
			needs: 'Office, Teams and VPN preinstalled',
			goals: 'Get to work without thinking about IT',
			frustrations: 'Not knowing when the laptop comes'
		},
		{
			...newRow.personas(row(1)),
			name: 'Björn Lind',
			jobTitle: 'Developer',
			channel: 'portal',
			needs: 'Admin rights and a choice of tools'
		}
	];

	data.interviews = [
		[
			'Interview 1 – new hire',
			'Consultant',
			'yes',
			9,
			'Quick and friendly',
			'Smooth start\nGood desk'
		],
		['Interview 2 – broken laptop', 'Accountant', 'partly', 6, 'Too slow', 'No status\nLong queue'],
		['', 'Designer', 'no', 3, '', 'Wrong keyboard\n  no STATUS ']
	].map(([label, role, met, nps, quote, pains], i) => ({
		...newRow.interviews(row(i)),
		label: String(label),
		role: String(role),
		date: '2025-02-0' + (i + 1),
		expectations: 'Laptop within a week',
		met: met as 'yes' | 'partly' | 'no',
		notes: { [phases[1]?.id ?? '']: `Waited ${i + 5} days` },
		quotes: String(quote),
		painPoints: String(pains),
		nps: Number(nps),
		npsComment: i === 1 ? 'Would be 9 with a status e-mail' : ''
	}));

	const seeds = [...TOUCHPOINTS];
	for (let i = 0; i < extra; i++)
		seeds.push([
			`Extra touchpoint ${i + 1}`,
			i % 3,
			(['email', 'phone', 'portal'] as const)[i % 3] ?? 'email',
			'Does something',
			i % 4,
			((i % 5) - 2) as EmotionScore,
			i % 5 < 2 ? 'It hurts a little' : 'Fine',
			i % 11 === 0 ? 'gap' : 'touchpoint'
		]);
	data.touchpoints = seeds.map(
		([title, phase, channel, customerAction, o, emotion, emotionReason, kind], i): Touchpoint => ({
			...newRow.touchpoints({ ...row(i), phaseId: phases[phase]?.id ?? '' }),
			title,
			kind: kind ?? 'touchpoint',
			channel,
			customerAction,
			ownerId: owner(o),
			emotion,
			emotionReason,
			importanceCustomer: 1 + (i % 5),
			importanceBusiness: 5 - (i % 5)
		})
	);
	const tp = (i: number) => data.touchpoints[i]?.id ?? '';

	data.opportunities = [
		['Status e-mail between request and delivery', 'No news while waiting', [tp(4)], 4, 2, 1, 6],
		['Replace the supplier', 'Delivery is slow', [tp(4), tp(5)], 5, 5, 2, 3],
		['Link to the order page on the start page', 'Order page hard to find', [tp(1)], 3, 1, 1, 4],
		['Rebuild the whole portal', 'The portal is old', [tp(2)], 2, 5, 1, 1],
		['Chat bot for delivery dates', 'Long phone queue', [tp(5)], 4, 2, 0, 8]
	].map(([idea, problem, touchpointIds, impact, effort, o, votes], i) => ({
		...newRow.opportunities(row(i)),
		idea: String(idea),
		problem: String(problem),
		touchpointIds: touchpointIds as string[],
		impact: Number(impact),
		effort: Number(effort),
		ownerId: owner(Number(o)),
		votes: Number(votes)
	}));

	data.actions = [
		['Write the status e-mail template', 0, 1, '2025-04-01', 'doing'],
		['Put a link on the intranet start page', 2, 1, '2025-03-20', 'done'],
		['Ask the supplier for delivery dates by API', 1, -1, '', 'todo']
	].map(([title, opp, o, due, status], i) => ({
		...newRow.actions(row(i)),
		title: String(title),
		opportunityId: data.opportunities[Number(opp)]?.id ?? '',
		ownerId: owner(Number(o)),
		due: String(due),
		status: status as 'todo' | 'doing' | 'done'
	}));
	return data;
}

/** A workshop where only step 1 was done. */
export function nameOnlyWorkshop(locale: Locale = 'en'): WorkshopData {
	const record = newWorkshopRecord(locale, ['Før', 'Under', 'Efter'], new Date('2025-05-02'));
	record.journey.name = JOURNEY_NAME;
	return emptyWorkshopData(record);
}

/** Every letter and sign the report promises to print as typed (and no emoji: faces are drawn). */
export const LETTERS = 'æøåÆØÅ äöÄÖ ő ł č ž ś ą ę ü ß é → ✓ – “”';

/** About 400 characters of real words (so lines can wrap between them), the letters included. */
export function longText(seed: string): string {
	const words = `${seed} ${LETTERS} Smørrebrød på Åland, köttbullar i Göteborg, Łódź och Ostrava;`;
	let text = words;
	while (text.length < 390) text += ` ${words}`;
	return `${text} END-${seed}`;
}

export const EDGE_TOUCHPOINTS = 150;
/** Touchpoints whose phase was deleted: they come last, in a "No phase" column. */
export const EDGE_ORPHANS = 2;
/** Every this-many touchpoints has a 400-character title. */
export const EDGE_LONG_EVERY = 25;

/**
 * The hard case: a 400-character journey name, touchpoint titles and ideas; 150 touchpoints over
 * four phases (one of them empty, one with a long name) plus two whose phase is gone; scores,
 * gaps, unscored touchpoints and a desired curve; and steps 3, 4, 5 and 10 left empty.
 */
export function edgeCaseWorkshop(locale: Locale = 'en'): WorkshopData {
	const record = newWorkshopRecord(locale, ['Før', 'Under', 'Efter'], new Date('2025-06-30'));
	const workshopId = record.id;
	record.date = '2025-06-30';
	record.facilitator = `Łucja Nowak-Øster ${LETTERS}`;
	record.journey.name = longText('Journey');
	record.plan.phases = [
		{ id: 'p-need', name: `Behov ${LETTERS}` },
		{ id: 'p-empty', name: 'Tom fase' },
		{ id: 'p-order', name: longText('Phase').slice(0, 120) },
		{ id: 'p-use', name: 'Daglig brug' }
	];
	const data = emptyWorkshopData(record);
	const row = (order: number) => ({ workshopId, order });
	data.stakeholders = ['Søren Ærø', 'Zoë Świątek', `Ödön Łukasz ${LETTERS}`].map((name, i) => ({
		...newRow.stakeholders(row(i)),
		name,
		team: 'Drift',
		attends: i !== 1
	}));
	const phaseIds = ['p-need', 'p-order', 'p-use'];
	data.touchpoints = Array.from({ length: EDGE_TOUCHPOINTS }, (_, i): Touchpoint => {
		const orphan = i >= EDGE_TOUCHPOINTS - EDGE_ORPHANS;
		const score = i % 13 === 5 ? null : ((((i * 7) % 5) - 2) as EmotionScore);
		return {
			...newRow.touchpoints({
				...row(i),
				phaseId: orphan ? 'deleted-phase' : (phaseIds[Math.floor((i * 3) / EDGE_TOUCHPOINTS)] ?? '')
			}),
			title: i % EDGE_LONG_EVERY === 0 ? longText(`Title${i}`) : `Kontakt ${i + 1} ${LETTERS}`,
			kind: i % 7 === 3 ? 'gap' : 'touchpoint',
			channel: (['email', 'phone', 'portal', ''] as const)[i % 4] ?? '',
			customerAction: i % 2 ? `Gør noget ${i + 1} – ß é ü` : '',
			ownerId: data.stakeholders[i % 3]?.id ?? '',
			emotion: score,
			emotionReason: score !== null && score < 0 ? `Årsag ${i + 1}: “ingen svar” ✓` : '',
			desiredEmotion: i % 4 === 0 ? null : (Math.min(2, (score ?? 0) + 1) as EmotionScore)
		};
	});
	const tp = (i: number) => data.touchpoints[i]?.id ?? '';
	data.opportunities = [0, 1, 2, 3].map((k) => ({
		...newRow.opportunities(row(k)),
		idea: k === 0 ? longText('Idea') : `Idé ${k + 1} ${LETTERS}`,
		problem: k === 1 ? longText('Problem') : '',
		touchpointIds: [tp(k * 40), tp(k * 40 + 1)],
		impact: 5 - k,
		effort: 1 + k,
		votes: k
	}));
	return data;
}
