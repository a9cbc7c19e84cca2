import { describe, expect, it } from 'vitest';
import { StatusReader } from '../../../electron/core/import/resolve/read-status';
import { Instrument } from '../../../shared/indicator-schema';
import { answerForStatus, kindOfStatusContext, STATUSES_BY_KIND, statusContext, type InstrumentKind } from '../../../shared/instrument-statuses';

const reader = new StatusReader([]);
const INSTRUMENTS: Record<InstrumentKind, { shortTitle: string; kind: InstrumentKind }> = {
  'un-convention': { shortTitle: 'ICRMW', kind: 'un-convention' },
  protocol: { shortTitle: 'Palermo Protocol', kind: 'protocol' },
  'ilo-convention': { shortTitle: 'C097', kind: 'ilo-convention' },
  'ilo-recommendation': { shortTitle: 'R202', kind: 'ilo-recommendation' },
  compact: { shortTitle: 'GCM', kind: 'compact' },
  bilateral: { shortTitle: 'Demoland–Freedonia labour agreement', kind: 'bilateral' },
};
const read = (kind: InstrumentKind, text: string) => reader.read(INSTRUMENTS[kind], text);
const accepted = (kind: InstrumentKind, text: string) => {
  const reading = read(kind, text);
  return reading.refused ? 'refused' : (reading.targetId ?? 'waiting');
};

describe('the statuses of each kind of instrument', () => {
  it('gives treaties ratified, signed, not ratified and denounced; ILO conventions are never signed', () => {
    expect(STATUSES_BY_KIND['un-convention']).toEqual(['ratified', 'signed', 'not-ratified', 'denounced']);
    expect(STATUSES_BY_KIND.protocol).toEqual(STATUSES_BY_KIND['un-convention']);
    expect(STATUSES_BY_KIND['ilo-convention']).toEqual(['ratified', 'not-ratified', 'denounced']);
  });

  it('gives a recommendation what the ILO Constitution asks of it, a compact the votes on it, a bilateral agreement its force', () => {
    expect(STATUSES_BY_KIND['ilo-recommendation']).toEqual(['given-effect', 'submitted', 'not-submitted']);
    expect(STATUSES_BY_KIND.compact).toEqual(['endorsed', 'abstained', 'voted-against']);
    expect(STATUSES_BY_KIND.bilateral).toEqual(['in-force', 'signed', 'not-in-force']);
  });

  it('answers a denounced treaty as not ratified, and every other status as itself', () => {
    expect(answerForStatus('denounced')).toBe('not-ratified');
    for (const status of ['ratified', 'signed', 'given-effect', 'endorsed', 'voted-against', 'in-force'] as const)
      expect(answerForStatus(status)).toBe(status);
  });

  it("names the kind in a status reference's context, and reads it back", () => {
    expect(statusContext('compact')).toBe('ratification-status:compact');
    expect(kindOfStatusContext('ratification-status:ilo-recommendation')).toBe('ilo-recommendation');
    expect(kindOfStatusContext('ratification-status:treaty')).toBeUndefined();
    expect(kindOfStatusContext('RAT-02')).toBeUndefined();
  });

  it('refuses an instrument of a kind the schema format does not know', () => {
    const instrument = { id: 'x-1', title: 'X', shortTitle: 'X', year: 2000, aliases: [] };
    expect(Instrument.safeParse({ ...instrument, kind: 'compact' }).success).toBe(true);
    expect(Instrument.safeParse({ ...instrument, kind: 'treaty' }).success).toBe(false);
  });
});

describe('reading a status for its instrument', () => {
  it.each([
    ['ratified', 'ratified'], ['Ratifié', 'ratified'], ['ratificada', 'ratified'], ['ратифицирована', 'ratified'], ['مصدق', 'ratified'],
    ['acceded', 'ratified'], ['adhésion', 'ratified'], ['succession', 'ratified'], ['присоединение', 'ratified'], ['انضمام', 'ratified'],
    ['signed', 'signed'], ['signée', 'signed'], ['firmado', 'signed'], ['подписана', 'signed'], ['وقعت', 'signed'],
    ['not ratified', 'not-ratified'], ['non ratifiée', 'not-ratified'], ['no ratificado', 'not-ratified'], ['не ратифицирована', 'not-ratified'], ['لم تصدق', 'not-ratified'],
    ['denounced', 'denounced'], ['dénoncée', 'denounced'], ['denunciado', 'denounced'], ['денонсирована', 'denounced'], ['نقض', 'denounced'],
  ])('reads "%s" as %s for a UN convention', (text, status) => {
    expect(accepted('un-convention', text)).toBe(status);
  });

  it.each([
    ['given effect', 'given-effect'], ['mise en œuvre', 'given-effect'], ['aplicada', 'given-effect'], ['реализована', 'given-effect'], ['نفذت', 'given-effect'],
    ['submitted', 'submitted'], ['soumise', 'submitted'], ['sometida a la autoridad competente', 'submitted'], ['представлена', 'submitted'], ['قدمت', 'submitted'],
    ['not submitted', 'not-submitted'], ['non soumise', 'not-submitted'], ['no sometida', 'not-submitted'], ['не представлена', 'not-submitted'], ['لم تقدم', 'not-submitted'],
  ])('reads "%s" as %s for an ILO recommendation', (text, status) => {
    expect(accepted('ilo-recommendation', text)).toBe(status);
  });

  it.each([
    ['endorsed', 'endorsed'], ['voted for', 'endorsed'], ['a voté pour', 'endorsed'], ['votó a favor', 'endorsed'], ['поддержала', 'endorsed'], ['صوتت لصالح', 'endorsed'],
    ['abstained', 'abstained'], ['abstention', 'abstained'], ['se abstuvo', 'abstained'], ['воздержалась', 'abstained'], ['امتنعت', 'abstained'],
    ['voted against', 'voted-against'], ['a voté contre', 'voted-against'], ['votó en contra', 'voted-against'], ['голосовала против', 'voted-against'], ['صوتت ضد', 'voted-against'],
  ])('reads "%s" as %s for a compact', (text, status) => {
    expect(accepted('compact', text)).toBe(status);
  });

  it.each([
    ['in force', 'in-force'], ['en vigueur', 'in-force'], ['vigente', 'in-force'], ['действует', 'in-force'], ['نافذ', 'in-force'],
    ['signed', 'signed'], ['signé', 'signed'],
    ['not in force', 'not-in-force'], ['expiré', 'not-in-force'], ['no vigente', 'not-in-force'], ['утратило силу', 'not-in-force'], ['غير نافذ', 'not-in-force'],
  ])('reads "%s" as %s for a bilateral agreement', (text, status) => {
    expect(accepted('bilateral', text)).toBe(status);
  });

  it('refuses "ratified" for a compact, naming the statuses a compact has', () => {
    const reading = read('compact', 'ratified');
    expect(reading.targetId).toBeNull();
    expect(reading.refused).toBe('"ratified" is not a status GCM can have: GCM is a compact, whose statuses are endorsed, abstained or voted against.');
  });

  it('refuses "ratifiée" for a recommendation, saying what the word means and which statuses a recommendation has', () => {
    expect(read('ilo-recommendation', 'ratifiée').refused).toBe(
      '"ratifiée" means ratified, which is not a status R202 can have: R202 is an ILO recommendation, whose statuses are given effect, submitted or not submitted.',
    );
  });

  it('refuses "signed" for an ILO convention, and "endorsed" for a treaty', () => {
    expect(read('ilo-convention', 'signed').refused).toMatch(/C097 is an ILO convention, whose statuses are ratified, not ratified or denounced\.$/);
    expect(read('protocol', 'endorsed').refused).toMatch(/Palermo Protocol is a protocol, whose statuses are ratified, signed, not ratified or denounced\.$/);
  });

  it("leaves a text it cannot read waiting for a decision, offering only the statuses of the instrument's kind", () => {
    const reading = read('compact', 'took note of it');
    expect(reading).toMatchObject({ targetId: null, context: 'ratification-status:compact' });
    expect(reading.refused).toBeUndefined();
    for (const candidate of reading.candidates) expect(STATUSES_BY_KIND.compact).toContain(candidate.targetId);
  });

  it("uses a person's earlier decision for a text, within the instrument's kind", () => {
    const learned = new StatusReader([{ kind: 'answer', text: 'on board', targetId: 'endorsed' }]);
    expect(learned.read(INSTRUMENTS.compact, 'on board').targetId).toBe('endorsed');
  });
});
