// The app's words in English: the source catalogue every other language must match key for key.
// The app loads it in parts (core.ts; workshop.ts with a workshop; room/phone.ts on a phone in the
// live room); the whole is for types and tests.
import { core } from './core';
import { fileImport } from './room/file-import';
import { phone } from './room/phone';
import { workshop } from './workshop';

export const en = { ...core, ...workshop, ...phone, ...fileImport };

export type MessageKey = keyof typeof en;
