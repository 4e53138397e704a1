/**
 * Team source: the feed named by policy (shown, not editable), or the one the user sets with an
 * invite code or an address and keys, or a rule-set file imported by hand.
 */
import { useState } from "preact/hooks";
import type { Locale } from "../../engine/types.ts";
import { teamRuleSetItem } from "../../sync/in-force.ts";
import { policyItem, syncConfigItem, syncStatusItem, teamSourceItem } from "../../state/team.ts";
import { importRuleSetFile } from "../../sync/import.ts";
import { policyControlsFeed, resolveFeed } from "../../sync/policy.ts";
import type { Issue } from "../../sync/schema.ts";
import { followFeed, joinByInvite, leaveTeam } from "../../sync/settings.ts";
import { encodeInvite } from "../../sync/source.ts";
import { sourceText } from "../popup-status.tsx";
import { t } from "../strings.ts";
import { formatTime, issueText, useItem } from "./hooks.ts";

function Issues({ issues, locale, testid }: { issues: Issue[]; locale: Locale; testid: string }) {
  if (issues.length === 0) return null;
  return (
    <ul class="pf-list pf-error" role="alert" data-testid={testid}>
      {issues.map((issue, i) => (
        <li key={i} data-code={issue.code} data-field={issue.field}>
          {issueText(issue, locale)}
          {issue.detail && issue.code === "invalid" && <span class="pf-code"> {issue.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

export function TeamSection({ locale }: { locale: Locale }) {
  const team = useItem(teamRuleSetItem);
  const source = useItem(teamSourceItem);
  const policy = useItem(policyItem);
  const config = useItem(syncConfigItem);
  const status = useItem(syncStatusItem);
  if (team === undefined || source === undefined || policy === undefined || config === undefined || status === undefined) return null;
  const byPolicy = policyControlsFeed(policy);
  const feed = resolveFeed(policy, config);
  return (
    <div>
      <p class="pf-muted">{t("teamIntro", locale)}</p>
      <div class="pf-card" data-testid="team-now">
        <p>
          <strong>{t("teamNow", locale)}</strong>{" "}
          {team
            ? `${t("ruleSetLine", locale, { id: team.id, version: team.version, issued: formatTime(team.issuedAt, locale) })} · ${sourceText(source, locale)}`
            : t("source_builtin", locale)}
        </p>
        {status.lastSuccessAt && <p class="pf-muted">{t("lastSync", locale, { time: formatTime(status.lastSuccessAt, locale) })}</p>}
        {status.lastError && (
          <p class="pf-error" data-testid="team-error">
            {t("lastError", locale, { time: formatTime(status.lastError.at, locale) })} {issueText(status.lastError, locale)}
          </p>
        )}
      </div>
      {byPolicy ? (
        <PolicyFeed locale={locale} feed={feed} />
      ) : (
        <UserFeed
          locale={locale}
          hasTeam={team !== null || config !== null}
          configUrl={config?.url ?? ""}
          configKeys={config?.keys ?? []}
          invite={config ? encodeInvite(config) : undefined}
        />
      )}
    </div>
  );
}

function PolicyFeed({ locale, feed }: { locale: Locale; feed: ReturnType<typeof resolveFeed> }) {
  return (
    <div class="pf-card" data-testid="team-policy">
      <p>
        <span class="pf-tag">{t("byPolicy", locale)}</span>
      </p>
      {"url" in feed ? (
        <>
          <p>
            {t("feedUrlLabel", locale)}: <code data-testid="policy-url">{feed.url}</code>
          </p>
          <p data-testid="policy-poll">{t("pollLabel", locale, { minutes: feed.pollMinutes })}</p>
          <p>{t("feedKeysLabel", locale)}:</p>
          <ul class="pf-list">
            {feed.keys.map((key) => (
              <li key={key}>
                <code>{key}</code>
              </li>
            ))}
          </ul>
        </>
      ) : feed.kind === "broken" ? (
        <Issues issues={feed.issues} locale={locale} testid="policy-feed-issues" />
      ) : null}
    </div>
  );
}

function UserFeed(props: { locale: Locale; hasTeam: boolean; configUrl: string; configKeys: string[]; invite: string | undefined }) {
  const { locale } = props;
  const [code, setCode] = useState("");
  const [url, setUrl] = useState(props.configUrl);
  const [keys, setKeys] = useState(props.configKeys.join("\n"));
  const [inviteIssues, setInviteIssues] = useState<Issue[]>([]);
  const [feedIssues, setFeedIssues] = useState<Issue[]>([]);
  const [fileIssues, setFileIssues] = useState<Issue[]>([]);
  const [imported, setImported] = useState<string>();
  const keyList = () => keys.split(/\r?\n/).map((k) => k.trim()).filter(Boolean);
  return (
    <div>
      <form
        class="pf-field"
        onSubmit={(event) => {
          event.preventDefault();
          void joinByInvite(code).then((r) => setInviteIssues(r.ok ? [] : r.issues));
        }}
      >
        <label for="pf-invite">{t("inviteLabel", locale)}</label>
        <textarea id="pf-invite" rows={3} data-testid="invite-input" class="pf-code" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        <div>
          <button type="submit" data-testid="invite-join">
            {t("join", locale)}
          </button>
        </div>
        <Issues issues={inviteIssues} locale={locale} testid="invite-issues" />
      </form>

      <form
        class="pf-field"
        onSubmit={(event) => {
          event.preventDefault();
          void followFeed({ url, keys: keyList() }).then((r) => setFeedIssues(r.ok ? [] : r.issues));
        }}
      >
        <label for="pf-feed-url">{t("feedUrlLabel", locale)}</label>
        <input id="pf-feed-url" data-testid="feed-url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <label for="pf-feed-keys">{t("feedKeysLabel", locale)}</label>
        <textarea id="pf-feed-keys" rows={2} class="pf-code" data-testid="feed-keys" value={keys} onInput={(e) => setKeys(e.currentTarget.value)} />
        <div>
          <button type="submit" data-testid="feed-follow">
            {t("follow", locale)}
          </button>
        </div>
        <Issues issues={feedIssues} locale={locale} testid="feed-issues" />
      </form>

      <div class="pf-field">
        <label for="pf-import">{t("importLabel", locale)}</label>
        <input
          id="pf-import"
          type="file"
          accept=".json,.yaml,.yml,application/json,text/yaml"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            void file
              .text()
              .then((text) => importRuleSetFile(text, file.name, { keys: keyList(), now: new Date() }))
              .then((r) => {
                setFileIssues(r.ok ? [] : r.issues);
                setImported(r.ok ? t("imported", locale, { id: r.ruleSet.id, version: r.ruleSet.version }) : undefined);
              });
          }}
        />
        {imported && (
          <p class="pf-ok" role="status" data-testid="import-done">
            {imported}
          </p>
        )}
        <Issues issues={fileIssues} locale={locale} testid="import-issues" />
      </div>

      {props.invite && (
        <div class="pf-field">
          <label for="pf-invite-share">{t("inviteShare", locale)}</label>
          <textarea id="pf-invite-share" rows={3} readOnly class="pf-code" data-testid="invite-share" value={props.invite} />
        </div>
      )}
      {props.hasTeam && (
        <button type="button" data-testid="leave-team" onClick={() => void leaveTeam()}>
          {t("leaveTeam", locale)}
        </button>
      )}
    </div>
  );
}
