import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import 'vitest-canvas-mock';
import { loadCatalogue, locale } from '$lib/i18n/locale.svelte';
import { LOCALES } from '$lib/i18n/translate';

// The app loads one language's words on demand; tests switch languages freely, so all three are
// loaded up front and a switch takes effect at once.
await Promise.all(LOCALES.map(loadCatalogue));
await locale.ready;
await locale.need('workshop');
