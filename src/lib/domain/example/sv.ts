// Exempelworkshoppen på svenska.
import type { ExampleText } from './text';

export const sv: ExampleText = {
	facilitator: 'Karin Sjöberg',
	journey: {
		name: 'En medarbetare beställer en ny bärbar dator',
		trigger:
			'En ny kollega ska börja, eller en medarbetares dator är sliten, trasig eller för långsam för arbetet.',
		end: 'Några veckor efter leveransen: alla program fungerar, den gamla datorn är återlämnad och medarbetaren har fått svar på sina frågor.',
		businessGoal:
			'Nya kollegor kommer igång från första dagen, och servicedesken får betydligt färre samtal om ”var är min dator?”.'
	},
	experience: {
		vision:
			'Att få en ny dator ska kännas som att vara välkommen: den är klar när du är det, den fungerar när du öppnar den och du vet alltid var den är.',
		ambitions: [
			'En färdigkonfigurerad dator, så att kunden kan börja arbeta utan att behöva fråga oss om något.',
			'En grundinstallation som levereras snabbt, så att kunden själv kan välja och installera fler program.'
		],
		statements: [
			'Kunden vet alltid hur beställningen ligger till och vilket leveransdatum som gäller.',
			'Datorn levereras med programmen för kundens roll installerade och klara för inloggning.',
			'Kunden behöver aldrig ringa servicedesken för att jaga en beställning.',
			'Frågor efter leveransen besvaras inom en arbetsdag.'
		],
		measures: [
			{ name: 'Beställningar som leder till ett påminnelsesamtal', target: 'Färre än 1 av 10' },
			{ name: 'Arbetsdagar från beställning till utlämning', target: 'Högst 5' }
		]
	},
	plan: {
		title: 'Ny bärbar dator – från behov till vardag',
		customerGoal: 'Att ha en dator med rätt program, så att jag kan göra mitt jobb från dag ett.',
		expectations:
			'Det är enkelt att beställa, jag vet när den kommer, den fungerar vid första inloggningen och jag får snabbt hjälp om något saknas.',
		phases: { before: 'Före', during: 'Under', after: 'Efter' }
	},
	improve: {
		feedback: [
			{
				what: 'En NPS-fråga via e-post en vecka efter utlämningen, med plats för en kommentar',
				touchpoint: 'pickup'
			},
			{ what: 'En ”Hur går det?”-länk i varje statusmejl', touchpoint: 'receipt' }
		],
		measures: [
			{ name: 'NPS efter leverans', current: '−33', target: '40' },
			{ name: 'Arbetsdagar från beställning till utlämning', current: '12', target: '5' },
			{ name: 'Påminnelsesamtal per beställning', current: '1,4', target: 'under 0,1' },
			{ name: 'Datorer som levereras med alla önskade program', current: '60 %', target: '95 %' }
		],
		reviewTriggers:
			'Nytt verktyg för ärendehantering, ny leverantör eller standardmodell, NPS under 20 eller en omorganisation av IT.'
	},
	stakeholders: {
		desk: {
			name: 'Elin Johansson',
			team: 'Servicedesk',
			role: 'Tar emot beställningar, svarar i telefon och på mejl och stänger ärendet.'
		},
		devices: {
			name: 'Oskar Nyström',
			team: 'IT-arbetsplats – utrustning',
			role: 'Förbereder hårdvaran, lägger in standardinstallationen och lämnar ut datorn.'
		},
		software: {
			name: 'Maja Åkesson',
			team: 'IT-arbetsplats – program och licenser',
			role: 'Installerar rollspecifika program, tilldelar licenser och ordnar behörigheter.'
		},
		purchasing: {
			name: 'Lars Berglund',
			team: 'Inköp',
			role: 'Beställer datorer från leverantören och följer upp leveransdatum.'
		},
		finance: {
			name: 'Annika Holm',
			team: 'Ekonomi',
			role: 'Godkänner kostnadsställe och budget för utrustning.'
		},
		manager: {
			name: 'Fredrik Ek',
			team: 'Försäljning',
			role: 'Närmaste chef: godkänner beställningen och tar emot nya kollegor.'
		}
	},
	personas: {
		seller: {
			name: 'Sara Lindqvist',
			jobTitle: 'Kundansvarig säljare',
			expectations:
				'Datorn ligger på skrivbordet första dagen och fungerar som den hon hade på sitt förra jobb.',
			needs:
				'En lätt dator för resor. Office, Teams, CRM-systemet och VPN förinstallerade och inloggade – hon vill inte installera något själv.',
			goals: 'Boka och hålla kundmöten från första veckan och nå sina första mål.',
			frustrations:
				'Formulär fulla av IT-språk, ovisshet om när saker händer och att behöva jaga folk.',
			quote: 'Jag vill bara öppna den och börja sälja.'
		},
		developer: {
			name: 'Erik Söderberg',
			jobTitle: 'Systemutvecklare',
			expectations:
				'En kraftfull dator med administratörsbehörighet, så att han kan installera sina egna verktyg samma dag.',
			needs:
				'Gott om minne, två externa skärmar och bara en grundinstallation – han väljer helst sina program själv.',
			goals: 'Ha sin utvecklingsmiljö igång inom en dag.',
			frustrations: 'Låsta datorer och att behöva vänta på godkännande för varje enskilt verktyg.',
			quote: 'Ge mig nycklarna så sätter jag upp den själv.'
		}
	},
	interviews: {
		newHire: {
			label: 'Intervju 1 – nyanställd säljare',
			role: 'Kundansvarig säljare, började för två månader sedan',
			expectations: 'En fungerande dator med CRM-systemet på min första dag.',
			notes: {
				before:
					'Hennes chef beställde datorn en vecka innan hon började. Ingen berättade något om den för henne före första morgonen.',
				during:
					'Datorn kom på tredje dagen. De två första dagarna fick hon låna en dator utan CRM-systemet.',
				after:
					'CRM-systemet saknades och tog ytterligare en vecka. VPN gick inte att ansluta förrän servicedesken hade återställt hennes konto.'
			},
			quotes: [
				'Mina två första dagar gick åt till att läsa pdf:er, eftersom jag inte kom in i CRM-systemet.',
				'Killen i disken var jättetrevlig – det var allt före det som var problemet.'
			],
			painPoints: [
				'Ingen dator första arbetsdagen',
				'CRM-systemet var inte installerat',
				'VPN fungerade inte vid första inloggningen'
			],
			npsComment: 'Trevliga människor, men jag förlorade nästan en veckas försäljning.'
		},
		replacement: {
			label: 'Intervju 2 – utbytesdator, ekonomi',
			role: 'Controller, fick ny dator efter fyra år',
			expectations: 'En ny dator med mina filer överflyttade, utan att förlora en arbetsdag.',
			notes: {
				before: 'Hittade formuläret lätt, eftersom han hade beställt ett headset tidigare.',
				during:
					'Fick ett mejl om att boka en tid. Utlämningen tog tjugo minuter och hans filer var redan flyttade.',
				after: 'En skrivare saknades; servicedesken fixade det samma eftermiddag.'
			},
			quotes: [
				'Jag bokade en tid, kom dit, och tjugo minuter senare satt jag och jobbade igen.',
				'Det hade varit skönt att få veta tidigare att den var på väg.'
			],
			painPoints: [
				'Två veckor utan besked efter beställningen',
				'En skrivare var inte installerad'
			],
			npsComment: 'Smidigt när den väl kom. Säg bara till när den är på väg.'
		},
		developer: {
			label: 'Intervju 3 – utvecklare',
			role: 'Systemutvecklare, behövde en kraftfullare dator',
			expectations:
				'En kraftfull modell inom en vecka och administratörsbehörighet, så att jag kan installera mina verktyg själv.',
			notes: {
				before:
					'Formuläret erbjöd bara standardmodeller; han fick skriva sina behov i ett fritextfält och vänta på att bli uppringd.',
				during:
					'Modellen var slut i lager. Det fick han veta i ett mejl från inköp efter två veckor, utan något alternativ.',
				after:
					'Administratörsbehörighet krävde ett separat ärende. Varje extra verktyg krävde en ny beställning i portalen.'
			},
			quotes: [
				'Jag ringde servicedesken tre gånger. De var artiga, men de visste inte mer än jag.',
				'Jag vill hellre ha en tom dator och installera allt själv.'
			],
			painPoints: [
				'Inget besked på två veckor',
				'Slut i lager utan alternativ',
				'Administratörsbehörighet krävde en separat beställning',
				'Varje verktyg är ett nytt ärende'
			],
			npsComment: 'Alldeles för långsamt, och jag fick jaga allt själv.'
		}
	},
	touchpoints: {
		intranet: {
			title: 'Intranätsida om IT-utrustning',
			customerAction: 'Letar efter hur man beställer en dator och vilka modeller som finns.',
			emotionReason: 'Sidan är inaktuell och länkar till tre olika formulär.'
		},
		form: {
			title: 'Beställningsformulär i IT-portalen',
			customerAction: 'Väljer modell och skriver vilka program som behövs.',
			emotionReason:
				'Modellerna anges med artikelnummer, och det är oklart vilka program man ska be om.'
		},
		receipt: {
			title: 'Automatiskt bekräftelsemejl',
			customerAction: 'Läser bekräftelsen och noterar ärendenumret.',
			emotionReason: 'Kommer direkt och visar att beställningen har tagits emot.'
		},
		approval: {
			title: 'Chefen godkänner beställningen',
			customerAction: 'Påminner chefen om att godkänna i portalen.',
			emotionReason: 'Det fungerar, men först efter en personlig påminnelse.'
		},
		silence: {
			title: 'Väntan utan status mellan godkännande och leverans',
			customerAction: 'Kollar portalen och inkorgen efter nyheter; inget händer.',
			emotionReason: 'Ingen aning om datorn är beställd eller när den kommer.'
		},
		backorder: {
			title: 'Mejl från inköp: modellen är slut i lager',
			customerAction: 'Läser att leveransen är försenad och svarar med en fråga om alternativ.',
			emotionReason: 'Beskedet kommer sent och ger varken alternativ eller nytt datum.'
		},
		chase: {
			title: 'Samtal till servicedesken för att jaga beställningen',
			customerAction: 'Ringer och frågar när datorn kommer.',
			emotionReason: 'Vänligt, men det enda svaret är ”den är på väg”.'
		},
		softwareUnknown: {
			title: 'Inget besked om vilka program som installeras',
			customerAction: 'Undrar om de önskade programmen kommer att finnas och mejlar för att fråga.',
			emotionReason: 'Ingen bekräftar programlistan före leveransen.'
		},
		booking: {
			title: 'Mejl om att boka tid för utlämning',
			customerAction: 'Väljer en tid i IT-disken.',
			emotionReason: 'Enkelt, och äntligen ett datum att planera efter.'
		},
		pickup: {
			title: 'Utlämning i IT-disken',
			customerAction: 'Hämtar datorn och loggar in med hjälp av IT.',
			emotionReason: 'En ny dator och en hjälpsam kollega som tar sig tid.'
		},
		firstLogin: {
			title: 'Första inloggningen vid skrivbordet',
			customerAction: 'Ställer in tvåfaktorsautentisering, VPN och e-post.',
			emotionReason: 'VPN krånglar, och instruktionerna stämmer inte med det som syns på skärmen.'
		},
		missingApps: {
			title: 'Beställning av saknade program i portalen',
			customerAction: 'Gör en ny beställning för varje program som saknas.',
			emotionReason: 'Ännu ett formulär och mer väntan på program som redan var beställda.'
		},
		dataMove: {
			title: 'Filer flyttade från den gamla datorn',
			customerAction: 'Kontrollerar att dokument och bokmärken finns kvar.',
			emotionReason: 'Allt ligger där det brukar.'
		},
		oldLaptop: {
			title: 'Återlämning av den gamla datorn',
			customerAction: 'Tar reda på var och när den gamla datorn ska lämnas in.',
			emotionReason: 'Inte svårt, men ingen säger var den ska lämnas.'
		},
		caseClosed: {
			title: 'Mejl om att ärendet är stängt',
			customerAction: 'Läser att ärendet har stängts.',
			emotionReason: 'Stängdes automatiskt; ingen frågade om allt fungerar.'
		}
	},
	opportunities: {
		status: {
			problem:
				'Kunden väntar i flera veckor utan status och ringer servicedesken för att få veta något.',
			idea: 'Automatiska statusmejl vid varje milstolpe – godkänd, beställd, förbereds, klar att hämta – alltid med beräknat leveransdatum.'
		},
		packages: {
			problem:
				'Kunderna vet inte vilka program de ska be om, och program saknas vid första inloggningen.',
			idea: 'Fasta programpaket per roll som går att välja i formuläret, installeras och bekräftas före utlämningen.'
		},
		approval: {
			problem: 'Godkännandet dröjer tills kunden personligen påminner sin chef.',
			idea: 'En påminnelse till chefen efter en arbetsdag, och standardmodeller förhandsgodkända inom budget.'
		},
		handover: {
			problem:
				'Första inloggningen går fel för många, och den skriftliga instruktionen är inaktuell.',
			idea: 'En utlämning på 15 minuter där IT och kunden loggar in första gången och ställer in VPN tillsammans.'
		},
		followUp: {
			problem: 'Ärendet stängs innan någon har frågat om allt fungerar.',
			idea: 'Ett uppföljningsmejl en vecka efter utlämningen med NPS-frågan och en länk för att anmäla om något saknas.'
		}
	},
	actions: {
		statusMails: 'Sätt upp automatiska statusmejl i verktyget för ärendehantering',
		deliveryDate: 'Visa leverantörens beräknade leveransdatum på beställningen i portalen',
		packages: 'Ta fram tre fasta programpaket per roll och lägg till dem i formuläret',
		preApproval:
			'Kom överens om förhandsgodkännande av standardmodeller inom varje avdelnings budget',
		npsMail: 'Skicka ett uppföljningsmejl med NPS-frågan en vecka efter utlämningen'
	}
};
