// A big map for the benchmarks: puts `count` touchpoints into the example workshop, straight into
// IndexedDB as the app stores them, spread over its phases with scores, a few gaps and lows.
// It runs in the page (`await page.evaluate(seedTouchpoints, 300)`), so it uses nothing from
// this module's scope. Resolves to the workshop's id.

/** @param {number} count */
export function seedTouchpoints(count) {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('journey-workshop');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction(['workshops', 'touchpoints'], 'readwrite');
			const all = tx.objectStore('workshops').getAll();
			all.onsuccess = () => {
				const workshop = all.result[0];
				const phases = workshop.plan.phases;
				const store = tx.objectStore('touchpoints');
				store.clear();
				for (let i = 0; i < count; i++) {
					store.put({
						id: `bench-${i}`,
						workshopId: workshop.id,
						order: i,
						kind: i % 17 === 5 ? 'gap' : 'touchpoint',
						title: `Touchpoint ${i + 1}`,
						phaseId: phases[Math.floor((i * phases.length) / count)].id,
						channel: ['web', 'email', 'phone', 'portal'][i % 4],
						customerAction: 'Reads the status and waits for the next step',
						ownerId: '',
						importanceCustomer: (i % 5) + 1,
						importanceBusiness: ((i + 2) % 5) + 1,
						emotion: [-2, -1, 0, 1, 2][(i * 7) % 5],
						emotionReason: 'Not sure what happens next',
						desiredEmotion: null,
						evidence: []
					});
				}
			};
			tx.oncomplete = () => {
				db.close();
				resolve(all.result[0].id);
			};
			tx.onerror = () => reject(tx.error);
		};
	});
}
