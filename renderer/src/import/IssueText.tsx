import type { ImportIssue } from '../../../shared/records';
import { useMessageText } from '../messages/message-text';

/**
 * One problem in words, from its code and params: a problem of a row is said after its place (sheet, row,
 * column), which comes from `where`, so the person can always find the cell by hand.
 */
export function IssueText({ issue }: { issue: ImportIssue }) {
  const { issueText } = useMessageText();
  return <>{issueText(issue)}</>;
}
