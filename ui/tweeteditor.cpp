// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tweeteditor.h"

#include "imagestrip.h"
#include "media/artworkfetcher.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "messagebox.h"
#include "postcontroller.h"
#include "posting/scheduler.h"
#include "postingnotes.h"
#include "rescheduledialog.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "text/tweettemplate.h"
#include "tweetdialog.h"
#include "widgetutil.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimeZone>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcTweetEditor, "episodedesk.ui.tweeteditor")

TweetEditor::TweetEditor(const QSqlDatabase &db, const PostController *controller, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_controller(controller), m_dialogParent(dialogParent), m_clock([] {
          return QDateTime::currentDateTimeUtc();
      })
{ }

TweetEditor::~TweetEditor() = default;

void TweetEditor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TweetEditor::setScheduler(Models::Scheduler *scheduler)
{
    m_scheduler = scheduler;
}

void TweetEditor::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

QNetworkAccessManager *TweetEditor::network()
{
    if (!m_network) {
        // A plain manager, not the poster's XNetworkAccessManager: artwork lives on podcast hosts' CDNs,
        // some on plain http, and ArtworkFetcher applies its own limits (schemes, redirects, size, time).
        m_network = new QNetworkAccessManager(this);
    }
    return m_network;
}

void TweetEditor::newTweet(qint64 episodeId, qint64 accountId)
{
    if (episodeId == 0) {
        return;
    }
    if (Models::AccountStore(m_db).all().isEmpty()) {
        if (MessageBox::confirm(m_dialogParent, tr("No Account Yet"),
                                tr("A tweet goes out on an account. Add the account first, then the tweet."),
                                tr("Add Account…"))) {
            Q_EMIT addAccountRequested();
        }
        return;
    }
    Models::TweetConfig config;
    config.episodeId = episodeId;
    config.accountId = accountId;
    openDialog(config);
}

void TweetEditor::editTweet(qint64 configId)
{
    if (configId == 0) {
        return;
    }
    // Fresh from the database: the poster may have claimed or posted it a moment ago, which decides
    // whether the dialog may edit it at all.
    Models::TweetStore store(m_db);
    const auto config = store.find(configId);
    if (!config) {
        MessageBox::warning(m_dialogParent, tr("Tweet Not Found"), store.lastError());
        Q_EMIT stale();
        return;
    }
    openDialog(*config);
}

void TweetEditor::openDialog(const Models::TweetConfig &config)
{
    const Models::Episode episode = Models::EpisodeStore(m_db).find(config.episodeId).value_or(Models::Episode {});
    auto *dialog = new TweetDialog(Models::AccountStore(m_db).all(), episode, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(config);
    // A tweet that was sent shows the exact text that went out, whatever the template says now.
    dialog->setSentText(Models::TweetStore(m_db).sentTexts({config.id}).value(config.id));
    dialog->setUpImages(m_db, network(), Models::ArtworkFetcher::artworkUrl(m_db, config.episodeId));
    const Models::TweetImageStore imageStore(m_db);
    QList<Models::TweetImage> images = config.id != 0 ? imageStore.images(config.id) : QList<Models::TweetImage> {};
    if (dialog->isReadOnly() && !config.attemptId.isEmpty()) {
        // Like the text: what the attempt sent, not what the tweet carries now.
        const auto sent = imageStore.attemptImages(config.id);
        if (const auto it = sent.constFind(config.attemptId); it != sent.constEnd()) {
            images.clear();
            for (const Models::AttemptImage &image : *it) {
                images.append(image.image);
            }
        }
    }
    dialog->setImages(images);
    QPointer<TweetDialog> guard(dialog);
    dialog->setSaveFunction([this, guard](const Models::TweetConfig &edited, QString *error) {
        Models::TweetStore store(m_db);
        qint64 id = edited.id;
        if (id == 0) {
            const auto added = store.add(edited);
            if (!added) {
                qCWarning(lcTweetEditor) << "adding a tweet failed:" << store.lastError();
                *error = store.lastError();
                return false;
            }
            id = *added;
        } else if (!store.update(edited)) {
            // Also the race where the poster claimed it while the dialog was open: the store's
            // sentence ("This tweet is posting and can no longer be edited.") says so.
            qCWarning(lcTweetEditor) << "saving tweet" << id << "failed:" << store.lastError();
            *error = store.lastError();
            Q_EMIT stale();
            return false;
        }
        if (guard && (edited.id == 0 ? !guard->images().isEmpty() : guard->imagesChanged())) {
            Models::TweetImageStore writer(m_db);
            if (!writer.setImages(id, guard->images())) {
                qCWarning(lcTweetEditor) << "saving the images of tweet" << id << "failed:" << writer.lastError();
                // The text is saved; the dialog stays open with the images as chosen, and OK again
                // saves this tweet rather than adding a second one.
                guard->setSavedId(id);
                *error = tr("Its text was saved, but not its images. %1").arg(writer.lastError());
                Q_EMIT saved(id);
                if (writer.refusedByState()) {
                    Q_EMIT stale();
                }
                return false;
            }
        }
        // Also after an image was added and removed again before OK: nothing uses it.
        removeUnusedMedia(guard && guard->imageStrip() ? guard->imageStrip()->handledImages()
                                                       : QList<Models::TweetImage>());
        Q_EMIT saved(id);
        Q_EMIT statusMessage(edited.id == 0 ? tr("Tweet added.") : tr("Tweet saved."));
        return true;
    });
    // Images added and then cancelled (or removed before OK) are in the store with nothing using them.
    connect(dialog, &QDialog::rejected, this, [this, guard] {
        if (guard && !guard->isReadOnly() && guard->imageStrip()) {
            removeUnusedMedia(guard->imageStrip()->handledImages());
        }
    });
    dialog->open();
}

void TweetEditor::removeUnusedMedia(const QList<Models::TweetImage> &letGo)
{
    Models::MediaStore media(m_db);
    if (media.removeUnused(letGo) < 0) {
        // Harmless to leave: the next save or Cancel tries again.
        qCWarning(lcTweetEditor) << "removing unused media failed:" << media.lastError();
    }
}

void TweetEditor::deleteTweet(qint64 configId)
{
    Models::TweetStore store(m_db);
    const auto config = configId != 0 ? store.find(configId) : std::nullopt;
    if (!config) {
        return;
    }
    if (!MessageBox::confirm(m_dialogParent, tr("Delete Tweet"),
                             tr("Delete this tweet?\n\n“%1”").arg(elided(config->text, 120)), tr("Delete"),
                             QMessageBox::Warning)) {
        return;
    }
    const auto removal = store.remove(configId);
    if (!removal) {
        qCWarning(lcTweetEditor) << "deleting tweet" << configId << "failed:" << store.lastError();
        MessageBox::warning(m_dialogParent, tr("Tweet Not Deleted"),
                            tr("The tweet could not be deleted. %1").arg(store.lastError()));
        return;
    }
    Q_EMIT removed(configId);
    if (*removal == Models::TweetStore::Removal::Archived) {
        const bool posted = config->status == Models::TweetStatus::Posted;
        MessageBox::information(m_dialogParent, tr("Tweet Archived"),
                                posted ? tr("This tweet was already posted, so it was archived to keep the record; "
                                            "it no longer shows in the list.")
                                       : tr("This tweet was already sent to X once (or may have been), so it was "
                                            "archived to keep the record; it no longer shows in the list."));
    } else {
        Q_EMIT statusMessage(tr("Tweet deleted."));
    }
}

void TweetEditor::rescheduleTweet(qint64 configId)
{
    if (configId == 0 || (m_controller && m_controller->isAwaitingAnswer(configId))) {
        return;
    }
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->status != Models::TweetStatus::Pending) {
        return;
    }
    const Models::Episode episode = Models::EpisodeStore(m_db).find(config->episodeId).value_or(Models::Episode {});
    auto *dialog = new RescheduleDialog(Models::expandTweetTemplate(config->text, episode).text, config->scheduledAt,
                                        m_clock, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveFunction(
        [this, configId](const QDateTime &when, QString *error) { return saveSchedule(configId, when, error); });
    dialog->open();
}

bool TweetEditor::saveSchedule(qint64 configId, const QDateTime &when, QString *error)
{
    Models::TweetStore store(m_db);
    // Fresh from the database: the text, account and enabled flag are written back as they are now.
    auto config = store.find(configId);
    if (!config) {
        *error = store.lastError();
        return false;
    }
    config->scheduledAt = when.toUTC();
    config->scheduledZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!store.update(*config)) {
        // Also the race where the scheduler or another window claimed it meanwhile.
        qCWarning(lcTweetEditor) << "rescheduling tweet" << configId << "failed:" << store.lastError();
        *error = store.lastError();
        Q_EMIT stale();
        return false;
    }
    Q_EMIT saved(configId);
    // Its watcher would notice within a poll; a nudge re-plans the wake-up now.
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    Q_EMIT statusMessage(tr("Rescheduled for %1.").arg(PostingNotes::dayAndTime(when, m_clock())));
    return true;
}

} // namespace EpisodeDesk::Ui
