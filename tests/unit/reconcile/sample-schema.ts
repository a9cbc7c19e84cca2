import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IndicatorSchema } from '../../../shared/indicator-schema';

/**
 * A small schema in the real format, for tests that must not depend on the contents of the default
 * schema, and the default schema itself when it is there.
 */

const yesPartlyNo = {
  answerType: 'yes-partly-no' as const,
  options: [
    { value: 'yes', label: 'Yes' },
    { value: 'partly', label: 'Partly' },
    { value: 'no', label: 'No' },
  ],
  scoring: { kind: 'by-option' as const, scores: { yes: 100, partly: 50, no: 0 } },
  guidance: 'Score on the law in force on 1 January of the reference year.',
};

const indicator = (code: string, domain: string, question: string, fr: string, es: string, ru: string) => ({
  code,
  domain,
  dimension: 'law' as const,
  level: 'structural' as const,
  categories: ['migrant-workers' as const],
  question,
  ...yesPartlyNo,
  instruments: [],
  translations: { fr: { question: fr }, es: { question: es }, ru: { question: ru } },
});

export const SAMPLE_SCHEMA: IndicatorSchema = IndicatorSchema.parse({
  id: 'sample',
  version: '1.0.0',
  title: 'Sample schema for reconciliation tests',
  published: '2025-01-01',
  domains: [
    { id: 'social-protection', prefix: 'SP', title: 'Social protection', description: 'Access to social security.' },
    { id: 'labour', prefix: 'LAB', title: 'Labour rights', description: 'Rights at work.' },
  ],
  instruments: [
    {
      id: 'ilo-c097',
      title: 'Migration for Employment Convention (Revised), 1949',
      shortTitle: 'C97',
      year: 1949,
      kind: 'ilo-convention',
      aliases: ['ILO C97'],
    },
    {
      id: 'ilo-c098',
      title: 'Right to Organise and Collective Bargaining Convention, 1949',
      shortTitle: 'C98',
      year: 1949,
      kind: 'ilo-convention',
      aliases: [],
    },
    {
      id: 'ilo-c143',
      title: 'Migrant Workers (Supplementary Provisions) Convention, 1975',
      shortTitle: 'C143',
      year: 1975,
      kind: 'ilo-convention',
      aliases: [],
    },
    {
      id: 'ilo-r202',
      title: 'Social Protection Floors Recommendation, 2012',
      shortTitle: 'R202',
      year: 2012,
      kind: 'ilo-recommendation',
      aliases: [],
    },
    {
      id: 'un-icrmw',
      title: 'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      shortTitle: 'ICRMW',
      year: 1990,
      kind: 'un-convention',
      aliases: ['Migrant Workers Convention'],
    },
    {
      id: 'un-refugee-convention',
      title: 'Convention relating to the Status of Refugees',
      shortTitle: 'Refugee Convention',
      year: 1951,
      kind: 'un-convention',
      aliases: [],
    },
  ],
  indicators: [
    indicator(
      'SP-01',
      'social-protection',
      'Are migrant workers entitled to social security benefits on equal terms with nationals?',
      'Les travailleurs migrants ont-ils droit aux prestations de sécurité sociale dans les mêmes conditions que les nationaux ?',
      '¿Tienen los trabajadores migrantes derecho a las prestaciones de seguridad social en igualdad de condiciones con los nacionales?',
      'Имеют ли трудящиеся-мигранты право на пособия по социальному обеспечению наравне с гражданами?',
    ),
    indicator(
      'SP-03',
      'social-protection',
      'Can migrant workers transfer their pension rights when they leave the country?',
      'Les travailleurs migrants peuvent-ils transférer leurs droits à pension lorsqu’ils quittent le pays ?',
      '¿Pueden los trabajadores migrantes transferir sus derechos de pensión cuando salen del país?',
      'Могут ли трудящиеся-мигранты переводить свои пенсионные права при выезде из страны?',
    ),
    indicator(
      'SP-04',
      'social-protection',
      'Do migrants in an irregular situation have access to emergency health care?',
      'Les migrants en situation irrégulière ont-ils accès aux soins de santé d’urgence ?',
      '¿Tienen los migrantes en situación irregular acceso a la atención sanitaria de urgencia?',
      'Имеют ли мигранты с неурегулированным статусом доступ к неотложной медицинской помощи?',
    ),
    indicator(
      'LAB-01',
      'labour',
      'Does the law guarantee migrant workers the right to join a trade union?',
      'La loi garantit-elle aux travailleurs migrants le droit de s’affilier à un syndicat ?',
      '¿Garantiza la ley a los trabajadores migrantes el derecho a afiliarse a un sindicato?',
      'Гарантирует ли закон трудящимся-мигрантам право вступать в профсоюз?',
    ),
    indicator(
      'LAB-02',
      'labour',
      'Are domestic workers covered by the minimum wage legislation?',
      'Les travailleurs domestiques sont-ils couverts par la législation sur le salaire minimum ?',
      '¿Están los trabajadores domésticos cubiertos por la legislación sobre el salario mínimo?',
      'Распространяется ли законодательство о минимальной заработной плате на домашних работников?',
    ),
    indicator(
      'LAB-03',
      'labour',
      'Can migrant workers change employer without losing their residence permit?',
      'Les travailleurs migrants peuvent-ils changer d’employeur sans perdre leur titre de séjour ?',
      '¿Pueden los trabajadores migrantes cambiar de empleador sin perder su permiso de residencia?',
      'Могут ли трудящиеся-мигранты сменить работодателя, не теряя вида на жительство?',
    ),
  ],
});

const DEFAULT_SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../resources/schema/mri-core-1.1.0.json',
);

/** The default schema when another engineer has written it, else null. */
export function loadDefaultSchema(): IndicatorSchema | null {
  if (!fs.existsSync(DEFAULT_SCHEMA_FILE)) return null;
  return IndicatorSchema.parse(JSON.parse(fs.readFileSync(DEFAULT_SCHEMA_FILE, 'utf8')));
}
