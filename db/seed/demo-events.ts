// The demo dataset: New Zealand's defence line from the 2016 White Paper to PIPIR, in our own words.
// Sources point at the outlets that reported each fact; where only the outlet is known, at its front page.
import type { EventInputRaw } from '@/lib/events/schema';

export const DEMO_INITIATIVES = [
  {
    slug: 'pipir',
    name: 'Partnership for Indo-Pacific Industrial Resilience (PIPIR)',
    description:
      'A US-led group of 13 founding members that coordinates defence production, sustainment and supply chains in the Indo-Pacific. Its principles were endorsed at the 2024 Shangri-La Dialogue; it works through four workstreams: sustainment, production, supply chain resilience, and policy and optimization.',
  },
  {
    slug: 'aukus',
    name: 'AUKUS',
    description:
      'The security partnership of Australia, the United Kingdom and the United States announced in September 2021, first known for giving Australia nuclear-powered submarines (Pillar I).',
  },
  {
    slug: 'aukus-pillar-2',
    name: 'AUKUS Pillar II',
    description:
      'The advanced-capabilities strand of AUKUS (hypersonics, quantum, AI, undersea and electronic warfare, among others), in which partners beyond the three founders may take part project by project.',
  },
  {
    slug: 'quad',
    name: 'Quadrilateral Security Dialogue (Quad)',
    description: 'The diplomatic partnership of Australia, India, Japan and the United States.',
  },
] as const;

export const DEMO_EVENTS: EventInputRaw[] = [
  {
    title: 'New Zealand publishes the Defence White Paper 2016',
    summary:
      'The government sets out defence policy for the decades ahead and a fifteen-year modernisation plan worth close to NZ$20 billion through 2030. It adds cyber capabilities and more reach into the Southern Ocean and Antarctica, and plans to replace the frigates and the airlift fleet, with funding held at about one per cent of GDP. It is the most recent New Zealand document to carry the title "Defence White Paper"; the 2023 policy statement and the 2025 capability plan succeed it.',
    type: 'policy-document',
    date: '2016-06-08',
    datePrecision: 'day',
    location: 'Wellington',
    countries: [{ code: 'NZL', role: 'author' }],
    tags: ['white-paper', 'force-modernisation', 'cyber', 'antarctica'],
    people: [
      { name: 'John Key', capacity: 'Prime Minister of New Zealand' },
      { name: 'Gerry Brownlee', capacity: 'New Zealand Minister of Defence' },
    ],
    sources: [
      {
        url: 'https://www.defence.govt.nz/',
        publisher: 'New Zealand Ministry of Defence',
        title: '2016 Defence White Paper released',
        publishedDate: '2016-06-08',
        reliability: 'A',
        credibility: 1,
      },
      {
        url: 'https://www.stuff.co.nz/',
        publisher: 'Stuff',
        title: 'Coverage of the 2016 Defence White Paper',
        reliability: 'B',
        credibility: 2,
      },
      {
        url: 'https://www.nzherald.co.nz/',
        publisher: 'New Zealand Herald',
        title: 'Coverage of the 2016 Defence White Paper',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'AUKUS partnership announced',
    summary:
      'Australia, the United Kingdom and the United States announce a trilateral security partnership. Its first aim is to equip Australia with nuclear-powered submarines; a second strand on advanced capabilities, later called Pillar II, follows.',
    type: 'agreement',
    date: '2021-09-15',
    datePrecision: 'day',
    countries: [
      { code: 'AUS', role: 'party' },
      { code: 'GBR', role: 'party' },
      { code: 'USA', role: 'party' },
    ],
    initiatives: ['aukus'],
    tags: ['submarines', 'alliance'],
    sources: [
      {
        url: 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/09/15/joint-leaders-statement-on-aukus/',
        publisher: 'The White House',
        title: 'Joint Leaders Statement on AUKUS',
        publishedDate: '2021-09-15',
        reliability: 'A',
        credibility: 1,
      },
    ],
  },
  {
    title: 'New Zealand releases its Defence Policy and Strategy Statement and first National Security Strategy',
    summary:
      'Wellington publishes three documents together: the Defence Policy and Strategy Statement, the country’s first National Security Strategy, titled "Secure Together", and the Future Force Design Principles that will shape the next force structure.',
    type: 'policy-document',
    date: '2023-08-04',
    datePrecision: 'day',
    location: 'Wellington',
    countries: [{ code: 'NZL', role: 'author' }],
    tags: ['defence-policy', 'national-security-strategy', 'force-design'],
    people: [
      { name: 'Chris Hipkins', capacity: 'Prime Minister of New Zealand' },
      { name: 'Andrew Little', capacity: 'New Zealand Minister of Defence' },
    ],
    sources: [
      {
        url: 'https://www.scoop.co.nz/stories/PA2308/S00032.htm',
        publisher: 'New Zealand Government (via Scoop)',
        title: 'Government press release on the Defence Policy and Strategy Statement and National Security Strategy',
        publishedDate: '2023-08-04',
        reliability: 'A',
        credibility: 1,
      },
      {
        url: 'https://www.shephardmedia.com/',
        publisher: 'Shephard Media',
        title: 'New Zealand publishes defence policy and strategy statement',
        publishedDate: '2023-08-09',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'Maluhia Talks 2024 on defence industrial base resilience',
    summary:
      'More than forty officials and industry representatives meet in Honolulu to discuss how to make the region’s defence industrial base more resilient, a theme that leads into PIPIR later in the year.',
    type: 'meeting',
    date: '2024-04-30',
    datePrecision: 'day',
    endDate: '2024-05-02',
    location: 'Honolulu, Hawaii',
    countries: [{ code: 'USA', role: 'host' }],
    tags: ['defence-industrial-base', 'supply-chain'],
    people: [
      {
        name: 'Jedidiah Royal',
        capacity: 'US Principal Deputy Assistant Secretary of Defense for Indo-Pacific Security Affairs',
      },
      { name: 'Vic Ramdass', capacity: null },
    ],
    sources: [
      {
        url: 'https://dkiapcss.edu/',
        publisher: 'Daniel K. Inouye Asia-Pacific Center for Security Studies',
        title: 'Maluhia Talks about defense industrial base resilience',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'US–Japan–Australia defence ministers meet in Honolulu, then with the Philippines',
    summary:
      'The US, Japanese and Australian defence ministers hold their trilateral meeting in Honolulu and follow it with a four-way meeting that adds the Philippines.',
    type: 'meeting',
    date: '2024-05-02',
    datePrecision: 'day',
    location: 'Honolulu, Hawaii',
    countries: [
      { code: 'USA', role: 'participant' },
      { code: 'JPN', role: 'participant' },
      { code: 'AUS', role: 'participant' },
      { code: 'PHL', role: 'participant' },
    ],
    tags: ['ministerial', 'trilateral'],
    people: [
      { name: 'Lloyd Austin', capacity: 'US Secretary of Defense' },
      { name: 'Richard Marles', capacity: 'Australian Deputy Prime Minister and Minister for Defence' },
      { name: 'Minoru Kihara', capacity: 'Japanese Minister of Defense' },
    ],
    sources: [
      {
        url: 'https://www.defense.gov/',
        publisher: 'US Department of Defense',
        title: 'Joint statement of the Australia–Japan–United States Defense Ministers’ Meeting',
        publishedDate: '2024-05-03',
        reliability: 'A',
        credibility: 1,
      },
      {
        url: 'https://www.bangkokpost.com/',
        publisher: 'Bangkok Post',
        title: 'Report on the Honolulu defence ministers’ meetings',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'Thirteen nations endorse principles for Indo-Pacific defence industrial collaboration',
    summary:
      'At the Shangri-La Dialogue, thirteen governments, New Zealand among them, endorse the Statement of Principles for Indo-Pacific Defense Industrial Base Collaboration, the founding step of PIPIR. The US Secretary of Defense frames the aim as dismantling national barriers so that allied defence industries work as one. New Zealand did not announce its endorsement beyond a mention in its minister’s speech.',
    type: 'agreement',
    date: '2024-05-31',
    datePrecision: 'day',
    endDate: '2024-06-02',
    location: 'Singapore',
    countries: [
      { code: 'USA', role: 'convener' },
      { code: 'NZL', role: 'endorser' },
    ],
    initiatives: ['pipir'],
    tags: ['defence-industrial-base', 'shangri-la-dialogue'],
    people: [
      { name: 'Lloyd Austin', capacity: 'US Secretary of Defense' },
      { name: 'Judith Collins', capacity: 'New Zealand Minister of Defence' },
    ],
    sources: [
      {
        url: 'https://www.pacom.mil/',
        publisher: 'US Indo-Pacific Command',
        title: 'Statement of Principles for Indo-Pacific Defense Industrial Base Collaboration',
        publishedDate: '2024-06-05',
        reliability: 'A',
        credibility: 2,
        quote: 'breaking down national barriers and better integrating our defense industries',
      },
      {
        url: 'https://www.rnz.co.nz/',
        publisher: 'RNZ',
        title: 'Collins mentions the endorsement in her Shangri-La Dialogue speech',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'US spends about a year’s output of one missile interceptor in a single engagement',
    summary:
      'Defending Israel, the United States fires roughly a year’s production of one counter-ballistic missile type in a single engagement. The Atlantic Council cites it as evidence that US stocks could be exhausted quickly in a major war. The figure comes from one source only.',
    type: 'incident',
    date: '2024-10-01',
    datePrecision: 'day',
    countries: [
      { code: 'USA', role: 'participant' },
      { code: 'ISR', role: 'subject' },
    ],
    tags: ['munitions', 'stockpiles'],
    sources: [
      {
        url: 'https://www.scoop.co.nz/stories/PO2412/S00035.htm',
        publisher: 'RNZ (via Scoop), quoting the Atlantic Council',
        title: 'NZ quietly joins US-led Indo-Pacific defence production group',
        publishedDate: '2024-12-09',
        reliability: 'C',
        credibility: 3,
      },
    ],
  },
  {
    title: 'PIPIR holds its inaugural plenary in Honolulu',
    summary:
      'The Partnership for Indo-Pacific Industrial Resilience meets for the first time, chaired by US Under Secretary William LaPlante and hosted by the Inouye Center and US Indo-Pacific Command. Members adopt a Core Vision Statement and set up four workstreams: sustainment, production, supply chain resilience, and policy and optimization. Taiwan’s vice defence minister attends; Taiwanese media report an advisory role that has not been confirmed officially.',
    type: 'meeting',
    date: '2024-10-07',
    datePrecision: 'day',
    endDate: '2024-10-08',
    location: 'Honolulu, Hawaii',
    countries: [
      { code: 'USA', role: 'chair' },
      { code: 'USA', role: 'host' },
      { code: 'AUS', role: 'participant' },
      { code: 'JPN', role: 'participant' },
      { code: 'KOR', role: 'participant' },
      { code: 'NZL', role: 'participant' },
      { code: 'TWN', role: 'advisory' },
    ],
    initiatives: ['pipir'],
    tags: ['plenary', 'supply-chain', 'co-production', 'defence-industrial-base'],
    people: [
      { name: 'William LaPlante', capacity: 'US Under Secretary of Defense for Acquisition and Sustainment' },
      { name: 'Hsu Yen-pu', capacity: 'Taiwan Vice Minister of National Defense' },
    ],
    sources: [
      {
        url: 'https://www.pacom.mil/',
        publisher: 'US Indo-Pacific Command / Department of Defense',
        title: 'Partnership for Indo-Pacific Industrial Resilience holds inaugural plenary',
        publishedDate: '2024-10-10',
        reliability: 'A',
        credibility: 1,
        quote: 'strengthen our collective ability to produce and sustain warfighting capability in the Indo-Pacific',
      },
      {
        url: 'https://www.govconexec.com/',
        publisher: 'GovCon Wire / Executive Mosaic',
        title: 'Report on the PIPIR inaugural plenary',
        reliability: 'B',
        credibility: 2,
      },
      {
        url: 'https://www.rti.org.tw/',
        publisher: 'Radio Taiwan International',
        title: 'Taiwan’s vice defence minister attends the PIPIR plenary',
        reliability: 'B',
        credibility: 3,
      },
      {
        url: 'https://www.taiwannews.com.tw/',
        publisher: 'Taiwan News',
        title: 'Taiwan reported to hold an advisory role in PIPIR',
        reliability: 'C',
        credibility: 3,
      },
    ],
  },
  {
    title: 'New Zealand confirms it takes part in PIPIR',
    summary:
      'Defence Minister Judith Collins confirms New Zealand’s participation in PIPIR, describing it as a "discussion forum". Officials say the Defence Force wanted to join the supply chain resilience workstream, and the minister agreed. The confirmation comes while New Zealand debates whether to join AUKUS Pillar II.',
    type: 'membership',
    date: '2024-12-09',
    datePrecision: 'day',
    location: 'Wellington',
    countries: [
      { code: 'NZL', role: 'member' },
      { code: 'USA', role: 'partner' },
    ],
    initiatives: ['pipir', 'aukus-pillar-2'],
    tags: ['supply-chain', 'aukus-debate'],
    people: [
      { name: 'Judith Collins', capacity: 'New Zealand Minister of Defence' },
      { name: 'Winston Peters', capacity: 'New Zealand Minister of Foreign Affairs' },
    ],
    sources: [
      {
        url: 'https://www.scoop.co.nz/stories/PO2412/S00035.htm',
        publisher: 'RNZ (Phil Pennington, via Scoop)',
        title: 'NZ quietly joins US-led Indo-Pacific defence production group',
        publishedDate: '2024-12-09',
        reliability: 'B',
        credibility: 2,
        quote: 'discussion forum',
      },
      {
        url: 'https://www.b2bnews.co.nz/',
        publisher: 'B2B News',
        title: 'New Zealand joins Indo-Pacific industrial resilience partnership',
        publishedDate: '2024-12-11',
        reliability: 'C',
        credibility: 2,
      },
      {
        url: 'https://mickhall.substack.com/',
        publisher: 'Mick Hall (Substack)',
        title: 'Declassified New Zealand briefing on PIPIR',
        reliability: 'C',
        credibility: 3,
      },
    ],
  },
  {
    title: 'New Zealand releases the 2025 Defence Capability Plan',
    summary:
      'The plan commits NZ$12 billion over four years, NZ$9 billion of it new money, and sets defence spending on a path from just over one per cent of GDP to more than two per cent within eight years. It looks fifteen years ahead, will be reviewed every two years, and stresses interoperability with Australia.',
    type: 'policy-document',
    date: '2025-04-07',
    datePrecision: 'day',
    location: 'Wellington',
    countries: [
      { code: 'NZL', role: 'author' },
      { code: 'AUS', role: 'partner' },
    ],
    tags: ['capability-plan', 'defence-spending', 'interoperability'],
    people: [
      { name: 'Christopher Luxon', capacity: 'Prime Minister of New Zealand' },
      { name: 'Judith Collins', capacity: 'New Zealand Minister of Defence' },
    ],
    sources: [
      {
        url: 'https://www.insidegovernment.co.nz/',
        publisher: 'Inside Government NZ',
        title: 'Defence Capability Plan 2025 released',
        publishedDate: '2025-04-08',
        reliability: 'B',
        credibility: 2,
      },
      {
        url: 'https://www.odt.co.nz/',
        publisher: 'Otago Daily Times',
        title: 'Government unveils Defence Capability Plan',
        publishedDate: '2025-04-07',
        reliability: 'B',
        credibility: 2,
      },
      {
        url: 'https://www.army-technology.com/',
        publisher: 'Army Technology',
        title: 'New Zealand’s Defence Capability Plan',
        reliability: 'B',
        credibility: 2,
      },
    ],
  },
  {
    title: 'New Zealand launches a Defence Industry Strategy',
    summary:
      'At an Auckland naval facility the government launches a strategy to build local defence supply chains; multinational suppliers will be expected to plan work with New Zealand firms. Only the year is confirmed: the reported launch date has not been verified.',
    type: 'policy-document',
    date: '2025-01-01',
    datePrecision: 'year',
    location: 'Auckland naval facility',
    countries: [{ code: 'NZL', role: 'author' }],
    tags: ['defence-industry', 'supply-chain'],
    people: [
      { name: 'Judith Collins', capacity: 'New Zealand Minister of Defence' },
      { name: 'Chris Penk', capacity: 'New Zealand Associate Minister of Defence' },
    ],
    sources: [
      {
        url: 'https://www.timesnetwork.co.nz/',
        publisher: 'Times Network',
        title: 'Government launches Defence Industry Strategy',
        reliability: 'C',
        credibility: 3,
      },
    ],
  },
];
