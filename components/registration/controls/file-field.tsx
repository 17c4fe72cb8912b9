"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useController } from "react-hook-form";
import type { AttachmentRefusal, AttachmentResult } from "@/lib/attachments/attachment-result";
import { attachmentHref, attachmentsHref } from "@/lib/attachments/attachment-href";
import { acceptAttribute, formatFileSize, limitsOf } from "@/lib/attachments/file-kinds";
import { fileReferences, type FileReference } from "@/lib/modules/field-types/file";
import { describedBy, type FieldChrome } from "../field-chrome";
import { useFormUi } from "../form-context";
import { useAttachmentsRegistration } from "./attachments-context";

/**
 * A file field: the attached files as a list (name with its download link, size, a Remove
 * button each) and a native file input to add more, keyboard-usable and labelled like any field.
 * Each chosen file is sent to the server at once (the server checks kind, size and count);
 * the form value holds the references, saved with the draft. Refusals are announced at the field.
 */
export function FileField({ chrome }: { chrome: FieldChrome }) {
  const t = useTranslations("attachments");
  const { locale } = useFormUi();
  const registrationId = useAttachmentsRegistration();
  const limits = limitsOf(chrome.field);
  const {
    field: { value, onChange, onBlur },
  } = useController({ name: chrome.path });
  const files = fileReferences(value);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState("");
  const statusId = useId();
  const ids = { problems: `${chrome.id}-file-problems`, limits: `${chrome.id}-file-limits`, list: `${chrome.id}-file-list` };
  const maxSize = formatFileSize(limits.maxBytes, locale);

  const refusal = (name: string, code: AttachmentRefusal | "failed") =>
    t(`errors.${code}`, { name, max: limits.maxFiles, size: maxSize });

  async function upload(chosen: File[]) {
    if (!registrationId || chosen.length === 0) return;
    setBusy(true);
    setProblems([]);
    setStatus(t("uploading"));
    let current: FileReference[] = files;
    const found: string[] = [];
    for (const file of chosen) {
      if (current.length >= limits.maxFiles) {
        found.push(refusal(file.name, "too_many"));
        continue;
      }
      if (file.size > limits.maxBytes) {
        found.push(refusal(file.name, "too_large"));
        continue;
      }
      try {
        const query = new URLSearchParams({ field: chrome.path, name: file.name });
        const response = await fetch(`${attachmentsHref(registrationId)}?${query}`, {
          method: "POST",
          body: file,
          headers: { "Content-Type": "application/octet-stream" },
        });
        const result = (await response.json()) as AttachmentResult<FileReference>;
        if (result.ok) {
          current = [...current, result.data];
          onChange(current);
        } else found.push(refusal(file.name, result.code));
      } catch {
        found.push(refusal(file.name, "failed"));
      }
    }
    onBlur();
    setProblems(found);
    setStatus(found.length === 0 ? t("uploaded", { count: chosen.length }) : "");
    setBusy(false);
    if (input.current) input.current.value = "";
  }

  async function remove(file: FileReference) {
    if (!registrationId) return;
    setBusy(true);
    setProblems([]);
    try {
      const response = await fetch(attachmentHref(registrationId, file.id), { method: "DELETE" });
      const result = (await response.json()) as AttachmentResult<null>;
      // Gone already (removed in another tab): the reference goes too.
      if (result.ok || result.code === "not_found") {
        const rest = files.filter((other) => other.id !== file.id);
        onChange(rest.length > 0 ? rest : undefined);
        setStatus(t("removed", { name: file.name }));
      } else setProblems([refusal(file.name, result.code)]);
    } catch {
      setProblems([refusal(file.name, "failed")]);
    }
    setBusy(false);
    input.current?.focus();
  }

  return (
    <>
      <label htmlFor={chrome.id} className="mb-0.5 block text-sm font-medium text-slate-800">
        {chrome.label}
      </label>
      {chrome.help}
      {files.length > 0 && (
        <ul id={ids.list} aria-label={t("listLabel")} className="mb-2 divide-y divide-slate-200 rounded border border-slate-300 bg-white">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5 text-sm">
              {registrationId ? (
                <a href={attachmentHref(registrationId, file.id)} download={file.name} className="min-w-0 break-words font-medium text-brand-800 underline">
                  {file.name}
                </a>
              ) : (
                <span className="min-w-0 break-words font-medium">{file.name}</span>
              )}
              <span className="text-xs text-slate-600">{formatFileSize(file.size, locale)}</span>
              {registrationId && (
                <button
                  type="button"
                  onClick={() => void remove(file)}
                  disabled={busy}
                  className="ml-auto rounded border border-slate-400 px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-50"
                >
                  {t("remove")}
                  <span className="sr-only"> {file.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={chrome.id}
        type="file"
        accept={acceptAttribute(limits)}
        multiple={limits.maxFiles > 1}
        disabled={!registrationId || busy || files.length >= limits.maxFiles}
        aria-describedby={describedBy(chrome.describedBy, ids.limits, problems.length > 0 && ids.problems)}
        aria-invalid={chrome.invalid || problems.length > 0 || undefined}
        onChange={(event) => void upload(Array.from(event.target.files ?? []))}
        className="block w-full text-sm text-slate-900 file:mr-3 file:rounded file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-100"
      />
      <p id={ids.limits} className="mt-1 text-xs text-slate-600">
        {files.length >= limits.maxFiles ? t("full", { max: limits.maxFiles }) : t("limits", { max: limits.maxFiles, size: maxSize, count: files.length })}
      </p>
      <div id={ids.problems} role="alert" className="empty:hidden">
        {problems.map((problem, index) => (
          <p key={index} className="mt-1 text-sm font-medium text-red-700">
            <span aria-hidden="true">✖ </span>
            {problem}
          </p>
        ))}
      </div>
      <p id={statusId} role="status" className="sr-only">
        {busy ? t("uploading") : status}
      </p>
      {chrome.messages}
    </>
  );
}
