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

/**
 * A long map in the first workshop, in one language: `phases` phases (named as a room would),
 * `touchpoints` touchpoints spread over them with realistic titles (long Danish and Swedish
 * compounds among them), scores, a few gaps and desired feelings, and `opportunities` ideas in
 * every corner of the impact/effort grid, some with votes. For the projector's fit test and its
 * screenshots. Runs in the page: uses nothing from this module's scope. Resolves to the id.
 * @param {{ phases: number, touchpoints: number, opportunities: number, locale: 'en' | 'da' | 'sv' }} size
 */
export function seedMap(size) {
	const WORDS = {
		en: {
			phases: [
				'Need',
				'Request',
				'Approval',
				'Waiting',
				'Delivery',
				'First use',
				'Aftercare',
				'Follow-up'
			],
			titles: [
				'Intranet page about IT equipment',
				'Request form in the IT portal',
				'Automatic confirmation e-mail',
				'Manager approves the request',
				'Waiting with no status between approval and delivery',
				'Phone call to the service desk to chase the order',
				'Pick-up at the service desk',
				'First login at the desk',
				'Requesting missing applications in the portal',
				'Case-closed e-mail'
			],
			ideas: [
				'Automatic status e-mails at each milestone',
				'Standard software packages by role',
				'A 15-minute handover at pick-up',
				'A check-in e-mail one week after delivery',
				'A reminder to the manager after two days'
			]
		},
		da: {
			phases: [
				'Behov',
				'Bestilling',
				'Godkendelse',
				'Ventetid',
				'Levering',
				'Ibrugtagning',
				'Efterbehandling',
				'Opfølgning'
			],
			titles: [
				'Intranetside om it-udstyr',
				'Bestillingsformular i it-portalen',
				'Automatisk bekræftelsesmail',
				'Lederen godkender anmodningen',
				'Venter uden statusopdatering mellem godkendelse og levering',
				'Opringning til servicedesken for at rykke for bestillingen',
				'Afhentning i servicedesken',
				'Første login ved skrivebordet',
				'Småopgaver efter opstarten',
				'Sagsafslutningsmail'
			],
			ideas: [
				'Automatiske statusmails ved hver milepæl',
				'Standardsoftwarepakker efter rolle',
				'En overlevering på 15 minutter ved afhentningen',
				'En opfølgningsmail en uge efter leveringen',
				'En påmindelse til lederen efter to dage'
			]
		},
		sv: {
			phases: [
				'Behov',
				'Beställning',
				'Godkännande',
				'Väntan',
				'Leverans',
				'Första användning',
				'Eftervård',
				'Uppföljning'
			],
			titles: [
				'Intranätsida om it-utrustning',
				'Beställningsformulär i it-portalen',
				'Automatiskt bekräftelsemejl',
				'Chefen godkänner förfrågan',
				'Väntan utan statusuppdatering mellan godkännande och leverans',
				'Samtal till servicedesken för att jaga beställningen',
				'Hämtning i servicedesken',
				'Första inloggningen vid skrivbordet',
				'Småuppgifter efter uppstarten',
				'Ärendeavslutningsmejl'
			],
			ideas: [
				'Automatiska statusmejl vid varje milstolpe',
				'Standardprogrampaket efter roll',
				'En överlämning på 15 minuter vid hämtningen',
				'Ett uppföljningsmejl en vecka efter leveransen',
				'En påminnelse till chefen efter två dagar'
			]
		}
	}[size.locale];
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('journey-workshop');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const tx = db.transaction(['workshops', 'touchpoints', 'opportunities'], 'readwrite');
			const all = tx.objectStore('workshops').getAll();
			all.onsuccess = () => {
				const workshop = all.result[0];
				const phases = Array.from({ length: size.phases }, (_, i) => ({
					id: `seed-phase-${i}`,
					name: WORDS.phases[i % WORDS.phases.length]
				}));
				workshop.plan.phases = phases;
				tx.objectStore('workshops').put(workshop);
				const touchpoints = tx.objectStore('touchpoints');
				touchpoints.clear();
				for (let i = 0; i < size.touchpoints; i++) {
					touchpoints.put({
						id: `seed-tp-${i}`,
						workshopId: workshop.id,
						order: i,
						kind: i % 9 === 4 ? 'gap' : 'touchpoint',
						title: WORDS.titles[i % WORDS.titles.length],
						phaseId: `seed-phase-${Math.floor((i * size.phases) / size.touchpoints)}`,
						channel: ['web', 'email', 'phone', 'portal'][i % 4],
						customerAction: '',
						ownerId: '',
						importanceCustomer: (i % 5) + 1,
						importanceBusiness: ((i + 2) % 5) + 1,
						emotion: [-1, 0, -2, 1, 2, -1][i % 6],
						emotionReason: '',
						desiredEmotion: i % 3 ? 1 : null,
						evidence: []
					});
				}
				const opportunities = tx.objectStore('opportunities');
				opportunities.clear();
				for (let i = 0; i < size.opportunities; i++) {
					opportunities.put({
						id: `seed-op-${i}`,
						workshopId: workshop.id,
						order: i,
						touchpointIds: [`seed-tp-${i % size.touchpoints}`],
						problem: '',
						idea: `${WORDS.ideas[i % WORDS.ideas.length]} (${i + 1})`,
						impact: [5, 4, 2, 1][i % 4],
						effort: [1, 5, 2, 4][Math.floor(i / 4) % 4],
						ownerId: '',
						votes: i % 3 === 0 ? (i % 7) + 1 : 0,
						painPoint: ''
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

/**
 * Opens the example workshop made `count` touchpoints long, on step 1 (in Node, with a
 * Playwright page). Resolves to the workshop's id.
 * @param {import('@playwright/test').Page} page
 * @param {string} base
 * @param {number} count
 */
export async function openBigMap(page, base, count) {
	await page.goto(base + '/');
	await page.getByRole('link', { name: 'An employee orders a new laptop', exact: true }).waitFor();
	const id = await page.evaluate(seedTouchpoints, count);
	await page.goto(`${base}/w/${id}`);
	await page.getByLabel('Business goal').waitFor();
	return id;
}
