import { ownershipById, stakeholderOverview } from '$lib/domain/stakeholders';
import { blankWorkshop, opportunity, stakeholder, touchpoint } from './helpers';

describe('ownershipById', () => {
	it('counts touchpoints and opportunities per owner and ignores rows without one', () => {
		const owned = ownershipById({
			touchpoints: [
				touchpoint(0, { ownerId: 'a' }),
				touchpoint(1, { ownerId: 'a' }),
				touchpoint(2, { ownerId: 'b' }),
				touchpoint(3, { ownerId: '' })
			],
			opportunities: [opportunity(0, { ownerId: 'b' }), opportunity(1, { ownerId: '' })]
		});
		expect(owned).toEqual({
			a: { touchpoints: 2, opportunities: 0 },
			b: { touchpoints: 1, opportunities: 1 }
		});
	});
});

describe('stakeholderOverview', () => {
	it('splits people by stage in list order, with attendance and what they own', () => {
		const d = blankWorkshop();
		const desk = stakeholder(d, 0, { name: 'Åsa', team: 'Service desk', stage: 'front' });
		const prep = stakeholder(d, 1, { name: 'Jiří', team: 'IT', stage: 'back', attends: false });
		const buy = stakeholder(d, 2, { name: '', team: 'Purchasing', stage: 'back' });
		d.stakeholders = [desk, prep, buy];
		d.touchpoints = [touchpoint(0, { ownerId: desk.id }), touchpoint(1, { ownerId: prep.id })];
		d.opportunities = [opportunity(0, { ownerId: desk.id })];

		const overview = stakeholderOverview(d);
		expect(overview.front.map((e) => [e.name, e.team, e.attends, e.owns])).toEqual([
			['Åsa', 'Service desk', true, { touchpoints: 1, opportunities: 1 }]
		]);
		expect(overview.back.map((e) => [e.name, e.team, e.attends, e.owns])).toEqual([
			['Jiří', 'IT', false, { touchpoints: 1, opportunities: 0 }],
			['', 'Purchasing', true, { touchpoints: 0, opportunities: 0 }]
		]);
	});

	it('leaves out rows with neither a name nor a team (still being typed)', () => {
		const d = blankWorkshop();
		d.stakeholders = [
			stakeholder(d, 0, { name: '  ', team: '' }),
			stakeholder(d, 1, { name: 'Bo', stage: 'back' })
		];
		const overview = stakeholderOverview(d);
		expect(overview.front).toEqual([]);
		expect(overview.back.map((e) => e.name)).toEqual(['Bo']);
	});
});
