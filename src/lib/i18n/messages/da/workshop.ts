// The words of an open workshop in Danish; the keys are the English workshop part's.
import type { workshop as english } from '../en/workshop';
import { journey } from './steps/journey';
import { stakeholders } from './steps/stakeholders';
import { experience } from './steps/experience';
import { persona } from './steps/persona';
import { interviews } from './steps/interviews';
import { plan } from './steps/plan';
import { touchpoints } from './steps/touchpoints';
import { emotions } from './steps/emotions';
import { opportunities } from './steps/opportunities';
import { improve } from './steps/improve';
import { revisit } from './steps/revisit';
import { timer } from './room/timer';
import { projector } from './room/projector';
import { prepare } from './room/prepare';
import { keys } from './room/keys';
import { presenter } from './room/presenter';
import { storage } from './room/storage';
import { sync } from './room/sync';
import { cofacilitation } from './room/cofacilitation';
import { history } from './room/history';
import { liveroom } from './room/liveroom';

export const workshop = {
	...journey,
	...stakeholders,
	...experience,
	...persona,
	...interviews,
	...plan,
	...touchpoints,
	...emotions,
	...opportunities,
	...improve,
	...revisit,
	...timer,
	...projector,
	...prepare,
	...keys,
	...presenter,
	...storage,
	...sync,
	...liveroom,
	...cofacilitation,
	...history
} satisfies Record<keyof typeof english, string>;
