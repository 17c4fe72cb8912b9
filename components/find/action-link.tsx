import Link from "next/link";
import { actionLink } from "./styles";

/**
 * A row action whose accessible name also names the registration ("Print: Jan Peeters, …").
 * `document` for files (the PDF): a plain link the browser downloads, not a client navigation.
 */
export function ActionLink({ href, text, label, document = false }: { href: string; text: string; label: string; document?: boolean }) {
  const content = (
    <>
      {text}
      <span className="sr-only">: {label}</span>
    </>
  );
  return document ? (
    <a href={href} className={actionLink}>
      {content}
    </a>
  ) : (
    <Link href={href} className={actionLink}>
      {content}
    </Link>
  );
}
