/**
 * Wars and clashes recalled without their sides: dated in passing ("since a war ended in 2000",
 * "during a two-year war in 1998", "fresh clashes broke out in March"), they are fought between
 * the two sides the article's talks set against each other; under way at publication ("amid X's
 * invasion of Y") they have the report's year; "the fighting" is the war just told, and the deal
 * that ended it has its year. Undated, side-less talk of war ("fear a new war", "prisoners of
 * war") and a war dated only by its decade are no event. A known region taken by force ("an
 * offensive to retake X") is a side of that fighting. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extracted, ofType } from './helpers.ts';

const PUB = '2023-06-12';
const TALKS =
  'Kenyan President William Ruto hosted talks between Ethiopia and Eritrea in Nairobi on Monday.';
const read = (...sentences: string[]) => {
  const x = extracted([TALKS, ...sentences].join('\n'), PUB);
  const fighting = x.record.events
    .filter((e) => e.kind === 'war' || e.kind === 'clash')
    .map(
      (e) =>
        `${e.kind} ${e.date ?? '-'}: ${e.participants
          .map((p) => p.name)
          .sort()
          .join(', ')}`,
    );
  return { ...x, fighting };
};

describe('fighting recalled without its sides is between the sides of the running conflict', () => {
  it('when a war "ended in 2000", then it is a war of 2000 between the two sides of the talks', () => {
    const { fighting, dated } = read(
      'The border town has been held by Eritrean troops since a war ended in 2000.',
    );
    expect(fighting).toEqual(['war 2000: Eritrea, Ethiopia']);
    expect(dated).toContain('CLASHED_WITH Eritrea -> Ethiopia @2000');
  });

  it('when one side is the subject of the clause ("During a two-year war in 1998, Eritrea lost ..."), then the war has that year and both sides', () => {
    const { fighting } = read('During a two-year war in 1998, Eritrea lost parts of the plain.');
    expect(fighting).toEqual(['war 1998: Eritrea, Ethiopia']);
  });

  it('when fresh clashes broke out "in March", then they are a clash of that month', () => {
    const { fighting } = read(
      'Fresh clashes broke out along the frontier in March, with dozens killed on both sides.',
    );
    expect(fighting).toEqual(['clash 2023-03: Eritrea, Ethiopia']);
  });

  it('when "the fighting" ended with a brokered deal, then the fighting is the war just told and the deal has its year', () => {
    const { fighting, record } = read(
      'During a two-year war in 1998, Eritrea lost parts of the plain.',
      'More than 70,000 people died in the fighting, which ended with an Algerian-brokered peace deal.',
    );
    expect(fighting).toEqual(['war 1998: Eritrea, Ethiopia']);
    const deal = record.events.find((e) => e.kind === 'agreement');
    expect(deal?.date).toBe('1998');
  });

  it('when the same war is told twice, then it is one event', () => {
    const { fighting } = read(
      'During a two-year war in 1998, Eritrea lost parts of the plain.',
      'The war in 1998 left the border closed.',
    );
    expect(fighting).toEqual(['war 1998: Eritrea, Ethiopia']);
  });
});

describe('fighting under way at publication has the report’s year', () => {
  it('when the talks come "amid" one state\'s invasion of another, then that war is of the report\'s year', () => {
    const { fighting, dated } = read(
      'The talks come amid Uganda’s invasion of South Sudan, which has displaced thousands.',
    );
    expect(fighting).toEqual(['war 2023: South Sudan, Uganda']);
    expect(ofType(dated, 'CLASHED_WITH')).toEqual(['CLASHED_WITH South Sudan -> Uganda @2023']);
  });
});

describe('fighting told in the present is under way', () => {
  it('when fighting between the sides "has intensified in recent months", then it is of the report’s year', () => {
    const { fighting } = read(
      'Fighting between Ethiopian troops and Eritrean forces, both heavily armed, has intensified in recent months.',
    );
    expect(fighting).toEqual(['clash 2023: Eritrea, Ethiopia']);
  });

  it('when the war only opens a clause whose subject is someone else ("Since the war, the two have met"), then it is not under way', () => {
    const { fighting } = read('Since the war, the two leaders have met twice.');
    expect(fighting).toEqual([]);
  });
});

describe('talk of war that tells no occurrence is no event', () => {
  it('when officials fear a new war and seek prisoners of war, then there is no war', () => {
    const { fighting, triples } = read(
      'Officials fear a new war if the talks fail, and seek the release of prisoners of war.',
    );
    expect(fighting).toEqual([]);
    expect(ofType(triples, 'CLASHED_WITH')).toEqual([]);
  });

  it('when two leaders met amid "a trade war between the two countries", and their "war of words", then there is no war', () => {
    const { fighting, triples } = read(
      'Indian Prime Minister Arjun Mehta met Chinese Premier Li Wen in Kazan on Tuesday amid a trade war between the two countries.',
      'The two sides have waged a war of words since 2021.',
    );
    expect(fighting).toEqual([]);
    expect(triples.filter((t) => t.includes('India') && t.startsWith('CLASHED_WITH'))).toEqual([]);
  });

  it('when two leaders "clashed over" migration, or two states fought "a proxy war" elsewhere, then neither is fighting between them', () => {
    const { record } = extracted(
      [
        'French President Paul Marchand and Italian Prime Minister Luca Ferri clashed over migration at a summit on Friday.',
        'Iran and Saudi Arabia have fought a proxy war in Yemen since 2015.',
      ].join('\n'),
      '2019-06-12',
    );
    expect(record.events.filter((e) => e.kind === 'war' || e.kind === 'clash')).toEqual([]);
    expect(record.relations.filter((r) => r.type === 'CLASHED_WITH')).toEqual([]);
  });

  it("when the Cold War or World War II is recalled with a year, then the talks' sides are no sides of it", () => {
    const { fighting } = read(
      'Relations have not been this bad since the end of the Cold War in 1991.',
      'Both fought on the same side in World War II in 1944.',
    );
    expect(fighting).toEqual([]);
  });

  it('when a war is placed only in a decade, then it is no event, as no date can say when it was', () => {
    const { fighting } = read('Both countries also fought a smaller war in the 1970s.');
    expect(fighting).toEqual([]);
  });

  it('when two friendly states meet amid a war elsewhere, then the two are no sides of it', () => {
    const { triples } = extracted(
      'Norwegian Foreign Minister Eva Lund met Qatari Prime Minister Khalid Al Nuaimi in Doha on Monday amid the war in Darfur.',
      PUB,
    );
    expect(ofType(triples, 'CLASHED_WITH')).toEqual([]);
  });

  it('when a dated war is in a state outside the running conflict, then it is not given the conflict’s sides', () => {
    const { fighting } = read('Aid workers left Chad during a war in 2008.');
    expect(fighting).toEqual([]);
  });
});

describe('fighting someone is yet to end is under way, and a war if the text calls it one', () => {
  const article = [
    'In a move seen as a first step towards halting the fighting between Malians and Burkinabe along their border, Ghanaian President Kwame Boateng held talks over the last days with Malian leader Assimi Keita and Burkinabe leader Ibrahim Sawadogo.',
    'A short statement was posted on Monday evening on the presidency’s website.',
    'On February 3 and February 4, respectively, Kwame Boateng had telephone conversations with Assimi Keita and Ibrahim Sawadogo.',
    'Issues of the border settlement were discussed in detail.',
    'Whilst Ghana has been involved from the start in efforts to stop the fighting, even brokering a truce in the early days of the war, Boateng has kept largely in the background.',
  ].join('\n');

  it('when the talks seek to halt the fighting and the text later calls it "the war", then it is one war of the report’s year between the two sides', () => {
    const { record, triples } = extracted(article, '2024-02-06');
    const fighting = record.events
      .filter((e) => e.kind === 'war' || e.kind === 'clash')
      .map(
        (e) =>
          `${e.kind} ${e.date ?? '-'}: ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      );
    expect(fighting).toEqual(['war 2024: Burkina Faso, Mali']);
    expect(ofType(triples, 'CLASHED_WITH')).toEqual(['CLASHED_WITH Burkina Faso -> Mali']);
  });

  it('when the mediator called each side, then the calls do not make the mediator a side of the war', () => {
    const { triples } = extracted(article, '2024-02-06');
    expect(triples.filter((t) => t.startsWith('CLASHED_WITH') && t.includes('Ghana'))).toEqual([]);
  });
});

describe('a region taken by force is a side of the fighting', () => {
  const taking = (sentence: string) =>
    extracted(
      [
        'South African President Thabo Ndlovu hosted talks between Sudan and Chad in Pretoria on Monday.',
        sentence,
      ].join('\n'),
      '2023-06-12',
    );

  it('when a state\'s offensive was "to retake" a known region in a month, then the clash is between the state and the region', () => {
    const { record, dated } = taking(
      'It was the first meeting since Khartoum’s offensive to retake the Darfur region in March 2021.',
    );
    const clash = record.events.filter((e) => e.kind === 'clash');
    expect(
      clash.map(
        (e) =>
          `${e.date} ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      ),
    ).toEqual(['2021-03 Darfur, Sudan']);
    expect(dated).toContain('CLASHED_WITH Darfur -> Sudan @2021-03');
  });

  it('when a state "liberated" a region in a dated offensive, then the region, not the other side of the talks, is the side', () => {
    const { dated } = taking(
      'It was the first meeting since Khartoum liberated the Darfur region in a May 2022 offensive.',
    );
    expect(ofType(dated, 'CLASHED_WITH')).toEqual(['CLASHED_WITH Darfur -> Sudan @2022-05']);
  });

  it('when what was taken is a city, then the city is no side', () => {
    const { triples } = taking(
      'It was the first meeting since an offensive to recapture Pretoria in 2021.',
    );
    expect(triples.filter((t) => t.includes('Pretoria') && t.startsWith('CLASHED_WITH'))).toEqual(
      [],
    );
  });
});

describe('fighting of the same sides with no start of its own is their war', () => {
  const article = (...more: string[]) =>
    extracted(
      [
        'MAPUTO — Tanzania and Malawi on Saturday agreed a week-long truce brokered by Zambia, after five weeks of fighting that has killed hundreds.',
        'The war erupted on April 15 after a dispute between the two governments over the lake.',
        ...more,
      ].join('\n'),
      '2024-05-26',
    );
  const fightingOf = (x: ReturnType<typeof extracted>) =>
    x.record.events
      .filter((e) => e.kind === 'war' || e.kind === 'clash')
      .map(
        (e) =>
          `${e.kind} ${e.date ?? '-'} ${e.place ?? '-'}: ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      );

  it('when fighting "that has killed hundreds" goes on and "the war erupted on April 15", then it is one war, from that day, placed nowhere by the dateline', () => {
    expect(fightingOf(article())).toEqual(['war 2024-04-15 -: Malawi, Tanzania']);
  });

  it('when one side\'s offensive "has killed" many, then it is that war too', () => {
    expect(
      fightingOf(article('Tanzania’s offensive on the lake has killed dozens of fishermen.')),
    ).toEqual(['war 2024-04-15 -: Malawi, Tanzania']);
  });

  it('when a force of one side "fought alongside" another, with no time, then there is no war of one side', () => {
    const x = article('Zambian troops fought alongside Malawian forces in the conflict.');
    expect(fightingOf(x)).toEqual(['war 2024-04-15 -: Malawi, Tanzania']);
  });
});

describe("fighting of one side on the date of the sides' fighting is that fighting", () => {
  it('when clashes between the sides in March are told again as clashes with other protesters in March, then it is one clash', () => {
    const { fighting } = read(
      'Fresh clashes broke out along the frontier in March, with dozens killed on both sides.',
      'More than 30 peacekeepers were injured in clashes with Sudanese protesters in March.',
    );
    expect(fighting).toEqual(['clash 2023-03: Eritrea, Ethiopia']);
  });
});

describe('a cessation of hostilities is a ceasefire, and a deal only discussed is none', () => {
  it('when two sides agreed to a permanent cessation of hostilities, then it is a ceasefire between them', () => {
    const { record } = extracted(
      'Uganda and South Sudan agreed to a permanent cessation of hostilities in Nairobi on Wednesday.',
      '2022-11-03',
    );
    expect(
      record.events.map(
        (e) =>
          `${e.kind}: ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      ),
    ).toEqual(['ceasefire: South Sudan, Uganda']);
  });

  it('when two officials met to discuss a deal between two others, then there is no deal', () => {
    const { record } = extracted(
      'Omani Foreign Minister Badr Al Harthi met Swiss envoy Lukas Meier in Muscat on Tuesday to discuss a prisoner deal between Iran and Belgium.',
      '2023-12-12',
    );
    expect(record.events.filter((e) => e.kind === 'agreement')).toEqual([]);
  });
});

describe('a truce ends days of fighting that began on a day', () => {
  const article = extracted(
    [
      'Laos and Vietnam agreed to an immediate and unconditional ceasefire on Monday, following five days of deadly border clashes.',
      'The fighting, the worst between the neighbours in a decade, erupted on Thursday after a mine blast wounded three soldiers.',
    ].join('\n'),
    '2025-07-29',
  );

  it('when the sides agreed to "an immediate and unconditional ceasefire", then it is a ceasefire between them', () => {
    const truce = article.record.events.filter((e) => e.kind === 'ceasefire');
    expect(
      truce.map(
        (e) =>
          `${e.date}: ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      ),
    ).toEqual(['2025-07-28: Laos, Vietnam']);
  });

  it('when "five days of clashes" are said to have "erupted on Thursday", then the clash is dated from that Thursday', () => {
    const fighting = article.record.events.filter((e) => e.kind === 'clash');
    expect(fighting.map((e) => e.date)).toEqual(['2025-07-24']);
  });
});

describe('an invasion is fought against the land it is in', () => {
  it('when one state\'s invasion is "in" another state in a year, then the two are its sides', () => {
    const { dated } = extracted(
      'The two ministers met for the first time since Kenya’s invasion in Somalia in 2011.',
      '2013-05-02',
    );
    expect(ofType(dated, 'CLASHED_WITH')).toEqual(['CLASHED_WITH Kenya -> Somalia @2011']);
  });

  it('when a war of one state is "in" another, then the other is no side of it', () => {
    const { triples } = extracted(
      'The two ministers met for the first time since France’s war in Mali began in 2013.',
      '2015-05-02',
    );
    expect(triples.filter((t) => t.startsWith('CLASHED_WITH') && t.includes('Mali'))).toEqual([]);
  });
});

describe('who fought against whom', () => {
  const article = extracted(
    [
      'Omani Foreign Minister Badr Al Harthi met Jordanian Foreign Minister Omar Haddad in Muscat on Monday amid Israel’s war against Hezbollah.',
      'The two countries have fought against Houthi militants since 2015.',
    ].join('\n'),
    '2024-10-08',
  );

  it('when a state\'s war is "against" a group, then the group is its other side', () => {
    expect(ofType(article.dated, 'CLASHED_WITH')).toEqual([
      'CLASHED_WITH Hezbollah -> Israel @2024',
    ]);
  });

  it('when talks in a city were held amid a war, then the city is not where the war goes on', () => {
    const war = article.record.events.find((e) => e.kind === 'war');
    expect(war?.place ?? null).toBeNull();
  });

  it('when "the two countries" fought "against" a third, then the two are no sides against each other', () => {
    expect(
      article.triples.filter((t) => t.includes('Jordan') && t.startsWith('CLASHED_WITH')),
    ).toEqual([]);
  });
});

describe('strikes and shelling are clashes', () => {
  it("when one side's air strikes on a day are told in an article about the two sides' truce, then it is a clash of that day between them, and a labour strike is none", () => {
    const { record } = extracted(
      [
        'Norwegian mediators brokered a ceasefire between Colombia and the ELN in November.',
        'Colombian air strikes on rebel camps killed at least 12 fighters on Tuesday, the army said.',
        'Workers at the port of Buenaventura went on strike on Monday.',
      ].join('\n'),
      '2024-03-14',
    );
    const fighting = record.events
      .filter((e) => e.kind === 'clash' || e.kind === 'war')
      .map(
        (e) =>
          `${e.kind} ${e.date}: ${e.participants
            .map((p) => p.name)
            .sort()
            .join(', ')}`,
      );
    expect(fighting).toEqual(['clash 2024-03-12: Colombia, ELN']);
  });
});
