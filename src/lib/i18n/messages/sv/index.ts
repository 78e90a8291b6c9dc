// The app's words in Swedish, whole: for types and tests (the app loads core.ts and workshop.ts).
import type { MessageKey } from '../en';
import { core } from './core';
import { workshop } from './workshop';

export const sv: Record<MessageKey, string> = { ...core, ...workshop };
