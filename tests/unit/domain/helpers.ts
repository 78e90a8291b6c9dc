// Small builders for domain tests: an empty workshop and rows with only the fields a test cares
// about, made with the same factories the app uses.
import { emptyWorkshopData, newRow, newWorkshopRecord } from '$lib/domain/factories';
import type {
	Interview,
	Opportunity,
	Persona,
	Stakeholder,
	Touchpoint,
	WorkshopData
} from '$lib/domain/types';

export function blankWorkshop(): WorkshopData {
	return emptyWorkshopData(newWorkshopRecord('en', ['Before', 'During', 'After']));
}

function base(d: WorkshopData, order: number) {
	return { workshopId: d.workshop.id, order };
}

export function stakeholder(d: WorkshopData, order: number, p: Partial<Stakeholder> = {}) {
	return { ...newRow.stakeholders(base(d, order)), ...p };
}

export function persona(d: WorkshopData, order: number, p: Partial<Persona> = {}) {
	return { ...newRow.personas(base(d, order)), ...p };
}

export function interview(d: WorkshopData, order: number, p: Partial<Interview> = {}) {
	return { ...newRow.interviews(base(d, order)), ...p };
}

export function touchpoint(order: number, p: Partial<Touchpoint> = {}): Touchpoint {
	return { ...newRow.touchpoints({ workshopId: 'w', order }), ...p };
}

export function opportunity(order: number, p: Partial<Opportunity> = {}): Opportunity {
	return { ...newRow.opportunities({ workshopId: 'w', order }), ...p };
}
