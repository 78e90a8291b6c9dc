// The database's name, schema version and tables, apart from Dexie so that the start page can
// read the list (db/shelf.ts) and a first visit can make the database (db/fresh.ts) without
// loading it. Raise DB_VERSION only with a new db.version() in db.ts.

export const DB_NAME = 'journey-workshop';

export const DB_VERSION = 4;

/** Dexie keeps its schema version ×10 as IndexedDB's own version number. */
export const NATIVE_VERSION = DB_VERSION * 10;

const LIST_INDEXES = 'id, workshopId, [workshopId+order]';

/** The tables and indexes, unchanged since version 1. Never edit a released version below. */
export const STORES = {
	workshops: 'id, updatedAt',
	stakeholders: LIST_INDEXES,
	personas: LIST_INDEXES,
	interviews: LIST_INDEXES,
	touchpoints: LIST_INDEXES,
	opportunities: LIST_INDEXES,
	actions: LIST_INDEXES
};
