// Writes resources/samples/demoland-2025.xlsx: the fictional Demoland's answers, laws and ratifications,
// derived from the default schema so the sample always matches it. Run with `npm run samples`.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { IndicatorSchema, type Indicator, type Instrument, type NumberUnit } from '../shared/indicator-schema';
import { answerForStatus, STATUS_LABELS, STATUSES_BY_KIND, type RatificationStatus } from '../shared/instrument-statuses';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const schema = IndicatorSchema.parse(
  JSON.parse(fs.readFileSync(path.join(root, 'resources/schema/mri-core-1.1.0.json'), 'utf8')),
);

/** A fixed linear congruential sequence: the same workbook on every run. */
let seed = 20250101;
function next(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** The indicators that ask where the country stands with one instrument (RAT-01 asks about the ICRMW). */
const askedAbout = new Map(
  schema.indicators.filter((i) => i.code.startsWith('RAT-') && i.instruments.length === 1).map((i) => [i.instruments[0]!, i]),
);

/**
 * Demoland's standing with an instrument: a status of its kind that the indicator asking about it can
 * answer. Like most states, it is bound by (or has acted on) more instruments than not.
 */
function standing(instrument: Instrument): RatificationStatus {
  const asked = askedAbout.get(instrument.id);
  const answerable = STATUSES_BY_KIND[instrument.kind].filter((s) => !asked || asked.options.some((o) => o.value === answerForStatus(s)));
  return next() < 0.6 ? answerable[0]! : pick(answerable.slice(1));
}
const standings = new Map(schema.instruments.map((instrument) => [instrument.id, standing(instrument)]));

const UNIT_WORDS: Record<NumberUnit, string> = {
  percent: '%',
  'percentage-points': 'pp',
  count: '',
  days: 'days',
  months: 'months',
  years: 'years',
};

function withUnit(value: number, unit: NumberUnit | undefined): string | number {
  const word = unit ? UNIT_WORDS[unit] : '';
  return word ? `${value} ${word}` : value;
}

function sampleAnswer(indicator: Indicator): string | number {
  const status = indicator.code.startsWith('RAT-') ? standings.get(indicator.instruments[0] ?? '') : undefined;
  if (status) return answerForStatus(status);
  // Numbers are written as people write them, with their unit: the import reads them into the indicator's unit.
  if (indicator.answerType === 'number') return withUnit(Math.round(next() * 10), indicator.unit);
  if (indicator.answerType === 'text') return 'Demoland sample text: the labour code provides for this in general terms.';
  if (indicator.answerType === 'date') return '2019-06-01';
  return pick(indicator.options).value;
}

/** The laws of the Laws sheet, which the answers cite by title and article; the Right column names the indicators each law bears on. */
const LAWS: readonly (readonly [string, string, string, string, string, string])[] = [
  ['Demoland Labour Code', 'art. 12', '2015-03-01', 'https://example.org/demoland/labour-code', 'migrant workers', 'LAB-01, LAB-02'],
  ['Demoland Social Security Act', 's. 4', '2018-11-20', 'https://example.org/demoland/social-security', 'migrant workers', 'SS-01, SS-02'],
  ['Demoland Asylum Act', 'art. 31', '2020-07-15', 'https://example.org/demoland/asylum', 'asylum-seekers', 'LAB-03'],
  ['Demoland Domestic Work Decree', 'art. 5', '2021-01-10', 'https://example.org/demoland/domestic-work', 'domestic workers', 'WAG-01, WAG-02'],
];

const title = ['Demoland — SAMPLE DATA for a fictional country (not a real country; no claim about any state)'];
const answers: (string | number)[][] = [title, ['Reference year 2025, schema mri-core 1.1.0'], []];
answers.push(['Indicator', 'Answer', 'Score', 'Law', 'Article', 'Comment']);
// A third of the indicators stay unanswered, but every ratification indicator is answered, as the Ratifications sheet says.
// Only an expert-scored indicator takes a score from the sheet; the others are scored by the schema's rule.
schema.indicators.forEach((indicator, i) => {
  if (i % 3 === 2 && !indicator.code.startsWith('RAT-')) return;
  const score = indicator.scoring.kind === 'expert' ? 50 : '';
  const [law, article] = LAWS[i % LAWS.length]!;
  answers.push([indicator.code, sampleAnswer(indicator), score, law, article, 'Sample entry']);
});

const laws: (string | number)[][] = [title, ['Title', 'Article', 'Date', 'Link', 'Migrants concerned', 'Right'], ...LAWS.map((law) => [...law])];

/** How the sheet writes a status: a UN protocol is usually acceded to, which counts as ratified (ILO protocols are ratified). */
const written = (instrument: Instrument, status: RatificationStatus) =>
  status === 'ratified' && instrument.kind === 'protocol' && !instrument.id.startsWith('ilo-') ? 'acceded' : STATUS_LABELS[status];

const ratifications: (string | number)[][] = [title, ['Instrument', 'Status', 'Date', 'Reservations']];
schema.instruments.forEach((instrument, i) => {
  const status = standings.get(instrument.id)!;
  const year = Math.min(instrument.year + 2 + (i % 7), 2025);
  ratifications.push([instrument.shortTitle, written(instrument, status), status.startsWith('not-') ? '' : `${year}-05-01`, '']);
});

const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(answers), 'Answers');
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(laws), 'Laws');
XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ratifications), 'Ratifications');
const out = path.join(root, 'resources/samples/demoland-2025.xlsx');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
console.log(`wrote ${path.relative(root, out)}: ${answers.length - 4} answers, ${laws.length - 2} laws, ${ratifications.length - 2} ratifications`);
