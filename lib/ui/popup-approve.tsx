/**
 * Issue 12b: the popup's "Approve a post", for a spokesperson. Makes this browser's approver key
 * (the admin lists its public half in the rule set), reads an author's request code, shows what it
 * covers (platform, account, rules, when; never the text, which the approver does not get from the
 * code) and signs the answer code to send back.
 */
import { useEffect, useState } from "preact/hooks";
import { ApprovalError, checkApprover, DEFAULT_VALID_MINUTES, isoOf, signAnswer } from "../approval/answer.ts";
import { createApproverKey, loadApproverKey, type ApproverKey } from "../approval/keystore.ts";
import { approvalMessage } from "../approval/messages.ts";
import { decodeRequest, RequestCodeError, type ApprovalRequest } from "../approval/request.ts";
import type { Locale } from "../engine/types.ts";
import { identityItem } from "../state/items.ts";
import { teamRuleSetItem } from "../sync/in-force.ts";
import { formatTime, useItem } from "./options/hooks.ts";
import { t } from "./strings.ts";

export function ApproveSection({ locale }: { locale: Locale }) {
  const identity = useItem(identityItem);
  const team = useItem(teamRuleSetItem);
  const [key, setKey] = useState<ApproverKey | null | undefined>();
  const [as, setAs] = useState<string | undefined>();
  const [requestCode, setRequestCode] = useState("");
  const [request, setRequest] = useState<ApprovalRequest | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [note, setNote] = useState<string | undefined>();
  const [answer, setAnswer] = useState<{ code: string; until: string } | undefined>();
  const [copied, setCopied] = useState<"key" | "answer" | undefined>();

  useEffect(() => {
    loadApproverKey().then(
      (found) => setKey(found ?? null),
      () => setKey(null),
    );
  }, []);
  const approver = as ?? identity?.author ?? "";

  const copy = (text: string, which: "key" | "answer") =>
    void navigator.clipboard.writeText(text).then(() => setCopied(which), () => setCopied(undefined));

  const read = (code: string) => {
    setRequestCode(code);
    setAnswer(undefined);
    setProblem(undefined);
    if (!code.trim()) return setRequest(undefined);
    try {
      setRequest(decodeRequest(code));
    } catch (e) {
      setRequest(undefined);
      if (e instanceof RequestCodeError) setProblem(approvalMessage(e.problem, locale));
      else throw e;
    }
  };

  const approve = async () => {
    if (!key || !request || !approver.trim()) return;
    setProblem(undefined);
    setNote(undefined);
    try {
      // The rules in force here may lag the author's; a mismatch is said, not a reason to refuse.
      if (team) await checkApprover(team, approver.trim(), key.publicKeyRaw).catch((e: unknown) => {
        if (e instanceof ApprovalError) setNote(approvalMessage(e.problem, locale, e.params));
        else throw e;
      });
      const signed = await signAnswer(request, { privateKey: key.privateKey, publicKeyRaw: key.publicKeyRaw, approver: approver.trim(), validForMinutes: DEFAULT_VALID_MINUTES });
      setAnswer({ code: signed.code, until: isoOf(signed.answer.expiresAt) });
    } catch (e) {
      setProblem(e instanceof ApprovalError ? approvalMessage(e.problem, locale, e.params) : t("approvalNotChecked", locale));
    }
  };

  if (key === undefined) return null;
  return (
    <section aria-labelledby="pf-approve-heading" data-testid="approve-section">
      <h2 id="pf-approve-heading">{t("approveSection", locale)}</h2>
      {key === null ? (
        <>
          <p class="pf-muted">{t("approveNoKey", locale)}</p>
          <button type="button" data-testid="approve-make-key" onClick={() => void createApproverKey().then(setKey, () => setProblem(t("approveKeyFailed", locale)))}>
            {t("approveMakeKey", locale)}
          </button>
        </>
      ) : (
        <>
          <label for="pf-approve-key">{t("approveYourKey", locale)}</label>
          <div style={{ display: "flex", gap: "0.25rem" }}>
            <input id="pf-approve-key" data-testid="approve-public-key" readOnly style={{ flex: 1 }} value={key.publicKey} />
            <button type="button" data-testid="approve-copy-key" onClick={() => copy(key.publicKey, "key")}>
              {copied === "key" ? t("copied", locale) : t("copy", locale)}
            </button>
          </div>
          <label for="pf-approve-as">{t("approveAs", locale)}</label>
          <input id="pf-approve-as" data-testid="approve-as" value={approver} onInput={(event) => setAs(event.currentTarget.value)} />
          <label for="pf-approve-request">{t("approveRequestLabel", locale)}</label>
          <textarea id="pf-approve-request" data-testid="approve-request" rows={3} value={requestCode} onInput={(event) => read(event.currentTarget.value)} />
          {request && (
            <dl data-testid="approve-covers">
              <dt>{t("approveCovers", locale)}</dt>
              <dd>{t("approveCoversPost", locale, { platform: request.platform, account: request.account || "—" })}</dd>
              <dd>{t("approveCoversRules", locale, { rules: request.rules.join(", ") || "—" })}</dd>
              <dd>{t("approveCoversAsked", locale, { time: formatTime(isoOf(request.requestedAt), locale) })}</dd>
              <dd class="pf-muted">{t("approveNoText", locale)}</dd>
            </dl>
          )}
          <button type="button" data-testid="approve-sign" disabled={!request || !approver.trim()} onClick={() => void approve()}>
            {t("approveButton", locale)}
          </button>
          {answer && (
            <>
              <label for="pf-approve-answer">{t("approveAnswerLabel", locale, { time: formatTime(answer.until, locale) })}</label>
              <div style={{ display: "flex", gap: "0.25rem" }}>
                <input id="pf-approve-answer" data-testid="approve-answer" readOnly style={{ flex: 1 }} value={answer.code} />
                <button type="button" data-testid="approve-copy-answer" onClick={() => copy(answer.code, "answer")}>
                  {copied === "answer" ? t("copied", locale) : t("copy", locale)}
                </button>
              </div>
            </>
          )}
        </>
      )}
      {note && <p class="pf-muted" data-testid="approve-note">{note}</p>}
      {problem && (
        <p class="pf-error" role="alert" data-testid="approve-problem">
          {problem}
        </p>
      )}
    </section>
  );
}
