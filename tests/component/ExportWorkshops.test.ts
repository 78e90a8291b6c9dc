// Files out of the start page: "Download all workshops" hands the browser one file with every
// workshop, a row's "Download file" one workshop's file; both say what is downloading, in the
// user's language, and the file opens again as it was.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ExportWorkshops from '$lib/components/home/ExportWorkshops.svelte';
import WorkshopRow from '$lib/components/home/WorkshopRow.svelte';
import { Downloads } from '$lib/session/downloads.svelte';
import { downloadBlob } from '$lib/session/download';
import { localDay } from '$lib/db/export';
import { parseWorkshopFile } from '$lib/db/backup';
import { openDb, type JourneyDb } from '$lib/db/db';
import { saveWorkshop } from '$lib/db/workshops';
import { exampleWorkshop } from '$lib/domain/example';
import { locale } from '$lib/i18n/locale.svelte';

vi.mock('$lib/session/download', () => ({ downloadBlob: vi.fn() }));

let db: JourneyDb;
let n = 0;

beforeEach(() => {
	locale.set('en');
	vi.mocked(downloadBlob).mockClear();
	db = openDb(`export-component-${Date.now()}-${n++}`);
});

afterEach(async () => {
	locale.set('en');
	db.close();
	await db.delete();
});

/** What the browser was handed: the file's name and the workshops it opens as. */
async function downloaded() {
	expect(downloadBlob).toHaveBeenCalledTimes(1);
	const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!;
	const parsed = parseWorkshopFile(await blob.text(), blob.size);
	if (!parsed.ok) throw new Error(parsed.detail ?? parsed.error);
	return { fileName, workshops: parsed.workshops };
}

describe('Download all workshops', () => {
	it('downloads one file with every workshop and says so', async () => {
		const a = exampleWorkshop('da', new Date(2025, 0, 1));
		const b = exampleWorkshop('sv', new Date(2025, 1, 1));
		await saveWorkshop(db, a);
		await saveWorkshop(db, b);
		render(ExportWorkshops, { props: { downloads: new Downloads(async () => db), count: 2 } });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Download all workshops' }));

		const fileName = `journey-workshops-${localDay(new Date())}.json`;
		expect(
			await screen.findByText(`The file “${fileName}” with all 2 workshops is downloading.`)
		).toBeInTheDocument();
		expect(await downloaded()).toEqual({ fileName, workshops: [b, a] });
	});

	it('cannot be pressed with no workshop on the device', () => {
		render(ExportWorkshops, { props: { downloads: new Downloads(async () => db), count: 0 } });
		expect(screen.getByRole('button', { name: 'Download all workshops' })).toBeDisabled();
	});

	it('speaks Danish and Swedish', async () => {
		locale.set('da');
		const { unmount } = render(ExportWorkshops, {
			props: { downloads: new Downloads(async () => db), count: 1 }
		});
		expect(screen.getByRole('button', { name: 'Hent alle workshops' })).toBeInTheDocument();
		unmount();
		locale.set('sv');
		render(ExportWorkshops, { props: { downloads: new Downloads(async () => db), count: 1 } });
		expect(screen.getByRole('button', { name: 'Ladda ner alla workshoppar' })).toBeInTheDocument();
	});
});

describe('a row’s Download file', () => {
	it('downloads that workshop alone, named after its journey', async () => {
		const data = exampleWorkshop('en');
		await saveWorkshop(db, data);
		await saveWorkshop(db, exampleWorkshop('da'));
		const downloads = new Downloads(async () => db);
		const summary = {
			id: data.workshop.id,
			name: data.workshop.journey.name,
			updatedAt: data.workshop.updatedAt,
			locale: data.workshop.locale
		};
		render(WorkshopRow, {
			props: {
				workshop: summary,
				onrename: () => {},
				onrevisit: () => {},
				ondelete: () => {},
				ondownload: () => void downloads.one(data.workshop.id)
			}
		});
		render(ExportWorkshops, { props: { downloads, count: 2 } });
		await userEvent
			.setup()
			.click(screen.getByRole('button', { name: `Download file: ${summary.name}` }));

		const said = await screen.findByText(/^The file “.*” is downloading\.$/);
		const { fileName, workshops } = await downloaded();
		expect(said).toHaveTextContent(`The file “${fileName}” is downloading.`);
		expect(workshops).toEqual([data]);
		expect(fileName).toMatch(/-\d{4}-\d{2}-\d{2}-backup\.json$/);
	});

	it('says so when the workshop cannot be read, and downloads nothing', async () => {
		const downloads = new Downloads(async () => db);
		render(ExportWorkshops, { props: { downloads, count: 1 } });
		await downloads.one('gone');
		expect(
			await screen.findByText('The workshops could not be read from this device. Try again.')
		).toBeInTheDocument();
		expect(downloadBlob).not.toHaveBeenCalled();
	});
});
