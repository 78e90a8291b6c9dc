// The report screen: make the report (progress, then a preview of the very file), download that
// same file, make it again when the language changes, the A3 wall map, and failures that say
// what happened in the app's language. jsdom has no Worker, so the client takes its main-thread
// fallback, which imports $lib/report: that is mocked here, real PDFs are read back in e2e.
import { screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ReportStep from '$lib/components/steps/ReportStep.svelte';
import { downloadBlob } from '$lib/session/download';
import { locale } from '$lib/i18n/locale.svelte';
import { makeReport, makeWallMap, type MadePdf } from '$lib/report';
import { setupStep } from './helpers';

vi.mock('$lib/session/download', () => ({ downloadBlob: vi.fn() }));
vi.mock('$lib/report', () => ({ makeReport: vi.fn(), makeWallMap: vi.fn() }));

/** A promise the test settles when it wants: the PDF "being made" until then. */
function pending() {
	let resolve!: (made: MadePdf) => void;
	let reject!: (error: Error) => void;
	const promise = new Promise<MadePdf>((ok, fail) => {
		resolve = ok;
		reject = fail;
	});
	return { promise, resolve, reject };
}

const pdf = (name: string) => ({
	blob: new Blob([`%PDF-1.7 ${name}`], { type: 'application/pdf' }),
	fileName: `${name}.pdf`
});

let urls = 0;
let cleanup: (() => Promise<void>) | undefined;
beforeEach(() => {
	locale.set('en');
	// jsdom has neither object URLs nor scrolling.
	URL.createObjectURL = vi.fn(() => `blob:http://localhost/pdf-${++urls}`);
	URL.revokeObjectURL = vi.fn();
	Element.prototype.scrollIntoView = vi.fn();
});
afterEach(async () => {
	vi.mocked(downloadBlob).mockReset();
	vi.mocked(makeReport).mockReset();
	vi.mocked(makeWallMap).mockReset();
	locale.set('en');
	await cleanup?.();
	cleanup = undefined;
});

async function setup() {
	const s = await setupStep(ReportStep, 'Ærøskøbing – Malmö');
	cleanup = s.cleanup;
	return { ...s, user: userEvent.setup() };
}

/** The screen's own status line (the undo toast is a status region too). */
const status = () => screen.getAllByRole('status').find((el) => el.closest('.report-status'))!;
const preview = () => screen.queryByTitle('Preview of the PDF report') as HTMLIFrameElement | null;
/** The object URL the preview shows, without the viewer's #parameters. */
const previewUrl = () => preview()!.src.split('#')[0];

describe('the report screen', () => {
	it('shows progress while the report is made, then previews it and downloads that same file', async () => {
		const { user, session } = await setup();
		const made = pending();
		vi.mocked(makeReport).mockReturnValue(made.promise);

		const make = screen.getByRole('button', { name: 'Make the report' });
		await user.click(make);
		expect(status()).toHaveTextContent('Making the report…');
		expect(make).toHaveAttribute('aria-busy', 'true');
		expect(screen.getByRole('progressbar', { name: 'Making the report…' })).toBeInTheDocument();
		// A second press while busy does not start a second report.
		await user.click(make);
		expect(preview()).toBeNull();

		const file = pdf('Ærøskøbing–Malmö-2027-01-04');
		made.resolve(file);
		await waitFor(() => expect(preview()).not.toBeNull());
		expect(preview()!.src).toMatch(/^blob:/);
		expect(URL.createObjectURL).toHaveBeenCalledWith(file.blob);
		expect(previewUrl()).toBe(vi.mocked(URL.createObjectURL).mock.results[0]!.value);
		expect(status()).toHaveTextContent('The report is ready');
		expect(screen.queryByRole('progressbar')).toBeNull();
		expect(makeReport).toHaveBeenCalledTimes(1);
		const [data, language] = vi.mocked(makeReport).mock.calls[0]!;
		expect(data.workshop.journey.name).toBe('Ærøskøbing – Malmö');
		expect(data.workshop.id).toBe(session.workshop.id);
		expect(language).toBe('en');

		// The keyboard lands on the download, which saves the previewed blob: no second render.
		const download = screen.getByRole('button', { name: 'Download the PDF report' });
		expect(download).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(downloadBlob).toHaveBeenCalledWith(file.blob, file.fileName);
		expect(makeReport).toHaveBeenCalledTimes(1);
		expect(status()).toHaveTextContent(
			'Your report “Ærøskøbing–Malmö-2027-01-04.pdf” is downloading.'
		);
		expect(screen.queryByRole('button', { name: 'Make it again' })).toBeNull();
	});

	it('offers "Make it again" after the language changes, and the new preview replaces the old', async () => {
		const { user } = await setup();
		vi.mocked(makeReport).mockResolvedValueOnce(pdf('first'));
		await user.click(screen.getByRole('button', { name: 'Make the report' }));
		await waitFor(() => expect(preview()).not.toBeNull());
		const first = previewUrl();

		await user.selectOptions(screen.getByLabelText('Report language'), 'Dansk');
		expect(screen.getByText(/report language has changed/)).toBeInTheDocument();
		vi.mocked(makeReport).mockResolvedValueOnce(pdf('anden'));
		await user.click(screen.getByRole('button', { name: 'Make it again' }));
		await waitFor(() => expect(previewUrl()).not.toBe(first));
		expect(vi.mocked(makeReport).mock.calls[1]![1]).toBe('da');
		expect(URL.revokeObjectURL).toHaveBeenCalledWith(first);
		expect(screen.queryByRole('button', { name: 'Make it again' })).toBeNull();

		await user.click(screen.getByRole('button', { name: 'Download the PDF report' }));
		expect(vi.mocked(downloadBlob).mock.calls[0]![1]).toBe('anden.pdf');
	});

	it('offers "Make it again" after the workshop changes', async () => {
		const { user, session } = await setup();
		vi.mocked(makeReport).mockResolvedValue(pdf('report'));
		await user.click(screen.getByRole('button', { name: 'Make the report' }));
		await waitFor(() => expect(preview()).not.toBeNull());
		await new Promise((ok) => setTimeout(ok, 5)); // a later edit gets a later stamp
		session.add('touchpoints', { title: 'A late idea' });
		expect(await screen.findByRole('button', { name: 'Make it again' })).toBeInTheDocument();
	});

	it('says in the app’s language when the report fails, and a retry works', async () => {
		locale.set('da');
		const { user } = await setup();
		vi.mocked(makeReport).mockRejectedValueOnce(new Error('Font could not be loaded (503)'));
		await user.click(screen.getByRole('button', { name: 'Lav rapporten' }));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Rapporten kunne ikke laves.');
		expect(alert).toHaveTextContent('Årsag: Font could not be loaded (503)');
		expect(screen.queryByTitle('Forhåndsvisning af PDF-rapporten')).toBeNull();

		vi.mocked(makeReport).mockResolvedValueOnce(pdf('rapport'));
		await user.click(screen.getByRole('button', { name: 'Lav rapporten' }));
		expect(await screen.findByTitle('Forhåndsvisning af PDF-rapporten')).toBeInTheDocument();
		expect(screen.queryByRole('alert')).toBeNull();
		expect(screen.getByRole('button', { name: 'Hent PDF-rapporten' })).toBeInTheDocument();
	});

	it('keeps the preview when making it again fails', async () => {
		const { user } = await setup();
		vi.mocked(makeReport).mockResolvedValueOnce(pdf('kept'));
		await user.click(screen.getByRole('button', { name: 'Make the report' }));
		await waitFor(() => expect(preview()).not.toBeNull());
		const kept = preview()!.src;
		await user.selectOptions(screen.getByLabelText('Report language'), 'Svenska');
		vi.mocked(makeReport).mockRejectedValueOnce(new Error('out of memory'));
		await user.click(screen.getByRole('button', { name: 'Make it again' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('The report could not be made.');
		expect(preview()!.src).toBe(kept);
		await user.click(screen.getByRole('button', { name: 'Download the PDF report' }));
		expect(vi.mocked(downloadBlob).mock.calls[0]![1]).toBe('kept.pdf');
	});

	it('makes the A3 wall map and downloads it; a failure is said plainly', async () => {
		const { user } = await setup();
		const wall = pdf('Ærøskøbing–Malmö-wall-2027-01-04');
		const made = pending();
		vi.mocked(makeWallMap).mockReturnValueOnce(made.promise);
		const button = screen.getByRole('button', { name: 'Download the wall map (A3)' });
		expect(button).toHaveAccessibleDescription(/landscape A3 pages/);
		await user.click(button);
		expect(status()).toHaveTextContent('Making the wall map…');
		expect(button).toHaveAttribute('aria-busy', 'true');
		made.resolve(wall);
		await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(wall.blob, wall.fileName));
		expect(status()).toHaveTextContent('is downloading');
		expect(makeReport).not.toHaveBeenCalled();

		vi.mocked(makeWallMap).mockRejectedValueOnce(new Error('The wall map is not ready yet'));
		await user.click(button);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The wall map could not be made. Nothing you wrote is lost'
		);
		expect(downloadBlob).toHaveBeenCalledTimes(1);
	});

	it('lets go of the preview’s memory when the screen closes', async () => {
		const { user, view } = await setup();
		vi.mocked(makeReport).mockResolvedValueOnce(pdf('gone'));
		await user.click(screen.getByRole('button', { name: 'Make the report' }));
		await waitFor(() => expect(preview()).not.toBeNull());
		const url = previewUrl();
		view.unmount();
		expect(URL.revokeObjectURL).toHaveBeenCalledWith(url);
	});
});
