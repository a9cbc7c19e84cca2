/**
 * Official titles of the reference instruments in English, French, Spanish and Russian, with the
 * names people use for them. A schema lists its instruments in English only; these are attached to
 * whichever schema instrument they identify (see targets.ts), so nothing here depends on ids.
 */
export interface KnownInstrument {
  /** The ILO number as normalise.ts writes it (c097, r202), for ILO instruments. */
  number?: string;
  /** English names: one equal to a schema instrument's title or alias identifies it. */
  en: readonly string[];
  others: readonly string[];
}

export const KNOWN_INSTRUMENTS: readonly KnownInstrument[] = [
  {
    number: 'c097',
    en: ['Migration for Employment Convention (Revised), 1949', 'Migration for Employment Convention'],
    others: [
      'Convention sur les travailleurs migrants (révisée), 1949',
      'Convenio sobre los trabajadores migrantes (revisado), 1949',
      'Конвенция о трудящихся-мигрантах (пересмотренная) 1949 года',
    ],
  },
  {
    number: 'c143',
    en: ['Migrant Workers (Supplementary Provisions) Convention, 1975'],
    others: [
      'Convention sur les travailleurs migrants (dispositions complémentaires), 1975',
      'Convenio sobre los trabajadores migrantes (disposiciones complementarias), 1975',
      'Конвенция о злоупотреблениях в области миграции и об обеспечении трудящимся-мигрантам равенства возможностей и обращения 1975 года',
    ],
  },
  {
    number: 'c087',
    en: ['Freedom of Association and Protection of the Right to Organise Convention, 1948'],
    others: [
      'Convention sur la liberté syndicale et la protection du droit syndical, 1948',
      'Convenio sobre la libertad sindical y la protección del derecho de sindicación, 1948',
      'Конвенция о свободе ассоциации и защите права на организацию 1948 года',
    ],
  },
  {
    number: 'c098',
    en: ['Right to Organise and Collective Bargaining Convention, 1949'],
    others: [
      "Convention sur le droit d'organisation et de négociation collective, 1949",
      'Convenio sobre el derecho de sindicación y de negociación colectiva, 1949',
      'Конвенция о применении принципов права на организацию и на ведение коллективных переговоров 1949 года',
    ],
  },
  {
    number: 'c102',
    en: ['Social Security (Minimum Standards) Convention, 1952'],
    others: [
      'Convention concernant la sécurité sociale (norme minimum), 1952',
      'Convenio sobre la seguridad social (norma mínima), 1952',
      'Конвенция о минимальных нормах социального обеспечения 1952 года',
    ],
  },
  {
    number: 'c181',
    en: ['Private Employment Agencies Convention, 1997'],
    others: [
      "Convention sur les agences d'emploi privées, 1997",
      'Convenio sobre las agencias de empleo privadas, 1997',
      'Конвенция о частных агентствах занятости 1997 года',
    ],
  },
  {
    number: 'c189',
    en: ['Domestic Workers Convention, 2011'],
    others: [
      'Convention sur les travailleuses et travailleurs domestiques, 2011',
      'Convenio sobre las trabajadoras y los trabajadores domésticos, 2011',
      'Конвенция о достойном труде домашних работников 2011 года',
    ],
  },
  {
    number: 'r202',
    en: ['Social Protection Floors Recommendation, 2012'],
    others: [
      'Recommandation sur les socles de protection sociale, 2012',
      'Recomendación sobre los pisos de protección social, 2012',
      'Рекомендация о минимальных уровнях социальной защиты 2012 года',
    ],
  },
  {
    en: [
      'International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families',
      'Migrant Workers Convention',
      'ICRMW',
    ],
    others: [
      'ICMW',
      'UN Migrant Workers Convention',
      'Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille',
      'Convención internacional sobre la protección de los derechos de todos los trabajadores migratorios y de sus familiares',
      'Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей',
    ],
  },
  {
    en: ['Convention relating to the Status of Refugees', 'Refugee Convention'],
    others: [
      '1951 Refugee Convention',
      'Geneva Refugee Convention',
      'Convention relative au statut des réfugiés',
      'Convención sobre el Estatuto de los Refugiados',
      'Конвенция о статусе беженцев',
    ],
  },
  {
    en: ['Protocol relating to the Status of Refugees', 'Protocol Relating to the Status of Refugees'],
    others: [
      '1967 Protocol',
      'New York Protocol',
      'Protocole relatif au statut des réfugiés',
      'Protocolo sobre el Estatuto de los Refugiados',
      'Протокол, касающийся статуса беженцев',
    ],
  },
  {
    en: ['Global Compact for Safe, Orderly and Regular Migration', 'Global Compact for Migration'],
    others: [
      'GCM',
      'Pacte mondial pour des migrations sûres, ordonnées et régulières',
      'Pacto Mundial para la Migración Segura, Ordenada y Regular',
      'Глобальный договор о безопасной, упорядоченной и легальной миграции',
    ],
  },
];

/** Words for each kind of instrument, so that "the 1990 Convention" or "Protocole de 1967" find it by year. */
export const INSTRUMENT_KIND_WORDS: Record<string, readonly string[]> = {
  'un-convention': ['convention', 'convención', 'convenio', 'конвенция'],
  'ilo-convention': ['convention', 'convenio', 'конвенция'],
  protocol: ['protocol', 'protocole', 'protocolo', 'протокол'],
  'ilo-recommendation': ['recommendation', 'recommandation', 'recomendación', 'рекомендация'],
  compact: ['compact', 'pacte', 'pacto', 'договор'],
  bilateral: ['agreement', 'accord', 'acuerdo', 'соглашение'],
};
