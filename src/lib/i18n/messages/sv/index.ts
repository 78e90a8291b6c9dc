// The app's words in Swedish, whole: for types and tests (the app loads its parts: core.ts, workshop.ts, room/phone.ts).
import type { MessageKey } from '../en';
import { core } from './core';
import { fileImport } from './room/file-import';
import { phone } from './room/phone';
import { workshop } from './workshop';

export const sv: Record<MessageKey, string> = { ...core, ...workshop, ...phone, ...fileImport };
