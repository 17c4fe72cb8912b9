/**
 * The registration form UI (F-REG): everything comes in as props, nothing is loaded here.
 * RegistrationForm is a client component; IssueList, ReadOnlyRegistration and the helpers also
 * work in server components.
 */
export { RegistrationForm } from "./registration-form";
export { ReadOnlyRegistration, type ReadOnlyRegistrationProps } from "./read-only-registration";
export { IssueList, type IssueListItem, type IssueListProps } from "./issue-list";
export { fieldDomId } from "./field-dom-id";
export type {
  NextResult,
  PickerEntry,
  PickerLists,
  RegistrationFormProps,
  RegistrationIssue,
  SaveContext,
  SaveResult,
} from "./types";
