import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-at-html-tags': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Layers point one way: the domain knows nothing of the app or the browser.
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'$lib/*',
						'../*',
						'svelte',
						'svelte/*',
						'dexie',
						'jspdf',
						'chart.js',
						'xstate',
						'$app/*'
					]
				}
			]
		}
	},
	{
		files: ['src/lib/machine/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						'$lib/db/*',
						'$lib/report/*',
						'$lib/components/*',
						'$lib/session/*',
						'dexie',
						'jspdf',
						'chart.js'
					]
				}
			]
		}
	},
	{
		// Only the session layer reaches the database: components and routes read and write
		// through it, and Dexie itself (liveQuery included) stays inside db/.
		files: ['src/lib/components/**', 'src/routes/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/db/*', 'dexie', 'dexie/*'],
							message: 'Components and routes reach the data through $lib/session.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/session/**', 'src/lib/room/**', 'src/lib/i18n/**', 'src/lib/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$lib/components/*'], message: 'Components sit above this layer.' },
						{ group: ['dexie', 'dexie/*'], message: 'Dexie stays inside $lib/db.' }
					]
				}
			]
		}
	},
	{
		files: ['src/lib/db/**', 'src/lib/report/**', 'src/lib/chart/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['$lib/components/*', '$lib/session/*', '$lib/machine/*', '$app/*'] }
			]
		}
	},
	{
		// The Node server is a room of its own: it shares the domain's rules and nothing else of
		// the app (no Svelte, no Dexie, no browser layers).
		files: ['server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'../src/lib/*',
								'!../src/lib/domain',
								'$lib/*',
								'svelte',
								'svelte/*',
								'dexie'
							],
							message: 'The server imports the domain only.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'reports/',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'build-server/'
		]
	}
);
