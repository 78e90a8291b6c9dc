// The example workshop with only the chosen language's words loaded: a first visit stores it,
// and the other two languages' words stay on the server.
import type { Locale, WorkshopData } from './types';
import { buildExample } from './example-build';
import type { ExampleText } from './example/text';

const WORDS: Record<Locale, () => Promise<ExampleText>> = {
	en: () => import('./example/en').then((m) => m.en),
	da: () => import('./example/da').then((m) => m.da),
	sv: () => import('./example/sv').then((m) => m.sv)
};

export async function loadExample(locale: Locale, now = new Date()): Promise<WorkshopData> {
	return buildExample(locale, await WORDS[locale](), now);
}
