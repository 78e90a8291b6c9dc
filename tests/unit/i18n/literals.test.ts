// Every word a screen shows comes from the catalogue, so it exists in Danish, Swedish and
// English: this reads every component's template (the Svelte compiler's own parse) and fails on
// text, or a label-like attribute, written in the markup itself. Single characters are allowed —
// a key's letter in a <kbd>, an arrow, a dash — and so is anything inside { }.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';

/** Attributes a person reads or hears. */
const READ_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label'
]);

/** Two letters in a row: a word, not a key's letter or a symbol. */
const WORD = /\p{L}{2,}/u;

/** A string written into the markup as code, `{'Save'}`: text all the same. */
function literalText(node: Node | undefined): string | undefined {
	const e = node as
		| {
				type?: string;
				value?: unknown;
				quasis?: { value: { cooked: string } }[];
				expressions?: unknown[];
		  }
		| undefined;
	if (e?.type === 'Literal' && typeof e.value === 'string') return e.value;
	if (e?.type === 'TemplateLiteral' && e.expressions?.length === 0)
		return e.quasis?.[0]?.value.cooked;
	return undefined;
}

interface Found {
	file: string;
	text: string;
}

type Node = { type: string; [key: string]: unknown };

function literals(file: string, source = readFileSync(file, 'utf8')): Found[] {
	const ast = parse(source, { modern: true });
	const found: Found[] = [];
	const visit = (node: unknown): void => {
		if (Array.isArray(node)) return node.forEach(visit);
		if (typeof node !== 'object' || node === null) return;
		const n = node as Node;
		if (n.type === 'Text' && typeof n.data === 'string' && WORD.test(n.data))
			found.push({ file, text: n.data.trim() });
		const written = n.type === 'ExpressionTag' ? literalText(n.expression as Node) : undefined;
		if (written && WORD.test(written)) found.push({ file, text: written });
		if (n.type === 'Attribute') {
			// Only attributes a person reads; class names and the like are code.
			if (!READ_ATTRIBUTES.has(String(n.name))) return;
			const parts = (Array.isArray(n.value) ? n.value : [n.value]) as Node[];
			for (const part of parts) {
				const text =
					part?.type === 'Text' ? String(part.data) : literalText(part?.expression as Node);
				if (text && WORD.test(text)) found.push({ file, text: `${String(n.name)}="${text}"` });
			}
			return;
		}
		for (const [key, value] of Object.entries(n)) {
			// Scripts and styles are not markup; an expression's strings are code, not text.
			if (key === 'instance' || key === 'module' || key === 'css' || key === 'expression') continue;
			visit(value);
		}
	};
	visit(ast.fragment);
	return found;
}

const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.svelte'))
	.map((f) => join('src', f));

describe('user-visible text', () => {
	it('finds the components to read', () => {
		expect(files.length).toBeGreaterThan(80);
	});

	it('no component writes words in its markup: they all come from the catalogue', () => {
		expect(files.flatMap((f) => literals(f))).toEqual([]);
	});

	it('the check catches words in text and in a read attribute, and lets keys and code be', () => {
		const source = `<script>const a = 'Code';</script>
<button title="Close" class="big words">Save now</button><kbd>P</kbd> → {t('x')} {'As code'}
<input placeholder={'Typed in code'} aria-label={t('y')} />
{#if on}<p>Inside if</p>{:else}<Field label="Journey name" />{/if}
{#each rows as row (row.id)}<span aria-label="In each">{row.name}</span>{/each}
{#snippet tip()}<em>In a snippet</em>{/snippet}
<style>p { font-family: Arial; }</style>`;
		expect(literals('x.svelte', source).map((f) => f.text)).toEqual([
			'title="Close"',
			'Save now',
			'As code',
			'placeholder="Typed in code"',
			'Inside if',
			'label="Journey name"',
			'aria-label="In each"',
			'In a snippet'
		]);
	});
});
