// The words of the example workshop, one file per language. Only text lives here: which row
// points at which, the scores and the dates are the same in every language and are set once, in
// ../example.ts. Each key below names one row of the example, so a language file that forgets a
// row, or invents one, does not compile.

export type PhaseKey = 'before' | 'during' | 'after';

export type StakeholderKey = 'desk' | 'devices' | 'software' | 'purchasing' | 'finance' | 'manager';

export type PersonaKey = 'seller' | 'developer';

export type InterviewKey = 'newHire' | 'replacement' | 'developer';

export type TouchpointKey =
	| 'intranet'
	| 'form'
	| 'receipt'
	| 'approval'
	| 'silence'
	| 'backorder'
	| 'chase'
	| 'softwareUnknown'
	| 'booking'
	| 'pickup'
	| 'firstLogin'
	| 'missingApps'
	| 'dataMove'
	| 'oldLaptop'
	| 'caseClosed';

export type OpportunityKey = 'status' | 'packages' | 'approval' | 'handover' | 'followUp';

export type ActionKey = 'statusMails' | 'deliveryDate' | 'packages' | 'preApproval' | 'npsMail';

export interface ExampleText {
	facilitator: string;
	journey: { name: string; trigger: string; end: string; businessGoal: string };
	experience: {
		vision: string;
		/** The options the room weighed; the first is the one it chose. */
		ambitions: [string, string];
		statements: string[];
		measures: { name: string; target: string }[];
	};
	plan: {
		title: string;
		customerGoal: string;
		expectations: string;
		phases: Record<PhaseKey, string>;
	};
	improve: {
		feedback: { what: string; touchpoint: TouchpointKey }[];
		measures: { name: string; current: string; target: string }[];
		reviewTriggers: string;
	};
	stakeholders: Record<StakeholderKey, { name: string; team: string; role: string }>;
	personas: Record<
		PersonaKey,
		{
			name: string;
			jobTitle: string;
			expectations: string;
			needs: string;
			goals: string;
			frustrations: string;
			quote: string;
		}
	>;
	interviews: Record<
		InterviewKey,
		{
			label: string;
			role: string;
			expectations: string;
			notes: Record<PhaseKey, string>;
			quotes: string[];
			painPoints: string[];
			npsComment: string;
		}
	>;
	touchpoints: Record<
		TouchpointKey,
		{ title: string; customerAction: string; emotionReason: string }
	>;
	opportunities: Record<OpportunityKey, { problem: string; idea: string }>;
	actions: Record<ActionKey, string>;
}
