// The same workshop open in two tabs, as when a facilitator opens it again from the start page
// without noticing the first tab: what one tab saves shows in the other, a field both change at
// once is never replaced without a word, and a newer app version in one tab makes the other
// save and reload.
import { expect, test } from './fixtures';
import { twoTabs } from './two-tabs';

test('what one tab saves shows in the other within 500 ms', async ({ page }) => {
	const other = await twoTabs(page);
	const times: number[] = [];
	for (const text of ['Fewer calls to the service desk', 'Ready on the first day, æøå äö']) {
		const start = Date.now();
		await page.getByLabel('Business goal').fill(text);
		await expect(other.getByLabel('Business goal')).toHaveValue(text, { timeout: 500 });
		times.push(Date.now() - start);
	}
	console.log(`tab to tab: ${times.join(', ')} ms`);
	// Lists too: a stakeholder added in one tab appears in the other.
	await other.getByRole('button', { name: /^Next/ }).click();
	await page.getByRole('button', { name: /^Next/ }).click();
	await page.getByRole('button', { name: 'Add stakeholder' }).click();
	await page.getByLabel('Name').last().fill('Service desk');
	await expect(other.getByLabel('Name').last()).toHaveValue('Service desk', { timeout: 500 });
});

test('a field changed in both tabs at once: both are told, and one click takes the other', async ({
	page
}) => {
	const other = await twoTabs(page);
	await page.getByLabel('Journey name').fill('Laptop (tab A)');
	await other.getByLabel('Journey name').fill('Laptop (tab B)');
	// B saved last, so B's text is kept; B is offered A's, and A is offered its own back.
	const inB = other.getByRole('status').filter({ hasText: 'Changed in two places at once' });
	await expect(inB).toContainText('Step 1, One journey was also changed in another tab');
	await expect(inB).toContainText('The other tab wrote: “Laptop (tab A)”');
	const inA = page.getByRole('status').filter({ hasText: 'Changed in two places at once' });
	await expect(inA).toContainText('You wrote: “Laptop (tab A)”');
	await expect(page.getByLabel('Journey name')).toHaveValue('Laptop (tab B)');

	await inB.getByRole('button', { name: 'Use the other version' }).click();
	await expect(other.getByLabel('Journey name')).toHaveValue('Laptop (tab A)');
	await expect(page.getByLabel('Journey name')).toHaveValue('Laptop (tab A)');
	await inA.getByRole('button', { name: 'OK' }).click();
	await expect(inA).toBeHidden();
	await expect(inB).toBeHidden();
	await page.reload();
	await expect(page.getByLabel('Journey name')).toHaveValue('Laptop (tab A)');
});

test('deleted from the start page in one tab: the other tab says so and can keep its copy', async ({
	page
}) => {
	const other = await twoTabs(page);
	await other.getByLabel('Business goal').fill('Kept by the second tab');
	await page.goto('/');
	await page.getByRole('button', { name: 'Delete' }).first().click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('link', { name: 'Two tabs', exact: true })).toBeHidden();

	const alert = other.getByRole('alert').filter({ hasText: 'deleted in another tab' });
	await expect(alert).toBeVisible();
	await expect(other.getByText('Not saved', { exact: false }).first()).toBeVisible();
	await alert.getByRole('button', { name: 'Keep it: save this copy again' }).click();
	await expect(alert).toBeHidden();
	// The start page follows the database: the workshop is back without a reload.
	await expect(page.getByRole('link', { name: 'Two tabs', exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Two tabs', exact: true }).click();
	await expect(page.getByLabel('Business goal')).toHaveValue('Kept by the second tab');
});

test('a newer version of the database in another tab: this tab saves what is typed and reloads', async ({
	page
}) => {
	const other = await twoTabs(page);
	await other.close();
	const upgrader = await page.context().newPage();
	// A page of the same origin without the app, so only the workshop's tab holds the database.
	await upgrader.goto('/manifest.webmanifest');
	await page.getByLabel('Business goal').fill('Typed just before the upgrade');
	// Stands in for a newer build opening the database with a higher version.
	const reloaded = page.waitForEvent('load');
	const version = await upgrader.evaluate(
		() =>
			new Promise<number>((done, fail) => {
				const request = indexedDB.open('journey-workshop', 1000);
				request.onsuccess = () => {
					request.result.close();
					done(request.result.version);
				};
				request.onerror = () => fail(request.error);
			})
	);
	expect(version).toBe(1000);
	await reloaded;
	const goal = await upgrader.evaluate(
		() =>
			new Promise<string[]>((done) => {
				const request = indexedDB.open('journey-workshop');
				request.onsuccess = () => {
					const all = request.result.transaction('workshops').objectStore('workshops').getAll();
					all.onsuccess = () =>
						done(
							all.result.map((w: { journey: { businessGoal: string } }) => w.journey.businessGoal)
						);
				};
			})
	);
	expect(goal).toContain('Typed just before the upgrade');
});
