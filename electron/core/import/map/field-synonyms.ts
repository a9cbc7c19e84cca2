import type { RecordKind } from '../../../../shared/records.js';

/**
 * The column headers people write for each field, in English, French, Spanish, Russian and Arabic.
 * Compared after normaliseLabel (case, accents, punctuation ignored). A word that names a group
 * ("ratification") is left out, so that "Ratification — Date" goes to date and not elsewhere.
 */
export const FIELD_SYNONYMS: Readonly<Record<RecordKind, Readonly<Record<string, readonly string[]>>>> = {
  answers: {
    indicator: [
      'indicator', 'indicator code', 'indicator id', 'code', 'question', 'indicateur', 'code indicateur', 'code de l’indicateur',
      'indicador', 'código', 'código del indicador', 'pregunta', 'показатель', 'индикатор', 'код', 'код показателя', 'вопрос',
      'المؤشر', 'مؤشر', 'رمز المؤشر', 'الرمز', 'السؤال',
    ],
    value: [
      'value', 'answer', 'response', 'valeur', 'réponse', 'valor', 'respuesta', 'значение', 'ответ', 'القيمة', 'الإجابة', 'الجواب',
    ],
    score: [
      'score', 'points', 'rating', 'score 0 100', 'puntuación', 'puntaje', 'calificación', 'балл', 'баллы', 'оценка',
      'الدرجة', 'النقاط', 'التقييم',
    ],
    confidence: [
      'confidence', 'certainty', 'confidence level', 'confiance', 'niveau de confiance', 'fiabilité', 'confianza', 'nivel de confianza',
      'certeza', 'уверенность', 'достоверность', 'степень уверенности', 'الثقة', 'درجة الثقة', 'مستوى الثقة',
    ],
    citation: [
      'citation', 'source', 'reference', 'legal reference', 'référence', 'source juridique', 'cita', 'referencia', 'fuente',
      'ссылка', 'источник', 'المرجع', 'المصدر', 'الاستشهاد',
    ],
    note: [
      'note', 'notes', 'comment', 'comments', 'remark', 'remarks', 'observations', 'commentaire', 'commentaires', 'remarque',
      'nota', 'notas', 'comentario', 'comentarios', 'observaciones', 'примечание', 'примечания', 'комментарий', 'комментарии',
      'ملاحظة', 'ملاحظات', 'تعليق', 'تعليقات',
    ],
    law: [
      'law', 'law title', 'title of law', 'name of law', 'legislation', 'legal basis', 'legal source', 'act', 'statute', 'loi',
      'texte de loi', 'base légale', 'base juridique', 'ley', 'norma', 'base legal', 'legislación', 'закон', 'правовая основа',
      'нормативный акт', 'القانون', 'الأساس القانوني', 'التشريع',
    ],
    article: [
      'article', 'articles', 'section', 'provision', 'art', 'article number', 'article section', 'disposition', 'artículo',
      'disposición', 'sección', 'статья', 'пункт', 'положение', 'المادة', 'البند', 'الفقرة',
    ],
    // A plain "Date" in an answers sheet is more often when the answer was given than when its law was adopted.
    lawdate: [
      'law date', 'date of law', 'date of the law', 'date of adoption', 'adoption date', 'date adopted', 'adopted', 'enacted',
      'date d’adoption', 'date de la loi', 'fecha de adopción', 'fecha de la ley', 'дата принятия', 'дата закона', 'تاريخ الاعتماد',
      'تاريخ القانون',
    ],
    url: ['url', 'link', 'law url', 'law link', 'web link', 'website', 'hyperlink', 'lien', 'lien web', 'enlace', 'веб ссылка', 'رابط', 'الرابط'],
    practice: [
      'practice source', 'source of practice', 'evidence of practice', 'practice evidence', 'practice', 'report', 'source pratique',
      'preuve de pratique', 'pratique', 'rapport', 'fuente de práctica', 'evidencia de práctica', 'práctica', 'informe',
      'источник практики', 'практика', 'доклад', 'مصدر الممارسة', 'الممارسة', 'تقرير',
    ],
  },
  evidence: {
    type: [
      'type', 'kind', 'dimension', 'law or practice', 'de jure de facto', 'type de preuve', 'tipo', 'tipo de evidencia', 'тип', 'вид',
      'النوع', 'نوع الدليل',
    ],
    title: [
      'law', 'title', 'name', 'legislation', 'name of law', 'title of law', 'loi', 'titre', 'intitulé', 'nom', 'ley', 'título',
      'nombre', 'norma', 'закон', 'название', 'наименование', 'القانون', 'العنوان', 'الاسم', 'اسم القانون',
    ],
    citation: [
      'citation', 'article', 'section', 'provision', 'article section', 'reference', 'article ou section', 'référence', 'disposition',
      'cita', 'artículo', 'sección', 'disposición', 'referencia', 'статья', 'раздел', 'положение', 'пункт', 'المادة', 'الفقرة',
      'البند', 'الاستشهاد',
    ],
    date: [
      'date', 'date of adoption', 'adoption date', 'date adopted', 'adopted', 'enacted', 'date enacted', 'in force since',
      'entry into force', 'date of entry into force', 'date d’adoption', 'adoptée le', 'entrée en vigueur', 'fecha', 'fecha de adopción',
      'adoptada', 'entrada en vigor', 'дата', 'дата принятия', 'принят', 'вступление в силу', 'التاريخ', 'تاريخ الاعتماد', 'تاريخ الإصدار',
    ],
    url: [
      'url', 'link', 'web link', 'website', 'hyperlink', 'lien', 'lien web', 'enlace', 'sitio web', 'ссылка', 'веб ссылка',
      'url адрес', 'رابط', 'الرابط', 'الموقع',
    ],
    excerpt: [
      'excerpt', 'extract', 'quote', 'text', 'relevant text', 'extrait', 'texte', 'extracto', 'texto', 'cita textual', 'выдержка',
      'отрывок', 'цитата', 'текст', 'مقتطف', 'النص', 'الاقتباس',
    ],
    categories: [
      'categories', 'category', 'migrant categories', 'migrant category', 'migrants concerned', 'groups concerned', 'population concerned',
      'who is covered', 'catégories', 'catégorie', 'catégories de migrants', 'migrants concernés', 'personnes concernées',
      'categorías', 'categoría', 'categorías de migrantes', 'migrantes afectados', 'категории', 'категория', 'категории мигрантов',
      'категории мигрантов, на которых распространяется', 'الفئات', 'الفئة',
      'فئات المهاجرين',
    ],
    indicators: [
      'indicators', 'indicator', 'indicator codes', 'linked indicators', 'indicateurs', 'indicateur', 'indicadores', 'indicador',
      'показатели', 'индикаторы', 'показатель', 'المؤشرات', 'المؤشر',
      // Sheets of laws often say which right or domain a law bears on: reconciled against the indicators, as links to propose.
      'right', 'rights', 'right concerned', 'rights concerned', 'domain', 'domains', 'thematic area', 'droit concerné',
      'droits concernés', 'domaine', 'derecho afectado', 'derechos', 'ámbito', 'право', 'права', 'область', 'сфера', 'الحق',
      'الحقوق', 'المجال',
    ],
  },
  ratifications: {
    instrument: [
      'instrument', 'convention', 'treaty', 'agreement', 'instrument title', 'traité', 'accord', 'instrumento', 'convenio',
      'convención', 'tratado', 'acuerdo', 'инструмент', 'конвенция', 'договор', 'соглашение', 'الصك', 'الاتفاقية', 'المعاهدة',
    ],
    status: [
      'status', 'ratification status', 'state', 'statut', 'état', 'état de ratification', 'estado', 'situación', 'estatus',
      'estado de ratificación', 'статус', 'статус ратификации', 'состояние', 'الحالة', 'حالة التصديق', 'الوضع',
    ],
    date: [
      'date', 'ratification date', 'date of ratification', 'date de ratification', 'fecha', 'fecha de ratificación', 'дата',
      'дата ратификации', 'التاريخ', 'تاريخ التصديق',
    ],
    reservations: [
      'reservations', 'reservation', 'reservations and declarations', 'declarations', 'réserves', 'réserve', 'reservas', 'reserva',
      'оговорки', 'оговорка', 'التحفظات', 'تحفظات',
    ],
  },
};
