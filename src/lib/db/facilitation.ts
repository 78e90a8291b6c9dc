// What the presenter window writes: the facilitator's private note for one step. Only that one
// field of the workshop record is changed, so the projector window's own saves of the record
// (which hear of the note over the room channel) and this never undo each other's work.
import type { StepId } from '$lib/domain/types';
import type { JourneyDb } from './db';

export async function saveStepNote(
	db: JourneyDb,
	workshopId: string,
	step: StepId,
	text: string
): Promise<void> {
	await db.workshops.update(workshopId, (w) => {
		w.facilitation.notes[step] = text;
	});
}
