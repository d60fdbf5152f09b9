/**
 * Cleaning: page furniture goes and the article's own text stays, glued furniture included.
 * Every case asserts both sides: what is removed and what is kept. Articles, people and places
 * are invented here.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../server/extract/index.ts';

const clean = (...lines: string[]) => cleanText(lines.join('\n')).split('\n');

const LEDE =
  'Malawian President Ruth Banda met Zambian President Amos Wekesa in Chipata on Tuesday to settle a quarrel over fishing rights on Lake Kariba.';
const BODY =
  'The two leaders agreed to set up a joint patrol on the lake from September, according to a statement from the Malawian presidency.';
const MORE =
  'Traders in the border town of Mchinji welcomed the deal but said they would wait to see whether the patrols really start.';

describe('cleaning: stamps', () => {
  it('when a date stamp shares a line with the lead sentence, then the stamp goes and the lead stays', () => {
    const lines = clean(` date 2024-06-04 AFRICA ${LEDE}`, BODY);
    expect(lines).toEqual([LEDE, BODY]);
  });

  it('when publication, update and reading-time stamps are glued to paragraphs, then only the stamps go', () => {
    const lines = clean(
      `Published 12:04 GMT ${LEDE}`,
      `Updated: June 4, 2024 10:15 am | 3 MIN READ ${BODY}`,
      'Wednesday, 5 June 2024 08:30 GMT',
      MORE,
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when a paragraph starts like a stamp but carries no date, then it stays whole', () => {
    const line =
      'Published 2019 figures showed that trade across Lake Kariba had doubled in a decade.';
    expect(clean(LEDE, line)).toEqual([LEDE, line]);
  });
});

describe('cleaning: credit lines', () => {
  it('when a "Source:" line stands in the middle of the article, then it goes and the rest of the article stays', () => {
    const lines = clean(LEDE, BODY, 'Source: Lake Country Wire', MORE, 'SOURCE:Agencies');
    expect(lines).toEqual([LEDE, BODY, MORE]);
    // A paragraph that happens to open with the word is prose, not a credit.
    const prose =
      'Sources: two officials in Lilongwe said the patrol boats would be bought from a shipyard in Mwanza.';
    expect(clean(LEDE, prose)).toEqual([LEDE, prose]);
  });

  it('when reporting, photo and image credits stand on their own lines, then they go and the paragraphs around them stay', () => {
    const lines = clean(
      'By Chikondi Mwale and Peter Lungu',
      LEDE,
      'Photo: Lake Country Wire/Agency',
      'Image source, Getty Images',
      BODY,
      'Credit: Ministry of Information',
      MORE,
      '(Reporting by Chikondi Mwale in Chipata; Editing by Ann Okello)',
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when a wire credit is glued to the last paragraph, then the credit goes and the paragraph stays', () => {
    const lines = clean(
      LEDE,
      `${MORE} (Reporting by Chikondi Mwale; additional reporting by Peter Lungu; Editing by Ann Okello)`,
    );
    expect(lines).toEqual([LEDE, MORE]);
  });
});

describe('cleaning: article text that looks like furniture', () => {
  it('when a readout names who signs it ("Name, Title"), then that line stays, while a line of tags goes', () => {
    const lines = clean(
      "Readout of the Secretary-General's meeting with the President of Zambia",
      'Grace Mutale, Secretary-General',
      'Zambia Malawi Lake Kariba Fisheries',
      LEDE,
    );
    expect(lines).toEqual([
      "Readout of the Secretary-General's meeting with the President of Zambia",
      'Grace Mutale, Secretary-General',
      LEDE,
    ]);
  });

  const CAPTION =
    'Zambian President Amos Wekesa (left) greets Malawian President Ruth Banda before their talks in Chipata, Zambia, June 4, 2024.';

  it('when a caption is a full sentence, then it stays, without its photo credit or label', () => {
    const lines = clean(
      LEDE,
      `${CAPTION} Photo: Lake Country Wire`,
      `${CAPTION.replace('greets', 'walks with')} REUTERS/Jane Mbewe`,
      `[Photo] ${CAPTION.replace('greets', 'waves to')}`,
      'Image caption, The two delegations pose on the steps of the State House in Chipata.',
      BODY,
    );
    expect(lines).toEqual([
      LEDE,
      CAPTION,
      CAPTION.replace('greets', 'walks with'),
      CAPTION.replace('greets', 'waves to'),
      'The two delegations pose on the steps of the State House in Chipata.',
      BODY,
    ]);
  });

  it('when an article opens with a dateline, then the dateline stays', () => {
    const wire = `LILONGWE, June 4 (Lake Wire) - ${LEDE}`;
    expect(clean('CHIPATA | June 4, 2024', wire, BODY)).toEqual([
      'CHIPATA | June 4, 2024',
      wire,
      BODY,
    ]);
  });

  it('when a timeline box ends the article, then its entries stay even without full stops', () => {
    const timeline = [
      'TIMELINE: The lake dispute between Malawi and Zambia',
      '2019 - Fishermen from both countries clash near Likoma',
      '2022 - The two governments suspend joint patrols',
      '2024 - The Chipata summit agrees to resume them',
    ];
    expect(clean(LEDE, BODY, ...timeline)).toEqual([LEDE, BODY, ...timeline]);
  });
});

describe('cleaning: prompts and blocks in the middle of an article', () => {
  it('when a release heads its text with "PRESS RELEASE" and a reference number, then both lines go', () => {
    const lines = clean('PRESS RELEASE', 'Ref: SADC/ES/PR/021/2025', LEDE, BODY);
    expect(lines).toEqual([LEDE, BODY]);
  });

  it('when a line ending in ":" is followed by bulleted items closed by ";" and "; and", then they are one paragraph without their bullets', () => {
    const lines = clean(
      LEDE,
      'The meeting was attended by the following:',
      '- Ms Ruth Banda, Minister of Foreign Affairs of Malawi;',
      '- Mr John Mwale, Minister of Defence of Zambia; and',
      '- Mr Paulo Cossa, Minister of the Interior of Mozambique.',
      BODY,
    );
    expect(lines).toEqual([
      LEDE,
      'The meeting was attended by the following: Ms Ruth Banda, Minister of Foreign Affairs of Malawi; Mr John Mwale, Minister of Defence of Zambia; and Mr Paulo Cossa, Minister of the Interior of Mozambique.',
      BODY,
    ]);
  });

  it('when a newsletter prompt sits between paragraphs, then only the prompt goes', () => {
    const lines = clean(
      LEDE,
      'Sign up for Lake Country Briefing, our free weekly newsletter on the region.',
      BODY,
      'Get the Southern Africa Digest in your inbox every Monday. Sign up here.',
      MORE,
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when a "Related" block of links interrupts the article, then the links go and the article resumes', () => {
    const lines = clean(
      LEDE,
      'Related',
      '- Zambia names new envoy for Lake Kariba talks',
      '- Malawi reopens border post at Mchinji',
      BODY,
      'ALSO READ: Banda and Wekesa to meet again in Lilongwe',
      MORE,
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when a numbered "list of 3 items" of other stories interrupts the article, then the list and its markers go and the article resumes', () => {
    const lines = clean(
      LEDE,
      'list of 3 items',
      'list 1 of 3',
      'Zambia hosts Malawian delegation at Lusaka trade fair',
      'list 2 of 3',
      'What is the Kariba dispute and why does it worry Zambia’s neighbours?',
      'list 3 of 3',
      'Malawi reopens border post at Mchinji',
      'end of list',
      BODY,
      MORE,
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when a related headline shares names with the paragraphs after it, then the article still resumes', () => {
    const lines = clean(
      LEDE,
      'Read more',
      'Zambia and Malawi agree joint patrols on Lake Kariba',
      BODY,
      MORE,
    );
    expect(lines).toEqual([LEDE, BODY, MORE]);
  });

  it('when share buttons sit between paragraphs, then they go', () => {
    expect(clean(LEDE, 'Share this article', 'Facebook Twitter WhatsApp', BODY)).toEqual([
      LEDE,
      BODY,
    ]);
  });
});

describe('cleaning: the end of the page', () => {
  it('when the page trails a list of other headlines, then the list goes', () => {
    const lines = clean(
      LEDE,
      BODY,
      'Storm closes port of Nacala',
      'Copper prices climb for a third week',
      'Namibia calls Okavango water pact "a model for the region"',
      'Namibia and Botswana sign water pact in Windhoek',
    );
    expect(lines).toEqual([LEDE, BODY]);
  });

  it('when a section of cards follows the article, then headlines and their teasers go', () => {
    const lines = clean(
      LEDE,
      BODY,
      'Related articles',
      "Editor's choice",
      'Namibia and Botswana sign water pact in Windhoek',
      'Namibian and Botswanan ministers signed a pact on the Okavango river in Windhoek, ending two years of talks.',
      'Mozambique hosts regional security summit',
      'Leaders from six countries gathered in Maputo, where Mozambique pledged troops for a regional force.',
    );
    expect(lines).toEqual([LEDE, BODY]);
  });

  it('when a comment widget follows the article, then it and the comments go', () => {
    const lines = clean(
      LEDE,
      BODY,
      'Comments (2)',
      'Comments are moderated. Please keep the discussion civil.',
      'Great article, the patrols will never work on such a big lake.',
    );
    expect(lines).toEqual([LEDE, BODY]);
  });

  it('when a comment counter stands above the article, then it goes without cutting the article', () => {
    expect(clean('12 comments', LEDE, BODY)).toEqual([LEDE, BODY]);
  });

  it('when a copyright footer or the end of a press release follows the article, then everything after it goes', () => {
    expect(clean(LEDE, BODY, '© 2024 Lake Country Wire. All rights reserved.', MORE)).toEqual([
      LEDE,
      BODY,
    ]);
    expect(clean(LEDE, BODY, '--- ENDS ---', 'For media enquiries, please contact:')).toEqual([
      LEDE,
      BODY,
    ]);
  });
});

describe('cleaning: whole pages (moved from reading.test.ts)', () => {
  it('when an article ends with a comment widget, then only the headline and the article stay', () => {
    const text = [
      'Envoy brokers truce',
      'By Jane Reporter',
      '3 MIN READ',
      'The envoy brokered a truce between the two sides on Friday.',
      'Photo: Agency',
      'Both sides confirmed it in separate statements.',
      'Comments',
      'Great article!',
    ].join('\n');
    expect(cleanText(text)).toBe(
      [
        'Envoy brokers truce',
        'The envoy brokered a truce between the two sides on Friday.',
        'Both sides confirmed it in separate statements.',
      ].join('\n'),
    );
  });

  it('when an inline "Related" block interrupts, then off-topic items go and the article resumes', () => {
    const text = [
      'Ghana hosts Sahel talks',
      'Ghana hosted talks between Mali and Niger in Accra on Monday, officials said.',
      'Related',
      'Football: Madrid wins the derby',
      'Mali said the talks in Accra were useful, and Niger agreed.',
    ].join('\n');
    const cleaned = cleanText(text);
    expect(cleaned).not.toMatch(/Football/);
    expect(cleaned).toMatch(/Mali said the talks in Accra were useful/);
  });

  it('when the page trails an "Explore" list of other headlines, then the list goes', () => {
    const text = [
      'Minister visits port',
      'The minister visited the port on Tuesday and promised new cranes for the docks.',
      'Explore',
      'Storm hits coast',
      'Markets fall again',
      'Election date set',
    ].join('\n');
    expect(cleanText(text).split('\n')).toEqual([
      'Minister visits port',
      'The minister visited the port on Tuesday and promised new cranes for the docks.',
    ]);
  });
});

describe('cleaning: long input', () => {
  const page = (i: number) => [
    `date 2024-06-04 AFRICA ${LEDE.replace('Tuesday', `day ${i}`)}`,
    `${BODY.replace('September', `month ${i}`)} Photo: Lake Country Wire`,
    'Source: Lake Country Wire',
    'Related',
    `- Zambia names envoy number ${i}`,
    `${MORE.replace('Mchinji', `Mchinji ${i}`)} (Reporting by Chikondi Mwale; Editing by Ann Okello)`,
  ];
  const pages = (bytes: number) => {
    const lines: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) {
      const p = page(i);
      lines.push(...p);
      size += p.join('\n').length;
    }
    return lines;
  };

  it('when a 2 MB article of many lines is cleaned, then it finishes and keeps every paragraph', () => {
    const lines = pages(2 * 1024 * 1024);
    const kept = cleanText(lines.join('\n')).split('\n');
    expect(kept).toHaveLength((lines.length / 6) * 3);
    expect(kept.filter((l) => /Source:|Related|REUTERS|Reporting by|^date /.test(l))).toEqual([]);
  });

  it('when a 1 MB article is a single line, then it finishes and keeps the line', () => {
    const line = pages(1024 * 1024)
      .filter((l) => !l.startsWith('date'))
      .join(' ');
    const kept = cleanText(` date 2024-06-04 AFRICA ${line}`);
    expect(kept).toBe(line.replace(/\s+/g, ' ').replace(/ \(Reporting by [^()]*\)$/, ''));
  });
});

describe('cleaning: sentences glued by a lost space', () => {
  it('when "Cooperation.During the trip" lost its space, then the space comes back, and "U.S." or "Mr.X" stay as they are', () => {
    const [line] = clean(
      'The president ended a state visit to Zambia, the second since the Forum for Regional Cooperation.During the trip, he met Amos Wekesa.',
    );
    expect(line).toContain('Cooperation. During the trip');
    expect(clean('The U.S. envoy met Mr.Banda in Lusaka on Monday.')).toEqual([
      'The U.S. envoy met Mr.Banda in Lusaka on Monday.',
    ]);
  });
});
