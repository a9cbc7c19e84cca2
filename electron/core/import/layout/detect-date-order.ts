import { type DateOrder, NUMERIC_DATE, withLatinDigits } from '../../text';

/**
 * Decides, for one column, whether 05/03/2024 is 5 March or 3 May. One value whose first part is
 * over 12 proves day-first (and one whose second part is over 12 proves month-first); the column
 * follows the majority of such proofs. Without any, it is read day-first and flagged as ambiguous.
 */
export class DateOrderTally {
  private dayFirst = 0;
  private monthFirst = 0;
  private undecided = 0;
  /** The first undecided value, to show the person. */
  example: string | null = null;

  add(text: string): void {
    const match = NUMERIC_DATE.exec(withLatinDigits(text.trim()));
    if (!match) return;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) this.dayFirst++;
    else if (second > 12 && first <= 12) this.monthFirst++;
    else if (first !== second && first <= 12 && second <= 12) {
      this.undecided++;
      this.example ??= text.trim();
    }
  }

  decide(): { order: DateOrder; ambiguous: boolean } {
    if (this.monthFirst > this.dayFirst) return { order: 'month-first', ambiguous: false };
    return { order: 'day-first', ambiguous: this.dayFirst === 0 && this.undecided > 0 };
  }
}
