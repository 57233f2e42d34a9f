// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedimportdialog.h"

#include "feeds/feedupdate.h"
#include "store/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <optional>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcFeedImportDialog, "episodedesk.ui.feedimportdialog")

namespace {

std::atomic<int> g_runningImports {0};

QString workerConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("feed-import-%1").arg(++counter);
}

// Aborts every download of the worker's manager, now and until the worker ends: the fetcher may not
// have asked for the feed yet, or may be following a redirect.
void abortDownloads(QNetworkAccessManager *manager)
{
    auto abortAll = [manager] {
        for (QNetworkReply *reply : manager->findChildren<QNetworkReply *>()) {
            if (reply->isRunning()) {
                reply->abort();
            }
        }
    };
    abortAll();
    auto *timer = new QTimer(manager);
    QObject::connect(timer, &QTimer::timeout, manager, abortAll);
    timer->start(50);
}

} // namespace

// What the GUI thread and one import's worker share.
struct FeedImportDialog::Job
{
    QMutex mutex;
    QNetworkAccessManager *manager = nullptr; // the worker's, while it exists; under mutex
    bool cancelled = false; // under mutex
    // Written by the worker before it ends; none when it was cancelled before it began.
    std::optional<Models::FeedUpdate::Result> result;
};

FeedImportDialog::FeedImportDialog(const QSqlDatabase &db, const Models::DatabaseLocation &location, QWidget *parent)
    : QDialog(parent), m_location(location)
{
    setObjectName(QStringLiteral("feedImportDialog"));
    setWindowTitle(tr("Import from Feed"));

    auto *intro = new QLabel(tr("The address of your show's RSS feed, as your podcast host shows it. Its episodes "
                                "are added here, and later refreshes add the new ones; nothing is announced for "
                                "the episodes already in the feed."),
                             this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("feedUrlEdit"));
    m_url->setPlaceholderText(tr("https://feeds.example.com/yourshow.xml"));
    m_url->setClearButtonEnabled(true);
    auto *urlLabel = new QLabel(tr("Feed &address:"), this);
    urlLabel->setBuddy(m_url);
    if (const auto stored = Models::FeedStore(db).feed()) {
        m_url->setText(stored->url.toString());
    }
    connect(m_url, &QLineEdit::textChanged, this, &FeedImportDialog::updateButtons);
    connect(m_url, &QLineEdit::returnPressed, this, &FeedImportDialog::startImport);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // busy: how long a download takes is not known
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Importing"));
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setText(tr("&Close"));
    // Not through accepted()/rejected(): Import keeps the dialog open to show what it did, and while an
    // import runs the second button cancels it rather than closing.
    connect(m_importButton, &QPushButton::clicked, this, &FeedImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, [this] { isImporting() ? cancelImport() : reject(); });

    auto *row = new QHBoxLayout;
    row->addWidget(urlLabel);
    row->addWidget(m_url, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    updateButtons();
}

FeedImportDialog::~FeedImportDialog()
{
    cancelImport();
}

void FeedImportDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

QString FeedImportDialog::url() const
{
    return m_url->text().trimmed();
}

int FeedImportDialog::runningImports()
{
    return g_runningImports.load();
}

QString FeedImportDialog::describe(const Models::FeedChanges &changes)
{
    if (changes.notModified) {
        return tr("The feed has not changed since it was last read.");
    }
    // Spelled out for one: without a translation loaded, "%n episodes" would stay as written.
    const QString added = changes.added == 1 ? tr("1 episode added") : tr("%n episodes added", nullptr, changes.added);
    const QString announcements = changes.announcements == 1
        ? tr("1 announcement made")
        : tr("%n announcements made", nullptr, changes.announcements);
    return tr("%1, %2 updated, %3 unchanged, %4 no longer in the feed; %5.")
        .arg(added)
        .arg(changes.updated)
        .arg(changes.unchanged)
        .arg(changes.removed)
        .arg(announcements);
}

void FeedImportDialog::startImport()
{
    if (isImporting() || url().isEmpty()) {
        return;
    }
    const QUrl url = QUrl::fromUserInput(this->url());
    auto job = std::make_shared<Job>();
    m_job = job;
    setImporting(true);

    const QString location = m_location.toString();
    ++g_runningImports;
    QThread *thread = QThread::create([job, location, url] {
        Models::Database database;
        if (!database.open(location, workerConnectionName())) {
            Models::FeedUpdate::Result failed;
            failed.error = Models::FeedUpdate::Error::Store;
            failed.storeError = Models::FeedStore::Error::Failed;
            failed.errorString = database.errorString();
            const QMutexLocker lock(&job->mutex);
            job->result = std::move(failed);
            return;
        }
        QNetworkAccessManager manager;
        {
            const QMutexLocker lock(&job->mutex);
            if (job->cancelled) {
                return;
            }
            job->manager = &manager;
        }
        Models::FeedUpdate update(database.connection(), &manager);
        Models::FeedUpdate::Result result = update.importFeed(url);
        const QMutexLocker lock(&job->mutex);
        job->manager = nullptr; // before it goes: a cancel arriving now has nothing to abort
        job->result = std::move(result);
    });
    thread->setObjectName(QStringLiteral("feed-import"));
    // The thread object belongs to this (GUI) thread: these run here, after the worker has ended.
    connect(thread, &QThread::finished, thread, [thread] {
        --g_runningImports;
        thread->deleteLater();
    });
    connect(thread, &QThread::finished, this, [this, job] { finishImport(job); });
    thread->start();
}

void FeedImportDialog::cancelImport()
{
    if (!m_job) {
        return;
    }
    const QMutexLocker lock(&m_job->mutex);
    if (m_job->cancelled) {
        return;
    }
    m_job->cancelled = true;
    m_status->setText(tr("Stopping the import…"));
    if (QNetworkAccessManager *manager = m_job->manager) {
        // Queued to the manager's thread, whose local event loop is waiting for the download. Posted
        // under the mutex, so the manager still exists; if it goes first, the call goes with it.
        QMetaObject::invokeMethod(
            manager, [manager] { abortDownloads(manager); }, Qt::QueuedConnection);
    }
}

void FeedImportDialog::reject()
{
    cancelImport();
    QDialog::reject();
}

void FeedImportDialog::finishImport(const std::shared_ptr<Job> &job)
{
    if (job != m_job) {
        return;
    }
    bool cancelled = false;
    std::optional<Models::FeedUpdate::Result> outcome;
    {
        const QMutexLocker lock(&job->mutex);
        cancelled = job->cancelled;
        outcome = job->result;
    }
    m_job.reset();
    setImporting(false);
    m_result->show();
    const Models::FeedUpdate::Result result = outcome.value_or(Models::FeedUpdate::Result());
    // A cancel that came too late to stop the writing still shows what was written.
    if (outcome && result.ok()) {
        QStringList lines {describe(result.changes)};
        for (const QString &warning : std::as_const(result.changes.warnings)) {
            lines.append(tr("Warning: %1").arg(warning));
        }
        m_result->setText(lines.join(QLatin1Char('\n')));
        Q_EMIT imported(result.changes);
        return;
    }
    if (cancelled) {
        m_result->setText(tr("The import was cancelled; nothing was imported."));
        return;
    }
    qCInfo(lcFeedImportDialog) << "feed import failed:" << int(result.error) << int(result.storeError);
    m_result->setText(result.errorString.isEmpty() ? tr("The feed could not be imported; nothing was changed.")
                                                   : result.errorString);
}

void FeedImportDialog::setImporting(bool importing)
{
    m_busy->setVisible(importing);
    m_status->setVisible(importing);
    if (importing) {
        m_status->setText(tr("Reading the feed…"));
        m_result->hide();
        m_result->clear();
    }
    m_url->setReadOnly(importing);
    m_closeButton->setText(importing ? tr("&Cancel") : tr("&Close"));
    updateButtons();
}

void FeedImportDialog::updateButtons()
{
    m_importButton->setEnabled(!isImporting() && !url().isEmpty());
}

} // namespace EpisodeDesk::Ui
