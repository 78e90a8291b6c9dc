import { createActor } from 'xstate';
import { workshopMachine } from '$lib/machine/workshop.machine';
it('q', () => {
	const a = createActor(workshopMachine).start();
	a.send({ type: 'nav.next' });
	expect(a.getSnapshot().value).toBe('journey');
	expect(a.getSnapshot().context.blocked).toBe(true);
	a.send({ type: 'data.changed', facts: { ...a.getSnapshot().context, hasJourneyName: true } });
	a.send({ type: 'nav.next' });
	expect(a.getSnapshot().value).toBe('stakeholders');
	a.send({ type: 'nav.goto', step: 'report' });
	expect(a.getSnapshot().value).toBe('report');
	expect(a.getSnapshot().can({ type: 'nav.next' })).toBe(false);
});
