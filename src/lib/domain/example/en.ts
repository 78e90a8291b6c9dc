// The example workshop in English.
import type { ExampleText } from './text';

export const en: ExampleText = {
	facilitator: 'Claire Morgan',
	journey: {
		name: 'An employee orders a new laptop',
		trigger:
			'A new colleague is about to start, or an existing laptop is worn out, broken or too slow for the job.',
		end: 'A few weeks after delivery: every app works, the old laptop has been handed back and the employee has had their questions answered.',
		businessGoal:
			'New colleagues are productive from their first day, and the service desk gets far fewer "where is my laptop?" calls.'
	},
	experience: {
		vision:
			'Getting a new laptop should feel like being expected: it is ready when you are, it works when you open it, and you always know where it is.',
		ambitions: [
			'A fully configured laptop, so the customer can start working without having to ask us anything.',
			'A basic setup delivered fast, leaving the customer free to choose and install more apps.'
		],
		statements: [
			'The customer always knows the status of the order and the expected delivery date.',
			'The laptop arrives with the software for the customer’s role installed and signed in.',
			'The customer never has to phone the service desk to chase an order.',
			'Questions after delivery are answered within one working day.'
		],
		measures: [
			{ name: 'Orders that lead to a chase call', target: 'Fewer than 1 in 10' },
			{ name: 'Working days from request to pick-up', target: '5 or fewer' }
		]
	},
	plan: {
		title: 'New laptop – from need to everyday use',
		customerGoal: 'To have a laptop with the right software, so I can do my job from day one.',
		expectations:
			'Ordering is easy, I know when it will arrive, it works at the first login, and help is quick if something is missing.',
		phases: { before: 'Before', during: 'During', after: 'After' }
	},
	improve: {
		feedback: [
			{
				what: 'An NPS question by e-mail one week after pick-up, with room for a comment',
				touchpoint: 'pickup'
			},
			{ what: 'A “How are we doing?” link in every status e-mail', touchpoint: 'receipt' }
		],
		measures: [
			{ name: 'NPS after delivery', current: '−33', target: '40' },
			{ name: 'Working days from request to pick-up', current: '12', target: '5' },
			{ name: 'Chase calls per order', current: '1.4', target: 'below 0.1' },
			{ name: 'Laptops delivered with all requested software', current: '60 %', target: '95 %' }
		],
		reviewTriggers:
			'A new service-management tool, a new laptop supplier or standard model, NPS falling below 20, or a reorganisation of IT.'
	},
	stakeholders: {
		desk: {
			name: 'Priya Shah',
			team: 'Service desk',
			role: 'Receives requests, answers calls and e-mails, and closes the case.'
		},
		devices: {
			name: 'Tom Hughes',
			team: 'IT workplace – devices',
			role: 'Prepares the hardware, installs the standard image and hands the laptop over.'
		},
		software: {
			name: 'Lena Novak',
			team: 'IT workplace – software and licences',
			role: 'Installs role-specific software, assigns licences and sets up access.'
		},
		purchasing: {
			name: 'David Brooks',
			team: 'Purchasing',
			role: 'Orders laptops from the supplier and follows up on delivery dates.'
		},
		finance: {
			name: 'Helen Ward',
			team: 'Finance',
			role: 'Approves the cost centre and the budget for equipment.'
		},
		manager: {
			name: 'Mark Ellis',
			team: 'Sales',
			role: 'Line manager: approves the request and welcomes new colleagues.'
		}
	},
	personas: {
		seller: {
			name: 'Emma Carter',
			jobTitle: 'Account manager',
			expectations:
				'The laptop is on her desk on her first day and works like the one she had in her last job.',
			needs:
				'A light laptop for travelling. Office, Teams, the CRM system and VPN preinstalled and signed in – she does not want to install anything herself.',
			goals: 'Book and hold customer meetings from week one and hit her first targets.',
			frustrations:
				'Forms full of IT jargon, not knowing when things will happen, and having to chase people.',
			quote: 'I just want to open it and start selling.'
		},
		developer: {
			name: 'Ravi Patel',
			jobTitle: 'Software developer',
			expectations:
				'A powerful machine with admin rights, so he can install his own tools the same day.',
			needs:
				'Plenty of memory, two external screens, a basic setup only – he prefers to choose his own apps.',
			goals: 'Have his development environment running within a day.',
			frustrations: 'Locked-down machines and waiting for approval to install every single tool.',
			quote: 'Give me the keys and I will set it up myself.'
		}
	},
	interviews: {
		newHire: {
			label: 'Interview 1 – new sales hire',
			role: 'Account manager, started two months ago',
			expectations: 'A working laptop with the CRM system on my first day.',
			notes: {
				before:
					'Her manager ordered the laptop a week before she started. Nobody told her anything about it before her first morning.',
				during:
					'The laptop arrived on day three. She borrowed a loan laptop without the CRM system for the first two days.',
				after:
					'The CRM system was missing and took another week. The VPN would not connect until the service desk reset her account.'
			},
			quotes: [
				'I spent my first two days reading PDFs because I could not open the CRM.',
				'The person at the counter was lovely – it was everything before that was the problem.'
			],
			painPoints: [
				'No laptop on the first day',
				'CRM system not installed',
				'VPN did not work at the first login'
			],
			npsComment: 'Nice people, but I lost almost a week of selling.'
		},
		replacement: {
			label: 'Interview 2 – replacement laptop, finance',
			role: 'Management accountant, laptop replaced after four years',
			expectations: 'A new laptop with my files moved across, without losing a day of work.',
			notes: {
				before: 'Found the form easily because he had ordered a headset before.',
				during:
					'Got a booking e-mail with a time slot. The handover took twenty minutes and his files were already moved.',
				after: 'One printer was missing; the service desk fixed it the same afternoon.'
			},
			quotes: [
				'I booked a time, turned up, and twenty minutes later I was back at my desk working.',
				'It would have been nice to know earlier that it was on its way.'
			],
			painPoints: ['Two weeks without any news after ordering', 'A printer was not set up'],
			npsComment: 'Smooth once it arrived. Just tell me when it is coming.'
		},
		developer: {
			label: 'Interview 3 – developer',
			role: 'Software developer, needed a more powerful laptop',
			expectations:
				'A high-spec model within a week and admin rights so I can install my own tools.',
			notes: {
				before:
					'The form only offered standard models; he had to write his needs in a free-text box and wait for a call back.',
				during:
					'The model was out of stock. He heard about it by e-mail from purchasing after two weeks, with no alternative offered.',
				after:
					'He had to request admin rights in a separate case. Every extra tool needed a new request in the portal.'
			},
			quotes: [
				'I phoned the service desk three times. They were polite, but they knew no more than I did.',
				'I would rather have a bare machine and do the setup myself.'
			],
			painPoints: [
				'No news for two weeks',
				'Out of stock without an alternative',
				'Admin rights needed a separate request',
				'Every tool is a new ticket'
			],
			npsComment: 'Far too slow, and I had to chase everything myself.'
		}
	},
	touchpoints: {
		intranet: {
			title: 'Intranet page about IT equipment',
			customerAction: 'Looks for how to order a laptop and which models are available.',
			emotionReason: 'The page is out of date and links to three different forms.'
		},
		form: {
			title: 'Request form in the IT portal',
			customerAction: 'Chooses a model and writes which software is needed.',
			emotionReason:
				'Models are listed by product code, and it is unclear which software to ask for.'
		},
		receipt: {
			title: 'Automatic confirmation e-mail',
			customerAction: 'Reads the confirmation and notes the case number.',
			emotionReason: 'Arrives at once and shows the request has been received.'
		},
		approval: {
			title: 'Manager approves the request',
			customerAction: 'Reminds the manager to approve in the portal.',
			emotionReason: 'Works, but only after a personal reminder.'
		},
		silence: {
			title: 'Waiting with no status between approval and delivery',
			customerAction: 'Checks the portal and the inbox for news; nothing changes.',
			emotionReason: 'No idea whether the laptop has been ordered or when it will arrive.'
		},
		backorder: {
			title: 'E-mail from purchasing: model out of stock',
			customerAction: 'Reads that the delivery is delayed and replies to ask about alternatives.',
			emotionReason: 'The news comes late and offers no alternative or new date.'
		},
		chase: {
			title: 'Phone call to the service desk to chase the order',
			customerAction: 'Calls to ask when the laptop will come.',
			emotionReason: 'Friendly, but the only answer is "it is on its way".'
		},
		softwareUnknown: {
			title: 'No word on which software will be installed',
			customerAction: 'Wonders whether the requested apps will be there, and e-mails to ask.',
			emotionReason: 'Nobody confirms the software list before delivery.'
		},
		booking: {
			title: 'E-mail to book a pick-up time',
			customerAction: 'Picks a time slot at the IT counter.',
			emotionReason: 'Easy, and finally a date to plan around.'
		},
		pickup: {
			title: 'Laptop handed over at the IT counter',
			customerAction: 'Collects the laptop and signs in with help from IT.',
			emotionReason: 'A new machine and a helpful colleague who takes the time.'
		},
		firstLogin: {
			title: 'First login at the desk',
			customerAction: 'Sets up multi-factor authentication, VPN and e-mail.',
			emotionReason: 'The VPN fails, and the instructions do not match what is on the screen.'
		},
		missingApps: {
			title: 'Requesting missing apps in the portal',
			customerAction: 'Files a new request for each missing app.',
			emotionReason: 'Another form and another wait for software that was asked for already.'
		},
		dataMove: {
			title: 'Files moved from the old laptop',
			customerAction: 'Checks that documents and bookmarks are there.',
			emotionReason: 'Everything is where it was.'
		},
		oldLaptop: {
			title: 'Handing back the old laptop',
			customerAction: 'Finds out where and when to hand in the old machine.',
			emotionReason: 'Not hard, but nobody says where it should go.'
		},
		caseClosed: {
			title: 'Case-closed e-mail',
			customerAction: 'Reads that the case has been closed.',
			emotionReason: 'Closed automatically; nobody asked whether everything works.'
		}
	},
	opportunities: {
		status: {
			problem:
				'The customer waits for weeks without any status and phones the service desk to find out.',
			idea: 'Automatic status e-mails at each milestone – approved, ordered, being prepared, ready to collect – always with the expected delivery date.'
		},
		packages: {
			problem:
				'Customers do not know which software to ask for, and apps are missing at the first login.',
			idea: 'Standard software packages by role that can be ticked in the form, installed and confirmed before pick-up.'
		},
		approval: {
			problem: 'Approval waits until the customer reminds their manager in person.',
			idea: 'A reminder to the manager after one working day, and standard models pre-approved within budget.'
		},
		handover: {
			problem: 'The first login goes wrong for many, and the written guide is out of date.',
			idea: 'A 15-minute handover at pick-up where IT and the customer complete the first login and VPN together.'
		},
		followUp: {
			problem: 'The case is closed before anyone has asked whether everything works.',
			idea: 'A check-in e-mail one week after pick-up with the NPS question and a link to report anything missing.'
		}
	},
	actions: {
		statusMails: 'Set up automatic status e-mails in the service-management tool',
		deliveryDate: 'Show the supplier’s expected delivery date on the order in the portal',
		packages: 'Define three standard software packages by role and add them to the form',
		preApproval: 'Agree pre-approval of standard laptop models within each department’s budget',
		npsMail: 'Send a follow-up e-mail with the NPS question one week after pick-up'
	}
};
