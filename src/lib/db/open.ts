// The app's database with Dexie loaded on first use: the start page shows its list without it
// (db/shelf.ts) and needs it only to write.
import type { JourneyDb } from './db';

export type OpenDatabase = () => Promise<JourneyDb>;

export const openDatabase: OpenDatabase = () => import('./db').then((m) => m.getDb());
