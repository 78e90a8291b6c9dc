// Eksempel-workshoppen på dansk.
import type { ExampleText } from './text';

export const da: ExampleText = {
	facilitator: 'Mette Kjær',
	journey: {
		name: 'En medarbejder bestiller en ny bærbar',
		trigger:
			'En ny kollega skal starte, eller en medarbejders bærbare er slidt, gået i stykker eller for langsom til opgaverne.',
		end: 'Nogle uger efter udleveringen: alle programmer virker, den gamle bærbare er afleveret, og medarbejderen har fået svar på sine spørgsmål.',
		businessGoal:
			'Nye kolleger kan arbejde fra første dag, og servicedesken får langt færre opkald om “hvor bliver min computer af?”.'
	},
	experience: {
		vision:
			'En ny bærbar skal føles, som om vi har ventet på dig: den er klar, når du er, den virker, når du åbner den, og du ved altid, hvor den er.',
		ambitions: [
			'En fuldt konfigureret bærbar, så kunden kan gå i gang uden at skulle spørge os om noget.',
			'En grundopsætning leveret hurtigt, så kunden selv kan vælge og installere flere programmer.'
		],
		statements: [
			'Kunden kender altid status på bestillingen og den forventede leveringsdato.',
			'Den bærbare leveres med programmerne til kundens rolle installeret og klar til login.',
			'Kunden skal aldrig ringe til servicedesken for at rykke for en bestilling.',
			'Spørgsmål efter udleveringen bliver besvaret inden for én arbejdsdag.'
		],
		measures: [
			{ name: 'Bestillinger, der fører til et rykkeropkald', target: 'Færre end 1 ud af 10' },
			{ name: 'Arbejdsdage fra bestilling til udlevering', target: 'Højst 5' }
		]
	},
	plan: {
		title: 'Ny bærbar – fra behov til hverdag',
		customerGoal:
			'At have en bærbar med de rigtige programmer, så jeg kan passe mit job fra dag ét.',
		expectations:
			'Det er nemt at bestille, jeg ved, hvornår den kommer, den virker ved første login, og jeg får hurtigt hjælp, hvis noget mangler.',
		phases: { before: 'Før', during: 'Under', after: 'Efter' }
	},
	improve: {
		feedback: [
			{
				what: 'Et NPS-spørgsmål på e-mail en uge efter udleveringen, med plads til en kommentar',
				touchpoint: 'pickup'
			},
			{ what: 'Et “Hvordan går det?”-link i alle statusmails', touchpoint: 'receipt' }
		],
		measures: [
			{ name: 'NPS efter udlevering', current: '−33', target: '40' },
			{ name: 'Arbejdsdage fra bestilling til udlevering', current: '12', target: '5' },
			{ name: 'Rykkeropkald pr. bestilling', current: '1,4', target: 'under 0,1' },
			{ name: 'Bærbare leveret med alle ønskede programmer', current: '60 %', target: '95 %' }
		],
		reviewTriggers:
			'Nyt service management-værktøj, ny leverandør eller standardmodel, NPS under 20 eller en omorganisering af it-afdelingen.'
	},
	stakeholders: {
		desk: {
			name: 'Camilla Nielsen',
			team: 'Servicedesk',
			role: 'Modtager anmodninger, besvarer opkald og mails og lukker sagen.'
		},
		devices: {
			name: 'Jonas Møller',
			team: 'It-arbejdsplads – udstyr',
			role: 'Klargør hardwaren, lægger standardimaget på og udleverer den bærbare.'
		},
		software: {
			name: 'Line Sørensen',
			team: 'It-arbejdsplads – software og licenser',
			role: 'Installerer rollespecifikke programmer, tildeler licenser og opretter adgange.'
		},
		purchasing: {
			name: 'Peter Holm',
			team: 'Indkøb',
			role: 'Bestiller bærbare hos leverandøren og følger op på leveringsdatoer.'
		},
		finance: {
			name: 'Hanne Bach',
			team: 'Økonomi',
			role: 'Godkender omkostningssted og budget til udstyr.'
		},
		manager: {
			name: 'Søren Krogh',
			team: 'Salg',
			role: 'Nærmeste leder: godkender anmodningen og tager imod nye kolleger.'
		}
	},
	personas: {
		seller: {
			name: 'Sofie Lund',
			jobTitle: 'Key account manager',
			expectations:
				'Den bærbare ligger klar på hendes skrivebord første dag og virker som den, hun havde i sit forrige job.',
			needs:
				'En let bærbar til rejser. Office, Teams, CRM-systemet og VPN forudinstalleret og logget ind – hun vil ikke selv installere noget.',
			goals: 'Booke og holde kundemøder fra første uge og nå sine første mål.',
			frustrations:
				'Formularer fyldt med it-sprog, uvished om hvornår ting sker, og at skulle rykke folk.',
			quote: 'Jeg vil bare åbne den og komme i gang med at sælge.'
		},
		developer: {
			name: 'Mikkel Dahl',
			jobTitle: 'Softwareudvikler',
			expectations:
				'En kraftig maskine med administratorrettigheder, så han kan installere sine egne værktøjer samme dag.',
			needs:
				'Masser af hukommelse, to eksterne skærme og kun en grundopsætning – han vælger helst selv sine programmer.',
			goals: 'Have sit udviklingsmiljø kørende inden for en dag.',
			frustrations: 'Låste maskiner og at skulle vente på godkendelse af hvert eneste værktøj.',
			quote: 'Giv mig nøglerne, så sætter jeg den selv op.'
		}
	},
	interviews: {
		newHire: {
			label: 'Interview 1 – nyansat sælger',
			role: 'Key account manager, startede for to måneder siden',
			expectations: 'En bærbar, der virker, med CRM-systemet på min første dag.',
			notes: {
				before:
					'Hendes leder bestilte den bærbare en uge, før hun startede. Ingen fortalte hende noget om den før hendes første morgen.',
				during:
					'Den bærbare kom på tredjedagen. De første to dage arbejdede hun på en lånecomputer uden CRM-systemet.',
				after:
					'CRM-systemet manglede og tog endnu en uge. VPN ville ikke oprette forbindelse, før servicedesken havde nulstillet hendes konto.'
			},
			quotes: [
				'Mine første to dage gik med at læse pdf’er, fordi jeg ikke kunne komme ind i CRM-systemet.',
				'Ham i skranken var rigtig sød – det var alt det før, der var problemet.'
			],
			painPoints: [
				'Ingen bærbar på første arbejdsdag',
				'CRM-systemet var ikke installeret',
				'VPN virkede ikke ved første login'
			],
			npsComment: 'Søde mennesker, men jeg mistede næsten en uges salg.'
		},
		replacement: {
			label: 'Interview 2 – udskiftning, økonomi',
			role: 'Controller, fik ny bærbar efter fire år',
			expectations: 'En ny bærbar med mine filer flyttet over, uden at miste en arbejdsdag.',
			notes: {
				before: 'Fandt nemt formularen, fordi han tidligere havde bestilt et headset.',
				during:
					'Fik en mail om at booke en tid. Udleveringen tog tyve minutter, og hans filer var allerede flyttet.',
				after: 'En printer manglede; servicedesken ordnede det samme eftermiddag.'
			},
			quotes: [
				'Jeg bookede en tid, mødte op, og tyve minutter senere sad jeg og arbejdede igen.',
				'Det havde været rart at få at vide lidt tidligere, at den var på vej.'
			],
			painPoints: ['To uger uden nyt efter bestillingen', 'En printer var ikke sat op'],
			npsComment: 'Gnidningsfrit, da den først kom. Sig bare til, når den er på vej.'
		},
		developer: {
			label: 'Interview 3 – udvikler',
			role: 'Softwareudvikler, havde brug for en kraftigere bærbar',
			expectations:
				'En kraftig model inden for en uge og administratorrettigheder, så jeg selv kan installere mine værktøjer.',
			notes: {
				before:
					'Formularen havde kun standardmodeller; han måtte skrive sine behov i et fritekstfelt og vente på at blive ringet op.',
				during:
					'Modellen var udsolgt. Det hørte han først om i en mail fra indkøb efter to uger, uden noget alternativ.',
				after:
					'Administratorrettigheder krævede en separat sag. Hvert ekstra værktøj krævede en ny anmodning i portalen.'
			},
			quotes: [
				'Jeg ringede tre gange til servicedesken. De var høflige, men de vidste ikke mere end mig.',
				'Jeg vil hellere have en tom maskine og selv sætte den op.'
			],
			painPoints: [
				'Intet nyt i to uger',
				'Udsolgt uden alternativ',
				'Administratorrettigheder krævede en separat anmodning',
				'Hvert værktøj er en ny sag'
			],
			npsComment: 'Alt for langsomt, og jeg måtte selv rykke for det hele.'
		}
	},
	touchpoints: {
		intranet: {
			title: 'Intranetside om it-udstyr',
			customerAction:
				'Leder efter, hvordan man bestiller en bærbar, og hvilke modeller der findes.',
			emotionReason: 'Siden er forældet og linker til tre forskellige formularer.'
		},
		form: {
			title: 'Anmodningsformular i it-portalen',
			customerAction: 'Vælger en model og skriver, hvilke programmer der er brug for.',
			emotionReason:
				'Modellerne står med varenumre, og det er uklart, hvilke programmer man skal bede om.'
		},
		receipt: {
			title: 'Automatisk bekræftelsesmail',
			customerAction: 'Læser bekræftelsen og noterer sagsnummeret.',
			emotionReason: 'Kommer med det samme og viser, at anmodningen er modtaget.'
		},
		approval: {
			title: 'Lederen godkender anmodningen',
			customerAction: 'Minder lederen om at godkende i portalen.',
			emotionReason: 'Det virker, men først efter en personlig påmindelse.'
		},
		silence: {
			title: 'Ventetid uden status mellem godkendelse og levering',
			customerAction: 'Tjekker portalen og indbakken for nyt; intet sker.',
			emotionReason: 'Aner ikke, om den bærbare er bestilt, eller hvornår den kommer.'
		},
		backorder: {
			title: 'Mail fra indkøb: modellen er udsolgt',
			customerAction:
				'Læser, at leveringen er forsinket, og skriver tilbage for at høre om alternativer.',
			emotionReason: 'Beskeden kommer sent og giver hverken alternativ eller ny dato.'
		},
		chase: {
			title: 'Opkald til servicedesken for at rykke',
			customerAction: 'Ringer for at spørge, hvornår den bærbare kommer.',
			emotionReason: 'Venlig, men det eneste svar er “den er på vej”.'
		},
		softwareUnknown: {
			title: 'Intet om, hvilke programmer der bliver installeret',
			customerAction: 'Spekulerer på, om de ønskede programmer er med, og skriver for at spørge.',
			emotionReason: 'Ingen bekræfter programlisten før levering.'
		},
		booking: {
			title: 'Mail om at booke en tid til udlevering',
			customerAction: 'Vælger et tidspunkt til afhentning i it-skranken.',
			emotionReason: 'Nemt, og endelig en dato at planlægge efter.'
		},
		pickup: {
			title: 'Udlevering i it-skranken',
			customerAction: 'Henter den bærbare og logger ind med hjælp fra it.',
			emotionReason: 'En ny maskine og en hjælpsom kollega, der tager sig tid.'
		},
		firstLogin: {
			title: 'Første login ved skrivebordet',
			customerAction: 'Sætter totrinsgodkendelse, VPN og mail op.',
			emotionReason: 'VPN fejler, og vejledningen passer ikke med det, der står på skærmen.'
		},
		missingApps: {
			title: 'Anmodning om manglende programmer i portalen',
			customerAction: 'Opretter en ny anmodning for hvert program, der mangler.',
			emotionReason: 'Endnu en formular og mere ventetid på programmer, der allerede var bestilt.'
		},
		dataMove: {
			title: 'Filer flyttet fra den gamle bærbare',
			customerAction: 'Tjekker, at dokumenter og bogmærker er med.',
			emotionReason: 'Alt ligger, hvor det plejer.'
		},
		oldLaptop: {
			title: 'Aflevering af den gamle bærbare',
			customerAction: 'Finder ud af, hvor og hvornår den gamle maskine skal afleveres.',
			emotionReason: 'Ikke svært, men ingen fortæller, hvor den skal hen.'
		},
		caseClosed: {
			title: 'Mail om, at sagen er lukket',
			customerAction: 'Læser, at sagen er lukket.',
			emotionReason: 'Lukket automatisk; ingen spurgte, om alt virker.'
		}
	},
	opportunities: {
		status: {
			problem:
				'Kunden venter i ugevis uden status og ringer til servicedesken for at finde ud af noget.',
			idea: 'Automatiske statusmails ved hver milepæl – godkendt, bestilt, under klargøring, klar til afhentning – altid med forventet leveringsdato.'
		},
		packages: {
			problem:
				'Kunderne ved ikke, hvilke programmer de skal bede om, og programmer mangler ved første login.',
			idea: 'Faste programpakker efter rolle, som kan vælges i formularen, installeres og bekræftes før udlevering.'
		},
		approval: {
			problem: 'Godkendelsen venter, indtil kunden personligt minder sin leder om den.',
			idea: 'En påmindelse til lederen efter én arbejdsdag, og standardmodeller forhåndsgodkendt inden for budgettet.'
		},
		handover: {
			problem: 'Første login går galt for mange, og den skriftlige vejledning er forældet.',
			idea: 'En udlevering på 15 minutter, hvor it og kunden gennemfører første login og VPN sammen.'
		},
		followUp: {
			problem: 'Sagen bliver lukket, før nogen har spurgt, om alt virker.',
			idea: 'En opfølgningsmail en uge efter udleveringen med NPS-spørgsmålet og et link til at melde, hvis noget mangler.'
		}
	},
	actions: {
		statusMails: 'Sæt automatiske statusmails op i service management-værktøjet',
		deliveryDate: 'Vis leverandørens forventede leveringsdato på bestillingen i portalen',
		packages: 'Definér tre faste programpakker efter rolle og føj dem til formularen',
		preApproval: 'Aftal forhåndsgodkendelse af standardmodeller inden for hver afdelings budget',
		npsMail: 'Send en opfølgningsmail med NPS-spørgsmålet en uge efter udleveringen'
	}
};
