// The rule of layers is the lint's, so this proves the lint enforces it: an import that crosses a
// layer the wrong way fails `npm run lint`, with a message that says where to go instead.
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The rule messages a line of code gets at `filePath` (the file need not exist). */
async function lint(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(`${code}\nvoid x;\n`, { filePath });
	return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const restricted = (messages: string[]) =>
	messages.filter((m) => m.startsWith('no-restricted-imports'));

describe('the layers, as the lint sees them', () => {
	it('a component or a route reaching the database fails', async () => {
		for (const file of ['src/lib/components/home/probe.ts', 'src/routes/probe.ts']) {
			expect(restricted(await lint(file, "import { getDb as x } from '$lib/db/db';"))).toEqual([
				expect.stringContaining('reach the data through $lib/session')
			]);
			expect(restricted(await lint(file, "import { liveQuery as x } from 'dexie';"))).toHaveLength(
				1
			);
		}
	});

	it('the session layer reaches the database, but never Dexie itself', async () => {
		const file = 'src/lib/session/probe.ts';
		expect(restricted(await lint(file, "import { getDb as x } from '$lib/db/db';"))).toEqual([]);
		expect(restricted(await lint(file, "import { liveQuery as x } from 'dexie';"))).toEqual([
			expect.stringContaining('Dexie stays inside $lib/db')
		]);
		expect(
			restricted(await lint(file, "import x from '$lib/components/ui/Field.svelte';"))
		).toHaveLength(1);
	});

	it('the domain imports nothing of the app', async () => {
		const file = 'src/lib/domain/probe.ts';
		expect(
			restricted(await lint(file, "import { t as x } from '$lib/i18n/locale.svelte';"))
		).toHaveLength(1);
		expect(restricted(await lint(file, "import x from 'dexie';"))).toHaveLength(1);
	});

	it('the server shares the domain and nothing else of the app', async () => {
		const file = 'server/probe.ts';
		expect(
			restricted(await lint(file, "import { LIMITS as x } from '../src/lib/domain/room';"))
		).toEqual([]);
		expect(restricted(await lint(file, "import { getDb as x } from '../src/lib/db/db';"))).toEqual([
			expect.stringContaining('The server imports the domain only')
		]);
	});
});
