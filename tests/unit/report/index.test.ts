// The two entries the report worker calls, exactly as it calls them: the fonts come through
// `fetch` as in the browser (answered here from node_modules), and each PDF comes back as a Blob
// with the file name the download uses.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleWorkshop } from '$lib/domain/example';
import { makeReport, makeWallMap } from '$lib/report';
import { nodeFonts } from './render-helper';

function serveFonts() {
	const fonts = nodeFonts();
	const fetched: string[] = [];
	vi.stubGlobal('fetch', async (url: string) => {
		fetched.push(String(url));
		const bytes = String(url).includes('Bold') ? fonts.bold : fonts.regular;
		return new Response(new Uint8Array(bytes));
	});
	return fetched;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('makeReport and makeWallMap', () => {
	const data = exampleWorkshop('da', new Date(2025, 2, 12));

	it('make the A4 report and the A3 wall map as Blobs with their file names', async () => {
		const fetched = serveFonts();
		const report = await makeReport(data, 'da');
		const wall = await makeWallMap(data, 'da');
		const base = data.workshop.journey.name.replace(/\s+/g, '-');
		expect(report.fileName).toBe(`${base}-2025-03-12.pdf`);
		expect(wall.fileName).toBe(`${base}-2025-03-12-A3.pdf`);
		for (const made of [report, wall]) {
			expect(made.blob.type).toBe('application/pdf');
			const head = new Uint8Array(await made.blob.slice(0, 5).arrayBuffer());
			expect(new TextDecoder().decode(head)).toBe('%PDF-');
		}
		expect(wall.blob.size).not.toBe(report.blob.size);
		// Both faces are fetched once and kept for the next PDF.
		expect(fetched.filter((url) => url.endsWith('.ttf'))).toHaveLength(2);
	});
});
