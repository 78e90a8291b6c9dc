// The app's words in English: the source catalogue every other language must match key for key.
// The app loads it in two parts (core.ts, workshop.ts); the whole is for types and tests.
import { core } from './core';
import { workshop } from './workshop';

export const en = { ...core, ...workshop };

export type MessageKey = keyof typeof en;
