// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postcontroller.h"

#include "accountdialog.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "postconfirmdialog.h"
#include "posting/claimant.h"
#include "posting/holdreason.h"
#include "posting/postingservice.h"
#include "posting/postingstore.h"
#include "posting/scheduler.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"

#include <QLoggingCategory>
#include <QSettings>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcPostController, "episodedesk.ui.postcontroller")

namespace {
// A preference, not window state: the same for every window and database.
const QString confirmBeforePostingKey = QStringLiteral("Posting/confirmBeforePosting");
} // namespace

PostController::PostController(const QSqlDatabase &db, Models::TweetTableModel *tweets, QObject *parent)
    : QObject(parent), m_db(db), m_tweets(tweets), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

PostController::~PostController()
{
    // Answers still queued for this controller must not arrive at a half-destroyed one.
    for (const QMetaObject::Connection &connection : std::as_const(m_serviceConnections)) {
        disconnect(connection);
    }
}

void PostController::setPostingService(Models::PostingService *service)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_serviceConnections)) {
        disconnect(connection);
    }
    m_serviceConnections.clear();
    m_service = service;
    if (service) {
        // The service lives on another thread: these connections are queued, and PostOutcome is
        // registered as a metatype by the service's constructor.
        m_serviceConnections = {
            connect(service, &Models::PostingService::postFinished, this, &PostController::onPostFinished),
            connect(service, &Models::PostingService::verifyFinished, this, &PostController::onVerifyFinished),
            connect(service, &Models::PostingService::tweetChanged, this, &PostController::reloadRequested),
            // A renewed sign-in the keychain refused: it works until the app quits, and the user must know.
            connect(service, &Models::PostingService::accountWarning, this,
                    [this](qint64, const QString &message) { Q_EMIT statusMessage(message); }),
        };
    }
    Q_EMIT stateChanged();
}

Models::PostingService *PostController::postingService() const
{
    return m_service;
}

void PostController::setScheduler(Models::Scheduler *scheduler)
{
    m_scheduler = scheduler;
}

void PostController::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void PostController::setDialogParent(std::function<QWidget *()> parent)
{
    m_dialogParent = std::move(parent);
}

QWidget *PostController::dialogParent() const
{
    return m_dialogParent ? m_dialogParent() : nullptr;
}

QDateTime PostController::now() const
{
    return m_clock();
}

bool PostController::confirmBeforePosting() const
{
    return QSettings().value(confirmBeforePostingKey, true).toBool();
}

void PostController::setConfirmBeforePosting(bool confirm)
{
    if (confirm == confirmBeforePosting()) {
        return;
    }
    QSettings().setValue(confirmBeforePostingKey, confirm);
    Q_EMIT confirmBeforePostingChanged(confirm);
}

void PostController::refresh()
{
    m_accounts.clear();
    m_limits.clear();
    // Limits and store reads only: the store neither claims nor ages claims here.
    const Models::PostingStore posting(m_db, Models::Claimant::current(), m_clock, 0);
    for (const Models::Account &account : Models::AccountStore(m_db).all()) {
        m_accounts.insert(account.id, account);
        if (const auto limits = posting.limits(account.id)) {
            m_limits.insert(account.id, *limits);
        }
    }
}

void PostController::settle()
{
    m_requests.settle();
    Q_EMIT stateChanged();
}

bool PostController::isAwaitingAnswer(qint64 configId) const
{
    return m_requests.isWaiting(configId);
}

bool PostController::showsPosting(qint64 configId) const
{
    return m_requests.showsPosting(configId);
}

bool PostController::anyShowsPosting() const
{
    return m_requests.anyShowsPosting();
}

int PostController::postsInFlight() const
{
    return m_requests.postsInFlight();
}

bool PostController::isUsageCapped(qint64 accountId) const
{
    const auto found = m_limits.constFind(accountId);
    return found != m_limits.constEnd() && found->usageCapped;
}

std::optional<Models::AccountLimits> PostController::limitsFor(qint64 accountId) const
{
    if (const auto found = m_limits.constFind(accountId); found != m_limits.constEnd()) {
        return *found;
    }
    return std::nullopt;
}

std::optional<Models::Account> PostController::account(qint64 accountId) const
{
    if (const auto found = m_accounts.constFind(accountId); found != m_accounts.constEnd()) {
        return *found;
    }
    return std::nullopt;
}

bool PostController::isSandboxAccount(qint64 accountId) const
{
    if (const auto known = m_accounts.constFind(accountId); known != m_accounts.constEnd()) {
        return known->kind == Models::AccountKind::Sandbox;
    }
    // Archived accounts are not among the listed ones, and their tweets' history still names them.
    const auto archived = Models::AccountStore(m_db).find(accountId);
    return archived && archived->kind == Models::AccountKind::Sandbox;
}

std::optional<Models::TweetConfig> PostController::configFor(qint64 configId) const
{
    if (const int row = m_tweets->rowOf(configId); row >= 0) {
        return m_tweets->configAt(row);
    }
    return Models::TweetStore(m_db).find(configId);
}

QString PostController::postBlocker(const Models::TweetConfig &config) const
{
    if (!m_service) {
        return tr("Posting is not available in this window.");
    }
    switch (config.status) {
    case Models::TweetStatus::Posted:
        return tr("Already posted.");
    case Models::TweetStatus::Posting:
        return tr("Being posted now.");
    case Models::TweetStatus::Unknown:
        return tr("Verify it first: the last attempt may have reached X.");
    case Models::TweetStatus::Pending:
    case Models::TweetStatus::Failed:
        break;
    }
    if (!config.enabled) {
        return tr("This tweet is disabled.");
    }
    if (isUsageCapped(config.accountId)) {
        return tr("X's usage cap stopped posting on this account; resume posting once the cap is raised on X.");
    }
    // The claim's own checks (holdReason): the button does not offer what the engine would refuse.
    const int row = m_tweets->rowOf(config.id);
    const auto hold = row >= 0 ? m_tweets->holdReasonAt(row)
                               : Models::holdReason(config, Models::EpisodeStore(m_db).find(config.episodeId),
                                                    Models::AccountStore(m_db).find(config.accountId));
    return hold ? hold->message : QString();
}

void PostController::post(qint64 configId)
{
    // First, before anything else: mark the tweet, which turns its post actions off. Whatever arrives
    // next for it (the second click of a double-click, a repeated Return, the toolbar after the menu)
    // finds it marked and does nothing.
    if (configId == 0 || !m_requests.begin(configId, PostingRequests::Stage::Confirming)) {
        return;
    }
    Q_EMIT stateChanged();

    const auto config = configFor(configId);
    if (!m_service || !config) {
        m_requests.cancel(configId);
        Q_EMIT stateChanged();
        return;
    }
    if (confirmBeforePosting()) {
        confirm(configId, *config);
    } else {
        send(configId);
    }
}

void PostController::confirm(qint64 configId, const Models::TweetConfig &config)
{
    // What the claim will use: the stored row (the table may be a reload behind another window's edit),
    // the episode and the account as they are now, and the claim's own expansion.
    const Models::TweetConfig stored = Models::TweetStore(m_db).find(configId).value_or(config);
    const auto account = Models::AccountStore(m_db).find(stored.accountId);
    const QString text = Models::claimText(stored, Models::EpisodeStore(m_db).find(stored.episodeId));
    auto *dialog = new PostConfirmDialog(text, account ? AccountDialog::displayName(*account) : tr("Removed account"),
                                         account && account->kind == Models::AccountKind::Sandbox, dialogParent());
    dialog->setPrices(Models::SettingsStore(m_db).xPrices());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, configId, dialog](int result) {
        if (result == QDialog::Accepted) {
            if (dialog->dontAskAgain()) {
                setConfirmBeforePosting(false);
            }
            send(configId);
        } else {
            m_requests.cancel(configId);
            Q_EMIT stateChanged();
        }
    });
    dialog->open();
}

void PostController::send(qint64 configId)
{
    if (!m_service) {
        m_requests.cancel(configId);
        Q_EMIT stateChanged();
        return;
    }
    m_requests.send(configId);
    qCDebug(lcPostController) << "posting tweet" << configId;
    m_service->post(configId);
    Q_EMIT statusMessage(tr("Posting…"));
    Q_EMIT stateChanged();
}

void PostController::onPostFinished(const Models::PostOutcome &outcome)
{
    const qint64 id = outcome.configId;
    // An answer to this window's request, or to the scheduler's: shown the same way.
    const auto config = configFor(id);
    PostingNote note = PostingNotes::forPost(outcome, config && isSandboxAccount(config->accountId), now());
    if (!note.validWhile && config) {
        note.validWhile = config->status; // a refusal that changed nothing: true while nothing changes
    }
    if (outcome.refusal == Models::ClaimRefusal::AlreadyPosting) {
        // The claim may belong to this process: the scheduler beside this window posting it while the
        // button was pressed (or the other way round). "Another window" would be untrue then.
        const auto fresh = Models::TweetStore(m_db).find(id);
        if (fresh && fresh->claimedBy == Models::Claimant::current().toString()) {
            note.text = tr("Being posted now");
            note.detail = tr("Its answer from X shows here when it comes; nothing more was sent.");
        }
    }
    if (m_requests.answer(id, false, note)) {
        Q_EMIT statusMessage(note.text);
    }
    Q_EMIT reloadRequested();
    Q_EMIT stateChanged();
}

void PostController::verify(qint64 configId)
{
    if (configId == 0 || !m_service || !m_requests.begin(configId, PostingRequests::Stage::Verifying)) {
        return;
    }
    m_service->verify(configId);
    Q_EMIT statusMessage(tr("Asking X whether it was published…"));
    Q_EMIT stateChanged();
}

void PostController::onVerifyFinished(const Models::PostOutcome &outcome)
{
    const qint64 id = outcome.configId;
    const auto config = configFor(id);
    PostingNote note = PostingNotes::forVerify(outcome, config && isSandboxAccount(config->accountId));
    if (!note.validWhile && config) {
        note.validWhile = config->status;
    }
    if (m_requests.answer(id, true, note)) {
        Q_EMIT statusMessage(note.text);
    }
    Q_EMIT reloadRequested();
    Q_EMIT stateChanged();
}

PostingNote PostController::stageNote(PostingRequests::Stage stage) const
{
    PostingNote note;
    switch (stage) {
    case PostingRequests::Stage::Confirming:
        note.text = tr("Waiting for your confirmation…");
        break;
    case PostingRequests::Stage::Posting:
        note.text = tr("Posting… waiting for X's answer.");
        break;
    case PostingRequests::Stage::Verifying:
        note.text = tr("Asking X whether it was published…");
        break;
    case PostingRequests::Stage::SettlingPost:
    case PostingRequests::Stage::SettlingVerify:
    case PostingRequests::Stage::None:
        break;
    }
    return note;
}

PostingNote PostController::noteFor(qint64 configId) const
{
    if (PostingNote waiting = stageNote(m_requests.stage(configId)); !waiting.text.isEmpty()) {
        return waiting;
    }
    const auto config = configFor(configId);
    if (!config) {
        return {};
    }
    const bool capped = isUsageCapped(config->accountId);
    // An answer is shown until the tweet moves on from the state it describes; "posting stopped" also
    // stops being true when the user resumes the account.
    if (const auto latest = m_requests.latestNote(configId, config->status);
        latest && (capped || latest->link != PostingNote::Link::ResumePosting)) {
        return *latest;
    }
    // Nothing of a usage-capped account goes out, whatever the tweet's own state says, until the user acts.
    const bool sendable =
        config->status == Models::TweetStatus::Pending || config->status == Models::TweetStatus::Failed;
    if (capped && config->enabled && sendable) {
        return PostingNotes::forUsageCap(m_limits.value(config->accountId).message);
    }
    const int row = m_tweets->rowOf(configId);
    const Models::DisplayStatus status = row >= 0
        ? m_tweets->displayStatusAt(row)
        : Models::displayStatus(*config, now(), Models::SettingsStore(m_db).graceSeconds());
    PostingNote note = PostingNotes::forConfig(*config, status, isSandboxAccount(config->accountId), now());
    if (sendable && config->enabled) {
        if (const QString blocker = postBlocker(*config); !blocker.isEmpty()) {
            note.problem = true;
            note.detail = blocker;
        }
    }
    return note;
}

void PostController::resumePosting(qint64 accountId)
{
    const auto found = m_accounts.constFind(accountId);
    if (found == m_accounts.constEnd() || !isUsageCapped(accountId)) {
        return;
    }
    const QString name = found->name; // a reload rebuilds m_accounts
    // Resuming before the cap is raised only earns another 429; ask, in the words of what happens next.
    if (!MessageBox::confirm(dialogParent(), tr("Resume Posting"),
                             tr("Did you raise the usage cap on X for “%1”? Then its tweets can go out again: "
                                "scheduled ones that are due now are posted right away, the others at their "
                                "time.")
                                 .arg(name),
                             tr("Resume Posting"))) {
        return;
    }
    Models::PostingStore store(m_db, Models::Claimant::current(), m_clock, 0);
    if (!store.clearUsageCap(accountId)) {
        qCWarning(lcPostController) << "clearing the usage cap of account" << accountId
                                    << "failed:" << store.lastError();
        MessageBox::warning(dialogParent(), tr("Posting Not Resumed"),
                            tr("The account could not be resumed. %1").arg(store.lastError()));
        return;
    }
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    refresh();
    Q_EMIT accountResumed(accountId);
    Q_EMIT statusMessage(tr("Posting resumed on %1.").arg(name));
    Q_EMIT stateChanged();
}

} // namespace EpisodeDesk::Ui
