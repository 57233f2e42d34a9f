// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include "accountdialog.h"
#include "itemmodels/tweettablemodel.h"
#include "media/tweetimagestore.h"
#include "statusbadgedelegate.h"
#include "store/accountstore.h"
#include "store/tweetstore.h"
#include "thumbnailloader.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcHistoryDialog, "episodedesk.ui.historydialog")

using Models::DisplayStatus;
using Models::TweetStatus;

namespace {

QString timeText(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    // Seconds matter here: two attempts a few seconds apart must read as two moments. (Some locales'
    // short date-time format has seconds and some has not, so the time is formatted explicitly.)
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
        QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
}

// An attempt's outcome in the words and symbols of the status badges.
QString outcomeText(const QString &outcome)
{
    DisplayStatus status = DisplayStatus::Posting;
    if (const auto stored = Models::statusFromString(outcome)) {
        switch (*stored) {
        case TweetStatus::Posted:
            status = DisplayStatus::Posted;
            break;
        case TweetStatus::Failed:
            status = DisplayStatus::Failed;
            break;
        case TweetStatus::Unknown:
            status = DisplayStatus::Unknown;
            break;
        case TweetStatus::Pending:
        case TweetStatus::Posting:
            break;
        }
    }
    return StatusBadgeDelegate::badgeText(status, Models::TweetTableModel::statusLabel(status));
}

} // namespace

HistoryDialog::HistoryDialog(const QSqlDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Tweet History"));
    resize(980, 360);

    m_tweetLabel = new QLabel(this);
    m_tweetLabel->setObjectName(QStringLiteral("historyTweetLabel"));
    m_tweetLabel->setTextFormat(Qt::PlainText);
    m_tweetLabel->setWordWrap(true);
    QFont bold = m_tweetLabel->font();
    bold.setBold(true);
    m_tweetLabel->setFont(bold);
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("historyAccountLabel"));
    m_accountLabel->setTextFormat(Qt::PlainText);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attemptTable"));
    m_table->setAccessibleName(tr("Attempts to post this tweet, newest first"));
    m_table->setHorizontalHeaderLabels(
        {tr("Started"), tr("Finished"), tr("Outcome"), tr("HTTP"), tr("Post ID"), tr("Images"), tr("Reason")});
    m_thumbnails = new ThumbnailLoader(m_db, this);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, &HistoryDialog::updateThumbnails);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    // Reasons are sentences: they wrap within their column rather than end in "…".
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    for (int column = StartedColumn; column < ReasonColumn; ++column) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    // Alt texts are sentences too: a column of its own width that wraps, not one as wide as the longest.
    header->setSectionResizeMode(ImagesColumn, QHeaderView::Interactive);
    header->resizeSection(ImagesColumn, 260);
    header->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    // Row heights follow the reason column's width, which is only known once the dialog is laid out.
    // Queued: the header emits this while it is still laying out its sections, and the stretched
    // column's new width is readable only once it has finished.
    connect(header, &QHeaderView::sectionResized, this, &HistoryDialog::fitRows, Qt::QueuedConnection);

    m_emptyLabel = new QLabel(tr("No attempts yet: this tweet has never been sent."), this);
    m_emptyLabel->setObjectName(QStringLiteral("historyEmptyLabel"));

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("historyNote"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::RichText);
    m_noteLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_noteLabel, &QLabel::linkActivated, this, [this](const QString &href) {
        switch (PostingNote::linkFromHref(href).value_or(PostingNote::Link::None)) {
        case PostingNote::Link::OpenOnX:
            Q_EMIT openRequested(m_configId);
            break;
        case PostingNote::Link::Verify:
            Q_EMIT verifyRequested(m_configId);
            break;
        case PostingNote::Link::ResumePosting:
            Q_EMIT resumePostingRequested(m_configId);
            break;
        case PostingNote::Link::None:
            break;
        }
    });

    m_openButton = new QPushButton(tr("&Open on X"), this);
    m_openButton->setObjectName(QStringLiteral("historyOpenButton"));
    m_verifyButton = new QPushButton(tr("&Verify"), this);
    m_verifyButton->setObjectName(QStringLiteral("historyVerifyButton"));
    m_verifyButton->setToolTip(tr("Ask X whether the last attempt was published"));
    m_retryButton = new QPushButton(tr("&Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("historyRetryButton"));
    m_retryButton->setToolTip(tr("Post it again: the last attempt definitely did not reach X"));
    connect(m_openButton, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_configId); });
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { Q_EMIT verifyRequested(m_configId); });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_configId); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Action buttons join the box so they sit where the platform puts them; none is a default, so
    // Return closes rather than posts.
    for (QPushButton *button : {m_openButton, m_verifyButton, m_retryButton}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Opened to read: the keyboard starts on Close, not inside the table.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tweetLabel);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_noteLabel);
    layout->addWidget(buttons);
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::setConfigId(qint64 configId)
{
    if (configId != m_configId) {
        m_configId = configId;
        m_noteLabel->clear();
    }
    reload();
}

void HistoryDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void HistoryDialog::setNote(const PostingNote &note)
{
    m_noteLabel->setText(note.html());
    m_noteLabel->setAccessibleDescription(note.plainText());
}

void HistoryDialog::reload()
{
    const Models::TweetStore tweets(m_db);
    const auto config = tweets.find(m_configId);
    if (!config) {
        qCDebug(lcHistoryDialog) << "tweet" << m_configId << "is gone";
        m_tweetLabel->setText(tr("This tweet no longer exists."));
        m_accountLabel->clear();
        m_table->setRowCount(0);
        m_status = TweetStatus::Pending;
        m_enabled = false;
        updateButtons();
        return;
    }
    m_status = config->status;
    m_enabled = config->enabled;
    const QList<Models::PostAttempt> attempts = tweets.attempts(m_configId);
    // What went out (placeholders filled in) says more than the template; before any attempt, the template.
    const QString shown = attempts.isEmpty() ? config->text : attempts.first().textSent;
    m_tweetLabel->setText(tr("“%1”").arg(shown.simplified()));
    m_tweetLabel->setToolTip(tr("As written: %1").arg(config->text));
    const auto account = Models::AccountStore(m_db).find(config->accountId);
    m_accountLabel->setText(account ? tr("Account: %1").arg(AccountDialog::displayName(*account))
                                    : tr("Account: removed account"));
    const bool sandbox = account && account->kind == Models::AccountKind::Sandbox;
    const auto sentImages = Models::TweetImageStore(m_db).attemptImages(m_configId);

    m_sentImages.clear();
    m_table->setRowCount(int(attempts.size()));
    for (int row = 0; row < attempts.size(); ++row) {
        const Models::PostAttempt &attempt = attempts.at(row);
        QString reason = attempt.error;
        if (reason.isEmpty() && attempt.outcome == QLatin1String("posted") && attempt.httpStatus &&
            *attempt.httpStatus != 201) {
            // X's answer was unclear, and Verify found the post afterwards: say so, or "Posted" next to a
            // 503 reads as a contradiction.
            reason = tr("Found on X by Verify after an unclear answer");
        }
        QString cells[ColumnCount] = {
            timeText(attempt.startedAt),
            attempt.finishedAt.isValid() ? timeText(attempt.finishedAt) : tr("waiting for X"),
            outcomeText(attempt.outcome),
            attempt.httpStatus ? QString::number(*attempt.httpStatus) : tr("none"),
            attempt.postId,
            QString(),
            reason,
        };
        const QList<Models::AttemptImage> sent = sentImages.value(attempt.attemptId);
        m_sentImages.append(sent);
        QStringList imageLines;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const Models::AttemptImage &image = sent.at(i);
            const QString alt = image.image.alt.isEmpty() ? tr("no alt text") : tr("“%1”").arg(image.image.alt);
            imageLines.append(image.mediaId.isEmpty() ? alt : tr("%1, media %2").arg(alt, image.mediaId));
        }
        cells[ImagesColumn] = imageLines.isEmpty() ? tr("none") : imageLines.join(QLatin1Char('\n'));
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == ReasonColumn && !reason.isEmpty() ? reason
                                                                         : tr("Text sent: %1").arg(attempt.textSent));
            m_table->setItem(row, column, item);
        }
        if (sandbox && !attempt.postId.isEmpty()) {
            m_table->item(row, PostIdColumn)->setToolTip(tr("On the local Sandbox server only, not on X"));
        }
        if (!attempt.httpStatus) {
            m_table->item(row, HttpColumn)->setToolTip(tr("No HTTP answer arrived"));
        }
        if (!sent.isEmpty()) {
            QStringList details;
            for (const Models::AttemptImage &image : sent) {
                details.append(tr("%1: %2").arg(Models::describeImage(image.image), image.mediaId));
            }
            m_table->item(row, ImagesColumn)
                ->setToolTip(tr("Sent with media ids from X:\n%1").arg(details.join(QLatin1Char('\n'))));
        }
    }
    updateThumbnails();
    fitRows();
    m_table->setVisible(!attempts.isEmpty());
    m_emptyLabel->setVisible(attempts.isEmpty());
    updateButtons();
}

void HistoryDialog::updateThumbnails()
{
    const int side = m_table->fontMetrics().lineSpacing() * 2;
    bool changed = false;
    for (int row = 0; row < m_table->rowCount() && row < m_sentImages.size(); ++row) {
        QTableWidgetItem *item = m_table->item(row, ImagesColumn);
        QList<Models::TweetImage> images;
        for (const Models::AttemptImage &image : m_sentImages.at(row)) {
            images.append(image.image);
        }
        if (!item || images.isEmpty() || !item->icon().isNull()) {
            continue;
        }
        const QPixmap picture =
            m_thumbnails->strip(images, side, Models::kMaxImagesPerTweet, palette().color(QPalette::Text), font());
        if (!picture.isNull()) {
            item->setIcon(QIcon(picture));
            changed = true;
            m_table->setIconSize(m_table->iconSize().expandedTo(picture.deviceIndependentSize().toSize()));
        }
    }
    if (changed) {
        fitRows();
    }
}

void HistoryDialog::fitRows()
{
    m_table->resizeRowsToContents();
    // The contents' height plus some air: wrapped reasons must not touch the next row.
    const int padding = m_table->fontMetrics().lineSpacing() / 2;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->setRowHeight(row, m_table->rowHeight(row) + padding);
    }
}

void HistoryDialog::updateButtons()
{
    m_openButton->setEnabled(m_status == TweetStatus::Posted);
    m_verifyButton->setEnabled(!m_busy && m_status == TweetStatus::Unknown);
    m_retryButton->setEnabled(!m_busy && m_enabled && m_status == TweetStatus::Failed);
}

} // namespace EpisodeDesk::Ui
