// The app's words in Danish, whole: for types and tests (the app loads core.ts and workshop.ts).
import type { MessageKey } from '../en';
import { core } from './core';
import { workshop } from './workshop';

export const da: Record<MessageKey, string> = { ...core, ...workshop };
