// Both machines walked by xstate/graph: the shortest path to every state, the shortest path
// through every transition, and bounded simple paths, each replayed step by step on a fresh
// actor. Coverage is measured against the machine's own definition (every state node, and every
// leaf state × transition it can take, guarded alternatives included), so a state or transition
// added without a path that reaches it turns this file red.
import {
	createActor,
	getStateNodes as activeStateNodes,
	SimulatedClock,
	type ActorLogic,
	type AnyMachineSnapshot,
	type AnyStateMachine,
	type AnyStateNode,
	type AnyTransitionDefinition,
	type EventObject,
	type SnapshotFrom
} from 'xstate';
import {
	getShortestPaths,
	getSimplePaths,
	getStateNodes,
	serializeSnapshot,
	type StatePath
} from 'xstate/graph';
import { PLACES } from '$lib/domain/types';
import {
	emptyFacts,
	placeOf,
	workshopMachine,
	type WorkshopContext,
	type WorkshopEvent,
	type WorkshopFacts
} from '$lib/machine/workshop.machine';
import {
	elapsedOf,
	TICK_MS,
	timerMachine,
	type TimerContext,
	type TimerEvent,
	type TimerInput
} from '$lib/machine/timer.machine';

type Path = StatePath<AnyMachineSnapshot, EventObject>;

// ---------------------------------------------------------------------------------------------
// What the machine defines, read from the machine itself.

const isLeaf = (node: AnyStateNode) => Object.keys(node.states).length === 0;

function describeTransition(node: AnyStateNode, eventType: string, index: number) {
	const def = node.transitions.get(eventType)![index]!;
	const guard =
		def.guard === undefined
			? ''
			: typeof def.guard === 'string'
				? ` [${def.guard}]`
				: typeof def.guard === 'function'
					? ' [inline guard]'
					: ` [${def.guard.type}${def.guard.params ? ' ' + JSON.stringify(def.guard.params) : ''}]`;
	const target = def.target?.length ? ` → ${def.target.map((t) => t.id).join(', ')}` : ' (stays)';
	return `${node.id} on ${eventType} #${index}${guard}${target}`;
}

/**
 * The machine's state nodes (below the root) and the transitions it defines, each as
 * "leaf ⊢ transition": every transition a leaf state can take, its own and its ancestors'.
 * A transition shadowed in some leaf (the leaf handles the event itself, unguarded) can never
 * be taken there and shows up as uncovered: a dead definition should fail a test too.
 */
function definitionOf(machine: AnyStateMachine) {
	const nodes = getStateNodes(machine.root);
	const labels = new Map<AnyTransitionDefinition, string>();
	for (const node of [machine.root, ...nodes])
		for (const [eventType, defs] of node.transitions)
			defs.forEach((def, i) => labels.set(def, describeTransition(node, eventType, i)));

	const transitions = new Set<string>();
	for (const leaf of nodes.filter(isLeaf))
		for (let n: AnyStateNode | undefined = leaf; n; n = n.parent)
			for (const defs of n.transitions.values())
				for (const def of defs) transitions.add(`${leaf.id} ⊢ ${labels.get(def)}`);

	return { states: new Set(nodes.map((n) => n.id)), transitions, labels };
}

function isWithin(node: AnyStateNode, ancestor: AnyStateNode) {
	for (let n: AnyStateNode | undefined = node; n; n = n.parent) if (n === ancestor) return true;
	return false;
}

/** The state nodes each path visits and the transitions it takes, in the same terms. */
function coverageOf(machine: AnyStateMachine, paths: Path[]) {
	const { labels } = definitionOf(machine);
	const states = new Set<string>();
	const transitions = new Set<string>();
	for (const path of paths) {
		path.steps.forEach((step, i) => {
			for (const node of activeStateNodes(machine.root, step.state.value))
				if (node !== machine.root) states.add(node.id);
			if (i === 0) return;
			const before = path.steps[i - 1]!.state;
			const leaves = activeStateNodes(machine.root, before.value).filter(isLeaf);
			for (const def of machine.getTransitionData(before, step.event))
				for (const leaf of leaves)
					if (isWithin(leaf, def.source)) transitions.add(`${leaf.id} ⊢ ${labels.get(def)}`);
		});
	}
	return { states, transitions };
}

function missing(expected: Set<string>, seen: Set<string>) {
	return [...expected].filter((x) => !seen.has(x)).sort();
}

// ---------------------------------------------------------------------------------------------
// Path generation.

/**
 * Serializes a vertex as the edge that reached it (from, event, to), so the shortest paths
 * reach every edge of the state graph, self-loops included (a refused move that only sets
 * `blocked` again, a `data.changed` that changes nothing), not only every state.
 */
function serializeEdge(state: AnyMachineSnapshot, event?: EventObject, prev?: AnyMachineSnapshot) {
	return event && prev
		? `${serializeSnapshot(prev)} ${JSON.stringify(event)} ${serializeSnapshot(state)}`
		: serializeSnapshot(state);
}

/** The event, where the path took it: for a failing assertion's message. */
function at(path: Path, i: number) {
	const events = path.steps
		.slice(1, i + 1)
		.map((s) => JSON.stringify(s.event))
		.join(' → ');
	return `after [${events || 'start'}]`;
}

// ---------------------------------------------------------------------------------------------
// The workshop machine.

function facts(hasJourneyName: boolean): WorkshopFacts {
	return { ...emptyFacts(), hasJourneyName };
}

/** Everything the facilitator (or the data) can tell the machine. */
const WORKSHOP_EVENTS: readonly WorkshopEvent[] = [
	{ type: 'nav.next' },
	{ type: 'nav.back' },
	...PLACES.map((step) => ({ type: 'nav.goto' as const, step })),
	{ type: 'data.changed', facts: facts(true) },
	{ type: 'data.changed', facts: facts(false) }
];

/** Simple paths go as far as this many places. */
const SIMPLE_PLACES = 5;

function workshopPaths(events: readonly WorkshopEvent[] = WORKSHOP_EVENTS) {
	const options = {
		events,
		// Only what the machine defines a transition for (a refused move is one: it sets `blocked`).
		filterEvents: (s: SnapshotFrom<typeof workshopMachine>, e: WorkshopEvent) => s.can(e),
		serializeState: (s: SnapshotFrom<typeof workshopMachine>) => serializeSnapshot(s)
	};
	return {
		toStates: getShortestPaths(workshopMachine, options) as Path[],
		throughTransitions: getShortestPaths(workshopMachine, {
			...options,
			serializeState: serializeEdge
		}) as Path[],
		// Simple paths explode with nav.goto (any order of ten steps), and even by next, back and
		// the name alone they double with each step (6,122 to the report): these stay within the
		// first five places, whose rules every later step repeats.
		simple: getSimplePaths(workshopMachine, {
			...options,
			filterEvents: (s, e) => e.type !== 'nav.goto' && s.can(e),
			stopWhen: (s) => PLACES.indexOf(placeOf(s.value)) >= SIMPLE_PLACES - 1
		}) as Path[]
	};
}

function workshopLabel({ value, context }: AnyMachineSnapshot) {
	const c = context as WorkshopContext;
	return `${value} (${c.hasJourneyName ? 'named' : 'no name'}${c.blocked ? ', blocked' : ''})`;
}

function replayWorkshop(path: Path) {
	const actor = createActor(workshopMachine, { input: undefined }).start();
	path.steps.forEach((step, i) => {
		if (i > 0) actor.send(step.event as WorkshopEvent);
		const s = actor.getSnapshot();
		expect(s.value, at(path, i)).toEqual(step.state.value);
		expect(s.context, at(path, i)).toEqual(step.state.context);
	});
	actor.stop();
}

describe('workshop machine: paths from xstate/graph', () => {
	const paths = workshopPaths();
	const definition = definitionOf(workshopMachine);

	it('defines the places as states, and transitions to cover', () => {
		expect([...definition.states].sort()).toEqual(PLACES.map((p) => `workshop.${p}`).sort());
		// Guarded alternatives count one by one: nav.next on journey with and without a name.
		expect(definition.transitions).toContain(
			'workshop.journey ⊢ workshop.journey on nav.next #1 (stays)'
		);
	});

	it.each(paths.toStates.map((p) => [workshopLabel(p.state), p] as const))(
		'the shortest path to %s replays on a fresh actor',
		(_label, path) => replayWorkshop(path)
	);

	it(`replays the shortest path through each of the ${paths.throughTransitions.length} edges`, () => {
		for (const path of paths.throughTransitions) replayWorkshop(path);
	});

	it(`replays the ${paths.simple.length} simple paths by next, back and the name`, () => {
		expect(paths.simple.length).toBeGreaterThan(paths.toStates.length / 3);
		for (const path of paths.simple) replayWorkshop(path);
	});

	it(`the ${paths.toStates.length} shortest paths reach all ${definition.states.size} state nodes`, () => {
		const { states } = coverageOf(workshopMachine, paths.toStates);
		expect(missing(definition.states, states)).toEqual([]);
	});

	it(`the ${paths.throughTransitions.length} edge paths take all ${definition.transitions.size} leaf × transition pairs`, () => {
		const { transitions } = coverageOf(workshopMachine, paths.throughTransitions);
		expect(missing(definition.transitions, transitions)).toEqual([]);
		expect(transitions.size).toBe(definition.transitions.size);
	});

	it('the coverage check notices a missing event', () => {
		// Without the name going away, no step beyond journey can ever refuse a nav.goto.
		const fewer = WORKSHOP_EVENTS.filter(
			(e) => !(e.type === 'data.changed' && !e.facts.hasJourneyName)
		);
		const { transitions } = coverageOf(workshopMachine, workshopPaths(fewer).throughTransitions);
		const gaps = missing(definition.transitions, transitions);
		expect(gaps).toContain('workshop.report ⊢ workshop on nav.goto #11 [isGoto] (stays)');
		expect(gaps).not.toContain('workshop.journey ⊢ workshop on nav.goto #11 [isGoto] (stays)');
	});
});

// ---------------------------------------------------------------------------------------------
// The timer machine.

type TimerSnapshot = SnapshotFrom<typeof timerMachine>;
/** A delayed transition's event (`after`), replayed by moving a simulated clock on. */
type Tick = { type: `xstate.after.${string}` };
type TimerStep = TimerEvent | Tick;

const DELAYS = new Map(
	getStateNodes(timerMachine.root).flatMap((n) =>
		n.after.map((a) => [a.eventType as string, Number(a.delay)] as const)
	)
);
const isTick = (e: EventObject): e is Tick => DELAYS.has(e.type);
const TICKS: readonly Tick[] = [...DELAYS.keys()].map((type) => ({ type }) as Tick);

const MIN = 60_000;
/** A step with half a minute already spent on it: reset in idle has something to clear. */
const TIMER_INPUT = { durationMs: 10 * MIN, elapsedMs: 30_000 } satisfies TimerInput;
/** Time never passes beyond two ticks: the clock is part of the state, so this bounds the graph. */
const LAST_TICK_AT = 2 * TICK_MS;

const TIMER_EVENTS: readonly TimerStep[] = [
	{ type: 'timer.start' },
	{ type: 'timer.pause' },
	{ type: 'timer.toggle' },
	{ type: 'timer.reset' },
	{ type: 'timer.set', durationMs: 5 * MIN },
	{ type: 'timer.load', durationMs: 20 * MIN, elapsedMs: 2 * MIN },
	...TICKS
];

/**
 * The timer as logic xstate/graph can walk with time in it: the clock stands at the snapshot's
 * last look (`at`), and a tick moves it on by the tick's delay before the machine reads it. The
 * replay does the same with a SimulatedClock, so the snapshots agree to the millisecond. (With
 * a frozen clock a tick would change nothing and never appear in a path; createTestModel refuses
 * machines with `after` altogether.)
 */
function timedTimer(): ActorLogic<TimerSnapshot, TimerStep, TimerInput> {
	let now = 0;
	return {
		getInitialSnapshot: (scope, input) => {
			now = 0;
			return timerMachine.getInitialSnapshot(scope as never, { ...input, now: () => now });
		},
		transition: (snapshot, event, scope) => {
			now = snapshot.context.at + (isTick(event) ? DELAYS.get(event.type)! : 0);
			return timerMachine.transition(snapshot, event as TimerEvent, scope as never);
		},
		getPersistedSnapshot: (snapshot) => timerMachine.getPersistedSnapshot(snapshot)
	};
}

function timerPaths(events: readonly TimerStep[] = TIMER_EVENTS) {
	const options = {
		input: TIMER_INPUT,
		events,
		filterEvents: (s: TimerSnapshot, e: TimerStep) =>
			s.can(e as TimerEvent) && (!isTick(e) || s.context.at < LAST_TICK_AT),
		serializeState: (s: TimerSnapshot) => serializeSnapshot(s)
	};
	return {
		toStates: getShortestPaths(timedTimer(), options) as Path[],
		throughTransitions: getShortestPaths(timedTimer(), {
			...options,
			serializeState: serializeEdge
		}) as Path[],
		// New timeboxes from anywhere multiply the simple paths, and so do time and toggle (which
		// doubles start and pause): by start, pause, reset and one tick they are 60 (with toggle
		// 952, with two ticks too 17,976).
		simple: getSimplePaths(timedTimer(), {
			...options,
			filterEvents: (s, e) =>
				e.type !== 'timer.set' &&
				e.type !== 'timer.load' &&
				e.type !== 'timer.toggle' &&
				s.can(e as TimerEvent) &&
				(!isTick(e) || s.context.at < TICK_MS)
		}) as Path[]
	};
}

function timerLabel({ value, context }: AnyMachineSnapshot) {
	const c = context as TimerContext;
	const run = c.startedAt === null ? '' : `, running since ${c.startedAt}`;
	return `${value} (timebox ${c.durationMs}, banked ${c.bankedMs}${run}, at ${c.at})`;
}

function replayTimer(path: Path) {
	const clock = new SimulatedClock();
	const actor = createActor(timerMachine, {
		clock,
		input: { ...TIMER_INPUT, now: () => clock.now() }
	}).start();
	path.steps.forEach((step, i) => {
		const event = step.event as TimerStep;
		if (i > 0) {
			if (isTick(event)) clock.increment(DELAYS.get(event.type)!);
			else actor.send(event);
		}
		const { now: _now, ...context } = actor.getSnapshot().context;
		const { now: _expectedNow, ...expected } = (step.state as TimerSnapshot).context;
		expect(actor.getSnapshot().value, at(path, i)).toEqual(step.state.value);
		expect(context, at(path, i)).toEqual(expected);
		expect(elapsedOf(actor.getSnapshot().context), at(path, i)).toBe(
			elapsedOf((step.state as TimerSnapshot).context)
		);
	});
	actor.stop();
}

describe('timer machine: paths from xstate/graph', () => {
	const paths = timerPaths();
	const definition = definitionOf(timerMachine);

	it('defines idle, running and paused, and a tick while running', () => {
		expect([...definition.states].sort()).toEqual(['timer.idle', 'timer.paused', 'timer.running']);
		expect(TICKS).toEqual([{ type: `xstate.after.${TICK_MS}.timer.running` }]);
	});

	it.each(paths.toStates.map((p) => [timerLabel(p.state), p] as const))(
		'the shortest path to %s replays on a fresh actor',
		(_label, path) => replayTimer(path)
	);

	it(`replays the shortest path through each of the ${paths.throughTransitions.length} edges`, () => {
		for (const path of paths.throughTransitions) replayTimer(path);
	});

	it(`replays the ${paths.simple.length} simple paths by start, pause, reset and ticks`, () => {
		expect(paths.simple.length).toBeGreaterThan(paths.toStates.length / 3);
		for (const path of paths.simple) replayTimer(path);
	});

	it(`the ${paths.toStates.length} shortest paths reach all ${definition.states.size} state nodes`, () => {
		const { states } = coverageOf(timerMachine, paths.toStates);
		expect(missing(definition.states, states)).toEqual([]);
	});

	it(`the ${paths.throughTransitions.length} edge paths take all ${definition.transitions.size} leaf × transition pairs`, () => {
		const { transitions } = coverageOf(timerMachine, paths.throughTransitions);
		expect(missing(definition.transitions, transitions)).toEqual([]);
		expect(transitions.size).toBe(definition.transitions.size);
	});

	it('the coverage check notices a missing event', () => {
		const { transitions } = coverageOf(
			timerMachine,
			timerPaths(TIMER_EVENTS.filter((e) => !isTick(e))).throughTransitions
		);
		expect(missing(definition.transitions, transitions)).toEqual([
			`timer.running ⊢ timer.running on xstate.after.${TICK_MS}.timer.running #0 → timer.running`
		]);
	});
});
