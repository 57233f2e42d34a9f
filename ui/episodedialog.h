// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "feeds/feedstore.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace EpisodeDesk::Ui {

// Adds or edits one episode: number (optional), title (required), publication date (optional), link
// (a web address) and notes.
//
//     auto *dialog = new EpisodeDialog(this);
//     dialog->setEpisode(episode); // id 0: a new episode
//     dialog->setSaveFunction([](const Models::Episode &e, QString *error) { ... return ok; });
//     dialog->open();
//
// OK stays disabled until the input is valid. On OK the save function runs; when it fails, its error
// is shown and the dialog stays open, so nothing the user typed is lost.
//
// Given the episode's tweets (setTweets), it warns while the user types when the new title, number,
// link or date would push a scheduled, unsent tweet over X's limit once filled in, and asks before
// saving: such a tweet is held, not posted, until it fits (see posting/holdreason.h).
class EpisodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeDialog)

public:
    using SaveFunction = std::function<bool(const Models::Episode &episode, QString *error)>;

    explicit EpisodeDialog(QWidget *parent = nullptr);
    ~EpisodeDialog() override;

    void setEpisode(const Models::Episode &episode);
    // The episode as entered, with the fields this dialog does not show (id, feed guid, …) unchanged.
    Models::Episode episode() const;
    void setSaveFunction(SaveFunction save);
    // The episode's tweets; the scheduled, unsent, enabled ones are those the warning is about.
    void setTweets(const QList<Models::TweetConfig> &tweets);
    // The warning shown for the details as entered; empty when no scheduled tweet is pushed over.
    QString heldWarning() const;
    // For an episode from the show's feed: beside each field whose value differs from the feed's (the
    // user changed it, and refreshes keep the change), the feed's value and "Use the feed's value".
    void setFeedValues(const std::optional<Models::FeedValues> &values);

    // An empty text is "no link"; anything else must be an http(s) address with a host name.
    static std::optional<QUrl> parseLink(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void updateValidity();
    void updateHeldWarning();
    void updateFeedHints();

    Models::Episode m_episode;
    SaveFunction m_save;
    QList<Models::TweetConfig> m_scheduledTweets;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_publishedCheck = nullptr;
    QDateEdit *m_published = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_linkHint = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_heldWarning = nullptr;
    std::optional<Models::FeedValues> m_feedValues;
    struct FeedHint
    {
        QLabel *label = nullptr;
        QPushButton *use = nullptr;
    };
    FeedHint m_feedTitle;
    FeedHint m_feedNumber;
    FeedHint m_feedDate;
    FeedHint m_feedLink;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
