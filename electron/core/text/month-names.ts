import { foldForMatching } from './fold-text.js';

/**
 * Month names and abbreviations in the languages of our users' spreadsheets, keyed by their folded
 * form (see foldForMatching): Russian genitives ("марта") as well as nominatives.
 */

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'enero', 'ene', 'январь', 'января', 'янв', 'يناير'],
  ['february', 'feb', 'février', 'févr', 'fév', 'febrero', 'февраль', 'февраля', 'фев', 'февр', 'فبراير', 'شباط'],
  ['march', 'mar', 'mars', 'marzo', 'март', 'марта', 'мар', 'مارس', 'آذار'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'апрель', 'апреля', 'апр', 'أبريل', 'ابريل', 'إبريل', 'نيسان'],
  ['may', 'mai', 'mayo', 'май', 'мая', 'مايو', 'أيار'],
  ['june', 'jun', 'juin', 'junio', 'июнь', 'июня', 'июн', 'يونيو', 'يونية', 'حزيران'],
  ['july', 'jul', 'juillet', 'juil', 'julio', 'июль', 'июля', 'июл', 'يوليو', 'يولية', 'تموز'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'август', 'августа', 'авг', 'أغسطس', 'اغسطس', 'آب'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'сентябрь', 'сентября', 'сен', 'сент', 'سبتمبر', 'أيلول'],
  ['october', 'oct', 'octobre', 'octubre', 'октябрь', 'октября', 'окт', 'أكتوبر', 'اكتوبر'],
  ['november', 'nov', 'novembre', 'noviembre', 'ноябрь', 'ноября', 'ноя', 'нояб', 'نوفمبر'],
  ['december', 'dec', 'décembre', 'déc', 'diciembre', 'dic', 'декабрь', 'декабря', 'дек', 'ديسمبر'],
];

export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(
  MONTHS.flatMap((names, index) => names.map((name) => [foldForMatching(name), index + 1] as const)),
);
