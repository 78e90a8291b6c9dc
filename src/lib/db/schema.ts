// The database's name and schema version, apart from Dexie so that the start page can read the
// list without loading it (db/shelf.ts). Raise DB_VERSION only with a new db.version() in db.ts.

export const DB_NAME = 'journey-workshop';

export const DB_VERSION = 4;
