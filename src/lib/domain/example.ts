// The example workshop "An employee orders a new laptop" in any of the three languages, all
// loaded at once (tests, tools). The app loads only the language it needs: example-load.ts.
import type { Locale, WorkshopData } from './types';
import { buildExample } from './example-build';
import { da } from './example/da';
import { en } from './example/en';
import { sv } from './example/sv';
import type { ExampleText } from './example/text';

const TEXT: Record<Locale, ExampleText> = { en, da, sv };

export function exampleWorkshop(locale: Locale, now = new Date()): WorkshopData {
	return buildExample(locale, TEXT[locale], now);
}
